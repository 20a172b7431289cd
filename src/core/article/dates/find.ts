// Date recognition: chrono-node for full calendar dates and clock times, regex rules for the
// rest; overlapping finds are merged, then resolved against the publication date.
import type { DateAnnotation } from '../../types';
import { findChronoDates } from './chronoDates';
import { resolveDates } from './resolveDates';
import { findRuleDates } from './rules';
import { precision, type Candidate, type DateBasis, type Spec } from './spec';

export { resolveDates };
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

/**
 * For a clock time: the neighbouring finds (index offsets +1, -1) in the same sentence whose day it
 * takes ("10:35 a.m. (GMT) Friday"). Decided on the text once, so resolving needs no text.
 */
function timeNeighbours(text: string, merged: Candidate[], i: number): number[] {
  const out: number[] = [];
  for (const j of [i + 1, i - 1]) {
    const c = merged[j];
    if (!c || c.spec.t === 'time') continue;
    const gap = j > i ? text.slice(merged[i].end, c.start) : text.slice(c.end, merged[i].start);
    if (gap.length <= 40 && !/[.!?;]\s|\n/.test(gap)) out.push(j - i);
  }
  return out;
}

/** Specs whose value depends on the clause's tense when they give no direction themselves. */
function needsTense(spec: Spec): boolean {
  return (spec.t === 'abs' || spec.t === 'weekday' || spec.t === 'holiday') && !('dir' in spec && spec.dir);
}

export function findDates(text: string, published: string | null): DateAnnotation[] {
  return resolveDates(recogniseDates(text), published);
}

/**
 * Finds the date expressions with their unresolved meaning (`basis`) and no values yet. Everything
 * that needs the text (tense, neighbours) is read here, so `resolveDates` needs only a date.
 */
export function recogniseDates(text: string): DateAnnotation[] {
  const merged = mergeCandidates(text, [...findChronoDates(text), ...findRuleDates(text)]);
  const tense = tenseReader(text);
  return merged.map((c, i) => {
    const basis: DateBasis = { spec: c.spec, tense: needsTense(c.spec) ? tense(c.start, c.end) : null };
    if (c.spec.t === 'time') basis.near = timeNeighbours(text, merged, i);
    return { kind: 'date', start: c.start, end: c.end, text: text.slice(c.start, c.end), value: null, basis };
  });
}
