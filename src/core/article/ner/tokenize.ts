// Splits raw article text into CoNLL-like tokens with offsets: punctuation apart, "'s" and
// "n't" apart, hyphenated words and "U.S." kept whole, known abbreviations keep their period.
// Each line is split further into sentences after . ! ? so features see sentence starts.
import { isAbbreviationWord } from '../../text/abbreviations';

export interface Token {
  /** Normalised form (ASCII quotes and dashes), as the training data spells it. */
  text: string;
  start: number;
  end: number;
}

// Currency prefixes ("US$40", "HK$ 5") as one token, so the country letters are not a place;
// acronyms with dots, then words/numbers with inner hyphens, &, digit separators, apostrophes.
const TOKEN_RE =
  /\p{Lu}{1,3}\$(?=\s?\p{N})|[\p{Lu}\p{Ll}](?:\.[\p{Lu}\p{Ll}])+\.?|[\p{L}\p{M}\p{N}]+(?:(?:[-&]|(?<=\p{N})[.,:/](?=\p{N})|['’](?=\p{L}))[\p{L}\p{M}\p{N}]+)*|--+|\.\.\.|[^\s\p{L}\p{M}\p{N}]/uy;

const GLUED_RE = /^(\p{Lu}{2,}|Getty|Reuters|Alamy|Bloomberg|Shutterstock)(\p{Lu}\p{Ll}{2,})$/u;
const CLITIC_RE = /^(.+?)(n['’]t|['’](?:s|re|ve|ll|d|m))$/i;

/** ASCII forms of typographic quotes and dashes, as in the CoNLL text. */
export function normalizeToken(s: string): string {
  if (s === '“' || s === '”' || s === '„' || s === '«' || s === '»') return '"';
  if (s === '—' || s === '―') return '--';
  if (s === '–') return '-';
  return s.replace(/[’‘‛]/g, "'");
}

const atLineEnd = (text: string, from: number, to: number): boolean => {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) > 32 && text.charCodeAt(k) !== 0xa0) return false;
  return true;
};

/** Tokens of one stretch of text (no newline handling). */
function tokenizeRun(text: string, from: number, to: number, out: Token[]): void {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b)) {
      i++;
      continue;
    }
    TOKEN_RE.lastIndex = i;
    const m = TOKEN_RE.exec(text);
    let end = m && m.index === i ? i + m[0].length : i + 1;
    if (end > to) end = to;
    let word = text.slice(i, end);
    // A known abbreviation or a single-capital initial takes the period after it.
    if (text.charCodeAt(end) === 46 && end < to && /^[\p{L}]+$/u.test(word)) {
      // (not at the end of its line: there the period also ends the sentence, "... Acme Inc.")
      if ((isAbbreviationWord(word) || /^\p{Lu}$/u.test(word)) && !atLineEnd(text, end + 1, to)) {
        end++;
        word += '.';
      }
    }
    // Caption credits glued to the next word ("AFPKeir"): split the acronym off.
    const glued = GLUED_RE.exec(word);
    if (glued) {
      const cut = i + glued[1].length;
      out.push({ text: glued[1], start: i, end: cut });
      out.push({ text: glued[2], start: cut, end });
      i = end;
      continue;
    }
    const cl = word.length > 2 ? CLITIC_RE.exec(word) : null;
    if (cl && /\p{L}/u.test(cl[1])) {
      const cut = i + cl[1].length;
      out.push({ text: normalizeToken(cl[1]), start: i, end: cut });
      out.push({ text: normalizeToken(cl[2]), start: cut, end });
    } else {
      out.push({ text: normalizeToken(word), start: i, end });
    }
    i = end;
  }
}

const isFinal = (t: string) => t === '.' || t === '!' || t === '?' || t === '...';
const isCloser = (t: Token, prev: Token) =>
  t.text === ')' || t.text === "'" || (t.text === '"' && t.start === prev.end);

/** Offset of the next line break (LF, CR or CRLF all end a line) at or after `from`, else the text's length. */
function lineBreak(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

/** Sentences of tokens: every line, split after sentence-final punctuation. */
export function tokenize(text: string): Token[][] {
  const sentences: Token[][] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const lineEnd = lineBreak(text, lineStart);
    const toks: Token[] = [];
    tokenizeRun(text, lineStart, lineEnd, toks);
    let cur: Token[] = [];
    for (let k = 0; k < toks.length; k++) {
      cur.push(toks[k]);
      if (!isFinal(toks[k].text)) continue;
      while (k + 1 < toks.length && isCloser(toks[k + 1], toks[k])) cur.push(toks[++k]);
      sentences.push(cur);
      cur = [];
    }
    if (cur.length) sentences.push(cur);
    lineStart = lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
  }
  return sentences;
}
