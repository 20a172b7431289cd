// Skipping whitespace by offset, for scanners that work on the article text in place.

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/** First offset at or after `i` (before `to`) that is not whitespace, else `to`. */
export function firstNonSpace(text: string, i: number, to = text.length): number {
  while (i < to && isSpace(text[i])) i++;
  return i;
}

/** Last offset at or before `i` that is not whitespace, else -1. */
export function lastNonSpace(text: string, i: number): number {
  while (i >= 0 && isSpace(text[i])) i--;
  return i;
}
