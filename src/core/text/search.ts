// Binary search over sorted data, shared so each caller states only its order.

/** The first index in [0, n) for which `before(i)` is false, given it is true for a prefix. */
export function partitionPoint(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last element of ascending `xs` below `x`, or -1. */
export function lastIndexBelow(xs: ArrayLike<number>, x: number): number {
  return partitionPoint(xs.length, (i) => xs[i] < x) - 1;
}
