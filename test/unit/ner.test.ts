// Unit tests of the NER tagger's parts: tokenizer, span rules, decoding, model format.
import { describe, expect, it } from 'vitest';
import { labelledSpans } from '../../src/core/article/ner/entitySpans';
import { buildGazetteer, lookup, phraseKeyOf } from '../../src/core/article/ner/gazetteer';
import { allowed, labelIndex, NUM_LABELS } from '../../src/core/article/ner/labels';
import { deserializeModel, serializeModel, type Model } from '../../src/core/article/ner/model';
import { loadNerModel, tagEntities } from '../../src/core/article/ner/tagger';
import { tokenize } from '../../src/core/article/ner/tokenize';
import { viterbi } from '../../src/core/article/ner/viterbi';

const words = (text: string) => tokenize(text).map((s) => s.map((t) => t.text));

describe('ner tokenizer', () => {
  it('splits like CoNLL: possessives, punctuation, clitics apart; hyphens and U.S. kept', () => {
    expect(words('Anna Berg’s war-torn U.S. firm didn’t sell, Mr. Cole said.')).toEqual([
      ['Anna', 'Berg', "'s", 'war-torn', 'U.S.', 'firm', 'did', "n't", 'sell', ',', 'Mr.', 'Cole', 'said', '.'],
    ]);
  });
  it('normalises curly quotes and dashes but keeps source offsets', () => {
    const text = '“Go” — now';
    const toks = tokenize(text)[0];
    expect(toks.map((t) => t.text)).toEqual(['"', 'Go', '"', '--', 'now']);
    for (const t of toks) expect(text.slice(t.start, t.end).length).toBeGreaterThan(0);
    expect(text.slice(toks[1].start, toks[1].end)).toBe('Go');
  });
  it('splits lines and sentences', () => {
    expect(words('One two. Three four!\nFive')).toEqual([['One', 'two', '.'], ['Three', 'four', '!'], ['Five']]);
  });
  it('keeps numbers, dates and scores whole', () => {
    expect(words('On 1996-08-22 it won 92-90 and 3,500.5 pounds')[0]).toEqual([
      'On',
      '1996-08-22',
      'it',
      'won',
      '92-90',
      'and',
      '3,500.5',
      'pounds',
    ]);
  });
});

describe('ner spans', () => {
  const toks = (text: string) => tokenize(text)[0];
  const L = (tags: string[]) => Int32Array.from(tags.map(labelIndex));
  it('drops titles from persons and MISC entirely', () => {
    const t = toks('President Bill Clinton met French officials');
    const spans = labelledSpans(t, L(['B-PER', 'I-PER', 'I-PER', 'O', 'B-MISC', 'O']));
    expect(spans).toEqual([{ start: 10, end: 22, type: 'person' }]);
  });
  it('never ends on a possessive or punctuation, never starts on an opener', () => {
    const text = 'While Downing Street , said';
    const spans = labelledSpans(toks(text), L(['B-LOC', 'I-LOC', 'I-LOC', 'I-LOC', 'O']));
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Downing Street']);
  });
});

describe('ner decoding and model format', () => {
  it('viterbi never puts I-X after O or another type', () => {
    const n = 3;
    const em = new Float64Array(n * NUM_LABELS);
    em[0 * NUM_LABELS + labelIndex('O')] = 5;
    em[1 * NUM_LABELS + labelIndex('I-PER')] = 5;
    em[2 * NUM_LABELS + labelIndex('I-ORG')] = 5;
    const out = viterbi(em, n, NUM_LABELS, new Float64Array(NUM_LABELS * NUM_LABELS + NUM_LABELS));
    for (let i = 0; i < n; i++) expect(allowed(i ? out[i - 1] : -1, out[i])).toBe(true);
  });
  it('serialises and loads a model', () => {
    const bits = 4;
    const emit = new Float32Array(2 ** bits * NUM_LABELS).map((_, i) => ((i * 7) % 11) - 5);
    const trans = new Float64Array(NUM_LABELS * NUM_LABELS + NUM_LABELS).map((_, i) => (i % 5) - 2);
    const gazetteer = buildGazetteer(new Map([[phraseKeyOf(['New', 'York']), 2]]));
    const m: Model = { hashBits: bits, labels: NUM_LABELS, passes: [{ emit, trans }], gazetteer };
    const back = deserializeModel(serializeModel(m));
    expect(back.hashBits).toBe(bits);
    expect(Math.sign(back.passes[0].emit[3])).toBe(Math.sign(emit[3]));
    expect(lookup(back.gazetteer, phraseKeyOf(['new', 'york']))).toBe(2);
  });
  it('without a model finds nothing and does not throw', () => {
    expect(tagEntities(loadNerModel(), 'Anna Berg visited Paris.')).toEqual([]);
  });
});
