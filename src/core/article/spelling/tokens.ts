// Words worth spell-checking, with what the rules need to know about where each one stands.
// Linear scans only: words are found by a hand-written scan (what /\p{L}+(?:['’]\p{L}+)*/gu
// matches, without a regex match object per word), and per-character tests are char-code
// comparisons (this runs on every word).
import { letterAt } from '../../text/letters';

export interface WordToken {
  start: number;
  end: number;
  /** The word as written, with ’ normalised to ' and a trailing possessive 's removed. */
  word: string;
  /** Part of a hyphenated compound ("war-torn"); `hyphenBefore`/`After` say on which side. */
  hyphenBefore: boolean;
  hyphenAfter: boolean;
  /** Right after a number ("7.2 bn", "15,599 th"): a unit or suffix, not prose. */
  afterNumber: boolean;
  /** Right before a number, after one blank ("June 12"). */
  beforeNumber: boolean;
}

/** Chunks that are addresses, not prose: URLs, e-mails, @handles, #tags, domain names. */
const ADDRESS = /[@#/\\]|^www\.|\.(?:com|org|net|gov|edu|io|co|uk)\b/i;
const NON_ASCII_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const isDigit = (c: number) => c >= 48 && c <= 57;
/** Characters that make a word part of a code or measure: "5km", "COVID_19", "x=y". */
const isCodeChar = (ch: string | undefined) => ch !== undefined && (isDigit(ch.charCodeAt(0)) || '_=+*<>|~^$%&'.includes(ch));

function isLetterOrDigit(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0) | 32;
  if ((c >= 97 && c <= 122) || isDigit(ch.charCodeAt(0))) return true;
  return ch.charCodeAt(0) > 127 && NON_ASCII_LETTER_OR_DIGIT.test(ch);
}

const isHyphen = (ch: string | undefined) => ch === '-' || ch === '‐';

/** What \s matches, by char code (the chunk scan runs on every character of a chunk). */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Every ADDRESS alternative needs one of @ # / \\ . in the chunk; most chunks have none. */
function hasAddressMark(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 64 || c === 35 || c === 47 || c === 92 || c === 46) return true;
  }
  return false;
}

export function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  // One scan over the whole text; each word's whitespace-delimited chunk is found once
  // (words of one chunk share it), so the scan stays linear however long a chunk is.
  let chunkEnd = 0,
    address = false;
  const n = text.length;
  for (let i = 0; i < n; ) {
    // The next match of WORD: letters, then runs of (apostrophe, letters).
    const first = letterAt(text, i);
    if (!first) {
      i++;
      continue;
    }
    const s = i;
    let curly = false;
    i += first;
    for (;;) {
      for (let l = letterAt(text, i); l; l = letterAt(text, i)) i += l;
      const c = text.charCodeAt(i);
      if ((c === 39 || c === 0x2019) && letterAt(text, i + 1)) {
        if (c === 0x2019) curly = true;
        i++;
        continue;
      }
      break;
    }
    const e = i;
    if (s >= chunkEnd) {
      let a = s,
        b = e;
      while (a > chunkEnd && !isSpace(text.charCodeAt(a - 1))) a--;
      while (b < n && !isSpace(text.charCodeAt(b))) b++;
      chunkEnd = b;
      address = hasAddressMark(text, a, b) && ADDRESS.test(text.slice(a, b));
    }
    if (address) continue;
    const before = text[s - 1],
      after = text[e];
    if (isCodeChar(before) || isCodeChar(after)) continue;
    // Dotted names and abbreviations: "U.S", "example.com", "Wikinews.org".
    if ((after === '.' && isLetterOrDigit(text[e + 1])) || (before === '.' && isLetterOrDigit(text[s - 2]))) continue;
    let word = text.slice(s, e);
    if (curly) word = word.replace(/’/g, "'");
    if (word.length > 2 && (word.endsWith("'s") || word.endsWith("'S"))) word = word.slice(0, -2);
    out.push({
      start: s,
      end: e,
      word,
      hyphenBefore: isHyphen(before),
      hyphenAfter: isHyphen(after),
      afterNumber: before === ' ' && isDigit(text.charCodeAt(s - 2)),
      beforeNumber: after === ' ' && isDigit(text.charCodeAt(e + 1)),
    });
  }
  return out;
}
