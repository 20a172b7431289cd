// The reduce side of map-reduce story grouping (see storyKeys.ts): one component of articles is
// grouped by `buildStories` with the corpus-wide frequencies; `finishStories` then labels and
// orders the stories of all components. `mapReduceStories` runs every step in memory.
import { DEFAULT_CLUSTER_OPTIONS, type ClusterOptions } from './clustering';
import { POSTING_CAP, SAMPLE } from './duplicates';
import { buildStories, labelCandidates, pickLabel, type LabelCandidates, type StoryInput } from './stories';
import { blockingKeys, TermStats, type PreparedArticle } from './storyKeys';
import { toTermVector, Vocabulary } from './termVectors';
import type { JsonStory } from '../contract';

/** A story of one component, its label still to pick (banners need every story). */
export interface PartialStory {
  id: string;
  date: string | null;
  articles: string[];
  duplicates: [string, string][];
  candidates: LabelCandidates;
}

/**
 * Stories of one component. `stats` counts the whole corpus (terms interned in its vocabulary,
 * as the articles' are); `capped`: the sampled shingles of more than POSTING_CAP articles in it.
 */
export function reduceComponent(
  articles: readonly PreparedArticle[],
  stats: TermStats,
  capped: ReadonlySet<number>,
  o: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): PartialStory[] {
  // A vocabulary of the component's own, interned in id order: the result does not depend on
  // which other articles a process has seen, nor in which order the component's lines came.
  const docs = [...articles].sort((a, b) => cmp(a.id, b.id));
  const vocab = new Vocabulary();
  const df: number[] = [];
  const inputs: StoryInput[] = docs.map((d) => {
    const counts = new Map<string, number>();
    d.termIds.forEach((id, k) => counts.set(stats.vocab.terms[id], d.counts[k]));
    const terms = toTermVector(counts, vocab);
    d.termIds.forEach((id) => (df[vocab.id(stats.vocab.terms[id])] = stats.dfOf(id)));
    return { id: d.id, terms, shingles: d.shingles, published: d.published, title: d.title, leads: d.leads };
  });
  // The other articles of the corpus count as background documents in the IDF (n is the corpus size).
  const options = { ...o, background: o.background + stats.articles - docs.length };
  const result = buildStories(inputs, vocab, df, options, capped);
  const byId = new Map(inputs.map((d) => [d.id, d]));
  return result.stories.map((s) => ({
    id: s.id,
    date: s.date,
    articles: s.articles,
    duplicates: s.duplicates,
    candidates: labelCandidates(
      s.articles.map((id) => byId.get(id)!),
      vocab,
    ),
  }));
}

/** The final stories of all components: labels (banners = leads of two or more stories), ordered by date then id. */
export function finishStories(partials: readonly PartialStory[]): (JsonStory & { date: string | null })[] {
  const storiesOfLead = new Map<string, number>();
  for (const p of partials) for (const lead of new Set(p.candidates.leads.flat().map((l) => l[0]))) storiesOfLead.set(lead, (storiesOfLead.get(lead) ?? 0) + 1);
  const banners = new Set<string>();
  for (const [lead, n] of storiesOfLead) if (n > 1) banners.add(lead);
  return [...partials]
    .sort((a, b) => cmp(a.date ?? '~', b.date ?? '~') || cmp(a.id, b.id))
    .map((p) => ({ id: p.id, label: pickLabel(p.candidates, banners), date: p.date, articles: p.articles, duplicates: p.duplicates }));
}

/** Room for 2^21 article indices below each key in one exact double (as in duplicates.ts). */
const DOC_BITS = 2 ** 21;

/**
 * Components of `articles` (indices), by the same keys as `blockingKeys` but held as numbers in
 * one sorted array: the in-memory shuffle of the single-machine run.
 */
export function componentsOf(articles: readonly PreparedArticle[], stats: TermStats, o: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): { component: Int32Array; capped: Set<number> } {
  if (articles.length > DOC_BITS) throw new Error(`at most ${DOC_BITS} articles in one process; split the run (stories --map/--reduce)`);
  const parent = Int32Array.from(articles, (_, k) => k);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  // Sorted (key, article) pairs: each run of one key is that key's group.
  const scan = (keys: Float64Array, onGroup: (key: number, from: number, to: number) => void) => {
    keys.sort();
    for (let from = 0; from < keys.length; ) {
      const key = Math.floor(keys[from] / DOC_BITS);
      let to = from + 1;
      while (to < keys.length && Math.floor(keys[to] / DOC_BITS) === key) to++;
      onGroup(key, from, to);
      from = to;
    }
  };
  const termKeys: number[] = [];
  const termIndex = new Map<string, number>();
  let shingleCount = 0;
  articles.forEach((a, k) => {
    for (const key of blockingKeys(a, stats, o)) {
      if (key.startsWith('s:')) shingleCount++;
      else termKeys.push((termIndex.get(key) ?? termIndex.set(key, termIndex.size).get(key)!) * DOC_BITS + k);
    }
  });
  const terms = Float64Array.from(termKeys);
  scan(terms, (_, from, to) => {
    for (let i = from + 1; i < to; i++) union(terms[from] % DOC_BITS, terms[i] % DOC_BITS);
  });
  const shingleKeys = new Float64Array(shingleCount);
  let n = 0;
  articles.forEach((a, k) => {
    for (const h of a.shingles) if (h % SAMPLE === 0) shingleKeys[n++] = h * DOC_BITS + k;
  });
  const capped = new Set<number>();
  scan(shingleKeys, (h, from, to) => {
    if (to - from > POSTING_CAP) capped.add(h);
    else for (let i = from + 1; i < to; i++) union(shingleKeys[from] % DOC_BITS, shingleKeys[i] % DOC_BITS);
  });
  return { component: Int32Array.from(articles, (_, k) => find(k)), capped };
}

/** Every step in one process: the stories `Corpus.stories()` gives for these articles. */
export function mapReduceStories(articles: readonly PreparedArticle[], stats: TermStats, o: ClusterOptions = DEFAULT_CLUSTER_OPTIONS) {
  const { component, capped } = componentsOf(articles, stats, o);
  const members = new Map<number, PreparedArticle[]>();
  articles.forEach((a, k) => (members.get(component[k]) ?? members.set(component[k], []).get(component[k])!).push(a));
  const partials: PartialStory[] = [];
  for (const group of members.values()) partials.push(...reduceComponent(group, stats, capped, o));
  let largest = 0;
  for (const m of members.values()) largest = Math.max(largest, m.length);
  return { stories: finishStories(partials), components: members.size, largestComponent: largest };
}

/** Counts the articles' terms (the word-count step of the map side). */
export function termStatsOf(articles: readonly PreparedArticle[], vocab: Vocabulary): TermStats {
  const stats = new TermStats(vocab);
  for (const a of articles) stats.addArticle(a);
  return stats;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
