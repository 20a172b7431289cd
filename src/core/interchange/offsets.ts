// UTF-16 (JavaScript string) offsets ↔ Unicode code point offsets. brat, doccano/Label Studio and
// the W3C TextPositionSelector count code points; the core counts UTF-16 units. An emoji is one
// code point but two units, so every astral character before a span shifts it by one.

export interface OffsetMap {
  /** Code point offset of a UTF-16 offset. An offset inside a surrogate pair counts as after it. */
  toCodePoint(utf16: number): number;
  /** UTF-16 offset of a code point offset (clamped to the text). */
  toUtf16(codePoint: number): number;
  /** Length of the text in code points. */
  readonly codePointLength: number;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Builds the map once per text: the UTF-16 indices of the surrogate pairs, so each conversion is a
 * binary search. Texts without astral characters (most news) convert as the identity.
 */
export function offsetMap(text: string): OffsetMap {
  const pairs: number[] = []; // UTF-16 index of each pair's high surrogate
  for (let i = 0; i < text.length - 1; i++) {
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) {
      pairs.push(i);
      i++;
    }
  }
  const cpLength = text.length - pairs.length;
  if (!pairs.length) {
    const clamp = (n: number) => Math.max(0, Math.min(text.length, Math.trunc(n)));
    return { toCodePoint: clamp, toUtf16: clamp, codePointLength: cpLength };
  }
  // Code point offset of each pair's start: its UTF-16 index minus the pairs before it.
  const pairsCp = pairs.map((p, k) => p - k);
  return {
    codePointLength: cpLength,
    toCodePoint(utf16) {
      const u = Math.max(0, Math.min(text.length, Math.trunc(utf16)));
      // Pairs that start before u; a pair starting at u - 1 (u inside it) counts as passed.
      const k = countBelow(pairs, u);
      const inside = k > 0 && pairs[k - 1] === u - 1;
      return u - k + (inside ? 1 : 0);
    },
    toUtf16(codePoint) {
      const c = Math.max(0, Math.min(cpLength, Math.trunc(codePoint)));
      return c + countBelow(pairsCp, c);
    },
  };
}

/** Number of sorted values strictly below x. */
function countBelow(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How much text around a span a TextQuoteSelector keeps (as the store does). */
export const QUOTE_CONTEXT = 32;

/**
 * Up to `n` UTF-16 units before and after [start, end), never cutting a surrogate pair in half
 * (a lone surrogate is not valid Unicode for other tools).
 */
export function quoteContext(text: string, start: number, end: number, n = QUOTE_CONTEXT): { prefix: string; suffix: string } {
  let from = Math.max(0, start - n);
  if (from > 0 && isLow(text.charCodeAt(from)) && isHigh(text.charCodeAt(from - 1))) from++;
  let to = Math.min(text.length, end + n);
  if (to < text.length && isLow(text.charCodeAt(to)) && isHigh(text.charCodeAt(to - 1))) to--;
  return { prefix: text.slice(from, start), suffix: text.slice(end, to) };
}
