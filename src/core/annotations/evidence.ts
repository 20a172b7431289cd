// How well an annotation's stored context agrees with the text around a candidate place. Each
// side is judged on its own and only within the annotation's paragraph (up to a line break).
import search from 'approx-string-match';
import type { TextTarget } from './model';
import { fold } from './normalize';

/** A side of context agrees when its similarity with the text at the candidate reaches this. */
export const AGREE = 0.7;

export interface Folded {
  exact: string;
  prefix: string;
  suffix: string;
  /** The context within the annotation's own paragraph (up to a line break): what evidence compares.
   *  Beyond a line break lies another paragraph, which may have been moved, deleted or inserted. */
  nearPrefix: string;
  nearSuffix: string;
}

function clipPrefix(prefix: string): string {
  const m = /[\r\n][^\r\n]*$/.exec(prefix);
  return m ? prefix.slice(m.index + 1) : prefix;
}
function clipSuffix(suffix: string): string {
  const i = suffix.search(/[\r\n]/);
  return i < 0 ? suffix : suffix.slice(0, i);
}


/** The target's strings folded for matching. */
export function foldTarget(t: TextTarget): Folded {
  const ft: Folded = { exact: fold(t.exact), prefix: fold(t.prefix), suffix: fold(t.suffix), nearPrefix: fold(clipPrefix(t.prefix)), nearSuffix: fold(clipSuffix(t.suffix)) };
  // A whole line annotated ("Advertisement"): its paragraph gives no context, the lines around do.
  if (ft.nearPrefix.length + ft.nearSuffix.length < MIN_SIDE) {
    ft.nearPrefix = ft.prefix;
    ft.nearSuffix = ft.suffix;
  }
  return ft;
}

/** Context evidence at one place: similarity of each side (null: no context on that side). */
export interface Evidence {
  pos: number;
  end: number;
  prefix: number | null;
  suffix: number | null;
  /** Length-weighted mean of the sides (1 when there is no context at all). */
  score: number;
  agree: 'all' | 'some' | 'none';
}

/** Up to this many inserted characters between the words and their context cost little. */
const SLACK = 16;

/**
 * How well the stored context `expected` is found right before (side 'prefix') or right after
 * ('suffix') a candidate: 1 − errors / length of the best approximate match in a window of the
 * context's length plus SLACK, so a word inserted next to the annotation is a gap, not a shifted
 * window with every character wrong. The gap costs three quarters of its length.
 */
function sideSimilarity(N: string, expected: string, at: number, side: 'prefix' | 'suffix'): number {
  const len = expected.length;
  const exactHere = side === 'prefix' ? N.startsWith(expected, at - len) && at - len >= 0 : N.startsWith(expected, at);
  if (exactHere) return 1;
  const maxErrors = Math.ceil(len * 0.6);
  const lo = side === 'prefix' ? Math.max(0, at - len - SLACK) : at;
  const hi = side === 'prefix' ? at : Math.min(N.length, at + len + SLACK);
  const window = N.slice(lo, hi);
  if (!window.length) return 0;
  let best = len;
  for (const m of search(window, expected, maxErrors)) {
    const gap = side === 'prefix' ? window.length - m.end : m.start;
    best = Math.min(best, m.errors + gap * 0.75);
  }
  return Math.max(0, 1 - best / len);
}

/** A side of context shorter than this is too short to agree by itself (it still counts in the score). */
export const MIN_SIDE = 8;

export function evidence(N: string, ft: Folded, pos: number, end: number): Evidence {
  const pl = ft.nearPrefix.length;
  const sl = ft.nearSuffix.length;
  const prefix = pl ? sideSimilarity(N, ft.nearPrefix, pos, 'prefix') : null;
  const suffix = sl ? sideSimilarity(N, ft.nearSuffix, end, 'suffix') : null;
  const score = pl + sl === 0 ? 1 : ((prefix ?? 0) * pl + (suffix ?? 0) * sl) / (pl + sl);
  const sides: number[] = [];
  if (prefix !== null && pl >= MIN_SIDE) sides.push(prefix);
  if (suffix !== null && sl >= MIN_SIDE) sides.push(suffix);
  const agreeing = sides.filter((x) => x >= AGREE).length;
  const agree = !sides.length ? (score >= AGREE ? 'all' : 'none') : agreeing === sides.length ? 'all' : agreeing > 0 ? 'some' : 'none';
  return { pos, end, prefix, suffix, score, agree };
}


/** The same over the full stored context, across line breaks (to tell identical places apart). */
export function fullContextScore(N: string, ft: Folded, c: Evidence): number {
  const pl = ft.prefix.length;
  const sl = ft.suffix.length;
  if (!pl && !sl) return 1;
  const p = pl ? sideSimilarity(N, ft.prefix, c.pos, 'prefix') : 0;
  const s = sl ? sideSimilarity(N, ft.suffix, c.end, 'suffix') : 0;
  return (p * pl + s * sl) / (pl + sl);
}
