import { describe, expect, it } from 'vitest';
import { endsWithAbbreviation, isAbbreviation, isAbbreviationWord } from '../../src/core/text/abbreviations';
import { clipAtWord } from '../../src/core/text/clip';
import { lastIndexBelow, partitionPoint } from '../../src/core/text/search';
import { endsSentenceAt, sentenceStart, splitSentences } from '../../src/core/text/sentences';
import { isHonorific, isTitleWord } from '../../src/core/text/titles';
import { containTest, overlapsAny, overlapTest } from '../../src/core/text/spans';
import { firstNonSpace, lastNonSpace } from '../../src/core/text/whitespace';

describe('binary search', () => {
  it('finds the partition point of a sorted array, including the ends', () => {
    const xs = [1, 3, 3, 7, 9];
    expect(partitionPoint(xs.length, (i) => xs[i] < 3)).toBe(1);
    expect(partitionPoint(xs.length, (i) => xs[i] <= 3)).toBe(3);
    expect(partitionPoint(xs.length, (i) => xs[i] < 0)).toBe(0);
    expect(partitionPoint(xs.length, (i) => xs[i] < 100)).toBe(5);
    expect(partitionPoint(0, () => true)).toBe(0);
  });

  it('agrees with a linear scan on random sorted arrays', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 50;
    for (let t = 0; t < 200; t++) {
      const xs = Array.from({ length: rnd() % 12 }, rnd).sort((a, b) => a - b);
      const x = rnd();
      let expected = -1;
      xs.forEach((v, i) => v < x && (expected = i));
      expect(lastIndexBelow(xs, x)).toBe(expected);
    }
  });
});

describe('abbreviations', () => {
  it('knows titles, initials and dotted acronyms', () => {
    for (const w of ['Mr', 'Dr', 'Sept', 'J', 'U.S', 'a.m']) expect(isAbbreviation(w)).toBe(true);
    for (const w of ['said', 'Smith', 'mr', 'Ill']) expect(isAbbreviation(w)).toBe(false);
  });

  it('lets the tokenizer keep periods of state and company abbreviations in any case', () => {
    expect(isAbbreviationWord('calif')).toBe(true);
    expect(isAbbreviationWord('MR')).toBe(true);
    expect(isAbbreviationWord('house')).toBe(false);
  });

  it('looks at the last word before a period only', () => {
    expect(endsWithAbbreviation('spoke to Mr')).toBe(true);
    expect(endsWithAbbreviation('troops in the U.S')).toBe(true);
    expect(endsWithAbbreviation('she told Amir')).toBe(false);
  });
});

describe('sentences', () => {
  const text = 'Mr. Hale spoke first. He left at 3 p.m. Then the U.S. envoy arrived! Who knew?';
  it('splits after . ! ? but not after abbreviations', () => {
    expect(splitSentences(text)).toEqual(['Mr. Hale spoke first.', 'He left at 3 p.m. Then the U.S. envoy arrived!', 'Who knew?']);
    expect(endsSentenceAt(text, text.indexOf('first.') + 5)).toBe(true);
    expect(endsSentenceAt(text, 2)).toBe(false);
  });

  it('finds the start of the sentence holding a position', () => {
    const at = text.indexOf('envoy');
    expect(text.slice(sentenceStart(text, at, 0)).trimStart()).toMatch(/^He left/);
    expect(sentenceStart(text, 5, 0)).toBe(0);
  });

  it('handles empty text and a line without an ending', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('  no ending here ')).toEqual(['no ending here']);
  });
});

describe('titles, clipping, whitespace', () => {
  it('tells honorifics from other titles', () => {
    expect(isTitleWord('Gen.')).toBe(true);
    expect(isHonorific('Gen.')).toBe(false);
    expect(isHonorific('Mrs.')).toBe(true);
    expect(isTitleWord('Smith')).toBe(false);
  });

  it('clips at a word boundary', () => {
    expect(clipAtWord('short', 10)).toBe('short');
    const c = clipAtWord('alpha beta gamma delta epsilon', 16);
    expect(c.endsWith('…')).toBe(true);
    expect(c.length).toBeLessThanOrEqual(16);
    expect(c).toBe('alpha beta…');
  });

  it('skips whitespace both ways', () => {
    expect(firstNonSpace('  \r\n x', 0)).toBe(5);
    expect(firstNonSpace('   ', 0)).toBe(3);
    expect(lastNonSpace('x \r\n', 3)).toBe(0);
    expect(lastNonSpace('   ', 2)).toBe(-1);
  });
});

describe('overlap test', () => {
  it('answers like overlapsAny for random spans (unsorted, nested, empty) and queries', () => {
    let seed = 11;
    const next = (n: number) => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) % n;
    const span = () => {
      const start = next(60);
      return { start, end: start + next(12) };
    };
    for (let t = 0; t < 200; t++) {
      const spans = Array.from({ length: next(8) }, span);
      const test = overlapTest(spans);
      for (let q = 0; q < 20; q++) {
        const { start, end } = span();
        expect(test(start, end)).toBe(overlapsAny(start, end, spans));
      }
    }
  });

  it('containTest answers like a scan for a span holding the whole query', () => {
    let seed = 5;
    const next = (n: number) => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) % n;
    const span = () => {
      const start = next(60);
      return { start, end: start + next(12) };
    };
    for (let t = 0; t < 200; t++) {
      const spans = Array.from({ length: next(8) }, span);
      const test = containTest(spans);
      for (let q = 0; q < 20; q++) {
        const { start, end } = span();
        expect(test(start, end)).toBe(spans.some((s) => s.start <= start && end <= s.end));
      }
    }
  });
});
