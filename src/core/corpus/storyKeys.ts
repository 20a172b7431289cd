// Story grouping as map -> group by key -> reduce, for archives too large for one Corpus.
//   map:     article -> features (once), then features -> blocking keys (its heaviest terms, its
//            sampled shingles), given the corpus' document frequencies (a word count).
//   group:   articles by key; each group links its members (a star: n-1 edges, not n^2 pairs).
//   connect: edges -> components (union-find over ids: small, one machine).
//   reduce:  each component is grouped by the editor's own `buildStories`, with the corpus-wide
//            frequencies; labels are picked last, once the banners across all stories are known.
// Every pair of articles `buildStories` could link (a similarity edge needs a shared top term, a
// duplicate a shared sampled shingle) lands in one component, so the result is the whole corpus's.
import { DEFAULT_CLUSTER_OPTIONS, tfidfVectors, topTermIds, type ClusterOptions } from './clustering';
import { POSTING_CAP, SAMPLE, shingles } from './duplicates';
import { leadSentences } from './stories';
import { contentText, termCounts, Vocabulary } from './termVectors';
import type { CorpusDocument } from '../types';

/** What grouping needs of one article, JSON-ready: computed once, where the analysis is. */
export interface StoryFeatures {
  published: string | null;
  title: string;
  leads: string[];
  /** Term -> count, in the order the text gives them (the order `storyInput` interns them). */
  terms: [string, number][];
  /** Sorted unique 32-bit hashes of the word 5-grams. */
  shingles: number[];
}

/** The grouping features of an analysed article (the same ones `storyInput` takes). */
export function storyFeatures(doc: CorpusDocument): StoryFeatures {
  const text = contentText(doc);
  return {
    published: doc.analysis.header.published,
    title: doc.analysis.header.title,
    leads: leadSentences(text),
    terms: [...termCounts(doc)],
    shingles: Array.from(shingles(text)),
  };
}

/** An article held for grouping: terms interned in a shared vocabulary, typed arrays (compact). */
export interface PreparedArticle {
  id: string;
  published: string | null;
  title: string;
  leads: string[];
  termIds: Int32Array;
  counts: Float32Array;
  shingles: Uint32Array;
}

/** Checks the shape of features read from a line; returns why not, or null when fine. */
export function featuresProblem(f: unknown): string | null {
  if (!f || typeof f !== 'object') return 'no features (run analyze --jsonl --features)';
  const o = f as Record<string, unknown>;
  if (o.published !== null && typeof o.published !== 'string') return 'features.published is not a string or null';
  if (typeof o.title !== 'string') return 'features.title is not a string';
  if (!Array.isArray(o.leads) || !o.leads.every((l) => typeof l === 'string')) return 'features.leads is not a list of strings';
  if (!Array.isArray(o.terms) || !o.terms.every((t) => Array.isArray(t) && typeof t[0] === 'string' && typeof t[1] === 'number' && t[1] > 0))
    return 'features.terms is not a list of [term, count]';
  if (!Array.isArray(o.shingles) || !o.shingles.every((h) => Number.isInteger(h) && h >= 0 && h < 2 ** 32)) return 'features.shingles is not a list of 32-bit hashes';
  return null;
}

export function prepare(id: string, f: StoryFeatures, vocab: Vocabulary): PreparedArticle {
  return {
    id,
    published: f.published,
    title: f.title,
    leads: f.leads,
    termIds: Int32Array.from(f.terms, (t) => vocab.id(t[0])),
    counts: Float32Array.from(f.terms, (t) => t[1]),
    shingles: Uint32Array.from(f.shingles),
  };
}

/** Corpus-wide counts the keys and the reduce need: articles, and articles per term. */
export class TermStats {
  articles = 0;
  private df = new Int32Array(1024);

  constructor(readonly vocab: Vocabulary) {}

  /** Counts one article (its term ids are distinct). */
  addArticle(a: Pick<PreparedArticle, 'termIds'>): void {
    this.articles++;
    for (const id of a.termIds) this.addTerm(id, 1);
  }

  /** Adds a partial count (from another part of the corpus). */
  addTerm(id: number, n: number): void {
    if (id >= this.df.length) {
      const grown = new Int32Array(Math.max(id + 1, 2 * this.df.length));
      grown.set(this.df);
      this.df = grown;
    }
    this.df[id] += n;
  }

  dfOf(id: number): number {
    return id < this.df.length ? this.df[id] : 0;
  }

  /** Articles per term id, at least as long as the vocabulary. */
  frequencies(): Int32Array {
    if (this.df.length < this.vocab.size) this.addTerm(this.vocab.size - 1, 0);
    return this.df;
  }

  /** [term, df] of every counted term. */
  *entries(): Generator<[string, number]> {
    for (let id = 0; id < this.vocab.size; id++) if (this.dfOf(id) > 0) yield [this.vocab.terms[id], this.df[id]];
  }
}

/** Extra top terms keyed beyond the `topTerms` the clustering uses: float ties never lose a link. */
const KEY_MARGIN = 5;

/** A blocking key: a term (`t`) or a sampled shingle (`s`), as a string for JSON Lines. */
export type BlockKey = string;

/**
 * The keys of one article: its heaviest terms (the clustering's own choice, plus a margin) among
 * those in 2..postingCap articles, and its sampled shingles (the duplicate finder's candidates).
 */
export function blockingKeys(a: PreparedArticle, stats: TermStats, o: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): BlockKey[] {
  const keys: BlockKey[] = [];
  for (const id of topTerms(a, stats, o, o.topTerms + KEY_MARGIN)) keys.push(`t:${stats.vocab.terms[id]}`);
  for (const h of a.shingles) if (h % SAMPLE === 0) keys.push(`s:${h}`);
  return keys;
}

/** The article's heaviest terms, chosen by the clustering's own code with the corpus-wide counts. */
function topTerms(a: PreparedArticle, stats: TermStats, o: ClusterOptions, count: number): number[] {
  const pairs = Array.from(a.termIds, (id, k) => [id, a.counts[k]] as const).sort((x, y) => x[0] - y[0]);
  const tv = { ids: Int32Array.from(pairs, (p) => p[0]), counts: Float32Array.from(pairs, (p) => p[1]) };
  const df = stats.frequencies();
  // One article of `stats.articles`: the others count as background, as they do in tfidfVectors.
  const [v] = tfidfVectors([tv], df, stats.vocab, { ...o, background: o.background + stats.articles - 1 });
  return topTermIds(v, df, stats.vocab, { ...o, topTerms: count });
}

/** What one key's group contributes: star edges between its members, or that the shingle is capped. */
export interface GroupResult {
  edges: [string, string][];
  /** A sampled shingle carried by more than POSTING_CAP articles: the duplicate finder skips it. */
  capped: number | null;
}

/** Reduces one key's group (member ids, any order, repeats allowed). */
export function linkGroup(key: BlockKey, ids: readonly string[]): GroupResult {
  const members = [...new Set(ids)].sort(cmp);
  if (key.startsWith('s:') && members.length > POSTING_CAP) return { edges: [], capped: Number(key.slice(2)) };
  const edges: [string, string][] = [];
  for (let k = 1; k < members.length; k++) edges.push([members[0], members[k]]);
  return { edges, capped: null };
}

/** Union-find over string ids: the component of an id is named by its smallest member. */
export class Components {
  private readonly parent = new Map<string, string>();

  link(a: string, b: string): void {
    for (const x of [a, b]) if (!this.parent.has(x)) this.parent.set(x, x);
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    // The smaller id is the root, so a component's name does not depend on the order of links.
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }

  find(id: string): string {
    let r = id;
    for (let p = this.parent.get(r); p !== undefined && p !== r; p = this.parent.get(r)) r = p;
    // Path compression keeps later finds short.
    for (let x = id, p = this.parent.get(x); p !== undefined && p !== r; p = this.parent.get(x)) {
      this.parent.set(x, r);
      x = p;
    }
    return r;
  }

  /** [id, component] for every id seen in a link. */
  *entries(): Generator<[string, string]> {
    for (const id of this.parent.keys()) yield [id, this.find(id)];
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
