// Property-based and adversarial tests: whatever the text, the analysis returns, its offsets are
// valid, and its time grows linearly. Case counts are printed so the note can report them.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Annotation, ArticleAnalysis } from '../../src/core/types';
import { testAnalyzer } from './helpers';

let cases = 0;
afterAll(() => console.log(`[robustness] ${cases} generated texts analysed`));

function allAnnotations(a: ArticleAnalysis): Annotation[] {
  return [...a.boilerplate, ...a.quotes, ...a.entities, ...a.dates, ...a.typos];
}

function checkInvariants(text: string, a: ArticleAnalysis): void {
  expect(a.length).toBe(text.length);
  for (const x of allAnnotations(a)) {
    expect(Number.isInteger(x.start) && Number.isInteger(x.end)).toBe(true);
    expect(x.start).toBeGreaterThanOrEqual(0);
    expect(x.end).toBeGreaterThan(x.start);
    expect(x.end).toBeLessThanOrEqual(text.length);
    if ('text' in x) expect(x.text).toBe(text.slice(x.start, x.end));
  }
  // Annotations of one kind never overlap (entities of one article, quotes, dates, typos).
  for (const list of [a.quotes, a.entities, a.dates, a.typos, a.boilerplate] as Annotation[][]) {
    const sorted = [...list].sort((p, q) => p.start - q.start);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i].start).toBeGreaterThanOrEqual(sorted[i - 1].end);
  }
  // No annotation splits a surrogate pair (offsets stay right with emoji).
  for (const x of allAnnotations(a)) {
    for (const o of [x.start, x.end]) {
      const c = text.charCodeAt(o);
      expect(o > 0 && o < text.length && c >= 0xdc00 && c <= 0xdfff).toBe(false);
    }
  }
}

// Pieces that exercise every stage: names, titles, quote marks, dates, numbers, odd characters.
const pieces = [
  'Keir Starmer',
  'Sir Keir',
  'Mr Zelensky',
  'Kyiv',
  'the PM',
  'Nato',
  'said',
  'told reporters',
  'he added:',
  '“',
  '”',
  '"',
  '‘',
  '’',
  "'",
  ' ',
  ' ',
  ' ',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '\t',
  '.',
  ',',
  ':',
  '—',
  '(',
  ')',
  '[/caption]',
  'on Monday',
  'in July',
  'six months ago',
  '2025',
  '16 January 2025',
  '$3.625 a share',
  '£2.2 billion',
  '100-year',
  'Rudsia',
  'depeen',
  'the',
  'government',
  'ALL CAPS HEADLINE',
  'open image in gallery',
  'AFPSir',
  'date 2025-01-16',
  '😀',
  '👩‍👩‍👧',
  '𝒜',
  'שלום',
  'مرحبا',
  '\u200f',
  '\ufeff',
  '\u0000',
  'e\u0301',
  'Ⅻ',
  '١٢٣',
];
const articleText = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 120 })
  .map((xs) => xs.join(''));

describe('analysis of arbitrary text', () => {
  it('never throws and keeps every invariant (random mixes of news pieces)', () => {
    const analyzer = testAnalyzer();
    fc.assert(
      fc.property(articleText, (text) => {
        cases++;
        checkInvariants(text, analyzer.analyze(text));
      }),
      { numRuns: 400, seed: 20261122 },
    );
  });

  it('never throws on arbitrary unicode strings', () => {
    const analyzer = testAnalyzer();
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        cases++;
        checkInvariants(text, analyzer.analyze(text));
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

// Each input is ~1 MB built to stress one kind of pattern. The bound is generous (these dense
// inputs take 1-3 s here on an idle core, more when the machine is loaded); catastrophic
// backtracking or a quadratic step would take minutes.
const MB = 1 << 20;
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
const adversarial: Record<string, string> = {
  'unbalanced opening quotes': fill('“a '),
  'unbalanced straight quotes': fill('" x'),
  'nested quote marks': fill('“‘“‘"'),
  '1 MB single line of words': fill('word and more words '),
  '100,000 capitalised words': fill('Alpha Beta Gamma Delta '),
  'digits and separators': fill('1,2.3-4/5:6 '),
  'month names and numbers': fill('January 2 March 3 May 4 '),
  'whitespace only': fill(' \t\n'),
  emoji: fill('😀👍🏽 '),
  'caption markers': fill('[/caption]AFP'),
  'long word': fill('x'),
};

describe('1 MB adversarial inputs stay linear', () => {
  for (const [name, text] of Object.entries(adversarial)) {
    it(`${name}: analysed in < 10 s with valid offsets`, () => {
      const t0 = performance.now();
      const a = testAnalyzer().analyze(text);
      const ms = performance.now() - t0;
      console.log(`[robustness] ${name}: ${ms.toFixed(0)} ms for ${(text.length / MB).toFixed(2)} M chars`);
      cases++;
      expect(ms).toBeLessThan(10000);
      checkInvariants(text, a);
    }, 30000);
  }
});
