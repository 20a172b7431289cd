// Letter tests by char code for hand-written scanners: what /\p{L}/u matches, without running a
// regex per character. ASCII is decided by ranges; other BMP characters once each (cached).

const LETTER = /^\p{L}$/u;
/** Per BMP code unit: 0 not yet known, 1 letter, 2 not a letter. */
const bmp = new Uint8Array(0x10000);

/**
 * Length in UTF-16 units (1, or 2 for an astral letter) of the letter that starts at `i`, or 0
 * when none does (also past the end, and on a lone surrogate), exactly as /\p{L}/u decides.
 */
export function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff && LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  if (!(c >= 0)) return 0; // NaN: past the end
  let k = bmp[c];
  if (k === 0) bmp[c] = k = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1 ? 1 : 0;
}
