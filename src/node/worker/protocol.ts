// Messages between the extension host (or any Node caller) and the analysis worker. The worker runs
// a CorpusService; each request names one of its calls.
import type { ReaderAnnotation } from '../../core/annotations/model';
import type { CorpusQuery, ServiceAnalysisOptions } from '../../core/corpus/service';
import type { ArticleAnalysis } from '../../core/types';

export type WorkerAnalysisOptions = ServiceAnalysisOptions;

export type WorkerCall =
  /** Analyse; with `join` (the default) the article enters the corpus under `key`. */
  | { type: 'analyze'; key: string; text: string; options: WorkerAnalysisOptions; join?: boolean }
  | { type: 'upsert'; key: string; text: string; analysis: ArticleAnalysis }
  /** Replaces an article's corrections; answers its corrected analysis (null when unknown). */
  | { type: 'setCorrections'; key: string; corrections: ReaderAnnotation[] }
  | { type: 'query'; key: string; query: CorpusQuery };

export type WorkerRequest = (WorkerCall & { id: number }) | { type: 'remove'; key: string };

export type WorkerResponse =
  | { id: number; ok: true; value: unknown }
  /** Part of a large value sent ahead of it: `items` are appended to the array at `path` of the value. */
  | { id: number; ok: true; chunk: { path: string; items: unknown[] } }
  | { id: number; ok: false; message: string };
