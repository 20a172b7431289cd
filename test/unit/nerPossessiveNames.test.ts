// Names written in the possessive keep their "'s" where the words after it show it is no
// possessive; ordinary possessives ("Britain's top court") are left alone.
import { describe, expect, it } from 'vitest';
import { labelledSpans } from '../../src/core/article/ner/entitySpans';
import { possessiveNames } from '../../src/core/article/ner/possessiveNames';
import { tokenize } from '../../src/core/article/ner/tokenize';

const B_LOC = 3;
const B_ORG = 5;

/** Labels the listed words (first token of each) as one-token names of the given label. */
function run(text: string, names: Record<string, number>): string[] {
  const sentences = tokenize(text);
  const labels = sentences.map((toks) => Int32Array.from(toks.map((t) => names[t.text] ?? 0)));
  possessiveNames(
    sentences,
    labels,
    sentences.map(() => true),
  );
  return sentences.flatMap((toks, s) => labelledSpans(toks, labels[s]).map((e) => `${e.type}:${text.slice(e.start, e.end)}`));
}

describe('possessive-form names', () => {
  it("takes the 's into a name followed by a reporting verb, and into its other mentions", () => {
    const text = "Hartley's said profits fell.\nShoppers at Hartley's queued.\nHartley's shares rose.";
    expect(run(text, { Hartley: B_ORG })).toEqual(["organization:Hartley's", "organization:Hartley's", "organization:Hartley's"]);
  });
  it('takes it where punctuation follows, for places too', () => {
    const text = "The match at Brockley's, on Sunday, was drawn.";
    expect(run(text, { Brockley: B_LOC })).toEqual(["place:Brockley's"]);
  });
  it("leaves a name the article also writes without the 's alone", () => {
    const text = "Corvin said it would act. The best offer was Corvin's.";
    expect(run(text, { Corvin: B_ORG })).toEqual(['organization:Corvin', 'organization:Corvin']);
  });
  it('leaves ordinary possessives and ambiguous followers alone', () => {
    const text = "Britain's top court ruled. Ridley's is a rare condition. Stanton's will to win (and Stanton's) held.";
    expect(run(text, { Britain: B_LOC, Ridley: B_ORG, Stanton: B_ORG })).toEqual([
      'place:Britain',
      'organization:Ridley',
      'organization:Stanton',
      'organization:Stanton',
    ]);
  });
});
