// The corpus where the analyses live: one object owns the models' analyzer, the corpus-wide name
// counts (typo detection) and the Corpus (stories, inferred dates, cross-references). The analysis
// worker runs one; so does the in-process fallback. Views receive snapshots and answers, never the
// Corpus itself.
import { anchorAll } from '../annotations/anchor';
import { applyCorrections, nameRules, type NameRule, type PlacedCorrection } from '../annotations/corrections';
import type { ReaderAnnotation } from '../annotations/model';
import { resolveDates } from '../article/dates/resolveDates';
import type { Analyzer } from '../article/analyze';
import type { AnalysisOptions, ArticleAnalysis, QuoteAnnotation, Span } from '../types';
import { Corpus } from './corpus';
import { CorpusNameCounts } from './names';
import type { QuoteMatch } from './quoteMatch';
import { takeSnapshot, type CorpusSnapshot } from './snapshot';

/** Options a caller may pass with a text (the rest comes from the corpus). */
export type ServiceAnalysisOptions = Pick<AnalysisOptions, 'dialect' | 'stages'> & {
  userWords?: string[];
  /**
   * The reader's corrections of this article (annotations with a `correction`), anchored here
   * against the text. Omitted: the article keeps the corrections it had.
   */
  corrections?: ReaderAnnotation[];
};

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

/** One article as analysed, before the reader's corrections. */
interface Raw {
  text: string;
  analysis: ArticleAnalysis;
  corrections: ReaderAnnotation[];
  placed: PlacedCorrection[];
}

export class CorpusService {
  readonly corpus = new Corpus();
  private readonly names = new CorpusNameCounts();
  private readonly raws = new Map<string, Raw>();
  /** Name-wide entity corrections by the article that holds them: they apply to every article. */
  private readonly rules = new Map<string, NameRule[]>();
  private ruleList: NameRule[] | undefined;
  private generation = 0;
  /** Inside batch(): name-wide rules changed, every article is corrected once at the end. */
  private batching = false;
  private reapplyPending = false;

  constructor(private readonly analyzer: Analyzer) {}

  /**
   * Runs `fn` (many analyze/upsert calls) and corrects every article once afterwards instead of
   * after each change of the name-wide rules: a batch where every article holds a name-wide
   * correction is then linear, not quadratic. The answers after the batch are the same.
   */
  batch<T>(fn: () => T): T {
    if (this.batching) return fn();
    this.batching = true;
    try {
      return fn();
    } finally {
      this.batching = false;
      if (this.reapplyPending) {
        this.reapplyPending = false;
        this.reapplyAll();
      }
    }
  }

  /**
   * Analyses a text and applies the reader's corrections; with `join`, it enters the corpus as
   * article `key` (replacing its last version). Returns the corrected analysis.
   */
  analyze(key: string, text: string, options: ServiceAnalysisOptions = {}, join = true): ArticleAnalysis {
    const { corrections, ...rest } = options;
    if (join) this.names.set(key, text);
    const analysis = this.analyzer.analyze(text, { ...rest, corpusNames: this.names.counts });
    const list = corrections ?? this.raws.get(key)?.corrections ?? [];
    if (!join) return applyCorrections(text, analysis, place(text, list), [...this.allRules(), ...nameRules(analysis, place(text, list))]);
    return this.join(key, text, analysis, list);
  }

  /** Counts an article's names before it is analysed (a batch: every article sees the whole batch's names). */
  countNames(key: string, text: string): void {
    this.names.set(key, text);
  }

  /** Adds an article analysed elsewhere (a batch, a benchmark). */
  upsert(key: string, text: string, analysis: ArticleAnalysis, corrections?: ReaderAnnotation[]): void {
    this.names.set(key, text);
    this.join(key, text, analysis, corrections ?? this.raws.get(key)?.corrections ?? []);
  }

  /** Replaces an article's corrections (no new analysis). Returns its corrected analysis, or null if unknown. */
  setCorrections(key: string, corrections: ReaderAnnotation[]): ArticleAnalysis | null {
    const raw = this.raws.get(key);
    return raw ? this.join(key, raw.text, raw.analysis, corrections) : null;
  }

  remove(key: string): void {
    this.names.delete(key);
    this.raws.delete(key);
    if (this.corpus.has(key)) this.generation++;
    this.corpus.remove(key);
    if (this.rules.delete(key)) {
      this.ruleList = undefined;
      this.reapplyAll();
    }
  }

  private join(key: string, text: string, analysis: ArticleAnalysis, corrections: ReaderAnnotation[]): ArticleAnalysis {
    const placed = place(text, corrections);
    this.raws.set(key, { text, analysis, corrections, placed });
    const mine = nameRules(analysis, placed);
    const before = JSON.stringify(this.rules.get(key) ?? []);
    if (mine.length) this.rules.set(key, mine);
    else this.rules.delete(key);
    if (mine.length || before !== '[]') this.ruleList = undefined;
    const corrected = this.correct(key);
    if (JSON.stringify(mine) !== before) {
      if (this.batching) this.reapplyPending = true;
      else this.reapplyAll(key);
    }
    return corrected;
  }

  /** Applies the article's own corrections and every name-wide rule; updates the corpus. */
  private correct(key: string): ArticleAnalysis {
    const raw = this.raws.get(key)!;
    const rules = this.allRules();
    const analysis = raw.placed.length || rules.length ? applyCorrections(raw.text, raw.analysis, raw.placed, rules) : raw.analysis;
    this.corpus.upsert({ id: key, text: raw.text, analysis });
    this.generation++;
    return analysis;
  }

  /** Name-wide rules changed: every other article is corrected again (cheap: no analysis runs). */
  private reapplyAll(except?: string): void {
    for (const key of this.raws.keys()) if (key !== except) this.correct(key);
  }

  /** Every name-wide rule (kept until the rules change: a batch asks for them once per article). */
  private allRules(): NameRule[] {
    return (this.ruleList ??= [...this.rules.values()].flat());
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

/** The corrections among the annotations, anchored in the text; those that cannot be placed are left out. */
function place(text: string, annotations: readonly ReaderAnnotation[]): PlacedCorrection[] {
  // In the order they were made: a later correction of the same mark overrides an earlier one.
  const withFix = annotations.filter((a) => a.correction).sort((a, b) => (a.modified < b.modified ? -1 : a.modified > b.modified ? 1 : 0));
  if (!withFix.length) return [];
  const found = anchorAll(text, withFix.map((a) => a.target));
  const out: PlacedCorrection[] = [];
  withFix.forEach((a, i) => {
    const r = found[i];
    if (r.status === 'anchored') out.push({ start: r.start, end: r.end, exact: text.slice(r.start, r.end), correction: a.correction!, scope: a.scope });
  });
  return out;
}
