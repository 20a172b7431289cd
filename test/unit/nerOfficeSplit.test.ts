// "Company Title First Last [of Place]" decoded as one organisation: the office title splits it
// into the body and the person, and a trailing "of ..." goes to what the gazetteer knows it as.
import { describe, expect, it } from 'vitest';
import { labelledSpans } from '../../src/core/article/ner/entitySpans';
import { buildGazetteer, emptyGazetteer, phraseKeyOf } from '../../src/core/article/ner/gazetteer';
import { labelIndex } from '../../src/core/article/ner/labels';
import { newsRules } from '../../src/core/article/ner/newsRules';
import { tokenize } from '../../src/core/article/ner/tokenize';

/** Labels one whole line as a single organisation run except the listed last tokens (O). */
function split(text: string, outside: number, gaz = emptyGazetteer()) {
  const sentences = tokenize(text);
  const toks = sentences[0];
  const lab = Int32Array.from(toks.map((_, k) => (k >= toks.length - outside ? 0 : labelIndex(k ? 'I-ORG' : 'B-ORG'))));
  newsRules(sentences, [lab], gaz);
  return labelledSpans(toks, lab).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
}

describe('office titles inside an organisation run', () => {
  it('splits the body from the person named after the title', () => {
    expect(split('Harbour Trust Chairman Owen Pryce said on Friday', 3)).toEqual(['organization:Harbour Trust', 'person:Owen Pryce']);
  });
  it('types an "of" tail after the person as the gazetteer knows it', () => {
    const gaz = buildGazetteer(new Map([[phraseKeyOf(['Chile']), 1 << 1]]));
    expect(split('Trade Council President Ana Ruiz of Chile said', 1, gaz)).toEqual([
      'organization:Trade Council',
      'person:Ana Ruiz',
      'place:Chile',
    ]);
    expect(split('Trade Council President Ana Ruiz of Chile said', 1)).toEqual(['organization:Trade Council', 'person:Ana Ruiz']);
  });
  it('leaves a name whose title is followed by one word alone', () => {
    expect(split('Acme Director Smith', 0)).toEqual(['organization:Acme Director Smith']);
  });
});
