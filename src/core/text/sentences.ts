// Sentence boundaries in running text: after . ! ? followed by space, unless the period
// belongs to an abbreviation ("Mr. Smith", "U.S. troops").
import { endsWithAbbreviation } from './abbreviations';
import { firstNonSpace } from './whitespace';

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/** True when the . ! or ? at `i` ends a sentence (a space follows and it is no abbreviation's period). */
export function endsSentenceAt(text: string, i: number, floor = 0): boolean {
  const c = text[i];
  if (c !== '.' && c !== '!' && c !== '?') return false;
  if (!isSpace(text[i + 1])) return false;
  return c !== '.' || !endsWithAbbreviation(text.slice(Math.max(floor, i - 12), i));
}

/** Start of the sentence holding `at`, looking back no further than `floor`. */
export function sentenceStart(text: string, at: number, floor: number): number {
  for (let i = at - 1; i > floor; i--) if (endsSentenceAt(text, i, floor)) return i + 1;
  return floor;
}

/** End of the sentence going on from `from`: a full stop before a capital, or a new quote mark; at most `limit`. */
export function sentenceEndAfter(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const c = text[i];
    if (c === '“' || c === '"') return i;
    if (endsSentenceAt(text, i, from) && /[\p{Lu}"“]/u.test(text[firstNonSpace(text, i + 1)] ?? '')) return i;
  }
  return limit;
}

/** The sentences of one line (paragraph), trimmed: split where a capital or a quote mark opens the next. */
export function splitSentences(line: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < line.length; i++) {
    if (!endsSentenceAt(line, i)) continue;
    let j = i + 1;
    while (j < line.length && isSpace(line[j])) j++;
    if (j < line.length && !/[\p{Lu}"“‘']/u.test(line[j])) continue;
    out.push(line.slice(from, i + 1).trim());
    from = j;
    i = j - 1;
  }
  const rest = line.slice(from).trim();
  if (rest) out.push(rest);
  return out.filter(Boolean);
}
