// The quote scanner: quote marks paired paragraph by paragraph, in linear time. Double marks
// (" “ ” „) and single marks (' ‘ ’ ‚, as UK copy uses for speech) both open quotes; the other
// kind inside a quote is a nested quote, part of it. A single mark is also the apostrophe
// ("won’t", "critics’ views", "’90s", "rock ’n’ roll"), so it opens or closes only where no
// apostrophe reading fits.
import { firstNonSpace } from '../../text/whitespace';
import type { QuoteStretch } from './stretch';

type Family = 'double' | 'single';
type Role = 'open' | 'close' | 'either';

const familyOf = (c: string): Family | null =>
  c === '"' || c === '\u201c' || c === '\u201d' || c === '\u201e'
    ? 'double'
    : c === "'" || c === '\u2018' || c === '\u2019' || c === '\u201a'
      ? 'single'
      : null;
const OPEN_GLYPHS = '\u201c\u201e\u2018\u201a'; // “ „ ‘ ‚
const CLOSE_GLYPHS = '\u201d\u2019'; // ” ’
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** Characters after which a mark opens a quote: start, space, brackets, dashes, another mark. */
const isOpener = (c: string | undefined) => c === undefined || /[\s([{\u2014\u2013\-/]/.test(c) || familyOf(c) !== null;
/** Characters before which a mark closes a quote: end, space, punctuation, another mark. */
const isCloser = (c: string | undefined) => c === undefined || /[\s.,;:!?)\]}\u2014\u2013\-…]/.test(c) || familyOf(c) !== null;
/** Word-initial elisions after an apostrophe: ’90s, ’n’, ’em, ’til, ’cause, ’tis. */
const ELISION = /^(?:\d0s|\d\ds?\b|n['’‘](?!\p{L})|em\b|til\b|cause\b|tis\b|twas\b|bout\b|kay\b)/iu;

/** Decides from the neighbours (then the glyph) whether a mark opens or closes. */
function markRole(text: string, i: number, lineStart: number, lineEnd: number, width = 1): Role {
  const prev = i > lineStart ? text[i - 1] : undefined;
  const next = i + width < lineEnd ? text[i + width] : undefined;
  const c = text[i];
  const openCtx = isOpener(prev) && !isSpace(next);
  const closeCtx = !isSpace(prev) && isCloser(next);
  if (openCtx && !closeCtx) return 'open';
  if (closeCtx && !openCtx) return 'close';
  if (OPEN_GLYPHS.includes(c)) return 'open';
  if (CLOSE_GLYPHS.includes(c)) return 'close';
  return 'either';
}

/** A single mark that is an apostrophe: inside a word ("won’t", "O’Neill") or an elision ("’90s"). */
function isApostrophe(text: string, i: number, le: number): boolean {
  if (isWordChar(text[i - 1]) && isWordChar(text[i + 1])) return true;
  // The second mark of "rock ’n’ roll".
  if (/^[\s(]['’‘][nN]$/.test(text.slice(i - 3, i))) return true;
  return !isWordChar(text[i - 1]) && ELISION.test(text.slice(i + 1, Math.min(le, i + 6)));
}

/**
 * Two straight apostrophes ('') stand in for a double mark in some wire copy. They pair like double
 * marks, so the single quotes nested inside stay inside, but their quotes are not reported: the
 * annotated sets leave them out.
 */
const isDoubledStraight = (text: string, i: number) => text[i] === "'" && text[i + 1] === "'";

/**
 * "critics’ views", "pullin’ it": a plural possessive or a dropped g, not a close, when another close
 * follows in the paragraph.
 */
function isPossessive(text: string, i: number, le: number): boolean {
  const tail = /s/i.test(text[i - 1] ?? '') || /\p{L}in$/iu.test(text.slice(i - 3, i));
  if (!tail || !/^ \p{Ll}/u.test(text.slice(i + 1, i + 3))) return false;
  // The next single mark decides: a close means this one was the apostrophe; an opening ("branding them
  // 'monsters' that will 'ruin the view'") means this one closed a quote before the next opens.
  for (let j = i + 1; j < le; j++) {
    if (familyOf(text[j]) !== 'single' || isApostrophe(text, j, le)) continue;
    return markRole(text, j, 0, le) !== 'open';
  }
  return false;
}

/** Paragraph (line) ends: CR, LF and CRLF alike. */
function lineEndAt(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return i;
  }
  return text.length;
}

function nextLineStart(text: string, lineEnd: number): number {
  return text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? lineEnd + 2 : lineEnd + 1;
}

/** Scans paragraph by paragraph in linear time; an unclosed quote never runs past its paragraph. */
export function scanQuotes(text: string): QuoteStretch[] {
  const out: QuoteStretch[] = [];
  let lineStart = 0;
  let carry: Family | null = null; // the previous paragraph ended inside a quote of this kind
  let transcript = false; // inside a run of mark-opened paragraphs that holds a transcript line
  while (lineStart <= text.length) {
    const lineEnd = lineEndAt(text, lineStart);
    const first = firstNonSpace(text, lineStart, lineEnd);
    if (first < lineEnd) {
      // A transcript reproduced with a mark opening each paragraph ("PENCE: ...", "(CROSSTALK)"): the
      // speaker turns go on in the mark-opened paragraphs after a label, none of which is one quote.
      const markOpened = familyOf(text[first]) !== null;
      // A stage note alone is skipped but starts no transcript: a speech may hold "(Applause.)".
      transcript = markOpened && (transcript || isSpeakerLabel(text, first));
      carry = scanLine(text, lineStart, lineEnd, carry, transcript || (markOpened && isStageNote(text, first, lineEnd)), out);
    }
    lineStart = nextLineStart(text, lineEnd);
  }
  return out;
}

/** At most this many false single-quote openings are retried per paragraph; then single marks are ignored. */
const MAX_RETRIES = 8;

/** Scans one paragraph; returns the kind of quote it ends inside when the next paragraph reopens it. */
function scanLine(text: string, ls: number, le: number, carry: Family | null, transcript: boolean, out: QuoteStretch[]): Family | null {
  const found: QuoteStretch[] = [];
  const badOpens = new Set<number>();
  for (let attempt = 0; ; attempt++) {
    found.length = 0;
    const r = scanOnce(text, ls, le, carry, transcript, found, attempt > MAX_RETRIES ? null : badOpens);
    if (r.retry < 0) {
      for (const q of found) out.push(q);
      return r.carry;
    }
    badOpens.add(r.retry);
  }
}

/** Whether `ch` occurs in text[from, to) — bounded, unlike indexOf, which would search to the end of the article for every line. */
function hasCharIn(text: string, ch: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text[i] === ch) return true;
  return false;
}

interface LineScan {
  carry: Family | null;
  /** A single mark that opened a quote never closed: scan again without it (-1: done). */
  retry: number;
}

/** A transcript line: a mark, then a speaker label ("WALLACE: ..."). */
const isSpeakerLabel = (text: string, mark: number) => /^\p{Lu}[\p{Lu} .'-]+:/u.test(text.slice(mark + 1, mark + 40));
/** A stage note alone in its paragraph after a mark ("(CROSSTALK.)"). */
const isStageNote = (text: string, mark: number, le: number) =>
  /^\([\p{L} .,'-]{1,30}\)[.,]?["”]?\s*$/u.test(text.slice(mark + 1, Math.min(le, mark + 40)));

function scanOnce(
  text: string,
  ls: number,
  le: number,
  carry: Family | null,
  transcript: boolean,
  out: QuoteStretch[],
  badOpens: Set<number> | null,
): LineScan {
  const tagEnd = hasCharIn(text, '<', ls, le) ? nextTagEnds(text, ls, le) : null;
  let open = -1;
  let family: Family | null = null;
  let depth = 0; // same-kind nesting (“ inside “)
  let inner: Family | null = null; // a nested quote of the other kind is open
  let doubled = false; // the open quote is between '' marks
  const first = firstNonSpace(text, ls, le);
  const reopened = carry !== null && first < le && familyOf(text[first]) === carry;
  const continuing = (o: number) => reopened && o === first;
  for (let i = ls; i < le; i++) {
    const c = text[i];
    if (c === '<' && tagEnd && tagEnd[i - ls] >= 0 && /[A-Za-z/]/.test(text[i + 1] ?? '')) {
      i = tagEnd[i - ls]; // markup tag: its attribute values are not quotes
      continue;
    }
    const pair = isDoubledStraight(text, i);
    const fam = pair ? 'double' : familyOf(c);
    if (!fam) continue;
    // Markup cut over lines (attr="…⏎">): a mark after '=' or before '>' belongs to a tag.
    if (text[i - 1] === '=' || text[i + 1] === '>') continue;
    if (fam === 'single' && (!badOpens || isApostrophe(text, i, le))) continue;
    // Nothing is open at a paragraph's start, so a double mark there opens whatever its glyph ("” … we").
    const role = fam === 'double' && i === first && !pair ? 'open' : markRole(text, i, ls, le, pair ? 2 : 1);
    if (pair) i++;
    if (!family) {
      if (role === 'close') continue; // stray closing mark
      // A single mark opens only where it clearly does: after a space or bracket, before a word.
      if (fam === 'single' && (role !== 'open' || badOpens?.has(i))) continue;
      // A transcript paragraph opened by a mark is not one quote (quotes inside it still are).
      if (i === first && transcript) continue;
      open = pair ? i - 1 : i;
      doubled = pair;
      family = fam;
      depth = 1;
      inner = null;
    } else if (family === 'double' && fam === 'single') {
    } else if (fam !== family) {
      // The other kind inside the quote: a nested quote, tracked so its marks stay inside.
      if (inner === null) inner = role === 'close' ? null : fam;
      else if (role !== 'open') inner = null;
    } else if (inner !== null) {
    } else if (family === 'double' && role === 'open' && c !== '"' && !pair) {
      depth++; // a quote inside the quote
    } else if (family === 'single' && (role === 'open' || isPossessive(text, i, le))) {
    } else {
      depth--;
      if (depth === 0) {
        if (!doubled) push(out, text, open, pair ? i - 1 : i, ls, le, continuing(open), family);
        family = null;
      }
    }
  }
  if (!family) return { carry: null, retry: -1 };
  // Unclosed: the quote goes on to the paragraph end (news style when the next one reopens it).
  const next = nextParagraphStart(text, le);
  const nextEnd = lineEndAt(text, next);
  const runsOn =
    next < text.length &&
    familyOf(text[next]) === family &&
    markRole(text, next, next, nextEnd) !== 'close' &&
    !(family === 'single' && isApostrophe(text, next, nextEnd));
  // An unclosed single mark that no paragraph reopens was an apostrophe after all.
  if (family === 'single' && !runsOn) return { carry: null, retry: open };
  if (!doubled) push(out, text, open, -1, ls, le, continuing(open), family);
  if (out.length && out[out.length - 1].open === open) out[out.length - 1].runsOn = runsOn;
  return { carry: runsOn ? family : null, retry: -1 };
}

function push(
  out: QuoteStretch[],
  text: string,
  open: number,
  close: number,
  ls: number,
  le: number,
  continues: boolean,
  family: Family,
): void {
  let start = open + 1;
  let end = close >= 0 ? close : le;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  if (end <= start) return;
  out.push({ start, end, open, close, lineStart: ls, lineEnd: le, continues, runsOn: false, single: family === 'single' });
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
