// Candidate pairs from an inverted index on distinctive terms, then average-link clustering over
// that sparse similarity graph. Never compares all pairs: cost grows with articles x terms x cap.
import { dot, unitVector, type SparseVector, type TermCounts } from './termVectors';

export interface ClusterOptions {
  /** Average-link threshold: clusters merge while their mean pairwise similarity reaches it. */
  threshold: number;
  /** Terms per article used to look for candidates. */
  topTerms: number;
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
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  threshold: 0.2,
  topTerms: 30,
  postingCap: 200,
  nameBoost: 1.5,
  numberBoost: 1.5,
  dateBoost: 2,
  background: 0,
};

/** Document frequency of every term over the given articles. */
export function documentFrequencies(all: readonly TermCounts[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const tc of all) for (const t of tc.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}

function kindBoost(term: string, o: ClusterOptions): number {
  if (term.startsWith('n:')) return o.nameBoost;
  if (term.startsWith('#')) return o.numberBoost;
  if (term.startsWith('d:')) return o.dateBoost;
  return 1;
}

/** TF-IDF vectors (sublinear tf, smoothed idf) over a shared vocabulary. */
export function tfidfVectors(
  all: readonly TermCounts[],
  df: ReadonlyMap<string, number>,
  o: ClusterOptions,
): { vectors: SparseVector[]; vocab: Map<string, number> } {
  const n = all.length;
  const vocab = new Map<string, number>();
  const vectors = all.map((tc) => {
    const entries: [number, number][] = [];
    for (const [t, c] of tc) {
      const f = df.get(t) ?? 1;
      const idf = Math.log((n + o.background + 1) / f);
      if (idf <= 0) continue;
      let id = vocab.get(t);
      if (id === undefined) vocab.set(t, (id = vocab.size));
      entries.push([id, (1 + Math.log(c)) * idf * kindBoost(t, o)]);
    }
    return unitVector(entries);
  });
  return { vectors, vocab };
}

/** Pairs [i, j, similarity] (i < j) worth clustering, found through shared distinctive terms. */
export function candidatePairs(
  vectors: readonly SparseVector[],
  dfById: Int32Array,
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
  const seen = new Int32Array(vectors.length).fill(-1);
  const pairs: [number, number, number][] = [];
  tops.forEach((ids, i) => {
    for (const id of ids) {
      for (const j of postings.get(id)!) {
        if (j <= i || seen[j] === i) continue;
        seen[j] = i;
        const s = dot(vectors[i], vectors[j]);
        if (s >= minSimilarity) pairs.push([i, j, s]);
      }
    }
  });
  return pairs;
}

/** The article's heaviest terms that occur in 2..postingCap articles. */
function topTermIds(v: SparseVector, dfById: Int32Array, o: ClusterOptions): number[] {
  const idx: number[] = [];
  for (let k = 0; k < v.ids.length; k++) {
    const f = dfById[v.ids[k]];
    if (f >= 2 && f <= o.postingCap) idx.push(k);
  }
  idx.sort((a, b) => v.weights[b] - v.weights[a] || v.ids[a] - v.ids[b]);
  return idx.slice(0, o.topTerms).map((k) => v.ids[k]);
}

/**
 * Average-link agglomerative clustering over a sparse graph (absent edges count as 0).
 * Returns a cluster index per item (the smallest member's index). Deterministic.
 */
export function averageLink(
  n: number,
  edges: readonly [number, number, number][],
  threshold: number,
): number[] {
  const size = new Array<number>(n).fill(1);
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
    const keep = Math.min(a, b);
    const gone = Math.max(a, b);
    parent[gone] = keep;
    size[keep] += size[gone];
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
