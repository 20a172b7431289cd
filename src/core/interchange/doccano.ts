// doccano / Label Studio sequence-labelling JSONL: one article per line,
// {"text", "label": [[start, end, "Name"], …], "meta": {"file", …}}. Offsets count code points
// (the tools are Python). Ids, notes and the automatic layer's details ride in meta.spans, keyed by
// [start, end, label] so a tool that reorders "label" does not mix them up.
import type { ImportedSpan, ParseResult } from './imported';
import type { AutoDetail, ExportArticle } from './layers';
import { offsetConverter } from '../annotations/codePoints';

interface MetaSpan extends AutoDetail {
  start: number;
  end: number;
  label: string;
  id: string;
  layer: string;
  note?: string;
  creator?: string;
  created?: string;
  modified?: string;
}

export function writeDoccanoLine(article: ExportArticle): string {
  const map = offsetConverter(article.text);
  const label: [number, number, string][] = [];
  const spans: MetaSpan[] = [];
  for (const s of article.spans) {
    const start = map.toCodePoints(s.start);
    const end = map.toCodePoints(s.end);
    label.push([start, end, s.label]);
    const meta: MetaSpan = { start, end, label: s.label, id: s.id, layer: s.layer, ...s.detail };
    if (s.note) meta.note = s.note;
    if (s.reader) Object.assign(meta, { creator: s.reader.creator, created: s.reader.created, modified: s.reader.modified });
    spans.push(meta);
  }
  return JSON.stringify({ text: article.text, label, meta: { file: article.file, source: article.source, spans } });
}

const isInt = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/** Reads JSONL (doccano's `label` triples or its newer `entities` objects); bad lines are reported. */
export function parseDoccano(jsonl: string, fileName = 'annotations.jsonl'): ParseResult {
  const out: ParseResult = { documents: [], problems: [] };
  const lines = jsonl.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    if (!line.trim()) continue;
    const where = `${fileName} line ${k + 1}`;
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(line);
    } catch (e) {
      out.problems.push(`${where}: not JSON (${(e as Error).message})`);
      continue;
    }
    if (!row || typeof row !== 'object' || typeof row.text !== 'string') {
      out.problems.push(`${where}: no "text" string`);
      continue;
    }
    const text = row.text;
    const map = offsetConverter(text);
    const meta = (row.meta && typeof row.meta === 'object' ? row.meta : {}) as Record<string, unknown>;
    const file = typeof meta.file === 'string' ? meta.file : typeof row.file === 'string' ? row.file : null;
    const extra = Array.isArray(meta.spans) ? (meta.spans as MetaSpan[]) : [];
    const used = new Set<number>();
    const triples = readTriples(row);
    if (typeof triples === 'string') {
      out.problems.push(`${where}: ${triples}`);
      continue;
    }
    const spans: ImportedSpan[] = [];
    for (const [a, b, name] of triples) {
      if (!(isInt(a) && isInt(b) && a < b && b <= map.codePointLength && typeof name === 'string')) {
        out.problems.push(`${where}: span ${JSON.stringify([a, b, name])} is not [start, end, "label"] inside the text; skipped`);
        continue;
      }
      const start = map.toUtf16(a);
      const end = map.toUtf16(b);
      const m = extra.findIndex((x, i) => !used.has(i) && x && x.start === a && x.end === b && x.label === name);
      const info = m >= 0 ? extra[m] : undefined;
      if (m >= 0) used.add(m);
      const span: ImportedSpan = { label: name, start, end, exact: text.slice(start, end), note: typeof info?.note === 'string' ? info.note : '' };
      if (typeof info?.id === 'string') span.id = info.id;
      for (const key of ['creator', 'created', 'modified'] as const) if (typeof info?.[key] === 'string') span[key] = info[key];
      const detail = pickDetail(info);
      if (detail) span.detail = detail;
      spans.push(span);
    }
    out.documents.push({ file, text, spans });
  }
  return out;
}

function readTriples(row: Record<string, unknown>): unknown[][] | string {
  if (Array.isArray(row.label)) {
    return row.label.every(Array.isArray) ? (row.label as unknown[][]) : '"label" is not a list of [start, end, "label"]';
  }
  if (Array.isArray(row.entities)) {
    return (row.entities as Record<string, unknown>[]).map((e) => [e?.start_offset, e?.end_offset, e?.label]);
  }
  return []; // a text without spans
}

function pickDetail(info: MetaSpan | undefined): AutoDetail | undefined {
  if (!info) return undefined;
  if ('speaker' in info) return { speaker: info.speaker ?? null };
  if ('value' in info) return { value: info.value ?? null };
  if (typeof info.canonical === 'string') return { canonical: info.canonical };
  return undefined;
}
