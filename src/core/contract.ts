// The CLI's JSON contract (version 1). Keep it stable: outside tools score against it.
import type { Annotation, ArticleAnalysis } from './types';

export interface JsonArticle {
  path: string;
  published: string | null;
  /** Optional (added within v1): for an article without a date header, the date its story gives it. */
  publishedInferred?: string | null;
  annotations: JsonAnnotation[];
}

export type JsonAnnotation =
  | { kind: 'entity'; type: string; start: number; end: number; text: string; canonical: string; corrected?: true }
  | { kind: 'date'; start: number; end: number; text: string; value: string | null; corrected?: true }
  | { kind: 'quote'; start: number; end: number; text: string; speaker: string | null; corrected?: true }
  | { kind: 'typo'; start: number; end: number; text: string; suggestions: string[] }
  | { kind: 'boilerplate'; start: number; end: number };

export interface JsonStory {
  id: string;
  label: string;
  articles: string[];
  duplicates: [string, string][];
}

export interface JsonOutput {
  version: 1;
  articles: JsonArticle[];
  stories: JsonStory[];
  errors: { path: string; message: string }[];
}

/** All annotations of an analysis, in document order, in the contract's shape. */
export function toJsonAnnotations(a: ArticleAnalysis): JsonAnnotation[] {
  const all: Annotation[] = [...a.boilerplate, ...a.quotes, ...a.entities, ...a.dates, ...a.typos];
  all.sort((x, y) => x.start - y.start || y.end - x.end);
  return all.map(toJsonAnnotation);
}

export function toJsonAnnotation(a: Annotation): JsonAnnotation {
  switch (a.kind) {
    case 'entity':
      return mark({ kind: 'entity', type: a.type, start: a.start, end: a.end, text: a.text, canonical: a.canonical }, a.corrected);
    case 'date':
      return mark({ kind: 'date', start: a.start, end: a.end, text: a.text, value: a.value }, a.corrected);
    case 'quote':
      return mark({ kind: 'quote', start: a.start, end: a.end, text: a.text, speaker: a.speaker }, a.corrected);
    case 'typo':
      return { kind: 'typo', start: a.start, end: a.end, text: a.text, suggestions: a.suggestions };
    case 'boilerplate':
      return { kind: 'boilerplate', start: a.start, end: a.end };
  }
}

/** Optional within v1: `"corrected": true` on an annotation a reader's correction changed or added. */
function mark<T extends JsonAnnotation>(j: T, corrected: boolean | undefined): T {
  return corrected ? { ...j, corrected: true } : j;
}

/** `publishedInferred`: the corpus's date for an undated article (its dateline, else its story's); alone, its dateline. */
export function toJsonArticle(path: string, a: ArticleAnalysis, publishedInferred: string | null = a.header.dateline ?? null): JsonArticle {
  const out: JsonArticle = { path, published: a.header.published, annotations: toJsonAnnotations(a) };
  if (!a.header.published) out.publishedInferred = publishedInferred;
  return out;
}
