// Worker thread that runs the analysis off the extension host's event loop. It owns the models
// (loaded once) and the corpus (name counts, stories, inferred dates): the one home of corpus state.
import { parentPort } from 'node:worker_threads';
import { createAnalyzer } from '../../core/article/analyze';
import { CorpusService } from '../../core/corpus/service';
import { loadResources } from '../resources';
import { splitValue } from './chunks';
import { handleCall } from './handleCall';
import type { WorkerRequest, WorkerResponse } from './protocol';

const service = new CorpusService(createAnalyzer(loadResources()));

parentPort?.on('message', (req: WorkerRequest) => {
  if (req.type === 'remove') {
    service.remove(req.key);
    return;
  }
  let res: WorkerResponse;
  try {
    const { chunks, rest } = splitValue(handleCall(service, req));
    for (const chunk of chunks) parentPort?.postMessage({ id: req.id, ok: true, chunk } satisfies WorkerResponse);
    res = { id: req.id, ok: true, value: rest };
  } catch (e) {
    res = { id: req.id, ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  parentPort?.postMessage(res);
});
