// What the views see of the corpus: a plain, serialisable snapshot taken where the corpus lives
// (the analysis worker), and a read-only view over it with the look-ups the trees and hovers need.
import type { ArticleAnalysis, Story } from '../types';
import type { Corpus, EntityAcross } from './corpus';
import type { QuoteGroup } from './quoteMatch';

/** One article as the views list it (its full analysis stays in the worker until asked for). */
export interface ArticleSummary {
  id: string;
  title: string;
  outlet: string | null;
  /** The header's date, else the date inferred from its story, else null. */
  published: string | null;
  inferred: boolean;
  storyId: string | null;
  /** The original this article is a (near-)copy of. */
  duplicateOf: string | null;
  quotes: number;
  /** Distinct canonical names. */
  entities: number;
  typos: number;
}

export interface CorpusSnapshot {
  /** Increases with every change of the corpus; a view keeps the newest it has seen. */
  generation: number;
  stories: Story[];
  articles: ArticleSummary[];
  /** Present when asked for (the Across Sources view is open): entities and quotes across articles. */
  across?: { entities: EntityAcross[]; quotes: QuoteGroup[] };
}

export function takeSnapshot(corpus: Corpus, generation: number, withAcross: boolean): CorpusSnapshot {
  const stories = corpus.stories();
  const articles = corpus.ids().map((id) => summarise(corpus, id));
  const snap: CorpusSnapshot = { generation, stories, articles };
  if (withAcross) snap.across = { entities: corpus.entitiesAcross(), quotes: corpus.quotesAcross() };
  return snap;
}

function summarise(corpus: Corpus, id: string): ArticleSummary {
  const a = corpus.get(id)!.analysis;
  const date = corpus.publicationDate(id);
  return {
    id,
    title: a.header.title,
    outlet: a.header.outlet,
    published: date?.date ?? null,
    inferred: !!date?.inferred,
    storyId: corpus.storyOf(id)?.id ?? null,
    duplicateOf: corpus.duplicateOf(id) ?? null,
    quotes: a.quotes.length,
    entities: new Set(a.entities.map((e) => e.canonical)).size,
    typos: a.typos.length,
  };
}

/** Read-only look-ups over a snapshot (built once per snapshot). */
export class CorpusView {
  private readonly byId: Map<string, ArticleSummary>;
  private readonly storyById: Map<string, Story>;

  constructor(readonly snapshot: CorpusSnapshot = { generation: 0, stories: [], articles: [] }) {
    this.byId = new Map(snapshot.articles.map((a) => [a.id, a]));
    this.storyById = new Map(snapshot.stories.map((s) => [s.id, s]));
  }

  /** Article ids, sorted. */
  ids(): string[] {
    return this.snapshot.articles.map((a) => a.id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  article(id: string): ArticleSummary | undefined {
    return this.byId.get(id);
  }

  stories(): Story[] {
    return this.snapshot.stories;
  }

  storyOf(id: string): Story | undefined {
    const s = this.byId.get(id)?.storyId;
    return s ? this.storyById.get(s) : undefined;
  }

  duplicateOf(id: string): string | undefined {
    return this.byId.get(id)?.duplicateOf ?? undefined;
  }

  publicationDate(id: string): { date: string; inferred: boolean } | null {
    const a = this.byId.get(id);
    return a?.published ? { date: a.published, inferred: a.inferred } : null;
  }

  /** The date an article without a header takes from its story, else null. */
  inferredDate(id: string): string | null {
    const a = this.byId.get(id);
    return a?.inferred ? a.published : null;
  }

  entitiesAcross(): EntityAcross[] {
    return this.snapshot.across?.entities ?? [];
  }

  quotesAcross(): QuoteGroup[] {
    return this.snapshot.across?.quotes ?? [];
  }
}

/** Summary counts of an analysis the host already has (an open document). */
export function countsOf(a: ArticleAnalysis): Pick<ArticleSummary, 'quotes' | 'entities' | 'typos'> {
  return { quotes: a.quotes.length, entities: new Set(a.entities.map((e) => e.canonical)).size, typos: a.typos.length };
}
