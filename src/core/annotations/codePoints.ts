// W3C TextPositionSelector, brat and doccano/Label Studio count Unicode code points; the core
// counts UTF-16 units. The two differ by one for every astral character (emoji, some CJK) before
// the offset. The one converter of the project (store, import, export).

export interface OffsetConverter {
  /** Code point offset of a UTF-16 offset. An offset inside a surrogate pair counts as after it. */
  toCodePoints(utf16: number): number;
  /** UTF-16 offset of a code point offset. */
  toUtf16(codePoints: number): number;
  /** Length of the text in code points (formats check their ranges against it). */
  readonly codePointLength: number;
}

/**
 * A converter for one text, built in one pass: O(1) per offset for texts without astral
 * characters (most news), a binary search otherwise. Offsets past the end of the text count on
 * one for one (a store read without its article text, or a stale one, keeps its numbers).
 */
export function offsetConverter(text: string): OffsetConverter {
  const pairs: number[] = []; // UTF-16 index of each surrogate pair's first unit
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) pairs.push(i++);
    }
  }
  const codePointLength = text.length - pairs.length;
  if (!pairs.length) return { toCodePoints: (x) => x, toUtf16: (x) => x, codePointLength };
  /** Number of k with f(k) < x, for f non-decreasing. */
  const countBelow = (x: number, f: (k: number) => number) => {
    let lo = 0;
    let hi = pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (f(mid) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    codePointLength,
    // A pair counts once both its units are before the offset (an offset inside a pair counts as after it).
    toCodePoints: (u) => u - countBelow(u - 1, (k) => pairs[k]),
    // The k-th pair starts at code point pairs[k] - k.
    toUtf16: (cp) => cp + countBelow(cp, (k) => pairs[k] - k),
  };
}
