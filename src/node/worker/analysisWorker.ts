// Worker thread that runs the analysis off the extension host's event loop. It owns the models
// (loaded once) and the corpus-wide name counts that typo detection needs.
import { parentPort } from 'node:worker_threads';
import { createAnalyzer } from '../../core/article/analyze';
import { CorpusNameCounts } from '../../core/corpus/names';
import { loadResources } from '../resources';
import type { WorkerRequest, WorkerResponse } from './protocol';

const analyzer = createAnalyzer(loadResources());
const corpusNames = new CorpusNameCounts();

parentPort?.on('message', (req: WorkerRequest) => {
  if (req.type === 'forget') {
    corpusNames.delete(req.key);
    return;
  }
  let res: WorkerResponse;
  try {
    corpusNames.set(req.key, req.text);
    const analysis = analyzer.analyze(req.text, { ...req.options, corpusNames: corpusNames.counts });
    res = { id: req.id, ok: true, analysis };
  } catch (e) {
    res = { id: req.id, ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  parentPort?.postMessage(res);
});
