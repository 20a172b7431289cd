// Text folded for matching annotations after copy-edits: runs of whitespace (CRLF, tabs,
// non-breaking spaces, line breaks) become one space, curly quotes become straight ones, dashes
// become '-', letters are lower-cased. Each folded character maps back to the original offset, so a
// match in the folded text is a range in the original.

/** Folded text plus, for each folded index i, the original (UTF-16) offset `toRaw[i]`. */
export interface FoldedText {
  text: string;
  /** Length text.length + 1; the last entry is the original length. Non-decreasing. */
  toRaw: Int32Array;
}

const lowerCache = new Map<number, number>();

function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x85 ||
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

/** The folded code unit for one code unit (length-preserving; whitespace is handled by the caller). */
function foldUnit(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201a:
    case 0x201b:
    case 0x2032:
    case 0x00b4:
    case 0x0060:
      return 39; // '
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x201f:
    case 0x2033:
    case 0x00ab:
    case 0x00bb:
      return 34; // "
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return 45; // -
  }
  if (c >= 0xd800 && c <= 0xdfff) return c; // surrogates: astral characters are compared as they are
  let l = lowerCache.get(c);
  if (l === undefined) {
    const s = String.fromCharCode(c).toLowerCase();
    l = s.length === 1 ? s.charCodeAt(0) : c;
    lowerCache.set(c, l);
  }
  return l;
}

/** Folds `raw` for matching, keeping the way back to original offsets. O(n). */
export function foldText(raw: string): FoldedText {
  const n = raw.length;
  const out = new Uint16Array(n);
  const toRaw = new Int32Array(n + 1);
  let m = 0;
  let inSpace = false;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (isSpace(c)) {
      if (inSpace) continue;
      inSpace = true;
      out[m] = 32;
    } else {
      inSpace = false;
      out[m] = foldUnit(c);
    }
    toRaw[m++] = i;
  }
  toRaw[m] = n;
  let text = '';
  for (let i = 0; i < m; i += 8192) text += String.fromCharCode.apply(null, out.subarray(i, Math.min(m, i + 8192)) as unknown as number[]);
  return { text, toRaw: toRaw.subarray(0, m + 1) };
}

/** Just the folded string (for the short strings of a target). */
export function fold(raw: string): string {
  return foldText(raw).text;
}

/** The folded index of original offset `raw` (the first folded index whose original offset ≥ raw). */
export function foldedIndex(f: FoldedText, raw: number): number {
  let lo = 0;
  let hi = f.toRaw.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (f.toRaw[mid] < raw) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The original range of folded range [start, end). */
export function rawRange(f: FoldedText, start: number, end: number): { start: number; end: number } {
  const s = f.toRaw[start];
  // The end is just past the last folded character's original unit (a folded space may stand for a
  // whole run of whitespace; the range then ends after the run's first character).
  const e = end > start ? f.toRaw[end - 1] + 1 : s;
  return { start: s, end: e };
}
