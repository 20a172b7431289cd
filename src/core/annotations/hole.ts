// The hole: where the stored prefix and suffix are found again, and what the words between them
// are now. It is how an annotation whose own words changed is found at its place (or declared
// lost there) instead of on a look-alike elsewhere.
import search from 'approx-string-match';
import { type FarBudget, distinctEnds, searchIn, windows } from './approxSearch';
import { boundedDistance } from './editDistance';
import type { Folded } from './evidence';
import type { TextTarget } from './model';
import { CONTEXT_LENGTH } from './target';

const CONTEXT_MAX_ERROR_RATE = 0.2;
/** Context shorter than this on a side is too little to find the hole by. */
const MIN_HOLE_CONTEXT = 8;

export interface Hole {
  start: number;
  end: number;
  /** Errors of the prefix and suffix matches together. */
  errors: number;
}

/**
 * The place between the stored prefix and suffix, both found again (each within 20 % errors), or
 * null. A side shorter than CONTEXT_LENGTH means the annotation was that close to the start (end)
 * of the text: that side is then looked for at the text's edge.
 */
export function findHole(N: string, ft: Folded, t: TextTarget, hintF: number, far: FarBudget): Hole | null {
  const { prefix, suffix, exact } = ft;
  const prefixAtEdge = t.prefix.length < CONTEXT_LENGTH;
  const suffixAtEdge = t.suffix.length < CONTEXT_LENGTH;
  if ((prefix.length < MIN_HOLE_CONTEXT && !prefixAtEdge) || (suffix.length < MIN_HOLE_CONTEXT && !suffixAtEdge)) return null;
  if (prefixAtEdge && suffixAtEdge) return null; // a tiny text: nothing to tell places apart by
  const gapMax = exact.length * 2 + 64;
  const pMax = Math.floor(prefix.length * CONTEXT_MAX_ERROR_RATE);
  const sMax = Math.floor(suffix.length * CONTEXT_MAX_ERROR_RATE);
  const suffixAt = (pe: number): { end: number; errors: number } | null => {
    if (suffixAtEdge) {
      const from = Math.max(pe, N.length - suffix.length - sMax - 1);
      if (from - pe > gapMax) return null;
      if (!suffix.length) return { end: N.length, errors: 0 };
      const sm = search(N.slice(from), suffix, sMax).filter((m) => m.end >= N.length - from - 1);
      return sm.length ? { end: from + Math.min(...sm.map((m) => m.start)), errors: sm[0].errors } : null;
    }
    const sm = search(N.slice(pe, pe + gapMax + suffix.length), suffix, sMax);
    if (!sm.length) return null;
    const first = sm.reduce((a, b) => (b.start < a.start ? b : a));
    return { end: pe + first.start, errors: first.errors };
  };
  const holeFrom = (ends: { end: number; errors: number }[]) => {
    let best: { start: number; end: number; errors: number } | null = null;
    for (const m of ends.slice(0, 20)) {
      const s = suffixAt(m.end);
      if (!s) continue;
      const cand = { start: m.end, end: s.end, errors: m.errors + s.errors };
      if (!best || cand.errors < best.errors || (cand.errors === best.errors && Math.abs(cand.start - hintF) < Math.abs(best.start - hintF))) best = cand;
    }
    return best;
  };
  if (prefixAtEdge) {
    if (!prefix.length) return holeFrom([{ end: 0, errors: 0 }]);
    const head = N.slice(0, prefix.length + pMax + 1);
    return holeFrom(distinctEnds(search(head, prefix, pMax)).filter((m) => m.start <= pMax + 1));
  }
  for (const [lo, hi] of windows(N.length, hintF, gapMax + prefix.length, far)) {
    const ends = distinctEnds(searchIn(N, lo, hi, prefix, pMax)).sort((a, b) => a.errors - b.errors);
    const best = holeFrom(ends);
    if (best) return best;
  }
  return null;
}

/** True when `quote` has two words or more and at least half of them are still in `now`. */
export function keepsHalfTheWords(quote: string, now: string): boolean {
  const words = quote.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < 2) return false;
  const left: string[] = [...(now.match(/[\p{L}\p{N}]+/gu) ?? [])];
  let kept = 0;
  for (const w of words) {
    const i = left.indexOf(w);
    if (i >= 0) {
      kept++;
      left.splice(i, 1);
    }
  }
  return kept * 2 >= words.length;
}

/** similarity(a, b) when it is at least `min`, else null; O(len · (1 − min) · len) at worst. */
export function similarAtLeast(a: string, b: string, min: number): number | null {
  const len = Math.max(a.length, b.length);
  if (!len) return 1;
  const max = Math.floor(len * (1 - min));
  const d = boundedDistance(a, b, max);
  return d > max ? null : 1 - d / len;
}

const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c > 127 && /[\p{L}\p{N}]/u.test(String.fromCharCode(c)));

/** [start, end) widened so that it does not begin or end inside a word (by at most 16 characters). */
export function toWords(N: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s > 0 && start - s < 16 && s < end && isWordChar(N.charCodeAt(s - 1)) && isWordChar(N.charCodeAt(s))) s--;
  while (e < N.length && e - end < 16 && e > start && isWordChar(N.charCodeAt(e - 1)) && isWordChar(N.charCodeAt(e))) e++;
  return { start: s, end: e };
}
