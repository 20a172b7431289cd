// A photo caption is dimmed as boilerplate, but it says who is pictured: its names are entities;
// its credit and markers are not.
import { describe, expect, it } from 'vitest';
import { namelessParts, findBoilerplate } from '../../src/core/article/boilerplate';
import { parseHeader } from '../../src/core/article/header';
import { blankOut } from '../../src/core/text/spans';
import { testAnalyzer } from './helpers';

const ARTICLE = [
  'date 2025-03-14',
  '',
  'The foreign secretary arrived in Vilnius on Thursday for talks on air defence.',
  'ReutersThe minister is welcomed by the Lithuanian president Gitanas Nauseda, left, at the palace[/caption]',
  'Talks went on late into the evening, officials said.',
].join('\n');

describe('caption entities', () => {
  it('finds a person named in a caption line that stays boilerplate', () => {
    const a = testAnalyzer().analyze(ARTICLE);
    const caption = a.boilerplate.find((b) => b.reason === 'caption');
    expect(caption).toBeDefined();
    const person = a.entities.find((e) => e.text === 'Gitanas Nauseda');
    expect(person?.type).toBe('person');
    expect(person!.start).toBeGreaterThanOrEqual(caption!.start);
  });

  it('keeps the glued credit and the caption marker out of the entities', () => {
    const a = testAnalyzer().analyze(ARTICLE);
    expect(a.entities.map((e) => e.text)).not.toContain('Reuters');
    expect(a.entities.some((e) => e.text.includes('caption'))).toBe(false);
  });

  it('blanks only a caption line’s credit and markers, and whole lines of other boilerplate', () => {
    const text = 'Photograph: Jane Roe/AP\nGettyThe mayor, Ann Lee, in the square[/caption]\n';
    const seen = blankOut(text, namelessParts(text, findBoilerplate(text, parseHeader(text))));
    expect(seen.trim()).toBe('The mayor, Ann Lee, in the square');
    expect(seen.length).toBe(text.length);
  });
});
