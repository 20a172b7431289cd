// A legal form ends only a company's name, including the European and Asian forms.
import { describe, expect, it } from 'vitest';
import { documentRules } from '../../src/core/article/ner/docRules';
import { emptyGazetteer } from '../../src/core/article/ner/gazetteer';
import { labelIndex, LABELS } from '../../src/core/article/ner/labels';

const tag = (words: string[], tags: string[]) => {
  const labels = [Int32Array.from(tags.map(labelIndex))];
  documentRules([words], labels, emptyGazetteer());
  return Array.from(labels[0], (l) => LABELS[l]);
};

describe('legal forms', () => {
  it('retypes a "person" or "place" ending in SpA, B.V., Oyj or Bhd as an organisation', () => {
    for (const form of ['SpA', 'B.V.', 'Oyj', 'Bhd']) {
      expect(tag(['Ferrandi', form, 'said'], ['B-PER', 'I-PER', 'O'])).toEqual(['B-ORG', 'I-ORG', 'O']);
    }
  });
  it('leaves a state abbreviation after a town alone', () => {
    expect(tag(['Reno', 'NV', 'police'], ['B-LOC', 'I-LOC', 'O'])).toEqual(['B-LOC', 'I-LOC', 'O']);
  });
});
