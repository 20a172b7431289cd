// Candidate pairs from an inverted index on distinctive terms, then average-link clustering over
// that sparse similarity graph. Never compares all pairs: cost grows with articles x terms x cap.
import { dot, unitVector, type SparseVector, type TermVector, type Vocabulary } from './termVectors';

export interface ClusterOptions {
  /** Average-link threshold: clusters merge while their mean pairwise similarity reaches it. */
  threshold: number;
  /** Terms per article used to look for candidates. */
  topTerms: number;
  /** Heaviest terms two articles must share to be compared at all. */
  minShared: number;
  /** Posting lists longer than this are ignored for candidates (topic words, not event words). */
  postingCap: number;
  /** Extra weight of kinds of terms (by prefix) over plain words. */
  nameBoost: number;
  numberBoost: number;
  dateBoost: number;
  /**
   * Virtual articles that contain none of the terms: keeps IDF meaningful in a corpus of five
   * (where every shared word would otherwise look common) and hardly matters in a large one.
   */
  background: number;
  /** Groups of at most `maxStray` articles join their closest group of at least `minGroup` at this average similarity. */
  strayThreshold: number;
  maxStray: number;
  minGroup: number;
}

// Tuned on real news (ECB+ dev topics) and checked on the five seed articles.
export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  threshold: 0.24,
  topTerms: 30,
  postingCap: 200,
  minShared: 2,
  nameBoost: 1.5,
  numberBoost: 1.5,
  dateBoost: 2,
  background: 50,
  strayThreshold: 0.1,
  maxStray: 3,
  minGroup: 3,
};

/** Document frequency of every term id over the given articles. */
export function documentFrequencies(all: readonly TermVector[], vocabSize: number): Int32Array {
  const df = new Int32Array(vocabSize);
  for (const tv of all) for (const id of tv.ids) df[id]++;
  return df;
}

function kindBoost(term: string, o: ClusterOptions): number {
  if (term.startsWith('n:')) return o.nameBoost;
  if (term.startsWith('#')) return o.numberBoost;
  if (term.startsWith('d:')) return o.dateBoost;
  return 1;
}

/** TF-IDF vectors (sublinear tf, smoothed idf with a background), unit length. */
export function tfidfVectors(all: readonly TermVector[], df: ArrayLike<number>, vocab: Vocabulary, o: ClusterOptions): SparseVector[] {
  const n = all.length + o.background + 1;
  const boost = new Map<number, number>();
  const boostOf = (id: number) => boost.get(id) ?? boost.set(id, kindBoost(vocab.terms[id], o)).get(id)!;
  return all.map((tv) => {
    const weights = new Float32Array(tv.ids.length);
    tv.ids.forEach((id, k) => {
      weights[k] = (1 + Math.log(tv.counts[k])) * Math.log(n / Math.max(1, df[id])) * boostOf(id);
    });
    return unitVector(tv.ids, weights);
  });
}

/** Pairs [i, j, similarity] (i < j) worth clustering, found through shared distinctive terms. */
export function candidatePairs(
  vectors: readonly SparseVector[],
  dfById: ArrayLike<number>,
  o: ClusterOptions,
  minSimilarity: number,
): [number, number, number][] {
  const postings = new Map<number, number[]>();
  const tops = vectors.map((v) => topTermIds(v, dfById, o));
  tops.forEach((ids, doc) => {
    for (const id of ids) {
      let p = postings.get(id);
      if (!p) postings.set(id, (p = []));
      p.push(doc);
    }
  });
  const shared = new Int32Array(vectors.length);
  const pairs: [number, number, number][] = [];
  tops.forEach((ids, i) => {
    const touched: number[] = [];
    for (const id of ids) for (const j of postings.get(id)!) if (j > i && shared[j]++ === 0) touched.push(j);
    // One shared term is chance; articles on one event share several of their heaviest terms.
    const need = Math.min(o.minShared, ids.length);
    for (const j of touched) {
      const hits = shared[j];
      shared[j] = 0;
      if (hits < need) continue;
      const s = dot(vectors[i], vectors[j]);
      if (s >= minSimilarity) pairs.push([i, j, s]);
    }
  });
  return pairs;
}

/**
 * The article's heaviest terms that occur in 2..postingCap articles. Terms tied with the last one
 * taken are all taken, so the choice never depends on term ids (incremental == from scratch).
 */
function topTermIds(v: SparseVector, dfById: ArrayLike<number>, o: ClusterOptions): number[] {
  const idx: number[] = [];
  for (let k = 0; k < v.ids.length; k++) {
    const f = dfById[v.ids[k]];
    if (f >= 2 && f <= o.postingCap) idx.push(k);
  }
  idx.sort((a, b) => v.weights[b] - v.weights[a]);
  let end = Math.min(o.topTerms, idx.length);
  while (end < idx.length && v.weights[idx[end]] === v.weights[idx[end - 1]]) end++;
  return idx.slice(0, end).map((k) => v.ids[k]);
}

/**
 * Average-link agglomerative clustering over a sparse graph (absent edges count as 0).
 * Returns a cluster index per item (the smallest member's index). Deterministic.
 */
export function averageLink(
  n: number,
  edges: readonly [number, number, number][],
  threshold: number,
  days?: DaySpan,
): number[] {
  const size = new Array<number>(n).fill(1);
  const span = days ? spansOf(days, Array.from({ length: n }, (_, i) => i)) : undefined;
  const parent = Array.from({ length: n }, (_, i) => i);
  const version = new Int32Array(n);
  // links[c]: neighbour cluster -> sum of the similarities between their members.
  const links: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  for (const [i, j, s] of edges) {
    links[i].set(j, (links[i].get(j) ?? 0) + s);
    links[j].set(i, (links[j].get(i) ?? 0) + s);
  }
  const heap = new PairHeap();
  for (let i = 0; i < n; i++) for (const [j, sum] of links[i]) if (i < j && sum >= threshold) heap.push(sum, i, j, 0, 0);
  for (let e = heap.pop(); e; e = heap.pop()) {
    const [score, a, b, va, vb] = e;
    if (score < threshold) break;
    if (parent[a] !== a || parent[b] !== b || va !== version[a] || vb !== version[b]) continue; // stale
    if (span && days && !span.fits(a, b, days.maxDays)) continue;
    const keep = Math.min(a, b);
    const gone = Math.max(a, b);
    parent[gone] = keep;
    size[keep] += size[gone];
    span?.join(keep, gone);
    links[keep].delete(gone);
    for (const [c, s] of links[gone]) {
      if (c === keep) continue;
      const sum = (links[keep].get(c) ?? 0) + s;
      links[keep].set(c, sum);
      links[c].delete(gone);
      links[c].set(keep, sum);
    }
    links[gone].clear();
    version[keep]++;
    for (const [c, sum] of links[keep]) {
      const avg = sum / (size[keep] * size[c]);
      if (avg >= threshold) heap.push(avg, Math.min(keep, c), Math.max(keep, c), version[Math.min(keep, c)], version[Math.max(keep, c)]);
    }
  }
  return parent.map((_, i) => rootOf(parent, i));
}

/**
 * Small leftovers (a stray article, a pair) join the established group (≥ minGroup articles) they
 * are on average most similar to, at a lower threshold: average link is strict with articles
 * that report the event from another angle, but such an article is still closest to its event.
 */
export function attachStrays(
  cluster: readonly number[],
  edges: readonly [number, number, number][],
  o: Pick<ClusterOptions, 'strayThreshold' | 'maxStray' | 'minGroup'>,
  days?: DaySpan,
): number[] {
  const span = days ? spansOf(days, cluster) : undefined;
  const { strayThreshold: threshold, maxStray, minGroup: minSize } = o;
  const size = new Map<number, number>();
  for (const c of cluster) size.set(c, (size.get(c) ?? 0) + 1);
  // Sum of similarities from each stray cluster to each established cluster.
  const sums = new Map<number, Map<number, number>>();
  const add = (from: number, to: number, s: number) => {
    if ((size.get(from) ?? 0) > maxStray || (size.get(to) ?? 0) < minSize) return;
    const m = sums.get(from) ?? sums.set(from, new Map()).get(from)!;
    m.set(to, (m.get(to) ?? 0) + s);
  };
  for (const [i, j, s] of edges) {
    const a = cluster[i];
    const b = cluster[j];
    if (a === b) continue;
    add(a, b, s);
    add(b, a, s);
  }
  const target = new Map<number, number>();
  for (const [from, m] of sums) {
    let best = -1;
    let bestAvg = threshold;
    for (const [to, sum] of m) {
      if (span && days && !span.fits(from, to, days.maxDays)) continue;
      const avg = sum / (size.get(from)! * size.get(to)!);
      if (avg > bestAvg || (avg === bestAvg && best >= 0 && to < best)) {
        best = to;
        bestAvg = avg;
      }
    }
    if (best >= 0) target.set(from, best);
  }
  return cluster.map((c) => target.get(c) ?? c);
}

/** Publication day per item (NaN when unknown) and the longest span a group may cover. */
export interface DaySpan {
  day: Float64Array;
  maxDays: number;
}

/** Earliest and latest known day of each group, keyed by the group's index. */
function spansOf(days: DaySpan, cluster: readonly number[]) {
  const lo = new Map<number, number>();
  const hi = new Map<number, number>();
  cluster.forEach((c, i) => {
    const d = days.day[i];
    if (Number.isNaN(d)) return;
    lo.set(c, Math.min(lo.get(c) ?? d, d));
    hi.set(c, Math.max(hi.get(c) ?? d, d));
  });
  return {
    /** Whether groups a and b together stay within maxDays (undated groups fit anywhere). */
    fits(a: number, b: number, maxDays: number): boolean {
      if (!lo.has(a) || !lo.has(b)) return true;
      return Math.max(hi.get(a)!, hi.get(b)!) - Math.min(lo.get(a)!, lo.get(b)!) <= maxDays;
    },
    join(keep: number, gone: number): void {
      if (!lo.has(gone)) return;
      lo.set(keep, Math.min(lo.get(keep) ?? Infinity, lo.get(gone)!));
      hi.set(keep, Math.max(hi.get(keep) ?? -Infinity, hi.get(gone)!));
    },
  };
}

function rootOf(parent: number[], i: number): number {
  while (parent[i] !== i) i = parent[i] = parent[parent[i]];
  return i;
}

/** Max-heap of [score, a, b, versionA, versionB]. */
class PairHeap {
  private items: [number, number, number, number, number][] = [];
  push(score: number, a: number, b: number, va: number, vb: number) {
    const it = this.items;
    it.push([score, a, b, va, vb]);
    let k = it.length - 1;
    while (k > 0) {
      const p = (k - 1) >> 1;
      if (!better(it[k], it[p])) break;
      [it[k], it[p]] = [it[p], it[k]];
      k = p;
    }
  }
  pop() {
    const it = this.items;
    if (!it.length) return undefined;
    const top = it[0];
    const last = it.pop()!;
    if (it.length) {
      it[0] = last;
      let k = 0;
      for (;;) {
        const l = 2 * k + 1;
        const r = l + 1;
        let m = k;
        if (l < it.length && better(it[l], it[m])) m = l;
        if (r < it.length && better(it[r], it[m])) m = r;
        if (m === k) break;
        [it[k], it[m]] = [it[m], it[k]];
        k = m;
      }
    }
    return top;
  }
}

function better(x: [number, number, number, unknown, unknown], y: [number, number, number, unknown, unknown]): boolean {
  return x[0] > y[0] || (x[0] === y[0] && (x[1] < y[1] || (x[1] === y[1] && x[2] < y[2])));
}
