// Date recognition and resolution: small texts of our own, the seed articles, robustness.
import * as fs from 'node:fs';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/core/article/dates/find';
import { parseHeader } from '../../src/core/article/header';
import { blankOut } from '../../src/core/text/spans';

/** [text, value] pairs of what findDates finds. */
const found = (text: string, published: string | null = '2025-01-16') =>
  findDates(text, published).map((d) => [d.text, d.value]);

/** The value given to the first date whose text is `what`. */
const valueOf = (text: string, what: string, published: string | null = '2025-01-16') =>
  findDates(text, published).find((d) => d.text === what)?.value;

describe('weekdays resolve against the publication date by tense', () => {
  // 2025-01-16 is a Thursday.
  it('past tense: the most recent such day', () => {
    expect(valueOf('The minister suggested on Wednesday that both sides would have to give way.', 'Wednesday')).toBe('2025-01-15');
    expect(valueOf('The president was sworn in on Monday.', 'Monday')).toBe('2025-01-13');
  });
  it('future: the coming such day, also from a present tense in a future-looking clause', () => {
    expect(valueOf('The president will be sworn in on Monday.', 'Monday')).toBe('2025-01-20');
    expect(valueOf('It came days before the new leader is sworn in for a second term as president on Monday with a plan.', 'Monday')).toBe('2025-01-20');
  });
  it('no cue: the most recent one, or the day itself', () => {
    expect(valueOf('Talks on Monday afternoon.', 'Monday afternoon', '2025-06-23')).toBe('2025-06-23');
    expect(valueOf('Talks Tuesday.', 'Tuesday')).toBe('2025-01-14');
  });
  it('last / next / possessive', () => {
    expect(valueOf('They met last Thursday.', 'last Thursday')).toBe('2025-01-09');
    expect(valueOf('They meet next Friday.', 'next Friday')).toBe('2025-01-17');
    expect(valueOf("Critics will contest Monday's ruling.", "Monday's")).toBe('2025-01-13');
  });
});

describe('relative expressions', () => {
  it('days, months and years from the publication date', () => {
    expect(found('Today he said yesterday was fine and tomorrow will be too.')).toEqual([
      ['Today', '2025-01-16'],
      ['yesterday', '2025-01-15'],
      ['tomorrow', '2025-01-17'],
    ]);
    expect(valueOf('It closed six months ago.', 'six months ago')).toBe('2024-07');
    expect(valueOf('Sales rose last year.', 'last year')).toBe('2024');
    expect(valueOf('Sales rose this month.', 'this month')).toBe('2025-01');
    expect(valueOf('A decision is due next year.', 'next year')).toBe('2026');
  });
  it('months without a year take the year the tense points to', () => {
    expect(valueOf('Prices fell in July.', 'July', '2025-09-10')).toBe('2025-07');
    expect(valueOf('The plant will open in July.', 'July', '2025-09-10')).toBe('2026-07');
    expect(valueOf('The vote is due by March.', 'March')).toBe('2025-03');
    expect(valueOf('They signed it last May.', 'last May', '2025-02-10')).toBe('2024-05');
    expect(valueOf('Payment is due Feb. 10.', 'Feb. 10')).toBe('2025-02-10');
    expect(valueOf('It was approved on Dec. 12.', 'Dec. 12')).toBe('2024-12-12');
  });
  it('holidays', () => {
    expect(valueOf('The shop closed on Christmas Day.', 'Christmas Day')).toBe('2024-12-25');
    expect(valueOf('It will reopen after Easter.', 'Easter')).toBe('2025-04-20');
  });
  it('a weekday given with the date picks the year', () => {
    expect(valueOf('The editorial of Saturday, April 25 said so.', 'Saturday, April 25', '2015-04-20')).toBe('2015-04-25');
  });
  it('a clock time takes the day of the date next to it', () => {
    expect(found('The blast came at 10:35 a.m. Friday.')).toEqual([['10:35 a.m. Friday', '2025-01-10']]);
    expect(found('The blast came at 10:35 a.m. (0735 GMT) Friday.')).toEqual([['10:35 a.m.', '2025-01-10'], ['Friday', '2025-01-10']]);
  });
});

describe('absolute dates and dates without a calendar value', () => {
  it('full dates, months with years, bare years', () => {
    expect(found('On 16 January 2025 and on March 3, 1998, in August 1988 and in 1998.')).toEqual([
      ['16 January 2025', '2025-01-16'],
      ['March 3, 1998', '1998-03-03'],
      ['August 1988', '1988-08'],
      ['1998', '1998'],
    ]);
    expect(found('Prices fell from Aug. 26 to Oct. 20, 1989.')).toEqual([['Aug. 26', '1989-08-26'], ['Oct. 20, 1989', '1989-10-20']]);
  });
  it('quarters, decades, centuries, the present: found, value null', () => {
    for (const t of ['the third quarter', 'third-quarter', 'the 1990s', 'the 20th century', 'now', 'currently', 'recently', 'the past week', 'this summer']) {
      const d = findDates(`Results for ${t} were weak.`, '2025-01-16');
      expect(d.map((x) => [x.text, x.value]), t).toEqual([[t, null]]);
    }
  });
});

describe('false finds', () => {
  it('amounts, names, verbs and words that only contain date words', () => {
    const texts = [
      'It paid $3.625 a share, or £2.2 billion.',
      'Sun Microsystems and The Sun newspaper reported it.',
      'A 100-year partnership with the factory.',
      'He may leave, and they march on the capital.',
      'They did it in 1,998 cases and 2000 people came, up 2000%.',
      'Black Monday is a name.',
      'It was priced at 101 1/4 to yield 5.75%.',
    ];
    for (const t of texts) expect(found(t), t).toEqual([]);
  });
  it('"Sundays" is no date, "Sunday" is', () => {
    expect(found('He works on Sundays.')).toEqual([]);
    expect(found('He worked on Sunday.')).toEqual([['Sunday', '2025-01-12']]);
  });
});

describe('without a publication date', () => {
  it('relative expressions get no value, absolute ones keep theirs', () => {
    expect(found('On Monday, yesterday, in July and last year; on 16 January 2025 and in 2025.', null)).toEqual([
      ['Monday', null],
      ['yesterday', null],
      ['July', null],
      ['last year', null],
      ['16 January 2025', '2025-01-16'],
      ['2025', '2025'],
    ]);
  });
  it('relative annotations are marked', () => {
    const [a, b] = findDates('Yesterday and in 1998.', '2025-01-16');
    expect(a.relative).toBe(true);
    expect(b.relative).toBeUndefined();
  });
});

describe('seed articles', () => {
  /** The article body as analyze passes it: the header blanked, offsets kept. */
  const body = (name: string) => {
    const file = fs.readdirSync('seeds').find((f) => f.startsWith(name))!;
    const text = fs.readFileSync(`seeds/${file}`, 'utf8').replace(/^\uFEFF/, '');
    const header = parseHeader(text);
    return { text: blankOut(text, header.span ? [header.span] : []), published: header.published };
  };
  it('003: Wednesday is past, the Monday swearing-in is ahead', () => {
    const { text, published } = body('003_');
    expect(published).toBe('2025-01-16');
    const dates = findDates(text, published);
    expect(dates.find((d) => d.text.startsWith('Wednesday'))?.value).toBe('2025-01-15');
    expect(dates.find((d) => d.text.startsWith('Monday'))?.value).toBe('2025-01-20');
  });
  it('002: Monday afternoon is the publication day', () => {
    const { text, published } = body('002_');
    const dates = findDates(text, published);
    expect(dates.find((d) => d.text === 'Monday afternoon')?.value).toBe('2025-06-23');
  });
});

describe('robustness', () => {
  const wellFormed = /^\d{4}(?:-\d\d(?:-\d\d)?)?$/;
  it('annotations are valid spans of any text', () => {
    const words = fc.constantFrom('Monday', 'May', 'march', 'in', '1998', 'Oct.', '13,', 'last', 'year', 'ago', 'three', 'weeks', '$3', 'a.m.', '10:30', '.', ',', 'the', 'quarter', '1990s', 'now', '\n', ' ');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 40 }), fc.option(fc.constant('2025-01-16')), (ws, pub) => {
        const text = ws.join(' ');
        for (const d of findDates(text, pub)) {
          expect(d.start).toBeLessThan(d.end);
          expect(d.text).toBe(text.slice(d.start, d.end));
          if (d.value !== null) expect(d.value).toMatch(wellFormed);
        }
      }),
      { numRuns: 300 },
    );
  });
  it('stays linear on 1 MB adversarial inputs', () => {
    for (const unit of ['Monday ', '1999 ', 'Oct. 1   ', 'May ', '10:30 a.m. ', 'nineteen ', 'a'.repeat(50) + '\n', '1/2/3']) {
      const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const t0 = Date.now();
      findDates(text, '2025-01-16');
      expect(Date.now() - t0, unit).toBeLessThan(8000);
    }
  });
});
