// Story grouping: articles about the same event. Shared distinctive words, names, numbers and
// dates (TF-IDF, names weighted up) link articles; average-link clustering keeps two events of one
// topic apart; near-duplicates always share their original's story; dates far apart split.
import {
  attachStrays,
  averageLink,
  candidatePairs,
  DEFAULT_CLUSTER_OPTIONS,
  documentFrequencies,
  tfidfVectors,
  type ClusterOptions,
} from './clustering';
import { findDuplicates, shingles } from './duplicates';
import { contentText, stem, termCounts, toTermVector, Vocabulary, type TermVector } from './termVectors';
import type { CorpusDocument, Story } from '../types';
import { clipAtWord } from '../text/clip';
import { splitSentences } from '../text/sentences';

/** What grouping needs of one article (the Corpus caches it per article). */
export interface StoryInput {
  id: string;
  terms: TermVector;
  shingles: Uint32Array;
  published: string | null;
  title: string;
  /** Paragraph openings (title candidates; banners shared across stories are skipped). */
  leads: string[];
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

/** The grouping features of one article (cheap relative to the analysis); interns its terms in `vocab`. */
export function storyInput(doc: CorpusDocument, vocab: Vocabulary): StoryInput {
  const text = contentText(doc);
  return {
    id: doc.id,
    terms: toTermVector(termCounts(doc), vocab),
    shingles: shingles(text),
    published: doc.analysis.header.published,
    title: doc.analysis.header.title,
    leads: leadSentences(text),
  };
}

/** The first sentence (of four words or more) of each of the first eight paragraphs, clipped to ~100 characters. */
export function leadSentences(text: string, max = 8): string[] {
  const out: string[] = [];
  const lines = /[^\n]+/g;
  for (let m = lines.exec(text); m; m = lines.exec(text)) {
    const first = splitSentences(m[0])
      .map((s) => s.replace(/\s+/g, ' '))
      .find((s) => (s.match(/\p{L}+/gu) ?? []).length >= 4);
    if (!first) continue;
    out.push(clipAtWord(first, 100));
    if (out.length >= max) break;
  }
  return out;
}

/** Groups articles into stories (ordered by date, then id). */
export function groupStories(docs: readonly CorpusDocument[]): Story[] {
  const vocab = new Vocabulary();
  return buildStories(
    docs.map((d) => storyInput(d, vocab)),
    vocab,
  ).stories;
}

/**
 * Groups prepared articles (terms interned in `vocab`); `df` (by term id) may be passed when
 * the caller maintains it incrementally. `capped`: see `findDuplicates` (grouping a part of a corpus).
 */
export function buildStories(
  inputs: readonly StoryInput[],
  vocab: Vocabulary,
  df?: ArrayLike<number>,
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
  capped?: ReadonlySet<number>,
): StoryResult {
  // Sorting first makes the result independent of insertion order (incremental == from scratch).
  const docs = [...inputs].sort((a, b) => cmp(a.id, b.id));
  const termList = docs.map((d) => d.terms);
  const freq = df ?? documentFrequencies(termList, vocab.size);
  const vectors = tfidfVectors(termList, freq, vocab, options);
  const edges = candidatePairs(vectors, freq, vocab, options, options.strayThreshold);
  for (let k = 0; k < edges.length; k++) edges.s[k] *= datePenalty(docs[edges.a[k]].published, docs[edges.b[k]].published);
  // Reports of one event come out within days; months apart it is another event with the same people.
  const days = { day: Float64Array.from(docs, (d) => (d.published ? Date.parse(d.published) / DAY : NaN)), maxDays: MAX_STORY_DAYS };
  const cluster = attachStrays(averageLink(docs.length, edges, options.threshold, days), edges, options, days);

  const duplicates = findDuplicates(docs.map((d) => ({ id: d.id, shingles: d.shingles, date: d.published })), capped);
  const index = new Map(docs.map((d, k) => [d.id, k]));
  // A copy belongs with its original whatever the clustering said (unless republished much later).
  const root = cluster.slice();
  const find = (i: number): number => {
    while (root[i] !== i) i = root[i] = root[root[i]];
    return i;
  };
  for (const [copy, orig] of duplicates) {
    if (datePenalty(docs[index.get(copy)!].published, docs[index.get(orig)!].published) === 0) continue;
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
  return assemble(docs, [...members.values()], duplicates, vocab);
}

const DAY = 86400000;
/** Longest span of publication dates one story may cover. */
export const MAX_STORY_DAYS = 14;

/** Similarity factor for two publication dates: full within 3 days, fading to 0 at MAX_STORY_DAYS. */
export function datePenalty(a: string | null, b: string | null): number {
  if (!a || !b) return 1;
  const days = Math.abs(Date.parse(a) - Date.parse(b)) / DAY;
  if (days <= 3) return 1;
  if (days >= MAX_STORY_DAYS) return 0;
  return 1 - (days - 3) / (MAX_STORY_DAYS - 3);
}

function assemble(
  docs: readonly StoryInput[],
  groups: number[][],
  duplicates: [string, string][],
  vocab: Vocabulary,
): StoryResult {
  const storyOf = new Map<string, Story>();
  const dates = new Map<string, { date: string; inferred: boolean }>();
  const duplicateOf = new Map(duplicates);
  const banners = bannerLeads(docs, groups);
  const stories = groups.map((g) => {
    const given = g.map((k) => docs[k].published).filter((d): d is string => !!d).sort();
    const date = given[0] ?? null;
    const dateOf = (k: number) => docs[k].published ?? date;
    const ordered = [...g].sort((x, y) => cmp(dateOf(x) ?? '~', dateOf(y) ?? '~') || cmp(docs[x].id, docs[y].id));
    const ids = ordered.map((k) => docs[k].id);
    const inStory = new Set(ids);
    const story: Story = {
      id: `story:${ids[0]}`,
      label: storyLabel(ordered.map((k) => docs[k]), vocab, banners),
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
 * A short title: the opening sentence (of a member) that mentions most of the story's shared
 * words. Openings that also open articles of other stories are banners and never chosen.
 */
export function storyLabel(members: readonly StoryInput[], vocab: Vocabulary, banners: ReadonlySet<string>): string {
  return pickLabel(labelCandidates(members, vocab), banners);
}

/** Every lead of every member (in order) with its score, and the label to use when no lead will do. */
export interface LabelCandidates {
  leads: [string, number][][];
  fallback: string;
}

/** What `storyLabel` chooses from, before the banners (which need every story) are known. */
export function labelCandidates(members: readonly StoryInput[], vocab: Vocabulary): LabelCandidates {
  const shared = new Map<string, number>();
  for (const m of members)
    for (const id of m.terms.ids) {
      const t = vocab.terms[id];
      if (!t.includes(':') && !t.startsWith('#')) shared.set(t, (shared.get(t) ?? 0) + 1);
    }
  const leads = members.map((m) =>
    m.leads.map((lead): [string, number] => {
      const words = lead.toLowerCase().match(/\p{L}+/gu) ?? [];
      let score = 0;
      for (const w of new Set(words)) if ((shared.get(stem(w)) ?? 0) > 1) score++;
      return [lead, score / Math.sqrt(words.length)];
    }),
  );
  return { leads, fallback: members.map((m) => m.title.trim()).find((t) => t.length > 0) || members[0]?.id || '' };
}

/** The best-scoring first non-banner lead of a member (earliest member on ties), else the fallback. */
export function pickLabel(c: LabelCandidates, banners: ReadonlySet<string>): string {
  let best = '';
  let bestScore = -1;
  for (const member of c.leads) {
    const lead = member.find(([l]) => !banners.has(l));
    if (lead && lead[1] > bestScore) [best, bestScore] = lead;
  }
  return best || c.fallback;
}

/** Opening sentences found in articles of two or more stories (banners, bylines). */
function bannerLeads(docs: readonly StoryInput[], groups: readonly number[][]): Set<string> {
  const storyOfLead = new Map<string, number>();
  const out = new Set<string>();
  groups.forEach((g, k) => {
    for (const i of g)
      for (const l of docs[i].leads) {
        const seen = storyOfLead.get(l);
        if (seen === undefined) storyOfLead.set(l, k);
        else if (seen !== k) out.add(l);
      }
  });
  return out;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
