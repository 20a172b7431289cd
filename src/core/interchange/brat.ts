// brat standoff: `<name>.txt` + `<name>.ann` (T lines for spans, `#` AnnotatorNotes lines for
// notes) + `annotation.conf`. Offsets count code points of the .txt as written. A span that crosses
// a line break is written as fragments (brat cannot draw one across lines); fragments separated by
// nothing but whitespace are read back as one span, anything else discontinuous is reported.
import type { ImportedDocument, ImportedSpan, ParseResult } from './imported';
import { type AutoDetail, bratSafe, type ExportArticle, isAutoLabel } from './layers';
import { offsetConverter } from '../annotations/codePoints';

/** Notes are one line in brat: backslash escapes keep newlines, tabs and backslashes. */
export function escapeNote(note: string): string {
  return note.replace(/[\\\n\r\t]/g, (c) => (c === '\\' ? '\\\\' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t'));
}

export function unescapeNote(s: string): string {
  return s.replace(/\\([\\nrt])/g, (_, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : c === 't' ? '\t' : '\\'));
}

/** The automatic layer's details ride in the note as "speaker: …" / "value: …" / "canonical: …". */
function detailNote(d: AutoDetail | undefined): string {
  if (!d) return '';
  if (d.speaker !== undefined) return d.speaker ? `speaker: ${d.speaker}` : '';
  if (d.value !== undefined) return d.value ? `value: ${d.value}` : '';
  return d.canonical ? `canonical: ${d.canonical}` : '';
}

const DETAIL_KEY: Record<string, keyof AutoDetail> = { QUOTE: 'speaker', DATE: 'value', PER: 'canonical', LOC: 'canonical', ORG: 'canonical' };

/** The detail an automatic label's note carries, or undefined when the note is a plain note. */
function parseDetail(label: string, note: string): AutoDetail | undefined {
  const m = /^(speaker|value|canonical): (.*)$/s.exec(note);
  return m && DETAIL_KEY[label] === m[1] ? { [m[1]]: m[2] } : undefined;
}

/** Code point fragments of [start, end) that skip line breaks. */
function fragments(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : -1;
    if (c === 10 || c === 13 || c === -1) {
      if (i > from) out.push([from, i]);
      from = i + 1;
    }
  }
  return out;
}

/** The .ann file of one article. */
export function writeAnn(article: ExportArticle): string {
  const map = offsetConverter(article.text);
  const lines: string[] = [];
  let t = 0;
  let n = 0;
  for (const s of article.spans) {
    const frags = fragments(article.text, s.start, s.end);
    if (!frags.length) continue; // a span of line breaks only has nothing brat can show
    const ranges = frags.map(([a, b]) => `${map.toCodePoints(a)} ${map.toCodePoints(b)}`).join(';');
    const words = frags.map(([a, b]) => article.text.slice(a, b)).join(' ');
    const id = `T${++t}`;
    lines.push(`${id}\t${bratSafe(s.label)} ${ranges}\t${words}`);
    const note = s.layer === 'auto' ? detailNote(s.detail) : s.note;
    if (note) lines.push(`#${++n}\tAnnotatorNotes ${id}\t${escapeNote(note)}`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** annotation.conf declaring every span type used (brat refuses undeclared types). */
export function writeConf(labelNames: Iterable<string>): string {
  const types = [...new Set([...labelNames].map(bratSafe))].sort();
  return ['[entities]', ...types, '', '[relations]', '', '[events]', '', '[attributes]', ''].join('\n');
}

// "s": words and notes may hold U+2028 and other characters "." would not match.
const T_LINE = /^T(\S+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t?(.*)$/s;
const NOTE_LINE = /^#(\S*)\tAnnotatorNotes (\S+)\t?(.*)$/s;

/**
 * Spans of an .ann file against its .txt. Offsets are checked against the text; a span whose
 * words differ from the text is kept at its offsets but reported.
 */
export function parseAnn(ann: string, text: string, file: string | null = null): ParseResult {
  const map = offsetConverter(text);
  const problems: string[] = [];
  const where = (k: number) => `line ${k + 1}`;
  const spans = new Map<string, ImportedSpan>();
  const notes: { target: string; note: string; line: number }[] = [];
  const ignored = new Map<string, number>();
  const lines = ann.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    if (!line.trim()) continue;
    const tm = T_LINE.exec(line);
    if (tm) {
      const [, id, type, rangeText, words] = tm;
      const ranges = rangeText.split(';').map((r) => r.split(' ').map(Number) as [number, number]);
      const bad = ranges.find(([a, b]) => !(a <= b) || b > map.codePointLength);
      if (bad) {
        problems.push(`${where(k)}: T${id} range ${bad[0]} ${bad[1]} is outside the text (${map.codePointLength} characters)`);
        continue;
      }
      const utf16 = ranges.map(([a, b]) => [map.toUtf16(a), map.toUtf16(b)] as [number, number]).sort((x, y) => x[0] - y[0]);
      const start = utf16[0][0];
      const end = utf16[utf16.length - 1][1];
      // Fragments with only whitespace between them (a span across a line break) are one span.
      const gapped = utf16.some((f, r) => r > 0 && text.slice(utf16[r - 1][1], f[0]).trim() !== '');
      if (gapped) {
        problems.push(`${where(k)}: T${id} is discontinuous ("${clip(words)}"); only continuous spans are imported`);
        continue;
      }
      const joined = utf16.map(([a, b]) => text.slice(a, b)).join(' ');
      if (words && words !== joined) problems.push(`${where(k)}: T${id} text "${clip(words)}" differs from the .txt ("${clip(joined)}"); kept at its offsets`);
      spans.set(id, { label: type, start, end, exact: text.slice(start, end), note: '' });
      continue;
    }
    const nm = NOTE_LINE.exec(line);
    if (nm) {
      notes.push({ target: nm[2], note: unescapeNote(nm[3]), line: k });
      continue;
    }
    const kind = /^([A-Z*#]+)/.exec(line)?.[1] ?? '?';
    ignored.set(kind, (ignored.get(kind) ?? 0) + 1);
  }
  for (const n of notes) {
    const span = spans.get(n.target.replace(/^T/, ''));
    if (!span) problems.push(`${where(n.line)}: note for ${n.target}, which is not a text span; note not imported`);
    else span.note = span.note ? `${span.note}\n${n.note}` : n.note;
  }
  for (const [kind, count] of ignored) {
    problems.push(`${count} line(s) of kind ${kind} (relations, events, attributes…) not imported`);
  }
  const out: ImportedSpan[] = [];
  for (const s of spans.values()) {
    if (isAutoLabel(s.label)) {
      const detail = parseDetail(s.label, s.note);
      if (detail) {
        s.detail = detail;
        s.note = '';
      }
    }
    out.push(s);
  }
  const doc: ImportedDocument = { file, text, spans: out };
  return { documents: [doc], problems };
}

const clip = (s: string) => (s.length > 40 ? s.slice(0, 39) + '…' : s);
