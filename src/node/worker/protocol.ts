// Messages between the extension host and the analysis worker.
import type { ArticleAnalysis } from '../../core/types';

export interface WorkerAnalysisOptions {
  userWords?: string[];
  dialect?: 'en-GB' | 'en-US' | 'auto';
  assumedPublished?: string | null;
}

export type WorkerRequest =
  | { type: 'analyze'; id: number; key: string; text: string; options: WorkerAnalysisOptions }
  | { type: 'forget'; key: string };

export type WorkerResponse = { id: number; ok: true; analysis: ArticleAnalysis } | { id: number; ok: false; message: string };
