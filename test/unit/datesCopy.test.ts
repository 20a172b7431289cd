// Dates in copy pasted from outlets' pages: glued datelines, page timestamps, generic "today".
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/core/article/dates/find';
import { unglueDates } from '../../src/core/article/dates/glue';

const found = (text: string, published: string | null = '2025-06-13') => findDates(text, published).map((d) => [d.text, d.value]);

describe('glued datelines', () => {
  it('a label glued to the date still leaves the date found', () => {
    expect(found('Updated13 Jun 2025')).toEqual([['13 Jun 2025', '2025-06-13']]);
    expect(found('By Anna Berg12 June 2025')).toEqual([['12 June 2025', '2025-06-12']]);
    expect(found('Posted2025-06-11 in World')).toEqual([['2025-06-11', '2025-06-11']]);
    expect(found('Last updated8:41am BST, 13 June 2025')).toEqual([['8:41am BST, 13 June 2025', '2025-06-13']]);
    expect(found('Published June 12, 2025Updated')).toEqual([['June 12, 2025', '2025-06-12']]);
  });
  it('keeps the length and leaves names with digits alone', () => {
    const t = 'Updated13 Jun 2025 after COVID19, the G20 and Euro2024.';
    expect(unglueDates(t)).toHaveLength(t.length);
    expect(unglueDates(t)).toBe('Update 13 Jun 2025 after COVID19, the G20 and Euro2024.');
  });
});

describe('clock times', () => {
  it('a time stamping a live-blog entry or a byline is no date', () => {
    expect(found('14.05 BST\nUpdated 8:41am\n09:12')).toEqual([]);
  });
  it('a time in a sentence keeps its day; a date on the next line is its own', () => {
    expect(found('The blast came at 10:35am on the ring road, police said.')).toEqual([['10:35am', '2025-06-13']]);
    expect(found('Markets to stay shut until Friday\nJune 12, 2025\nThe markets were closed.')).toEqual([
      ['Friday', '2025-06-13'],
      ['June 12, 2025', '2025-06-12'],
    ]);
  });
});

describe('the present in general', () => {
  it('"today\'s world", "the leaders of tomorrow", "now-closed": no date', () => {
    expect(found("Young people in today's world read less.")).toEqual([]);
    expect(found('These are the leaders of tomorrow.')).toEqual([]);
    expect(found('The now-closed mill employed 300 people.')).toEqual([]);
  });
  it('but today\'s vote and an opening "Today," in a quote are dates', () => {
    expect(found("Today's vote was close.")).toEqual([["Today's", '2025-06-13']]);
    expect(found('He said: "Today, we have a suspect."')).toEqual([['Today', '2025-06-13']]);
    expect(found('The story ran in USA Today last spring.').map((d) => d[0])).not.toContain('Today');
    expect(found('A reporter for USA Today said so.')).toEqual([]);
  });
  it('a programme called Today is no date, but a sentence opened by Today is one', () => {
    expect(found("He told BBC Radio 4's Today programme the plan would work.")).toEqual([]);
    expect(found('Today programme listeners were told of the plan by a minister on Friday.').map((d) => d[0])).toContain('Today');
  });
});

describe('long lines', () => {
  it('clock times and glued datelines on one 200 KB line stay linear', () => {
    for (const unit of ['met at 10:35 a.m. and ', 'Updated13 Jun 2025 ']) {
      const text = unit.repeat(Math.ceil(200_000 / unit.length));
      const t0 = performance.now();
      const d = findDates(text, '2025-06-13');
      expect(d.length).toBeGreaterThan(1000);
      expect(performance.now() - t0).toBeLessThan(5000);
    }
  });
});
