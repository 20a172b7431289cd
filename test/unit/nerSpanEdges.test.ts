// Span edges the tagger's labels decide: a possessive inside a company's name and a bracketed
// club code stay in the name; an ordinary possessive and an unmatched bracket do not.
import { describe, expect, it } from 'vitest';
import { resolveEntities } from '../../src/core/article/entities';
import { labelledSpans } from '../../src/core/article/ner/entitySpans';
import { labelIndex } from '../../src/core/article/ner/labels';
import { tokenize } from '../../src/core/article/ner/tokenize';

const toks = (text: string) => tokenize(text)[0];
const L = (tags: string[]) => Int32Array.from(tags.map(labelIndex));
const texts = (text: string, tags: string[]) => {
  const spans = labelledSpans(toks(text), L(tags));
  return resolveEntities(text, spans).map((e) => `${e.type}:${e.text}`);
};

describe('possessives in names', () => {
  it("keeps an 's the tagger put inside an organisation or place name", () => {
    const text = 'Shares in Harmon’s rose at Kestrel’s yesterday';
    const tags = ['O', 'O', 'B-ORG', 'I-ORG', 'O', 'O', 'B-LOC', 'I-LOC', 'O'];
    expect(toks(text).map((t) => t.text)).toEqual(['Shares', 'in', 'Harmon', "'s", 'rose', 'at', 'Kestrel', "'s", 'yesterday']);
    expect(texts(text, tags)).toEqual(['organization:Harmon’s', 'place:Kestrel’s']);
  });
  it("drops an 's tagged outside the name, and never keeps one on a person", () => {
    const text = "Harmon's shares fell as Ann Lowry's plan stalled";
    const tags = ['B-ORG', 'O', 'O', 'O', 'O', 'B-PER', 'I-PER', 'I-PER', 'O', 'O'];
    expect(texts(text, tags)).toEqual(['organization:Harmon', 'person:Ann Lowry']);
  });
});

describe('brackets in names', () => {
  it('keeps a short bracketed code the tagger took into a club name', () => {
    const text = 'Radnik (K) 2 Sloga 1';
    const tags = ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'B-ORG', 'O'];
    expect(texts(text, tags)).toEqual(['organization:Radnik (K)', 'organization:Sloga']);
  });
  it('drops an unmatched closing bracket and a longer parenthetical', () => {
    const text = 'Ivo Maric (Croatia) won';
    const tags = ['B-PER', 'I-PER', 'I-PER', 'I-PER', 'I-PER', 'O'];
    expect(texts(text, tags)).toEqual(['person:Ivo Maric']);
    const text2 = 'Sloga ) won';
    expect(texts(text2, ['B-ORG', 'I-ORG', 'O'])).toEqual(['organization:Sloga']);
  });
});
