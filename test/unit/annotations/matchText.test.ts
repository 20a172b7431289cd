import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedDistance } from '../../../src/core/annotations/editDistance';
import { fold, foldText, foldedIndex, rawRange } from '../../../src/core/annotations/normalize';

function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

describe('boundedDistance', () => {
  it('property: equals Levenshtein when within the bound, exceeds the bound otherwise', () => {
    const s = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 14 });
    fc.assert(
      fc.property(s, s, fc.nat(16), (a, b, max) => {
        const exact = levenshtein(a, b);
        const got = boundedDistance(a, b, max);
        if (exact <= max) expect(got).toBe(exact);
        else expect(got).toBe(max + 1);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('folding for matching', () => {
  it('folds whitespace runs, CRLF, curly quotes, dashes and case', () => {
    expect(fold('He said:\r\n\t“It’s  DONE” — really')).toBe('he said: "it\'s done" - really');
  });

  it('maps folded ranges back to the original text', () => {
    const raw = 'A  “quoted”\r\nline 😀 end';
    const f = foldText(raw);
    const i = f.text.indexOf('line 😀');
    expect(rawRange(f, i, i + 'line 😀'.length)).toEqual({ start: raw.indexOf('line'), end: raw.indexOf('😀') + 2 });
    expect(foldedIndex(f, raw.indexOf('line'))).toBe(i);
  });

  it('property: every folded character maps to an original one that folds to it', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', ' ', '\n', '\r', '’', '“', '—', 'é', '😀'), maxLength: 30 }), (raw) => {
        const f = foldText(raw);
        expect(f.toRaw.length).toBe(f.text.length + 1);
        for (let i = 0; i < f.text.length; i++) {
          expect(f.text[i]).toBe(fold(raw[f.toRaw[i]]));
          if (i > 0) expect(f.toRaw[i]).toBeGreaterThan(f.toRaw[i - 1]);
        }
      }),
    );
  });
});
