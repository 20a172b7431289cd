// Which way an undated weekday or month points: the clause's tense, read from our own sentences.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/core/article/dates/find';

// 2025-03-12 is a Wednesday.
const PUB = '2025-03-12';
const dateValue = (text: string, what: string, published = PUB) => findDates(text, published).find((d) => d.text === what)?.value;

describe('future tense', () => {
  it('a modal far from the date still looks ahead', () => {
    expect(dateValue('The harbour board will convene an emergency session of all its members on Sunday.', 'Sunday')).toBe('2025-03-16');
    expect(dateValue('The vote would still be held at the annual congress on April 24.', 'April 24', '2025-02-10')).toBe('2025-04-24');
  });
  it('an "-ed" word inside the modal\'s verb phrase does not turn it back', () => {
    expect(dateValue('Leaders said they will convene talks aimed at ending the fighting on Sunday.', 'Sunday')).toBe('2025-03-16');
    // A clause break (comma, conjunction) ends the modal's reach.
    expect(dateValue('Ministers will meet again, and talks stalled on Sunday.', 'Sunday')).toBe('2025-03-09');
  });
  it('a date that ends its sentence reads no verb from the next one', () => {
    expect(dateValue('Ministers will convene on Sunday. He arrived on Monday.', 'Sunday')).toBe('2025-03-16');
    expect(dateValue('Talks collapsed on Sunday. They will resume later.', 'Sunday')).toBe('2025-03-09');
  });
  it('a long sentence still finds its modal', () => {
    expect(
      dateValue(
        'The three airlines would together fly some seven hundred extra seats each week between the two largest cities from March 30.',
        'March 30',
        '2025-02-13',
      ),
    ).toBe('2025-03-30');
  });
  it('an adjective in -ed is not a past verb', () => {
    expect(dateValue('The dividend would be paid on a still unspecified date in January.', 'January', '2025-10-20')).toBe('2026-01');
  });
  it('a present-tense verb schedules a day, not a month', () => {
    expect(dateValue('The two leaders meet separately Monday with the envoy.', 'Monday')).toBe('2025-03-17');
    expect(dateValue('Homes worth a fortune in October are worth half that now.', 'October', '2025-01-08')).toBe('2024-10');
  });
  it('"as early as", "by" and "until" look ahead', () => {
    expect(dateValue('He could come to the capital as early as Tuesday.', 'Tuesday')).toBe('2025-03-18');
    expect(dateValue('The markets stayed closed until Friday, officials said.', 'Friday')).toBe('2025-03-14');
    expect(
      dateValue('The airline doubled its flights by August in search of new markets untouched by rivals.', 'August', '2025-02-13'),
    ).toBe('2025-08');
  });
});

describe('past tense', () => {
  it('a past perfect turns a deadline back', () => {
    expect(dateValue('Only two members had filed reports by Tuesday.', 'Tuesday')).toBe('2025-03-11');
    expect(dateValue('Until Monday, the police had not named him.', 'Monday')).toBe('2025-03-10');
    expect(dateValue('The offer had been due to expire Friday evening.', 'Friday evening')).toBe('2025-03-07');
  });
  it('an irregular past verb after a noun is a verb', () => {
    expect(dateValue('The envoy to Norway said on Tuesday that talks would resume.', 'Tuesday')).toBe('2025-03-11');
    expect(dateValue('These are statements made Friday and Monday by the lawyer.', 'Monday')).toBe('2025-03-10');
  });
});
