// Approximate search (approx-string-match, Myers' bit-parallel algorithm) kept to bounded time:
// near the expected place first, the whole text only within a budget, and on long texts only
// around exact pieces of the pattern.
import search from 'approx-string-match';

/** How far around the expected place the first, near search looks. */
export const NEAR = 2048;

export interface Match {
  start: number;
  end: number;
  errors: number;
}

/** One annotation's claim on the text's budget of whole-text searches (counted once per annotation). */
export interface FarBudget {
  /** Shared by all annotations of one call: how many may still search the whole text. */
  pool: { farSearchesLeft: number };
  used: boolean;
}

/** Windows to search in: near the expected place, then (budget allowing) the whole text. */
export function windows(n: number, hintF: number, span: number, far: FarBudget): [number, number][] {
  const lo = Math.max(0, hintF - NEAR - span);
  const hi = Math.min(n, hintF + NEAR + span);
  if (lo === 0 && hi === n) return [[0, n]];
  if (n > FILTER_ABOVE && !far.used) {
    if (far.pool.farSearchesLeft <= 0) return [[lo, hi]];
    far.pool.farSearchesLeft--;
    far.used = true;
  }
  return [[lo, hi], [0, n]];
}

/** Above this many characters, a search first looks for exact pieces of the pattern (indexOf). */
const FILTER_ABOVE = 64 * 1024;
const PIECE = 6;

/**
 * Approximate matches of `pattern` in N[lo, hi), absolute offsets. On long texts the search runs
 * only around exact occurrences of pieces of the pattern (pigeonhole: with k errors one of k + 1
 * pieces is intact; with fewer, longer pieces this is a filter that may miss heavily edited text
 * far from the expected place, which is then orphaned rather than searched for ever).
 */
export function searchIn(N: string, lo: number, hi: number, pattern: string, maxErrors: number): Match[] {
  if (hi - lo <= FILTER_ABOVE) {
    return search(N.slice(lo, hi), pattern, maxErrors).map((m) => ({ start: m.start + lo, end: m.end + lo, errors: m.errors }));
  }
  const pieces = pattern.length < PIECE * 2 ? (pattern.length >= 8 ? 2 : 1) : Math.max(2, Math.min(maxErrors + 1, Math.floor(pattern.length / PIECE)));
  const size = Math.floor(pattern.length / pieces);
  const spans: [number, number][] = [];
  for (let k = 0; k < pieces; k++) {
    const piece = pattern.slice(k * size, k * size + size);
    let found = 0;
    for (let i = N.indexOf(piece, lo); i !== -1 && i < hi && found < 200; i = N.indexOf(piece, i + 1), found++) {
      spans.push([Math.max(lo, i - k * size - maxErrors), Math.min(hi, i - k * size + pattern.length + maxErrors)]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const out: Match[] = [];
  let cur: [number, number] | null = null;
  const flush = () => {
    if (cur) for (const m of search(N.slice(cur[0], cur[1]), pattern, maxErrors)) out.push({ start: m.start + cur[0], end: m.end + cur[0], errors: m.errors });
  };
  for (const sp of spans) {
    if (cur && sp[0] <= cur[1]) cur[1] = Math.max(cur[1], sp[1]);
    else { flush(); cur = [sp[0], sp[1]]; }
  }
  flush();
  return out;
}

/** One match per run of overlapping matches (the search reports every end of the same match). */
export function distinctEnds<M extends { start: number; end: number; errors: number }>(ms: M[]): M[] {
  const out: M[] = [];
  for (const m of ms) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}
