// Data types shared by the whole core, the CLI and the editor layer. Declared once, here.
import type { DateBasis } from './article/dates/spec';

// Offsets are JavaScript string (UTF-16) indices into the article text (BOM removed), end exclusive.

export interface Span {
  start: number;
  end: number;
}

export type EntityType = 'person' | 'place' | 'organization';

export interface EntityAnnotation extends Span {
  kind: 'entity';
  type: EntityType;
  text: string;
  /** The fullest name this article uses for the same referent ("Sir Keir" -> "Keir Starmer"). */
  canonical: string;
  /** Set when a reader's correction changed or added it. */
  corrected?: boolean;
}

export interface DateAnnotation extends Span {
  kind: 'date';
  text: string;
  /** Calendar value: YYYY-MM-DD, YYYY-MM or YYYY; null when it cannot be resolved. */
  value: string | null;
  /** True when the value was computed relative to the publication date ("on Thursday"). */
  relative?: boolean;
  /** The unresolved meaning, to resolve again against another date (`resolveDates`). Not in the JSON contract. */
  basis?: DateBasis;
  /** Set when a reader's correction changed its value. */
  corrected?: boolean;
}

export interface QuoteAnnotation extends Span {
  kind: 'quote';
  /** The quoted words, without the quote marks. */
  text: string;
  /** Canonical speaker name when known. */
  speaker: string | null;
  /** Where the speaker is mentioned (the attribution cue's subject), when found in the text. */
  speakerSpan?: Span;
  /** Set when a reader's correction changed its speaker. */
  corrected?: boolean;
}

export interface TypoAnnotation extends Span {
  kind: 'typo';
  text: string;
  suggestions: string[];
}

export interface BoilerplateAnnotation extends Span {
  kind: 'boilerplate';
  /** Why it was recognised: 'banner', 'caption', 'credit', 'stray', 'repeated'. */
  reason?: string;
}

export type Annotation = EntityAnnotation | DateAnnotation | QuoteAnnotation | TypoAnnotation | BoilerplateAnnotation;

export type AnnotationKind = Annotation['kind'];

/** What the `date YYYY-MM-DD` header and the first lines tell about the article. */
export interface ArticleHeader {
  /** Publication date from the header, YYYY-MM-DD, or null. */
  published: string | null;
  /** The header line's span (to dim it and keep it out of the analysis), if any. */
  span: Span | null;
  /**
   * Without a header date: the date of the outlet's own dateline near the top ("Published: 13 June 2025"),
   * YYYY-MM-DD, or null. It anchors the article's relative dates and is its inferred publication date;
   * stories split on header dates only.
   */
  dateline?: string | null;
  /** A short title: the first sentence of the body. */
  title: string;
  /** Outlet name when the text names it ("The Independent"), else null. */
  outlet: string | null;
}

export interface ArticleAnalysis {
  header: ArticleHeader;
  boilerplate: BoilerplateAnnotation[];
  quotes: QuoteAnnotation[];
  entities: EntityAnnotation[];
  dates: DateAnnotation[];
  typos: TypoAnnotation[];
  /** Length of the analysed text, to check offsets against. */
  length: number;
  /** Set when the analysis was cut short (e.g. a stage failed); the other kinds are still valid. */
  warnings: string[];
}

/** Options that change the analysis; everything has a default. */
export interface AnalysisOptions {
  /** Words the user accepts (workspace word list plus settings). */
  userWords?: Iterable<string>;
  /** Spelling dialect: 'en-GB', 'en-US' or 'auto' (from the text). */
  dialect?: 'en-GB' | 'en-US' | 'auto';
  /** Names (and their counts) frequent in the workspace corpus: typo detection uses them. */
  corpusNames?: ReadonlyMap<string, number>;
  /**
   * Publication date to resolve relative dates against when the text has no date header
   * (e.g. the date its story suggests). The header always wins.
   */
  assumedPublished?: string | null;
  /** Stages to run; all when omitted. */
  stages?: ReadonlySet<Stage>;
  /** When given, filled with the milliseconds each stage took (benchmarks). */
  timings?: Partial<Record<Stage | 'total', number>>;
}

export type Stage = 'boilerplate' | 'quotes' | 'entities' | 'dates' | 'typos';

/** One article as the corpus sees it. `id` is a path or URI string chosen by the caller. */
export interface CorpusDocument {
  id: string;
  text: string;
  analysis: ArticleAnalysis;
}

/** A group of articles about the same event. */
export interface Story {
  id: string;
  /** Short title taken from the articles. */
  label: string;
  /** Earliest publication date (given or inferred) of its articles, or null. */
  date: string | null;
  /** Article ids, ordered by date then id. */
  articles: string[];
  /** Pairs [copy, original]: the first is (mostly) contained in the second. */
  duplicates: [string, string][];
}
