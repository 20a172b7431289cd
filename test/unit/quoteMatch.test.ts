import { describe, expect, it } from 'vitest';
import { QuoteIndex, quoteSimilarity, quoteTokens, normWord, sameSpeaker, wordDiff } from '../../src/core/corpus/quoteMatch';
import type { QuoteAnnotation } from '../../src/core/types';

const q = (text: string, start = 0, speaker: string | null = null): QuoteAnnotation => ({
  kind: 'quote',
  text,
  start,
  end: start + text.length,
  speaker,
});
const words = (s: string) => quoteTokens(s).map(normWord);

describe('wordDiff', () => {
  it('marks removed and added words, joining runs', () => {
    expect(wordDiff('we will play our full part', 'we will play our part in it')).toEqual([
      { op: 'same', text: 'we will play our' },
      { op: 'removed', text: 'full' },
      { op: 'same', text: 'part' },
      { op: 'added', text: 'in it' },
    ]);
  });

  it('ignores case, curly apostrophes and trailing punctuation', () => {
    expect(wordDiff('It’s a truly historic day.', "it's a truly historic day")).toEqual([
      { op: 'same', text: "it's a truly historic day" },
    ]);
  });

  it('handles empty quotes', () => {
    expect(wordDiff('', 'new words')).toEqual([{ op: 'added', text: 'new words' }]);
    expect(wordDiff('old', '')).toEqual([{ op: 'removed', text: 'old' }]);
  });
});

describe('quoteSimilarity and speakers', () => {
  it('scores reordered, partial and unrelated quotes', () => {
    expect(quoteSimilarity(words('a b c d'), words('a b c d')).similarity).toBe(1);
    const partial = quoteSimilarity(words('nothing is off the table'), words('he said nothing is off the table for Britain now'));
    expect(partial.containment).toBe(1);
    expect(quoteSimilarity(words('rain is expected tomorrow'), words('the markets fell sharply')).similarity).toBe(0);
  });

  it('treats a surname as the same speaker', () => {
    expect(sameSpeaker('Volodymyr Zelensky', 'Mr Zelensky')).toBe(true);
    expect(sameSpeaker('Keir Starmer', 'Vladimir Putin')).toBe(false);
    expect(sameSpeaker(null, null)).toBe(true);
    expect(sameSpeaker('Keir Starmer', null)).toBe(false);
  });
});

describe('QuoteIndex', () => {
  it('matches across articles only, and forgets replaced quotes', () => {
    const idx = new QuoteIndex();
    idx.set('a', [q('nothing is off the table for us', 5, 'Keir Starmer')]);
    idx.set('b', [q('Nothing is off the table for us,', 9, 'Starmer'), q('a quote about something else entirely', 50)]);
    const m = idx.matches('a', q('nothing is off the table for us', 5, 'Keir Starmer'));
    expect(m.map((x) => [x.id, x.similarity, x.sameSpeaker])).toEqual([['b', 1, true]]);
    expect(idx.groups(() => 0)).toHaveLength(1);
    idx.set('b', []);
    expect(idx.matches('a', q('nothing is off the table for us'))).toEqual([]);
    expect(idx.groups(() => 0)).toEqual([]);
  });

  it('does not match scare quotes of one or two words', () => {
    const idx = new QuoteIndex();
    idx.set('a', [q('historic')]);
    idx.set('b', [q('historic')]);
    expect(idx.groups(() => 0)).toEqual([]);
  });
});
