import { describe, expect, it } from 'vitest';
import { DOCSTART, parseConll, writeConll } from '../../../src/core/interchange/conll';
import { article, span } from './fixtures';

describe('CoNLL-2003 export', () => {
  const text = 'Ada Quill 🎉 visited New South Wales.\nShe met the Dunmore Council. It went well.';
  const spans = [
    span(text, 'Ada Quill', 'PER', { layer: 'auto' }),
    span(text, 'New South Wales', 'LOC', { layer: 'auto' }),
    span(text, 'Dunmore Council', 'ORG', { layer: 'auto' }),
    span(text, 'visited New South Wales', 'QUOTE', { layer: 'auto' }),
  ];

  it('tags tokens in IOB2, one sentence per block, -DOCSTART- before each article', () => {
    const out = writeConll([article(text, spans), article('', [], 'empty.txt')]);
    const docs = parseConll(out.text);
    expect(out.text.startsWith(DOCSTART + '\n\n')).toBe(true);
    expect(out.text.split(DOCSTART)).toHaveLength(3);
    expect(docs).toHaveLength(2);
    expect(docs[0]).toHaveLength(3); // two lines, the second with two sentences
    const tagged = docs[0]
      .flat()
      .filter((t) => t.tag !== 'O')
      .map((t) => `${t.word}/${t.tag}`);
    expect(tagged).toEqual(['Ada/B-PER', 'Quill/I-PER', 'New/B-LOC', 'South/I-LOC', 'Wales/I-LOC', 'Dunmore/B-ORG', 'Council/I-ORG']);
    expect(docs[0].flat().some((t) => t.word === '🎉')).toBe(true);
    expect(docs[1]).toEqual([]);
  });

  it('keeps the first of two overlapping spans and reports the other', () => {
    const user = span(text, 'Quill 🎉 visited', 'Claim');
    const out = writeConll([article(text, [...spans, user])]);
    expect(out.overlapping.map((o) => o.exact)).toEqual(['Quill 🎉 visited']);
    const words = parseConll(out.text)[0].flat();
    expect(words.find((t) => t.word === 'visited')?.tag).toBe('O');
  });

  it('writes the reader’s labels as tags when they do not overlap', () => {
    const out = writeConll([article(text, [span(text, 'went well', 'Good news')])]);
    const tagged = parseConll(out.text)[0]
      .flat()
      .filter((t) => t.tag !== 'O')
      .map((t) => t.tag);
    expect(tagged).toEqual(['B-Good_news', 'I-Good_news']);
  });
});
