// Carries out one worker call on a CorpusService (in the worker, or in-process as a fallback).
import type { CorpusService } from '../../core/corpus/service';
import type { WorkerCall } from './protocol';

export function handleCall(service: CorpusService, call: WorkerCall): unknown {
  switch (call.type) {
    case 'analyze':
      return service.analyze(call.key, call.text, call.options, call.join ?? true);
    case 'upsert':
      service.upsert(call.key, call.text, call.analysis);
      return null;
    case 'setCorrections':
      return service.setCorrections(call.key, call.corrections);
    case 'query':
      return service.query(call.query);
  }
}
