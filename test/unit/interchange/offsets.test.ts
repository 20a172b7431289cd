import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offsetMap, quoteContext } from '../../../src/core/interchange/offsets';

// The reference: count code points of the prefix the slow way.
const cpOf = (text: string, utf16: number) => Array.from(text.slice(0, utf16)).length;

describe('offsetMap', () => {
  it('counts an emoji as one code point and two UTF-16 units', () => {
    const text = 'a😀b𝐍c';
    const m = offsetMap(text);
    expect(m.codePointLength).toBe(5);
    expect([0, 1, 3, 4, 6, 7].map(m.toCodePoint)).toEqual([0, 1, 2, 3, 4, 5]);
    expect([0, 1, 2, 3, 4, 5].map(m.toUtf16)).toEqual([0, 1, 3, 4, 6, 7]);
  });

  it('is the identity on text without astral characters, clamped to the text', () => {
    const m = offsetMap('plain “text”');
    expect(m.toCodePoint(5)).toBe(5);
    expect(m.toUtf16(99)).toBe(12);
    expect(m.toCodePoint(-3)).toBe(0);
  });

  it('treats an offset inside a surrogate pair as after the character', () => {
    const m = offsetMap('x😀y');
    expect(m.toCodePoint(2)).toBe(2);
  });

  it('round-trips every code point boundary of arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const m = offsetMap(text);
        let u = 0;
        for (const ch of Array.from(text)) {
          expect(m.toCodePoint(u)).toBe(cpOf(text, u));
          expect(m.toUtf16(m.toCodePoint(u))).toBe(u);
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
    const m = offsetMap(text);
    let sum = 0;
    for (let i = 0; i < text.length; i += 97) sum += m.toCodePoint(i);
    expect(sum).toBeGreaterThan(0);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});

describe('quoteContext', () => {
  it('keeps up to 32 units either side without splitting an emoji', () => {
    const text = `🎉${'x'.repeat(31)}SPAN${'y'.repeat(31)}🎉`;
    const start = text.indexOf('SPAN');
    const { prefix, suffix } = quoteContext(text, start, start + 4);
    // 32 units either side would cut each emoji in half: they are left out whole.
    expect(prefix).toBe('x'.repeat(31));
    expect(suffix).toBe('y'.repeat(31));
    expect(quoteContext(`🎉${'x'.repeat(30)}SPAN`, 32, 36).prefix).toBe(`🎉${'x'.repeat(30)}`);
    expect(quoteContext('ab', 0, 2)).toEqual({ prefix: '', suffix: '' });
  });
});
