// Weeks, weekends and "overnight": values in our format (YYYY-MM-DD | YYYY-MM | YYYY).
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/core/article/dates/find';

const valueOf = (text: string, what: string, published: string) => findDates(text, published).find((d) => d.text === what)?.value;

describe('weeks: the month they lie in, or no value when they straddle two', () => {
  it('last / this / next week', () => {
    // 2025-01-22 is a Wednesday: last week is 13-19 January.
    expect(valueOf('Last week, the council met twice.', 'Last week', '2025-01-22')).toBe('2025-01');
    expect(valueOf('The strike goes on this week.', 'this week', '2025-01-22')).toBe('2025-01');
    // Next week (27 January - 2 February) lies in two months.
    expect(valueOf('A ruling is expected next week.', 'next week', '2025-01-22')).toBeNull();
    expect(valueOf('A ruling is expected early next week.', 'early next week', '2025-02-05')).toBe('2025-02');
  });
  it('"the past week" is the last seven days: found, no calendar value', () => {
    const d = findDates('Prices rose over the past week.', '2025-01-22').find((x) => /week/.test(x.text));
    expect(d?.value).toBeNull();
  });
});

describe('weekends: their Saturday', () => {
  // 2025-01-22 is a Wednesday; 2025-01-25 a Saturday.
  it('past tense: the weekend just gone; future: the coming one', () => {
    expect(valueOf('Protesters gathered over the weekend.', 'the weekend', '2025-01-22')).toBe('2025-01-18');
    expect(valueOf('Protesters will gather this weekend.', 'this weekend', '2025-01-22')).toBe('2025-01-25');
    expect(valueOf('The talks resume this weekend.', 'this weekend', '2025-01-25')).toBe('2025-01-25');
  });
  it('last / next weekend', () => {
    expect(valueOf('It snowed last weekend.', 'last weekend', '2025-01-22')).toBe('2025-01-18');
    expect(valueOf('It snowed last weekend.', 'last weekend', '2025-01-26')).toBe('2025-01-18');
    expect(valueOf('The fair opens next weekend.', 'next weekend', '2025-01-22')).toBe('2025-01-25');
    expect(valueOf('The fair opens next weekend.', 'next weekend', '2025-01-25')).toBe('2025-02-01');
  });
});

describe('overnight', () => {
  it('the night before publication, or the coming one when the clause looks ahead', () => {
    expect(valueOf('Drones struck the port overnight, officials said.', 'overnight', '2025-06-13')).toBe('2025-06-12');
    expect(valueOf('Overnight, the river burst its banks.', 'Overnight', '2025-06-13')).toBe('2025-06-12');
    expect(valueOf('Crews will work overnight to clear the line.', 'overnight', '2025-06-13')).toBe('2025-06-13');
  });
  it('the adjective is no date', () => {
    expect(findDates('He booked an overnight stay and the overnight rate rose.', '2025-06-13')).toEqual([]);
    expect(findDates('Overnight trains were cancelled.', '2025-06-13')).toEqual([]);
  });
});

describe('the day a report is about', () => {
  it('"ended the day", "for the day": the last day given, else the publication day', () => {
    expect(valueOf('The index rose 2% to end the day at 8,017.', 'the day', '2025-03-14')).toBe('2025-03-14');
    expect(valueOf('On Tuesday shares fell. They ended the day 3% down.', 'the day', '2025-03-14')).toBe('2025-03-11');
  });
  it('a part of the day joins the day next to it', () => {
    const d = findDates('In London at mid-afternoon yesterday, the shares were up.', '2025-03-14');
    expect(d.map((x) => [x.text, x.value])).toEqual([['mid-afternoon yesterday', '2025-03-13']]);
  });
  it('"the day of", "in the day" and "over the day" are no report day', () => {
    expect(findDates('Those were the rules in the day of the old empire.', '2025-03-14')).toEqual([]);
    expect(findDates('Prices moved a lot over the day.', '2025-03-14')).toEqual([]);
  });
});

describe('recurrences and business years', () => {
  it('"each July", "every Monday" are no one date', () => {
    expect(findDates('The band marches each July and the market opens every Monday.', '2025-03-14')).toEqual([]);
    expect(valueOf('The market opened on Monday.', 'Monday', '2025-03-14')).toBe('2025-03-10');
  });
  it('"the year ended March 31" leaves the date to its end date', () => {
    expect(findDates('Revenue for the year ended March 31 rose.', '2025-06-14').map((d) => d.text)).toEqual(['March 31']);
    expect(findDates('Revenue for the year rose.', '2025-06-14').map((d) => [d.text, d.value])).toEqual([['the year', '2025']]);
  });
});

describe('quarters of a named year', () => {
  it('"this year\'s third quarter" is one date, valued as its year', () => {
    expect(findDates("Net sales for this year's third quarter were flat.", '2025-11-02').map((d) => [d.text, d.value])).toEqual([
      ["this year's third quarter", '2025'],
    ]);
    expect(findDates("It could take effect in next year's first quarter.", '2025-11-02').map((d) => [d.text, d.value])).toEqual([
      ["next year's first quarter", '2026'],
    ]);
  });
});
