import { describe, expect, it } from 'vitest';
import { findQuotes, quoteStretches } from '../../src/core/article/quotes';
import { attributeSpeakers } from '../../src/core/article/speakers';
import { persons } from './helpers';

function speakers(t: string, names: string[] = []) {
  const { text, stretches } = quoteStretches(t);
  return attributeSpeakers(text, stretches, persons(t, names)).map((a) => a.speaker);
}

describe('crowd voices', () => {
  it('gives a chant to the group that chanted, not the person on stage', () => {
    const t = 'Mayor Ruth Calder reached the depot, where striking bus drivers had gathered since dawn, chanting “Fair pay now!”';
    expect(speakers(t, ['Ruth Calder'])).toEqual(['striking bus drivers']);
  });

  it('keeps the capitalised words that make the group', () => {
    const t = 'Halfway through the speech, Calder protesters interrupted her, shouting “Go home, Ruth!”';
    expect(speakers(t, ['Calder'])).toEqual(['Calder protesters']);
  });

  it('reads a lone subject right before the verb ("a woman yelled")', () => {
    const t = 'Senator Jim Boyd thanked the hall, and a woman yelled, “Stay in Ohio!”';
    expect(speakers(t, ['Jim Boyd'])).toEqual(['a woman']);
  });

  it('gives chants with no group named to no one', () => {
    const t = 'Governor Ann Pike was greeted with chants of “Four More Years” when she arrived in Dover.';
    expect(speakers(t, ['Ann Pike'])).toEqual([null]);
  });

  it('leaves a person shouting to the ordinary cues', () => {
    const t = 'Coach Dan Mercer ran down the touchline, shouting, “Get back, get back!”';
    expect(speakers(t, ['Dan Mercer'])).toEqual(['Dan Mercer']);
  });

  it('leaves "chants of … according to X" to its source', () => {
    const t = 'The minister was met with chants of “Resign!” in Cardiff, according to union leader Gwen Rhys.';
    expect(speakers(t, ['Gwen Rhys'])).toEqual(['Gwen Rhys']);
  });

  it('does not carry the crowd on to the next quote in the paragraph', () => {
    const t = 'Fans chanted “We Want Ten!” as Dan Mercer walked in. “I love this town,” Mercer said.';
    expect(speakers(t, ['Dan Mercer'])).toEqual(['Fans', 'Dan Mercer']);
  });

  it('reports a Title Case chant as a quote', () => {
    const t = 'Outside the court, about 300 students chanted “Free Tuition For All” until the doors closed.';
    const q = findQuotes(t, persons(t, []));
    expect(q.map((x) => [x.text, x.speaker])).toEqual([['Free Tuition For All', 'students']]);
  });

  it('reads "and cry “…”" as a verb with its group subject', () => {
    const t = 'This is why Republicans cannot just wave their arms and cry “fake news!” whenever a poll goes badly.';
    expect(speakers(t)).toEqual(['Republicans']);
  });
});
