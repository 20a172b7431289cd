import { describe, expect, it } from 'vitest';
import { CONTAINMENT, findDuplicates, intersectionSize, shingles } from '../../src/core/corpus/duplicates';

const ORIGINAL = [
  'The city council voted on Tuesday to close the old harbour bridge to lorries after engineers found cracks in two of its piers.',
  'Traffic will be diverted through the ring road from next month, the council said in a statement.',
  'Local businesses warned that the closure would add an hour to deliveries and asked for a temporary crossing.',
  'The bridge, opened in 1931, carries about twelve thousand vehicles a day according to the transport department.',
  'Repairs are expected to take at least two years and cost more than forty million pounds.',
].join('\n');
// A cut-down copy: the first three paragraphs, slightly reworded at the end.
const CUT = ORIGINAL.split('\n').slice(0, 3).join('\n') + '\nMore to follow.';
const OTHER =
  'A new library opened in the town centre on Saturday with a reading room, a cafe and a makerspace for children and adults alike, the mayor said.';

const doc = (id: string, text: string, date: string | null = null) => ({ id, shingles: shingles(text), date });

describe('shingles', () => {
  it('are sorted, unique and case/punctuation blind', () => {
    const s = shingles('One two three four five six. ONE two, three four five six!');
    expect([...s]).toEqual([...s].sort((a, b) => a - b));
    expect(new Set(s).size).toBe(s.length);
    expect(intersectionSize(shingles('a b c d e f'), shingles('A, B; c d E f'))).toBe(2);
    expect(shingles('too short')).toHaveLength(0);
  });
});

describe('findDuplicates', () => {
  it('finds a cut-down copy by containment, in the right direction', () => {
    expect(findDuplicates([doc('orig', ORIGINAL), doc('copy', CUT), doc('other', OTHER)])).toEqual([['copy', 'orig']]);
  });

  it('does not call a copy what shares only a paragraph', () => {
    const partial = ORIGINAL.split('\n')[0] + '\n' + OTHER + ' ' + OTHER.split('').reverse().join('');
    expect(findDuplicates([doc('orig', ORIGINAL), doc('p', partial)])).toEqual([]);
  });

  it('takes the earlier of two mutual copies as the original, else the smaller id', () => {
    expect(findDuplicates([doc('a', ORIGINAL, '2025-01-17'), doc('b', ORIGINAL, '2025-01-16')])).toEqual([['a', 'b']]);
    expect(findDuplicates([doc('b', ORIGINAL), doc('a', ORIGINAL)])).toEqual([['b', 'a']]);
  });

  it('has a sane threshold', () => {
    expect(CONTAINMENT).toBeGreaterThan(0.5);
    expect(findDuplicates([])).toEqual([]);
  });
});
