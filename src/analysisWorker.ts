// Worker thread that runs the analysis off the extension host's event loop. It owns the models
// (loaded once) and the corpus-wide name counts that typo detection needs.
import { parentPort } from 'node:worker_threads';
import { createAnalyzer } from './core/analyze';
import { countNames } from './core/names';
import { loadResources } from './resources';
import type { WorkerRequest, WorkerResponse } from './workerProtocol';

const analyzer = createAnalyzer(loadResources());
const corpusNames = new Map<string, number>();
const namesByKey = new Map<string, Map<string, number>>();

/** Replaces one document's contribution to the corpus name counts. */
function updateNames(key: string, text: string | null): void {
  const old = namesByKey.get(key);
  if (old) for (const [w, n] of old) {
    const left = (corpusNames.get(w) ?? 0) - n;
    if (left > 0) corpusNames.set(w, left);
    else corpusNames.delete(w);
  }
  namesByKey.delete(key);
  if (text === null) return;
  const mine = countNames(text);
  namesByKey.set(key, mine);
  for (const [w, n] of mine) corpusNames.set(w, (corpusNames.get(w) ?? 0) + n);
}

parentPort?.on('message', (req: WorkerRequest) => {
  if (req.type === 'forget') {
    updateNames(req.key, null);
    return;
  }
  let res: WorkerResponse;
  try {
    updateNames(req.key, req.text);
    const analysis = analyzer.analyze(req.text, { ...req.options, corpusNames });
    res = { id: req.id, ok: true, analysis };
  } catch (e) {
    res = { id: req.id, ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  parentPort?.postMessage(res);
});
