// The quote scanner: quote marks paired paragraph by paragraph, in linear time.
import { firstNonSpace } from '../../text/whitespace';
import type { QuoteStretch } from './stretch';

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
