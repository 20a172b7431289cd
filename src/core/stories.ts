// Story grouping: articles about the same event. Shared distinctive words, names, numbers and
// dates (TF-IDF, names weighted up) link articles; average-link clustering keeps two events of one
// topic apart; near-duplicates always share their original's story; dates far apart split.
import {
  averageLink,
  candidatePairs,
  DEFAULT_CLUSTER_OPTIONS,
  documentFrequencies,
  tfidfVectors,
  type ClusterOptions,
} from './clustering';
import { findDuplicates, shingles } from './duplicates';
import { contentText, termCounts, type TermCounts } from './termVectors';
import type { CorpusDocument, Story } from './types';

/** What grouping needs of one article (the Corpus caches it per article). */
export interface StoryInput {
  id: string;
  terms: TermCounts;
  shingles: Uint32Array;
  published: string | null;
  title: string;
}

/** Stories plus the per-article facts derived while grouping. */
export interface StoryResult {
  stories: Story[];
  /** Article id -> its story. */
  storyOf: Map<string, Story>;
  /** Copy id -> original id. */
  duplicateOf: Map<string, string>;
  /** Article id -> publication date, given or inferred from its story. */
  dates: Map<string, { date: string; inferred: boolean }>;
}

/** The grouping features of one article (pure; cheap relative to the analysis). */
export function storyInput(doc: CorpusDocument): StoryInput {
  return {
    id: doc.id,
    terms: termCounts(doc),
    shingles: shingles(contentText(doc)),
    published: doc.analysis.header.published,
    title: doc.analysis.header.title,
  };
}

/** Groups articles into stories (ordered by date, then id). */
export function groupStories(docs: readonly CorpusDocument[]): Story[] {
  return buildStories(docs.map(storyInput)).stories;
}

/** Groups prepared articles; `df` may be passed when the caller maintains it incrementally. */
export function buildStories(
  inputs: readonly StoryInput[],
  df?: ReadonlyMap<string, number>,
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): StoryResult {
  // Sorting first makes the result independent of insertion order (incremental == from scratch).
  const docs = [...inputs].sort((a, b) => cmp(a.id, b.id));
  const termList = docs.map((d) => d.terms);
  const freq = df ?? documentFrequencies(termList);
  const { vectors, vocab } = tfidfVectors(termList, freq, options);
  const dfById = new Int32Array(vocab.size);
  for (const [t, id] of vocab) dfById[id] = freq.get(t) ?? 1;
  const edges = candidatePairs(vectors, dfById, options, options.threshold / 4)
    .map(([i, j, s]): [number, number, number] => [i, j, s * datePenalty(docs[i].published, docs[j].published)]);
  const cluster = averageLink(docs.length, edges, options.threshold);

  const duplicates = findDuplicates(docs.map((d) => ({ id: d.id, shingles: d.shingles, date: d.published })));
  const index = new Map(docs.map((d, k) => [d.id, k]));
  // A copy belongs with its original whatever the clustering said.
  const root = cluster.slice();
  const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i])));
  for (const [copy, orig] of duplicates) {
    const a = find(index.get(copy)!);
    const b = find(index.get(orig)!);
    if (a !== b) root[Math.max(a, b)] = Math.min(a, b);
  }
  const members = new Map<number, number[]>();
  docs.forEach((_, k) => {
    const r = find(k);
    const m = members.get(r);
    if (m) m.push(k);
    else members.set(r, [k]);
  });
  return assemble(docs, [...members.values()], duplicates, vectors.length ? termList : []);
}

/**
 * Similarity factor for two publication dates: same event reports cluster within days;
 * months apart means a different event even with the same people.
 */
export function datePenalty(a: string | null, b: string | null): number {
  if (!a || !b) return 1;
  const days = Math.abs(Date.parse(a) - Date.parse(b)) / 86400000;
  if (days <= 3) return 1;
  if (days >= 30) return 0;
  return 1 - (days - 3) / 27;
}

function assemble(
  docs: readonly StoryInput[],
  groups: number[][],
  duplicates: [string, string][],
  terms: readonly TermCounts[],
): StoryResult {
  const storyOf = new Map<string, Story>();
  const dates = new Map<string, { date: string; inferred: boolean }>();
  const duplicateOf = new Map(duplicates);
  const stories = groups.map((g) => {
    const given = g.map((k) => docs[k].published).filter((d): d is string => !!d).sort();
    const date = given[0] ?? null;
    const dateOf = (k: number) => docs[k].published ?? date;
    const ordered = [...g].sort((x, y) => cmp(dateOf(x) ?? '~', dateOf(y) ?? '~') || cmp(docs[x].id, docs[y].id));
    const ids = ordered.map((k) => docs[k].id);
    const inStory = new Set(ids);
    const story: Story = {
      id: `story:${ids[0]}`,
      label: storyLabel(ordered.map((k) => docs[k]), ordered.map((k) => terms[k])),
      date,
      articles: ids,
      duplicates: duplicates.filter(([c, o]) => inStory.has(c) && inStory.has(o)),
    };
    for (const k of g) {
      storyOf.set(docs[k].id, story);
      const d = dateOf(k);
      if (d) dates.set(docs[k].id, { date: d, inferred: !docs[k].published });
    }
    return story;
  });
  stories.sort((a, b) => cmp(a.date ?? '~', b.date ?? '~') || cmp(a.id, b.id));
  return { stories, storyOf, duplicateOf, dates };
}

/**
 * A short title: the member title that mentions most of the story's shared words, so a banner
 * or a one-word opening line loses to a real headline sentence.
 */
export function storyLabel(members: readonly StoryInput[], terms: readonly (TermCounts | undefined)[]): string {
  const shared = new Map<string, number>();
  for (const tc of terms) if (tc) for (const t of tc.keys()) if (!t.includes(':') && !t.startsWith('#')) shared.set(t, (shared.get(t) ?? 0) + 1);
  let best = '';
  let bestScore = -1;
  for (const m of members) {
    const title = m.title.trim();
    const words = title.toLowerCase().match(/\p{L}+/gu) ?? [];
    if (words.length < 4) continue;
    let score = 0;
    for (const w of new Set(words)) score += (shared.get(w) ?? shared.get(w.replace(/s$/, '')) ?? 0) > 1 ? 1 : 0;
    score = score / Math.sqrt(words.length);
    if (score > bestScore) {
      best = title;
      bestScore = score;
    }
  }
  return best || members.map((m) => m.title.trim()).find((t) => t.length > 0) || members[0]?.id || '';
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
