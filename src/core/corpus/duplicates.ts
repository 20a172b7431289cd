// Near-duplicates by word-shingle containment: a cut-down copy is mostly contained in its original
// even though the symmetric similarity (Jaccard) of the two is low.
import { hashString } from '../article/ner/hash';
import { partitionPoint } from '../text/search';

/** Words per shingle. */
const SHINGLE = 5;
/** Shingles with hash % SAMPLE === 0 are indexed to find candidates (containment is then exact). */
export const SAMPLE = 4;
/** Shingles carried by more articles than this are ignored as candidates (stock phrases). */
export const POSTING_CAP = 50;
/** Fewer shingles than this: too short to call a copy. */
const MIN_SHINGLES = 12;
/** Share of the sampled shingles a candidate must share before the exact (costlier) check. */
const SAMPLED_SHARE = 0.5;
/** Share of the copy's shingles found in the original. */
export const CONTAINMENT = 0.8;

/** Sorted unique 32-bit hashes of the word 5-grams of a text (word hashes combined, no strings built). */
export function shingles(text: string): Uint32Array {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const wh = Uint32Array.from(words, hashString);
  const n = Math.max(0, wh.length - SHINGLE + 1);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x9e3779b9;
    for (let k = 0; k < SHINGLE; k++) h = Math.imul(h ^ wh[i + k], 0x85ebca6b) ^ (h >>> 13);
    out[i] = h >>> 0;
  }
  out.sort();
  let u = 0;
  for (let i = 0; i < n; i++) if (i === 0 || out[i] !== out[i - 1]) out[u++] = out[i];
  return out.slice(0, u);
}

/** Size of the intersection of two sorted arrays. */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

export interface DuplicateInput {
  id: string;
  shingles: Uint32Array;
  /** Publication date (given or inferred) to tell the original of two mutual copies. */
  date: string | null;
}

/**
 * Pairs [copy, original]: at least CONTAINMENT of the copy's shingles occur in the original.
 * Each copy gets one original (the one containing most of it); mutual copies: the earlier,
 * then the longer, then the smaller id is the original. `capped`: sampled shingles known to be
 * carried by more than POSTING_CAP articles of a larger corpus (when `docs` is one part of it).
 */
export function findDuplicates(docs: readonly DuplicateInput[], capped?: ReadonlySet<number>): [string, string][] {
  const postings = samplePostings(docs);
  const best = new Map<number, { orig: number; c: number }>();
  const shared = new Int32Array(docs.length);
  docs.forEach((a, i) => {
    if (a.shingles.length < MIN_SHINGLES) return;
    // Count sampled shingles shared with each other article; only likely copies get the exact check.
    const touched: number[] = [];
    let sampled = 0;
    for (const h of a.shingles) {
      if (h % SAMPLE !== 0) continue;
      sampled++;
      const [from, to] = postings.range(h);
      if (to - from > POSTING_CAP || capped?.has(h)) continue;
      for (let k = from; k < to; k++) {
        const j = postings.docAt(k);
        if (j !== i && shared[j]++ === 0) touched.push(j);
      }
    }
    for (const j of touched) {
      const hits = shared[j];
      shared[j] = 0;
      if (hits < SAMPLED_SHARE * sampled) continue;
      const b = docs[j];
      const common = intersectionSize(a.shingles, b.shingles);
      const c = common / a.shingles.length;
      if (c < CONTAINMENT || !isOriginal(b, a, c, common / b.shingles.length)) continue;
      const cur = best.get(i);
      if (!cur || c > cur.c || (c === cur.c && b.id < docs[cur.orig].id)) best.set(i, { orig: j, c });
    }
  });
  const out: [string, string][] = [];
  for (const [i, { orig }] of best) out.push([docs[i].id, docs[orig].id]);
  return out.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
}

/** Room for 2^21 article indices below each 32-bit hash in one exact double. */
const DOC_BITS = 2 ** 21;

/**
 * (sampled hash, article) pairs in one sorted Float64Array: an inverted index at 8 bytes a
 * posting, where a Map of arrays took ten times that at 10,000 articles.
 */
function samplePostings(docs: readonly DuplicateInput[]) {
  let n = 0;
  for (const d of docs) for (const h of d.shingles) if (h % SAMPLE === 0) n++;
  const keys = new Float64Array(n);
  n = 0;
  docs.forEach((d, k) => {
    for (const h of d.shingles) if (h % SAMPLE === 0) keys[n++] = h * DOC_BITS + k;
  });
  keys.sort();
  /** First index whose key is at least `key`. */
  const lowerBound = (key: number) => partitionPoint(keys.length, (i) => keys[i] < key);
  return {
    /** Index range [from, to) of the postings of hash h. */
    range: (h: number): [number, number] => [lowerBound(h * DOC_BITS), lowerBound((h + 1) * DOC_BITS)],
    docAt: (k: number) => keys[k] % DOC_BITS,
  };
}

/** Whether `b` is the original of `a`, given how much of a is in b (cAB) and of b in a (cBA). */
function isOriginal(b: DuplicateInput, a: DuplicateInput, cAB: number, cBA: number): boolean {
  if (cBA < CONTAINMENT) return cAB >= CONTAINMENT; // only a is (mostly) inside b
  // Mutual copies: the earlier, then the longer, then the smaller id is the original.
  if (a.date && b.date && a.date !== b.date) return b.date < a.date;
  if (a.date !== b.date) return b.date !== null;
  if (a.shingles.length !== b.shingles.length) return b.shingles.length > a.shingles.length;
  return b.id < a.id;
}
