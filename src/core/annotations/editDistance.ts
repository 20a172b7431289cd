// Levenshtein distance with an upper bound, for comparing an annotation's quote with the words
// found at its place now.

/**
 * Edit distance between a and b (insertions, deletions, substitutions of UTF-16 units), or
 * `max + 1` as soon as it is known to exceed `max`. O(min(len) · (2·max + 1)) time.
 */
export function boundedDistance(a: string, b: string, max: number = Math.max(a.length, b.length)): number {
  if (a.length < b.length) [a, b] = [b, a];
  const n = a.length;
  const m = b.length;
  if (n - m > max) return max + 1;
  if (m === 0) return n;
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  const big = max + 1;
  for (let j = 0; j <= m; j++) prev[j] = j <= max ? j : big;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(m, i + max);
    cur[0] = i <= max ? i : big;
    if (lo > 1) cur[lo - 1] = big;
    let rowMin = cur[0];
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const sub = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j] + 1;
      const ins = cur[j - 1] + 1;
      let v = sub < del ? sub : del;
      if (ins < v) v = ins;
      if (v > big) v = big;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < m) cur[hi + 1] = big;
    if (rowMin > max) return big;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[m], big);
}
