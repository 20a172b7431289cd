// A town the tagger reads as its football club is the place outside sports copy.
import { describe, expect, it } from 'vitest';
import { buildGazetteer, phraseKeyOf } from '../../src/core/article/ner/gazetteer';
import { labelledSpans } from '../../src/core/article/ner/entitySpans';
import { labelIndex } from '../../src/core/article/ner/labels';
import { placesInProse } from '../../src/core/article/ner/placesInProse';
import { tokenize } from '../../src/core/article/ner/tokenize';

// "Dunmore" known as a place (and a club) in training.
const gaz = buildGazetteer(new Map([[phraseKeyOf(['Dunmore']), (1 << 1) | (1 << 2)]]));

function run(text: string): string[] {
  const sentences = tokenize(text);
  const labels = sentences.map((toks) => Int32Array.from(toks.map((t) => (t.text === 'Dunmore' ? labelIndex('B-ORG') : 0))));
  placesInProse(
    sentences,
    labels,
    gaz,
    sentences.map(() => true),
  );
  return sentences.flatMap((toks, s) => labelledSpans(toks, labels[s]).map((e) => `${e.type}:${text.slice(e.start, e.end)}`));
}

describe('towns read as clubs', () => {
  it('types a known place after a verb or preposition of place as the place in news copy', () => {
    expect(run('The minister will visit Dunmore on Friday.')).toEqual(['place:Dunmore']);
  });
  it('leaves it to the tagger in sports copy and where no place word comes before it', () => {
    expect(run('The minister will visit Dunmore on Friday. Dunmore won the match.')).toEqual([
      'organization:Dunmore',
      'organization:Dunmore',
    ]);
    expect(run('Dunmore said the plan would go ahead.')).toEqual(['organization:Dunmore']);
  });
});
