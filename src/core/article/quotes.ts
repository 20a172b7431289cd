import type { EntityAnnotation, QuoteAnnotation } from '../types';
import { attributeSpeakers } from './speakers';

/** A quoted stretch found by the scanner; `open`/`close` are the mark positions (close -1 when missing). */
export interface QuoteStretch {
  start: number;
  end: number;
  open: number;
  close: number;
  /** The paragraph (line) holding it. */
  lineStart: number;
  lineEnd: number;
  /** Continues the previous stretch: a quote running over paragraphs. */
  continues: boolean;
  /** Left open at the paragraph end because the next paragraph reopens it. */
  runsOn: boolean;
}

/** Direct quotes between double quote marks, each with its speaker when the text says who. */
export function findQuotes(text: string, entities: readonly EntityAnnotation[]): QuoteAnnotation[] {
  const stretches = scanQuotes(text).filter((q) => keepQuote(text, q));
  const speakers = attributeSpeakers(text, stretches, entities);
  const out: QuoteAnnotation[] = [];
  stretches.forEach((q, i) => {
    const s = text.slice(q.start, q.end);
    // A short Title Case name nobody is said to have said is a title ("Face the Nation"), not a quote.
    if (!speakers[i].speaker && s.split(/\s+/).length <= TITLE_MAX_WORDS && isTitleCased(s)) return;
    const a: QuoteAnnotation = { kind: 'quote', start: q.start, end: q.end, text: s, speaker: speakers[i].speaker };
    if (speakers[i].span) a.speakerSpan = speakers[i].span;
    out.push(a);
  });
  return out;
}

const TITLE_MAX_WORDS = 5;

// ---------------------------------------------------------------- scanning

const OPEN_CURLY = '\u201c\u201e'; // “ „
const CLOSE_CURLY = '\u201d'; // ”
const isMark = (c: string) => c === '"' || c === '\u201c' || c === '\u201d' || c === '\u201e';
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
/** Characters after which a mark opens a quote: start, space, brackets, dashes. */
const isOpener = (c: string | undefined) => c === undefined || /[\s([{\u2014\u2013\-/\u2018']/.test(c) || isMark(c);
/** Characters before which a mark closes a quote: end, space, punctuation. */
const isCloser = (c: string | undefined) => c === undefined || /[\s.,;:!?)\]}\u2014\u2013\-\u2019']/.test(c) || isMark(c);

type Role = 'open' | 'close' | 'either';

/** Decides from the neighbours (then the glyph) whether a mark opens or closes. */
function markRole(text: string, i: number, lineStart: number, lineEnd: number): Role {
  const prev = i > lineStart ? text[i - 1] : undefined;
  const next = i + 1 < lineEnd ? text[i + 1] : undefined;
  const c = text[i];
  const openCtx = isOpener(prev) && !isSpace(next);
  const closeCtx = !isSpace(prev) && isCloser(next);
  if (openCtx && !closeCtx) return 'open';
  if (closeCtx && !openCtx) return 'close';
  if (OPEN_CURLY.includes(c)) return 'open';
  if (c === CLOSE_CURLY) return 'close';
  return 'either';
}

/** Scans paragraph by paragraph in linear time; an unclosed quote never runs past its paragraph. */
export function scanQuotes(text: string): QuoteStretch[] {
  const out: QuoteStretch[] = [];
  let lineStart = 0;
  let carry = false; // the previous paragraph ended inside a quote
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (firstNonSpace(text, lineStart, lineEnd) < lineEnd) carry = scanLine(text, lineStart, lineEnd, carry, out);
    lineStart = lineEnd + 1;
  }
  return out;
}

/** Scans one paragraph; returns true when it ends inside a quote the next paragraph reopens. */
function scanLine(text: string, ls: number, le: number, carry: boolean, out: QuoteStretch[]): boolean {
  const lt = text.indexOf('<', ls);
  const tagEnd = lt >= 0 && lt < le ? nextTagEnds(text, ls, le) : null;
  let open = -1;
  let depth = 0;
  const first = firstNonSpace(text, ls, le);
  const continues = carry && first < le && isMark(text[first]);
  for (let i = ls; i < le; i++) {
    const c = text[i];
    if (c === '<' && tagEnd && tagEnd[i - ls] >= 0 && /[A-Za-z/]/.test(text[i + 1] ?? '')) {
      i = tagEnd[i - ls]; // markup tag: its attribute values are not quotes
      continue;
    }
    if (!isMark(c)) continue;
    const role = markRole(text, i, ls, le);
    if (depth === 0) {
      if (role === 'close') continue; // stray closing mark
      // A transcript line ("WALLACE: ...", "(CROSSTALK)") opened by a mark is not one quote.
      if (i === first && /^(?:\p{Lu}[\p{Lu} .'-]+:|\()/u.test(text.slice(i + 1, i + 40))) continue;
      open = i;
      depth = 1;
    } else if (role === 'open' && c !== '"') {
      depth++; // a quote inside the quote
    } else {
      depth--;
      if (depth === 0) push(out, text, open, i, ls, le, out.length > 0 && continues && open === first && out[out.length - 1].runsOn);
    }
  }
  if (depth === 0) return false;
  // Unclosed: the quote goes on to the paragraph end (news style when the next one reopens it).
  const next = nextParagraphStart(text, le);
  const runsOn = next < text.length && isMark(text[next]);
  push(out, text, open, -1, ls, le, continues && open === first && out.length > 0 && out[out.length - 1].runsOn);
  if (out.length && out[out.length - 1].open === open) out[out.length - 1].runsOn = runsOn;
  return runsOn;
}

function push(out: QuoteStretch[], text: string, open: number, close: number, ls: number, le: number, continues: boolean): void {
  let start = open + 1;
  let end = close >= 0 ? close : le;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  if (end <= start) return;
  out.push({ start, end, open, close, lineStart: ls, lineEnd: le, continues, runsOn: false });
}

function firstNonSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpace(text[i])) i++;
  return i;
}

function nextParagraphStart(text: string, lineEnd: number): number {
  let i = lineEnd;
  while (i < text.length && isSpace(text[i])) i++;
  return i;
}

/** For each offset in the line, where the tag starting there would end ('>'), or -1; linear. */
function nextTagEnds(text: string, ls: number, le: number): Int32Array {
  const res = new Int32Array(le - ls).fill(-1);
  let gt = -1;
  for (let i = le - 1; i >= ls; i--) {
    if (text[i] === '>') gt = i;
    else if (text[i] === '<') res[i - ls] = gt;
  }
  return res;
}

// ---------------------------------------------------------------- filtering

const SMALL = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'it', 'is']);

function isTitleCased(s: string): boolean {
  const words = s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  if (!words.length) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && SMALL.has(w.toLowerCase())));
}

/** Drops stretches that are titles or nicknames rather than someone's words. */
function keepQuote(text: string, q: QuoteStretch): boolean {
  // Only short stretches can be titles or nicknames; long ones are kept without a look.
  if (q.end - q.start > 80) return true;
  const s = text.slice(q.start, q.end);
  if (!/[\p{L}\p{N}]/u.test(s)) return false;
  const nWords = s.split(/\s+/).length;
  const before = text.slice(Math.max(q.lineStart, q.open - 40), q.open);
  const after = q.close >= 0 ? text.slice(q.close + 1, Math.min(q.lineEnd, q.close + 40)) : '';
  // A programme or work named after its owner: MSNBC's "Morning Joe", DuVernay's "13th".
  if (nWords <= 6 && /\p{L}['’]s\s*$/u.test(before) && isTitleCased(s)) return false;
  // A nickname between first name and surname: Robert C. "Bobby" Scott.
  if (nWords === 1 && /(?:\p{Lu}\p{L}*|\p{Lu}\.)\s+$/u.test(before) && /^\s+\p{Lu}\p{Ll}/u.test(after) && /^\p{Lu}/u.test(s)) return false;
  return true;
}
