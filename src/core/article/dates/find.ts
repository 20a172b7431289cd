// Date recognition: chrono-node for full calendar dates and clock times, regex rules for the
// rest; overlapping finds are merged, then resolved against the publication date.
import type { DateAnnotation } from '../../types';
import { addDays, addMonths, fmtDay, fmtMonth, fmtYear, parseYmd } from './calendar';
import { findChronoDates } from './chronoDates';
import { resolve } from './resolve';
import { findRuleDates } from './rules';
import { precision, type Candidate } from './spec';
import { tenseReader } from './tense';

/** Joins a clock time to a date right next to it ("10 a.m. Thursday", "Friday, 9 p.m."). */
function adjacent(text: string, a: Candidate, b: Candidate): boolean {
  if (a.spec.t !== 'time' && b.spec.t !== 'time' && !(a.spec.t === 'weekday' && b.spec.t === 'abs' && b.spec.d)) return false;
  const gap = text.slice(a.end, b.start);
  return gap.length <= 3 && /^[\s,]*$/.test(gap) && !gap.includes('\n');
}

/** The best spec of a group: the most precise, then the longest. */
function better(a: Candidate, b: Candidate): Candidate {
  const pa = precision(a.spec), pb = precision(b.spec);
  if (pa !== pb) return pa > pb ? a : b;
  return b.end - b.start > a.end - a.start ? b : a;
}

/** Overlapping (or time-adjacent) candidates become one span with the best meaning. */
export function mergeCandidates(text: string, cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && (c.start < last.end || adjacent(text, last, c))) {
      const best = better(last, c);
      out[out.length - 1] = { start: last.start, end: Math.max(last.end, c.end), spec: best.spec };
    } else out.push(c);
  }
  return out;
}

/** A clock time takes the day of a date next to it in the same sentence ("10:35 a.m. (GMT) Friday"). */
function dayOfNeighbour(text: string, merged: Candidate[], values: (string | null)[], i: number): string | null {
  for (const j of [i + 1, i - 1]) {
    const c = merged[j];
    const v = values[j];
    if (!c || !v || v.length !== 10 || merged[j].spec.t === 'time') continue;
    const gap = j > i ? text.slice(merged[i].end, c.start) : text.slice(c.end, merged[i].start);
    if (gap.length <= 40 && !/[.!?;]\s|\n/.test(gap)) return v;
  }
  return null;
}

/** Value of an anaphoric date from the last value of enough precision before it, else null. */
function anaphorValue(spec: Extract<Candidate['spec'], { t: 'anaphor' }>, before: (string | null)[]): string | null {
  const need = spec.unit === 'day' ? 10 : spec.unit === 'month' ? 7 : 4;
  for (let i = before.length - 1; i >= 0; i--) {
    const v = before[i];
    if (!v || v.length < need) continue;
    if (spec.n === 0) return v.slice(0, need);
    if (spec.unit === 'year') return fmtYear(+v.slice(0, 4) + spec.n);
    if (spec.unit === 'month') {
      const r = addMonths(+v.slice(0, 4), +v.slice(5, 7), spec.n);
      return fmtMonth(r.y, r.m);
    }
    return fmtDay(addDays(parseYmd(v)!, spec.n));
  }
  return null;
}

export function findDates(text: string, published: string | null): DateAnnotation[] {
  const pub = parseYmd(published);
  const merged = mergeCandidates(text, [...findChronoDates(text), ...findRuleDates(text)]);
  const tense = tenseReader(text);
  const resolved = merged.map((c) => resolve(c.spec, pub, () => tense(c.start, c.end)));
  const values = resolved.map((r) => r.value);
  // In text order, so an anaphor sees the dates before it (already final).
  merged.forEach((c, i) => {
    if (c.spec.t === 'anaphor') values[i] = anaphorValue(c.spec, values.slice(Math.max(0, i - 20), i));
  });
  return merged.map((c, i) => {
    const r = resolved[i];
    const value = c.spec.t === 'time' ? (dayOfNeighbour(text, merged, values, i) ?? values[i]) : values[i];
    const a: DateAnnotation = { kind: 'date', start: c.start, end: c.end, text: text.slice(c.start, c.end), value };
    if ((r.relative || c.spec.t === 'anaphor') && value) a.relative = true;
    return a;
  });
}
