// Date recognition: chrono-node for full calendar dates and clock times, regex rules for the
// rest; overlapping finds are merged, then resolved against the publication date.
import type { DateAnnotation } from '../types';
import { parseYmd } from './calendar';
import { findChronoDates } from './chronoDates';
import { resolve } from './resolve';
import { findRuleDates } from './rules';
import { precision, type Candidate } from './spec';
import { tenseAt } from './tense';

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

export function findDates(text: string, published: string | null): DateAnnotation[] {
  const pub = parseYmd(published);
  const merged = mergeCandidates(text, [...findChronoDates(text), ...findRuleDates(text)]);
  return merged.map((c) => {
    const r = resolve(c.spec, pub, () => tenseAt(text, c.start, c.end));
    const a: DateAnnotation = { kind: 'date', start: c.start, end: c.end, text: text.slice(c.start, c.end), value: r.value };
    if (r.relative && r.value) a.relative = true;
    return a;
  });
}
