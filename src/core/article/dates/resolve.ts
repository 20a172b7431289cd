// Turns a spec into a calendar value, using the publication date for anything relative.
import { addDays, addMonths, cmp, daysInMonth, easter, fmtDay, fmtMonth, fmtYear, nthWeekday, weekdayOf, type Ymd } from './calendar';
import type { Direction, Spec } from './spec';

export interface Resolved {
  value: string | null;
  relative: boolean;
}

const NONE: Resolved = { value: null, relative: false };

/** A fixed or computed holiday date in year y. */
function holidayIn(name: string, y: number): Ymd | null {
  switch (name.replace(/\s+day$/, '')) {
    case 'christmas':
      return { y, m: 12, d: 25 };
    case 'christmas eve':
      return { y, m: 12, d: 24 };
    case 'new years':
      return { y, m: 1, d: 1 };
    case 'new years eve':
      return { y, m: 12, d: 31 };
    case 'boxing':
      return { y, m: 12, d: 26 };
    case 'halloween':
      return { y, m: 10, d: 31 };
    case 'valentines':
      return { y, m: 2, d: 14 };
    case 'independence':
      return { y, m: 7, d: 4 };
    case 'veterans':
      return { y, m: 11, d: 11 };
    case 'thanksgiving':
      return nthWeekday(y, 11, 4, 4);
    case 'labor':
    case 'labour':
      return nthWeekday(y, 9, 1, 1);
    case 'memorial':
      return nthWeekday(y, 5, 1, -1);
    case 'election': {
      const monday = nthWeekday(y, 11, 1, 1);
      return addDays(monday, 1);
    }
    case 'easter':
    case 'easter sunday':
      return easter(y);
    case 'easter monday':
      return addDays(easter(y), 1);
    case 'good friday':
      return addDays(easter(y), -2);
    default:
      return null;
  }
}

const DAY = 86400000;
// A tense points to the occurrence on its side unless that one is further than this while
// the other side is nearer: news dates without a year rarely lie most of a year away.
const TENSE_REACH_DAYS = 300;
// With no tense cue, a past occurrence is preferred up to this far back (news reports more
// than it announces).
const PAST_REACH_DAYS = 270;

/** The occurrence of a yearly date (given by a function of the year) that the tense points to. */
function pickYear(pub: Ymd, dir: Direction | null, inYear: (y: number) => [Ymd, Ymd] | null): Ymd | null {
  const span = (y: number) => inYear(y);
  const here = span(pub.y);
  if (!here) return null;
  // past: the latest occurrence begun by pub; future: the earliest not ended before pub.
  const past = cmp(here[0], pub) <= 0 ? here : span(pub.y - 1);
  const future = cmp(here[1], pub) >= 0 ? here : span(pub.y + 1);
  if (!past || !future) return null;
  // Distances to the nearest edge: a month ended 8 months ago is 8 months back.
  const dPast = Math.max(0, cmp(pub, past[1]) / DAY);
  const dFuture = Math.max(0, cmp(future[0], pub) / DAY);
  if (dPast === 0 || dFuture === 0) return (dPast === 0 ? past : future)[0];
  if (dir === 'past') return (dPast <= TENSE_REACH_DAYS || dPast <= dFuture ? past : future)[0];
  if (dir === 'future') return (dFuture <= TENSE_REACH_DAYS || dFuture <= dPast ? future : past)[0];
  return (dPast <= PAST_REACH_DAYS || dPast <= dFuture ? past : future)[0];
}

/** Year of "last <month>" / "next <month>": at least two months away from the publication month. */
function lastOrNextMonth(pub: Ymd, m: number, next: boolean): number {
  const gap = next ? m - pub.m : pub.m - m;
  const away = gap >= 2 ? 0 : 1;
  return next ? pub.y + away : pub.y - away;
}

function weekday(pub: Ymd, wd: number, dir: Direction | null, forced: boolean): Ymd {
  const today = weekdayOf(pub);
  const back = (today - wd + 7) % 7;
  const fwd = (wd - today + 7) % 7;
  // "last Friday" / "next Friday" never mean today; a tense cue may.
  if (dir === 'future') return addDays(pub, forced && fwd === 0 ? 7 : fwd);
  return addDays(pub, -(forced && back === 0 ? 7 : back));
}

/** The Monday of the week holding p. */
const mondayOf = (p: Ymd): Ymd => addDays(p, -((weekdayOf(p) + 6) % 7));

/** The month a whole week lies in, else null. */
function weekValue(pub: Ymd, n: number): string | null {
  const mon = addDays(mondayOf(pub), 7 * n);
  const sun = addDays(mon, 6);
  return mon.m === sun.m ? fmtMonth(mon.y, mon.m) : null;
}

/**
 * Saturday of the weekend meant. "last weekend" is the one before this week's; "next weekend" the
 * coming one (the one after when published on a weekend); "the weekend" is the one under way or
 * just gone, or the coming one when the clause looks ahead.
 */
function weekendDay(pub: Ymd, dir: Direction | null, n: number | undefined): Ymd {
  const sat = addDays(mondayOf(pub), 5);
  const inWeekend = cmp(pub, sat) >= 0;
  if (n === -1) return addDays(sat, -7);
  if (n === 1) return inWeekend ? addDays(sat, 7) : sat;
  return dir === 'future' || inWeekend ? sat : addDays(sat, -7);
}

export function resolve(spec: Spec, pub: Ymd | null, tense: () => Direction | null): Resolved {
  if (spec.t === 'none' || spec.t === 'time') {
    return spec.t === 'time' && pub ? { value: fmtDay(pub), relative: true } : NONE;
  }
  if (spec.t === 'abs') {
    if (spec.y !== undefined) {
      const value = spec.m ? (spec.d ? fmtDay({ y: spec.y, m: spec.m, d: spec.d }) : fmtMonth(spec.y, spec.m)) : fmtYear(spec.y);
      return { value, relative: false };
    }
    if (!pub || !spec.m) return NONE;
    const m = spec.m;
    const d = spec.d;
    const dir = spec.dir ?? tense();
    // A month lasts from its first to its last day; a weekday given with the date picks the year.
    const wd = spec.wd;
    if (d && wd !== undefined) {
      for (const y of [pub.y, pub.y - 1, pub.y + 1]) {
        if (weekdayOf({ y, m, d }) === wd) return { value: fmtDay({ y, m, d }), relative: true };
      }
    }
    if (spec.skipNear && !d) return { value: fmtMonth(lastOrNextMonth(pub, m, spec.dir === 'future'), m), relative: true };
    const hit = pickYear(pub, dir, (y) => [{ y, m, d: d ?? 1 }, { y, m, d: d ?? daysInMonth(y, m) }]);
    if (!hit) return NONE;
    return { value: d ? fmtDay(hit) : fmtMonth(hit.y, hit.m), relative: true };
  }
  if (!pub) return NONE;
  switch (spec.t) {
    case 'year':
      return { value: spec.m ? fmtMonth(pub.y + spec.n, spec.m) : fmtYear(pub.y + spec.n), relative: true };
    case 'month': {
      const r = addMonths(pub.y, pub.m, spec.n);
      return { value: fmtMonth(r.y, r.m), relative: true };
    }
    case 'day':
      return { value: fmtDay(addDays(pub, spec.n)), relative: true };
    case 'week': {
      const value = weekValue(pub, spec.n);
      return value ? { value, relative: true } : NONE;
    }
    case 'weekend':
      return { value: fmtDay(weekendDay(pub, spec.dir ?? tense(), spec.n)), relative: true };
    case 'overnight':
      return { value: fmtDay(addDays(pub, tense() === 'future' ? 0 : -1)), relative: true };
    case 'weekday':
      return { value: fmtDay(weekday(pub, spec.wd, spec.dir ?? (spec.possessive ? 'past' : tense()), !!spec.dir)), relative: true };
    case 'holiday': {
      const hit = pickYear(pub, tense(), (y) => {
        const h = holidayIn(spec.name, y);
        return h ? [h, h] : null;
      });
      return hit ? { value: fmtDay(hit), relative: true } : NONE;
    }
  }
  return NONE;
}
