// Words worth spell-checking, with what the rules need to know about where each one stands.
// Linear scans only: the regexes here are single loops over character classes, safe on
// megabyte inputs, and per-character tests are char-code comparisons (this runs on every word).

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
}

const CHUNK = /\S+/g;
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;
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

export function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  for (const chunk of text.matchAll(CHUNK)) {
    const c = chunk[0];
    if (ADDRESS.test(c)) continue;
    const base = chunk.index!;
    for (const m of c.matchAll(WORD)) {
      const s = m.index!, e = s + m[0].length;
      const before = c[s - 1], after = c[e];
      if (isCodeChar(before) || isCodeChar(after)) continue;
      // Dotted names and abbreviations: "U.S", "example.com", "Wikinews.org".
      if ((after === '.' && isLetterOrDigit(c[e + 1])) || (before === '.' && isLetterOrDigit(c[s - 2]))) continue;
      let word = m[0].includes('’') ? m[0].replace(/’/g, "'") : m[0];
      if (word.length > 2 && (word.endsWith("'s") || word.endsWith("'S"))) word = word.slice(0, -2);
      const at = base + s;
      out.push({
        start: at,
        end: base + e,
        word,
        hyphenBefore: isHyphen(before),
        hyphenAfter: isHyphen(after),
        afterNumber: s === 0 && text[at - 1] === ' ' && isDigit(text.charCodeAt(at - 2)),
      });
    }
  }
  return out;
}
