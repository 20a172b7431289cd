import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offsetConverter } from '../../../src/core/annotations/codePoints';

describe('offsetConverter', () => {
  it('counts an emoji as one code point and two UTF-16 units', () => {
    const text = 'a😀b🎉c';
    const c = offsetConverter(text);
    expect(c.toCodePoints(text.indexOf('b'))).toBe(2);
    expect(c.toUtf16(2)).toBe(text.indexOf('b'));
    expect(c.toCodePoints(text.length)).toBe(5);
  });

  it('property: agrees with Array.from and round-trips at code point boundaries', () => {
    const piece = fc.constantFrom('a', 'é', ' ', '\n', '😀', '🇺🇦', '𝔸', '中');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const c = offsetConverter(text);
        let u = 0;
        const cps = Array.from(text);
        for (let cp = 0; cp <= cps.length; cp++) {
          expect(c.toCodePoints(u)).toBe(cp);
          expect(c.toUtf16(cp)).toBe(u);
          u += cp < cps.length ? cps[cp].length : 0;
        }
      }),
    );
  });
});
