// Date recognition: chrono-node for full calendar dates and clock times, regex rules for the
// rest; overlapping finds are merged, then resolved against the publication date.
import type { DateAnnotation } from '../../types';
import { findChronoDates } from './chronoDates';
import { resolveDates } from './resolveDates';
import { unglueDates } from './glue';
import { findRuleDates } from './rules';
import { precision, type Candidate, type DateBasis, type Spec } from './spec';
import { tenseReader } from './tense';

export { resolveDates };

/** A clock time or a part of a day ("mid-afternoon"): it takes its day from a date next to it. */
const partOfDay = (s: Spec) => s.t === 'time' || (s.t === 'anaphor' && !!s.orPub);

/** Joins a clock time to a date right next to it ("10 a.m. Thursday", "Friday, 9 p.m."). */
function adjacent(text: string, a: Candidate, b: Candidate): boolean {
  if (!partOfDay(a.spec) && !partOfDay(b.spec) && !(a.spec.t === 'weekday' && b.spec.t === 'abs' && b.spec.d)) return false;
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

/**
 * A clock time on a line of its own or after a bare label ("14.05 BST" heading a live-blog entry,
 * "Updated 8:41am") stamps the page, it dates no event: only a time inside a sentence is kept
 * (joined to a date next to it, it is part of that date's span already).
 */
function inSentence(text: string, c: Candidate): boolean {
  // Only the line's nearby part is read: enough to count three words, and linear on huge lines.
  const from = Math.max(0, c.start - LINE_LOOK);
  const to = Math.min(text.length, c.end + LINE_LOOK);
  const before = text.slice(from, c.start);
  const after = text.slice(c.end, to);
  const rest = before.slice(before.lastIndexOf('\n') + 1) + ' ' + after.slice(0, after.includes('\n') ? after.indexOf('\n') : after.length);
  return (rest.match(/\p{L}+/gu)?.length ?? 0) >= 3;
}
const LINE_LOOK = 200;

/** Specs naming a single day: a present tense alone dates them ahead (a scheduled event). */
function namesDay(spec: Spec): boolean {
  return spec.t === 'weekday' || spec.t === 'holiday' || spec.t === 'weekend' || spec.t === 'overnight' || (spec.t === 'abs' && !!spec.d);
}

/** Specs whose value depends on the clause's tense when they give no direction themselves. */
function needsTense(spec: Spec): boolean {
  if (spec.t === 'weekend') return !spec.dir && spec.n === undefined;
  return (spec.t === 'abs' || spec.t === 'weekday' || spec.t === 'holiday' || spec.t === 'overnight') && !('dir' in spec && spec.dir);
}

/** Finds the date expressions of a text and resolves them against the publication date (or null). */
export function findDates(text: string, published: string | null): DateAnnotation[] {
  return resolveDates(recogniseDates(text), published);
}

/**
 * Finds the date expressions with their unresolved meaning (`basis`) and no values yet. Everything
 * that needs the text (tense, neighbours) is read here, so `resolveDates` needs only a date.
 */
export function recogniseDates(source: string): DateAnnotation[] {
  const text = unglueDates(source);
  const merged = mergeCandidates(text, [...findChronoDates(text), ...findRuleDates(text)]).filter((c) => c.spec.t !== 'time' || inSentence(text, c));
  const tense = tenseReader(text);
  return merged.map((c, i) => {
    const basis: DateBasis = { spec: c.spec, tense: needsTense(c.spec) ? tense(c.start, c.end, namesDay(c.spec)) : null };
    if (c.spec.t === 'time') basis.near = timeNeighbours(text, merged, i);
    return { kind: 'date', start: c.start, end: c.end, text: source.slice(c.start, c.end), value: null, basis };
  });
}
