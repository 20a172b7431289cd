// The corpus where the analyses live: one object owns the models' analyzer, the corpus-wide name
// counts (typo detection) and the Corpus (stories, inferred dates, cross-references). The analysis
// worker runs one; so does the in-process fallback. Views receive snapshots and answers, never the
// Corpus itself.
import { resolveDates } from '../article/dates/resolveDates';
import type { Analyzer } from '../article/analyze';
import type { AnalysisOptions, ArticleAnalysis, QuoteAnnotation, Span } from '../types';
import { Corpus } from './corpus';
import { CorpusNameCounts } from './names';
import type { QuoteMatch } from './quoteMatch';
import { takeSnapshot, type CorpusSnapshot } from './snapshot';

/** Options a caller may pass with a text (the rest comes from the corpus). */
export type ServiceAnalysisOptions = Pick<AnalysisOptions, 'dialect'> & { userWords?: string[] };

/** One mention of an entity, with its line of text for lists. */
export interface MentionSpan extends Span {
  text: string;
  line: string;
}

export type CorpusQuery =
  | { q: 'snapshot'; across: boolean }
  | { q: 'article'; key: string }
  | { q: 'mentions'; canonical: string }
  | { q: 'similarQuotes'; key: string; quote: QuoteAnnotation };

export interface QueryResults {
  snapshot: CorpusSnapshot;
  /** The article's analysis with its dates resolved against its (given or inferred) publication date. */
  article: ArticleAnalysis | null;
  mentions: { id: string; count: number; spans: MentionSpan[] }[];
  similarQuotes: QuoteMatch[];
}

export type QueryResult<Q extends CorpusQuery> = QueryResults[Q['q']];

export class CorpusService {
  readonly corpus = new Corpus();
  private readonly names = new CorpusNameCounts();
  private generation = 0;

  constructor(private readonly analyzer: Analyzer) {}

  /** Analyses a text; with `join`, it enters the corpus as article `key` (replacing its last version). */
  analyze(key: string, text: string, options: ServiceAnalysisOptions = {}, join = true): ArticleAnalysis {
    if (join) this.names.set(key, text);
    const analysis = this.analyzer.analyze(text, { ...options, corpusNames: this.names.counts });
    if (join) this.join(key, text, analysis);
    return analysis;
  }

  /** Adds an article analysed elsewhere (a batch, a benchmark). */
  upsert(key: string, text: string, analysis: ArticleAnalysis): void {
    this.names.set(key, text);
    this.join(key, text, analysis);
  }

  private join(key: string, text: string, analysis: ArticleAnalysis): void {
    this.corpus.upsert({ id: key, text, analysis });
    this.generation++;
  }

  remove(key: string): void {
    this.names.delete(key);
    if (this.corpus.has(key)) this.generation++;
    this.corpus.remove(key);
  }

  query<Q extends CorpusQuery>(query: Q): QueryResult<Q> {
    return this.answer(query) as QueryResult<Q>;
  }

  private answer(query: CorpusQuery): QueryResults[keyof QueryResults] {
    switch (query.q) {
      case 'snapshot':
        return takeSnapshot(this.corpus, this.generation, query.across);
      case 'article': {
        const doc = this.corpus.get(query.key);
        if (!doc) return null;
        const date = this.corpus.publicationDate(query.key);
        return date?.inferred ? { ...doc.analysis, dates: resolveDates(doc.analysis.dates, date.date) } : doc.analysis;
      }
      case 'mentions':
        return this.corpus.entityMentions(query.canonical).map((m) => {
          const text = this.corpus.get(m.id)?.text ?? '';
          return { id: m.id, count: m.count, spans: m.spans.map((s) => ({ ...s, text: text.slice(s.start, s.end), line: lineAround(text, s) })) };
        });
      case 'similarQuotes':
        return this.corpus.similarQuotes(query.key, query.quote);
    }
  }
}

/** The line holding a span, trimmed to at most ~120 characters around it. */
function lineAround(text: string, s: Span): string {
  const from = Math.max(text.lastIndexOf('\n', s.start - 1) + 1, s.start - 60);
  let to = text.indexOf('\n', s.end);
  if (to < 0) to = text.length;
  return text.slice(from, Math.min(to, s.end + 60)).trim();
}
