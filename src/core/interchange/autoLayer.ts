// The export's automatic layer, made the way `analyze` makes it: every article through one
// CorpusService, so the reader's corrections are anchored by anchorAll, a name-wide correction in
// one article holds in all of them, and an undated article's relative dates are resolved against
// its story's date. The export and `analyze --json` then agree on every automatic annotation.
import type { ReaderAnnotation } from '../annotations/model';
import type { Analyzer } from '../article/analyze';
import { CorpusService } from '../corpus/service';
import type { ArticleAnalysis, Stage } from '../types';

export interface AutoLayerInput {
  key: string;
  text: string;
  /** The article's stored annotations (those with a correction are applied). */
  annotations: readonly ReaderAnnotation[];
}

/** Corrected analyses by key; an article whose analysis throws is reported and left out. */
export function correctedAnalyses(
  analyzer: Analyzer,
  inputs: readonly AutoLayerInput[],
  options: { stages?: ReadonlySet<Stage>; onError?: (key: string, message: string) => void; onProgress?: (done: number) => void } = {},
): Map<string, ArticleAnalysis> {
  const service = new CorpusService(analyzer);
  // Every article sees the whole batch's names, as in `analyze` (they only tell typos apart).
  if (!options.stages || options.stages.has('typos')) for (const a of inputs) service.countNames(a.key, a.text);
  const done: string[] = [];
  service.batch(() => {
    for (const a of inputs) {
      try {
        service.analyze(a.key, a.text, { stages: options.stages, corrections: a.annotations.filter((x) => x.correction) });
        done.push(a.key);
      } catch (e) {
        options.onError?.(a.key, (e as Error).message);
      }
      options.onProgress?.(done.length);
    }
  });
  // Asked after all have joined: name-wide rules and story dates are only known then.
  const out = new Map<string, ArticleAnalysis>();
  for (const key of done) {
    const analysis = service.query({ q: 'article', key });
    if (analysis) out.set(key, analysis);
  }
  return out;
}
