// What a recognised expression means, before it is resolved against the publication date.

export type Direction = 'past' | 'future';

export type Spec =
  /** A calendar date with parts possibly missing; a missing year is taken from the context. */
  | { t: 'abs'; y?: number; m?: number; d?: number; dir?: Direction; wd?: number; skipNear?: boolean }
  /** A year (plus optional month) counted from the publication year: "last year", "June last year". */
  | { t: 'year'; n: number; m?: number }
  /** A month counted from the publication month: "last month", "five months ago". */
  | { t: 'month'; n: number }
  /** A day counted from the publication day: "yesterday", "ten days ago". */
  | { t: 'day'; n: number }
  /**
   * A Monday-to-Sunday week counted from the publication week ("last week"). No day names it
   * and TimeML's week values (1999-W03) are not in our format, so its value is the month it
   * lies in, or null when it straddles two: true, and what a reader needs to place it.
   */
  | { t: 'week'; n: number }
  /** A weekend, valued as its Saturday (a weekend is near enough one day to name it by its first). */
  | { t: 'weekend'; dir?: Direction; n?: number }
  /** "overnight": a night is dated by the evening it begins, so the night before publication unless the clause looks ahead. */
  | { t: 'overnight' }
  /** A weekday; dir forces the direction ("last Friday"), else the clause's tense decides. */
  | { t: 'weekday'; wd: number; dir?: Direction; possessive?: boolean }
  /** A holiday, resolved to its date in the year the tense points to. */
  | { t: 'holiday'; name: string }
  /**
   * "that year", "the same day", "the following year": counted from the last date the text gave.
   * orPub: with no such date, the publication day ("shares ended the day higher").
   */
  | { t: 'anaphor'; unit: 'day' | 'month' | 'year'; n: number; orPub?: boolean }
  /** A time of day only ("10 a.m."): it takes the date of what it is attached to. */
  | { t: 'time' }
  /** A real date expression without a calendar value (now, a quarter, a season, a decade). */
  | { t: 'none' };

export interface Candidate {
  start: number;
  end: number;
  spec: Spec;
}

/** How precise a spec is, to choose among overlapping candidates. */
export function precision(s: Spec): number {
  switch (s.t) {
    case 'abs':
      return s.d ? 3 : s.m ? 2 : 1;
    case 'year':
      return s.m ? 2 : 1;
    case 'anaphor':
      // A part of a day yields to the day next to it ("mid-afternoon yesterday").
      if (s.orPub) return 2.5;
      return s.unit === 'day' ? 3 : s.unit === 'month' ? 2 : 1;
    case 'month':
    case 'week':
      return 2;
    case 'day':
    case 'weekday':
    case 'holiday':
    case 'weekend':
    case 'overnight':
      return 3;
    case 'time':
      return -1;
    default:
      return 0;
  }
}

/**
 * What a found date means before it is resolved: kept in the analysis so that a publication date
 * known only later (an undated article's story date) resolves it without reading the text again.
 */
export interface DateBasis {
  spec: Spec;
  /** The clause's tense, read once, for specs that need it. */
  tense: Direction | null;
  /** For a clock time: offsets (+1/-1) of the neighbouring dates whose day it takes. */
  near?: number[];
}
