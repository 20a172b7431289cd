// Words worth spell-checking, with what the rules need to know about where each one stands.
// Only linear scans: every regex here is a simple class loop, safe on megabyte inputs.

export interface WordToken {
  start: number;
  end: number;
  /** The word as written, with ’ normalised to ' and a trailing possessive ('s, s') removed. */
  word: string;
  /** First word of a sentence, a line or a quotation: capitalised there for no reason of its own. */
  sentenceStart: boolean;
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
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT_OR_CODE = /[\p{N}_=+*<>|~^$%&]/u;
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '—', '–', '-', '…', '*', '•']);
const ENDERS = new Set(['.', '!', '?', ':', ';', '…']);

export function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  for (const chunk of text.matchAll(CHUNK)) {
    const c = chunk[0];
    if (ADDRESS.test(c)) continue;
    const base = chunk.index!;
    for (const m of c.matchAll(WORD)) {
      const s = m.index!, e = s + m[0].length;
      const before = c[s - 1] ?? '', after = c[e] ?? '';
      // Codes and measures ("5km", "COVID_19"), dotted names ("U.S", "example.com"): not prose.
      if (DIGIT_OR_CODE.test(before) || DIGIT_OR_CODE.test(after)) continue;
      if ((after === '.' && LETTER_OR_DIGIT.test(c[e + 1] ?? '')) || (before === '.' && LETTER_OR_DIGIT.test(c[s - 2] ?? ''))) continue;
      let word = m[0].replace(/’/g, "'");
      if (/'s$/i.test(word)) word = word.slice(0, -2);
      out.push({
        start: base + s,
        end: base + e,
        word,
        sentenceStart: isSentenceStart(text, base + s),
        hyphenBefore: before === '-' || before === '‐',
        hyphenAfter: after === '-' || after === '‐',
        afterNumber: /\p{N}/u.test(text[base + s - 2] ?? '') && text[base + s - 1] === ' ',
      });
    }
  }
  return out;
}

/** Looks back over spaces and opening quotes/brackets for a sentence end or the text's start. */
export function isSentenceStart(text: string, i: number): boolean {
  let j = i - 1;
  for (let steps = 0; j >= 0 && steps < 12; j--, steps++) {
    const ch = text[j];
    if (ch === '\n') return true;
    if (ch === ' ' || ch === '\t' || ch === '\u00a0' || OPENERS.has(ch)) continue;
    return ENDERS.has(ch);
  }
  return j < 0;
}
