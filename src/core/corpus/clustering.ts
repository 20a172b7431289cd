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

/** Similarity edges (a < b) in typed arrays: hundreds of thousands of them at 10,000 articles. */
export class EdgeList {
  a = new Int32Array(256);
  b = new Int32Array(256);
  s = new Float64Array(256);
  length = 0;

  push(a: number, b: number, s: number): void {
    if (this.length === this.a.length) {
      const grow = <T extends Int32Array | Float64Array>(x: T): T => {
        const y = new (x.constructor as new (n: number) => T)(x.length * 2);
        y.set(x);
        return y;
      };
      this.a = grow(this.a);
      this.b = grow(this.b);
      this.s = grow(this.s);
    }
    this.a[this.length] = a;
    this.b[this.length] = b;
    this.s[this.length++] = s;
  }
}

/** Pairs (i < j, similarity) worth clustering, found through shared distinctive terms. */
export function candidatePairs(
  vectors: readonly SparseVector[],
  dfById: ArrayLike<number>,
  vocab: Vocabulary,
  o: ClusterOptions,
  minSimilarity: number,
): EdgeList {
  const postings = new Map<number, number[]>();
  const tops = vectors.map((v) => topTermIds(v, dfById, vocab, o));
  tops.forEach((ids, doc) => {
    for (const id of ids) {
      let p = postings.get(id);
      if (!p) postings.set(id, (p = []));
      p.push(doc);
    }
  });
  const shared = new Int32Array(vectors.length);
  const pairs = new EdgeList();
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
      if (s >= minSimilarity) pairs.push(i, j, s);
    }
  });
  return pairs;
}

/**
 * The article's heaviest terms that occur in 2..postingCap articles. Ties are broken by the term
 * itself, never by its id, so the choice does not depend on insertion order (incremental == fresh).
 */
export function topTermIds(v: SparseVector, dfById: ArrayLike<number>, vocab: Vocabulary, o: ClusterOptions): number[] {
  const idx: number[] = [];
  for (let k = 0; k < v.ids.length; k++) {
    const f = dfById[v.ids[k]];
    if (f >= 2 && f <= o.postingCap) idx.push(k);
  }
  const term = (k: number) => vocab.terms[v.ids[k]];
  idx.sort((a, b) => v.weights[b] - v.weights[a] || (term(a) < term(b) ? -1 : 1));
  return idx.slice(0, o.topTerms).map((k) => v.ids[k]);
}

/**
 * Average-link agglomerative clustering over a sparse graph (absent edges count as 0).
 * Returns a cluster index per item (the smallest member's index). Deterministic.
 */
export function averageLink(
  n: number,
  edges: EdgeList,
  threshold: number,
  days?: DaySpan,
): number[] {
  const size = new Array<number>(n).fill(1);
  const span = days ? spansOf(days, Array.from({ length: n }, (_, i) => i)) : undefined;
  const parent = Array.from({ length: n }, (_, i) => i);
  const version = new Int32Array(n);
  // links[c]: neighbour cluster -> sum of the similarities between their members.
  const links: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  for (let k = 0; k < edges.length; k++) {
    const i = edges.a[k];
    const j = edges.b[k];
    links[i].set(j, (links[i].get(j) ?? 0) + edges.s[k]);
    links[j].set(i, (links[j].get(i) ?? 0) + edges.s[k]);
  }
  const heap = new PairHeap();
  for (let i = 0; i < n; i++) for (const [j, sum] of links[i]) if (i < j && sum >= threshold) heap.push(sum, i, j, 0, 0);
  while (heap.size && heap.top() >= threshold) {
    const { a, b, va, vb } = heap.pop();
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
  edges: EdgeList,
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
  for (let k = 0; k < edges.length; k++) {
    const a = cluster[edges.a[k]];
    const b = cluster[edges.b[k]];
    const s = edges.s[k];
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

/** Max-heap of (score, a, b, versionA, versionB) in typed arrays; ties: smaller a, then b. */
class PairHeap {
  private score = new Float64Array(1024);
  private ab = new Int32Array(4096); // a, b, va, vb per entry
  size = 0;

  top(): number {
    return this.score[0];
  }

  push(score: number, a: number, b: number, va: number, vb: number): void {
    if (this.size === this.score.length) {
      const sc = new Float64Array(this.size * 2);
      sc.set(this.score);
      this.score = sc;
      const ab = new Int32Array(this.size * 8);
      ab.set(this.ab);
      this.ab = ab;
    }
    let k = this.size++;
    this.put(k, score, a, b, va, vb);
    while (k > 0) {
      const p = (k - 1) >> 1;
      if (!this.better(k, p)) break;
      this.swap(k, p);
      k = p;
    }
  }

  pop(): { a: number; b: number; va: number; vb: number } {
    const ab = this.ab;
    const out = { a: ab[0], b: ab[1], va: ab[2], vb: ab[3] };
    const last = --this.size;
    if (last > 0) {
      this.put(0, this.score[last], ab[4 * last], ab[4 * last + 1], ab[4 * last + 2], ab[4 * last + 3]);
      let k = 0;
      for (;;) {
        const l = 2 * k + 1;
        const r = l + 1;
        let m = k;
        if (l < last && this.better(l, m)) m = l;
        if (r < last && this.better(r, m)) m = r;
        if (m === k) break;
        this.swap(k, m);
        k = m;
      }
    }
    return out;
  }

  private put(k: number, score: number, a: number, b: number, va: number, vb: number): void {
    this.score[k] = score;
    this.ab[4 * k] = a;
    this.ab[4 * k + 1] = b;
    this.ab[4 * k + 2] = va;
    this.ab[4 * k + 3] = vb;
  }

  private better(x: number, y: number): boolean {
    const sx = this.score[x];
    const sy = this.score[y];
    if (sx !== sy) return sx > sy;
    const ab = this.ab;
    return ab[4 * x] < ab[4 * y] || (ab[4 * x] === ab[4 * y] && ab[4 * x + 1] < ab[4 * y + 1]);
  }

  private swap(x: number, y: number): void {
    const t = this.score[x];
    this.score[x] = this.score[y];
    this.score[y] = t;
    for (let f = 0; f < 4; f++) {
      const u = this.ab[4 * x + f];
      this.ab[4 * x + f] = this.ab[4 * y + f];
      this.ab[4 * y + f] = u;
    }
  }
}
