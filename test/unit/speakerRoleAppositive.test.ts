import { describe, expect, it } from 'vitest';
import { quoteStretches } from '../../src/core/article/quotes';
import { attributeSpeakers } from '../../src/core/article/speakers';
import { persons } from './helpers';

function speakers(t: string, names: string[] = []) {
  const { text, stretches } = quoteStretches(t);
  return attributeSpeakers(text, stretches, persons(t, names)).map((a) => a.speaker);
}

describe('a place closing an opening phrase is not the role beside it', () => {
  it('reads "At a briefing in Camden, the mayor said" as the mayor named earlier', () => {
    const t =
      'Mayor Ruth Calder ordered an inquiry on Monday.\n\nAt a briefing in Camden, the mayor also said that “no one is above the rules.”';
    expect(speakers(t, ['Ruth Calder', 'Camden'])).toEqual(['Ruth Calder']);
  });

  it('still reads an appositive after a preposition ("with Jo Kent, the mayor,")', () => {
    const t = 'Reporters spoke with Jo Kent, the mayor, on Friday. Later the mayor said, “We will rebuild the pier.”';
    expect(speakers(t, ['Jo Kent'])).toEqual(['Jo Kent']);
  });
});
