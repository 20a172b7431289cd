import { describe, expect, it } from 'vitest';
import { quoteStretches } from '../../src/core/article/quotes';
import { speakerCandidates } from '../../src/core/article/speakers';
import { choose } from '../../src/core/article/speakers/ranker';
import { RANKER_WEIGHTS } from '../../src/core/article/speakers/rankerWeights';
import { persons } from './helpers';

function candidates(t: string, names: string[]) {
  const { text, stretches } = quoteStretches(t);
  return speakerCandidates(text, stretches, persons(t, names));
}

describe('speaker ranker', () => {
  it('describes each name around the quote by cue, side and position', () => {
    const t = 'Ann Lee told Tom Hay: “We start building on Monday.”';
    const {
      candidates: [cs],
    } = candidates(t, ['Ann Lee', 'Tom Hay']);
    const ann = cs.find((c) => c.speaker === 'Ann Lee')!;
    const tom = cs.find((c) => c.speaker === 'Tom Hay')!;
    expect(ann.features).toContain('verbAfterB');
    expect(ann.features).toContain('sameSentenceB');
    expect(tom.features).toContain('listener');
    expect(tom.features).toContain('colonBefore');
    expect(choose(cs, { speaker: null }, RANKER_WEIGHTS).speaker).toBe('Ann Lee');
  });

  it('keeps the rules’ answer when untrained or when there is no candidate', () => {
    const rule = { speaker: 'Someone' };
    expect(choose([{ speaker: 'Other', features: ['verbAfterB'] }], rule, {})).toBe(rule);
    expect(choose([], rule, RANKER_WEIGHTS)).toBe(rule);
  });

  it('prefers the subject of the speech verb to a name in a later clause', () => {
    const t = 'Joan Pike said on Tuesday that a deal with Carl Ruiz was “very close now”.';
    const {
      rule,
      candidates: [cs],
    } = candidates(t, ['Joan Pike', 'Carl Ruiz']);
    expect(choose(cs, rule[0], RANKER_WEIGHTS).speaker).toBe('Joan Pike');
  });

  it('ignores names in the paragraph after the next one', () => {
    const t = '“It is over,” a voice said.\nNothing more.\nLater Rosa Vidal arrived.';
    const {
      candidates: [cs],
    } = candidates(t, ['Rosa Vidal']);
    expect(cs.map((c) => c.speaker)).not.toContain('Rosa Vidal');
  });

  it('carries the ranker’s choice, not the rules’ answer, over to a quote that goes on', () => {
    const t = 'Tom Hay met Ann Lee. Ann Lee said: “We start on Monday.\n\n“It will be quick.”';
    const { text, stretches } = quoteStretches(t);
    const ents = persons(t, ['Ann Lee', 'Tom Hay']);
    // Weights that overrule the cue for the first quote: the second quote must follow that choice.
    const overrule = { rule: 0, 'seen=1': 10 };
    expect(speakerCandidates(text, stretches, ents, overrule).rule[1]).toMatchObject({ speaker: 'Tom Hay', via: 'continues' });
    expect(speakerCandidates(text, stretches, ents, {}).rule[1]).toMatchObject({ speaker: 'Ann Lee', via: 'continues' });
  });
});
