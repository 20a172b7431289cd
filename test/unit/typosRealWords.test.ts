// Real-word slips: right words in the wrong place, on sentences of our own.
import { describe, expect, it } from 'vitest';
import { findRealWordSlips } from '../../src/core/article/spelling/realWords';
import { wordTokens } from '../../src/core/article/spelling/tokens';
import { createSpeller, findTypos, type Speller } from '../../src/core/article/typos';
import type { EntityAnnotation } from '../../src/core/types';
import { loadResources } from '../../src/node/resources';

/** [slip as written, first suggestion] pairs. */
const slips = (text: string, persons: { start: number; end: number }[] = []) =>
  findRealWordSlips(text, wordTokens(text), persons).map((s) => [text.slice(s.start, s.end), s.suggestions[0]]);

describe('fixed phrases', () => {
  it('a slip of "and" inside a fixed pair, quotes or not', () => {
    expect(slips('The poster said “keep calm” can carry on.')).toEqual([['can', 'and']]);
    expect(slips('Voters want law an order.')).toEqual([['an', 'and']]);
    expect(slips('They weighed the pros can cons.')).toEqual([['can', 'and']]);
  });
  it('"and" for "an" in "an end to", "an example of", "an estimated 40"', () => {
    expect(slips('Envoys hope to negotiate and end to the siege.')).toEqual([['and', 'an']]);
    expect(slips('It was and example of restraint.')).toEqual([['and', 'an']]);
    expect(slips('The storm left and estimated 40 homes without power.')).toEqual([['and', 'an']]);
  });
  it('leaves the same words alone where they are English', () => {
    expect(slips('Shops open and end the day early; rates rose and end up higher.')).toEqual([]);
    expect(slips('Talks begin and end to schedule.')).toEqual([]);
    expect(slips('Keep calm, he said, and you can carry on.')).toEqual([]);
    expect(slips('Officials checked and estimated the damage.')).toEqual([]);
  });
});

describe('a demonym where the country was meant', () => {
  it('as the subject of what a state does', () => {
    expect(slips('Kyiv blamed Moscow for the strike, and Russian has not yet commented.')).toEqual([['Russian', 'Russia']]);
    expect(slips('Shells fell overnight. Iranian denied any role.')).toEqual([['Iranian', 'Iran']]);
  });
  it('not as an adjective, a person, a language or a surname', () => {
    expect(slips('Russian officials said the talks would go on.')).toEqual([]);
    expect(slips('The Russian has not yet been charged.')).toEqual([]);
    expect(slips('Russian is spoken by half the town.')).toEqual([]);
    expect(slips('Investor Rafe Cuban spoke first. Cuban said he would run.')).toEqual([]);
    const text = 'Cuban said he would run.';
    expect(slips(text, [{ start: 0, end: 5 }])).toEqual([]);
  });
});

describe('"an" before a consonant', () => {
  it('is a slip of "a" or "and"', () => {
    expect(slips('Shares fell as an result of the strike.')).toEqual([['an', 'a']]);
    expect(findRealWordSlips('They met, an then they left.', wordTokens('They met, an then they left.'))[0].suggestions).toEqual(['a', 'and']);
  });
  it('but not before "h", a capital, a letter or a compound', () => {
    expect(slips('It was an historic day, an MP said, after an x-ray and an f-word.')).toEqual([]);
  });
});

describe('fixed pairs and doubled words', () => {
  it('could of, their is, there own, it\'s own, more then expected', () => {
    expect(slips('He could of won.')).toEqual([['of', 'have']]);
    expect(slips('Their is no doubt.')).toEqual([['Their', 'There']]);
    expect(slips('They kept there own staff, and the firm kept it’s own.')).toEqual([
      ['there', 'their'],
      ['it’s', 'its'],
    ]);
    expect(slips('Prices rose more then expected.')).toEqual([['then', 'than']]);
  });
  it('but "could, of course", "more then," and "had had" are English', () => {
    expect(slips('It could of course fail. Fewer came then, and he had had enough.')).toEqual([]);
    expect(slips('Rents were higher then. That that mattered was plain.')).toEqual([]);
  });
  it('doubled words that are never right, but not particles or acronyms', () => {
    expect(slips('They said the the vote was close.')).toEqual([['the the', 'the']]);
    expect(slips('The plan did Rivera in in 2012, shares of AT and T fell at AT and T.')).toEqual([]);
  });
});

describe('in findTypos', () => {
  let speller: Speller | undefined;
  const getSpeller = () => (speller ??= createSpeller(loadResources().dictionaries));
  it('a slip is a typo with its suggestion, in text order with the misspellings', () => {
    const text = 'The goverment hopes to negotiate and end to the dispute.';
    expect(findTypos(getSpeller(), text, { entities: [] }).map((t) => [t.text, t.suggestions[0]])).toEqual([
      ['goverment', 'government'],
      ['and', 'an'],
    ]);
  });
  it('a person entity shields its words', () => {
    const text = 'Later, Cuban said he would not run.';
    const cuban: EntityAnnotation = { kind: 'entity', type: 'person', start: 7, end: 12, text: 'Cuban', canonical: 'Mark Cuban' };
    expect(findTypos(getSpeller(), text, { entities: [cuban] })).toEqual([]);
    expect(findTypos(getSpeller(), text, { entities: [] }).map((t) => t.text)).toEqual(['Cuban']);
  });
});
