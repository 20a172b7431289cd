// The project's one UTF-16 ↔ code point converter (store, brat, doccano, W3C export/import).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeTarget } from '../../../src/core/annotations/anchor';
import { offsetConverter } from '../../../src/core/annotations/codePoints';

// The reference: count code points of the prefix the slow way.
const cpOf = (text: string, utf16: number) => Array.from(text.slice(0, utf16)).length;

describe('offsetConverter', () => {
  it('counts an emoji as one code point and two UTF-16 units', () => {
    const text = 'a😀b𝐍c';
    const m = offsetConverter(text);
    expect(m.codePointLength).toBe(5);
    expect([0, 1, 3, 4, 6, 7].map(m.toCodePoints)).toEqual([0, 1, 2, 3, 4, 5]);
    expect([0, 1, 2, 3, 4, 5].map(m.toUtf16)).toEqual([0, 1, 3, 4, 6, 7]);
  });

  it('is the identity on text without astral characters, also past its end', () => {
    const m = offsetConverter('plain “text”');
    expect(m.toCodePoints(5)).toBe(5);
    expect(m.codePointLength).toBe(12);
    // A store read without its text (or a stale one) keeps its numbers: the anchoring judges them.
    expect(m.toUtf16(99)).toBe(99);
    expect(offsetConverter('').toUtf16(7)).toBe(7);
  });

  it('counts past the end one for one after the last emoji', () => {
    const m = offsetConverter('a😀');
    expect(m.toCodePoints(5)).toBe(4);
    expect(m.toUtf16(4)).toBe(5);
  });

  it('treats an offset inside a surrogate pair as after the character', () => {
    const m = offsetConverter('x😀y');
    expect(m.toCodePoints(2)).toBe(2);
  });

  it('round-trips every code point boundary of arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const m = offsetConverter(text);
        let u = 0;
        for (const ch of Array.from(text)) {
          expect(m.toCodePoints(u)).toBe(cpOf(text, u));
          expect(m.toUtf16(m.toCodePoints(u))).toBe(u);
          u += ch.length;
        }
        expect(m.codePointLength).toBe(Array.from(text).length);
      }),
      { numRuns: 200 },
    );
  });

  it('converts a long text quickly', () => {
    const text = 'word 🙂 '.repeat(200_000);
    const t = performance.now();
    const m = offsetConverter(text);
    let sum = 0;
    for (let i = 0; i < text.length; i += 97) sum += m.toCodePoints(i);
    expect(sum).toBeGreaterThan(0);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});

describe('quote context of a target (formerly interchange quoteContext)', () => {
  it('keeps up to 32 units either side without splitting an emoji', () => {
    const text = `🎉${'x'.repeat(31)}SPAN${'y'.repeat(31)}🎉`;
    const start = text.indexOf('SPAN');
    const t = makeTarget(text, start, start + 4);
    // 32 units either side would cut each emoji in half: they are left out whole.
    expect(t.prefix).toBe('x'.repeat(31));
    expect(t.suffix).toBe('y'.repeat(31));
    expect(makeTarget(`🎉${'x'.repeat(30)}SPAN`, 32, 36).prefix).toBe(`🎉${'x'.repeat(30)}`);
    expect(makeTarget('ab', 0, 2)).toMatchObject({ prefix: '', suffix: '' });
  });
});
