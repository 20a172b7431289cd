// A surname that is also a title ("King", "Bishop") names the person the article has named in
// full; without such a full name the lone title stays no entity.
import { describe, expect, it } from 'vitest';
import { testAnalyzer } from './helpers';

const people = (text: string) =>
  testAnalyzer()
    .analyze(text)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.text);

describe('surnames that are titles', () => {
  it('keeps the lone surname of a person named in full', () => {
    const text =
      'The squad was named on Monday by team captain Rosalind Mae King, who has led it since 2019.\n\n' +
      'The players arrived on Tuesday and King said they were fit. "We are ready," said King.';
    const found = people(text);
    expect(found).toContain('Rosalind Mae King');
    expect(found.filter((p) => p === 'King').length).toBeGreaterThanOrEqual(1);
  });
  it('takes no lone title for a name when nobody has that surname', () => {
    const text = 'The visit was planned for months, and the King said he was delighted to meet the crowds.';
    expect(people(text)).not.toContain('King');
  });
});
