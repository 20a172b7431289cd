// Talks to the analysis worker: analyses and corpus queries run there one at a time, newest request
// per key first. No `vscode` import: the same client serves tests and benchmarks.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Analyzer } from '../../core/article/analyze';
import { CorpusService, type CorpusQuery, type QueryResult } from '../../core/corpus/service';
import type { ReaderAnnotation } from '../../core/annotations/model';
import type { ArticleAnalysis } from '../../core/types';
import { ChunkAssembler } from './chunks';
import { handleCall } from './handleCall';
import type { WorkerAnalysisOptions, WorkerCall, WorkerRequest, WorkerResponse } from './protocol';

export class SupersededError extends Error {
  constructor() {
    super('superseded by a newer request for the same document');
  }
}

export type Priority = 'high' | 'low';

interface Pending {
  id: number;
  call: WorkerCall;
  /** Queued calls with the same key are superseded by a newer one (null: never). */
  supersedeKey: string | null;
  priority: Priority;
  resolve(v: unknown): void;
  reject(e: Error): void;
}

export class AnalysisClient {
  private worker: Worker | undefined;
  private inProcess: CorpusService | undefined;
  private workerFailed = false;
  private readonly queue: Pending[] = [];
  private running: Pending | undefined;
  private nextId = 1;
  private disposed = false;
  private crashed = false;
  /** Called when a worker starts after one died: its corpus is empty again and must be refilled. */
  onDidRestart: (() => void) | undefined;

  /**
   * `workerFile` is the bundled worker script. Without it, or if it cannot start, analysis runs
   * in-process with the analyzer `makeAnalyzer` makes — if given: the extension passes none, so its
   * bundle stays small and loads fast (the models are only ever loaded in the worker).
   */
  constructor(
    private readonly workerFile: string | null = path.join(__dirname, 'analysisWorker.js'),
    private readonly makeAnalyzer?: () => Analyzer,
  ) {}

  /**
   * Analyses `text` as document `key`; it joins the worker's corpus (unless `join` is false).
   * A queued request for the same key is superseded. 'high' (documents in editors) goes before every
   * queued 'low' (workspace files read for the corpus).
   */
  analyze(
    key: string,
    text: string,
    options: WorkerAnalysisOptions = {},
    priority: Priority = 'high',
    join = true,
  ): Promise<ArticleAnalysis> {
    return this.enqueue({ type: 'analyze', key, text, options, join }, `analyze:${key}`, priority) as Promise<ArticleAnalysis>;
  }

  /** Adds an article analysed elsewhere to the worker's corpus. */
  upsert(key: string, text: string, analysis: ArticleAnalysis): Promise<void> {
    return this.enqueue({ type: 'upsert', key, text, analysis }, `analyze:${key}`, 'low') as Promise<void>;
  }

  /** Replaces an article's corrections in the worker's corpus; resolves its corrected analysis. */
  setCorrections(key: string, corrections: ReaderAnnotation[]): Promise<ArticleAnalysis | null> {
    return this.enqueue({ type: 'setCorrections', key, corrections }, `corrections:${key}`, 'high') as Promise<ArticleAnalysis | null>;
  }

  /**
   * Asks the worker's corpus. A queued query with the same `supersede` key is superseded (e.g. an
   * older snapshot request).
   */
  query<Q extends CorpusQuery>(query: Q, priority: Priority = 'high', supersede: string | null = null): Promise<QueryResult<Q>> {
    return this.enqueue({ type: 'query', key: supersede ?? '', query }, supersede && `query:${supersede}`, priority) as Promise<
      QueryResult<Q>
    >;
  }

  /** Removes a document from the worker's corpus (and its name counts). */
  forget(key: string): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (this.queue[i].supersedeKey === `analyze:${key}`) this.queue.splice(i, 1)[0].reject(new SupersededError());
    }
    const w = this.ensureWorker();
    if (w) w.postMessage({ type: 'remove', key } satisfies WorkerRequest);
    else this.inProcess?.remove(key);
  }

  get pendingCount(): number {
    return this.queue.length + (this.running ? 1 : 0);
  }

  dispose(): void {
    this.disposed = true;
    for (const p of this.queue.splice(0)) p.reject(new Error('analysis client disposed'));
    this.running?.reject(new Error('analysis client disposed'));
    this.running = undefined;
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private enqueue(call: WorkerCall, supersedeKey: string | null, priority: Priority): Promise<unknown> {
    if (this.disposed) return Promise.reject(new Error('analysis client disposed'));
    if (supersedeKey) {
      for (let i = this.queue.length - 1; i >= 0; i--) {
        if (this.queue[i].supersedeKey === supersedeKey) this.queue.splice(i, 1)[0].reject(new SupersededError());
      }
    }
    return new Promise((resolve, reject) => {
      const job: Pending = { id: this.nextId++, call, supersedeKey, priority, resolve, reject };
      const firstLow = priority === 'high' ? this.queue.findIndex((j) => j.priority === 'low') : -1;
      if (firstLow >= 0) this.queue.splice(firstLow, 0, job);
      else this.queue.push(job);
      this.pump();
    });
  }

  private pump(): void {
    if (this.running || !this.queue.length) return;
    const job = (this.running = this.queue.shift()!);
    const worker = this.ensureWorker();
    if (worker) {
      worker.ref(); // keep the process alive while a job is out; unref'd again when idle
      worker.postMessage({ ...job.call, id: job.id } satisfies WorkerRequest);
      return;
    }
    // In-process fallback: yield first so callers never block synchronously on a request.
    setImmediate(() => {
      try {
        this.finish(job.id, { id: job.id, ok: true, value: handleCall(this.inProcessService(), job.call) });
      } catch (e) {
        this.finish(job.id, { id: job.id, ok: false, message: (e as Error).message });
      }
    });
  }

  private readonly chunks = new ChunkAssembler();

  private finish(id: number, res: WorkerResponse): void {
    const job = this.running;
    if (!job || job.id !== id) return;
    if (res.ok && 'chunk' in res) {
      this.chunks.add(res.chunk);
      return;
    }
    this.running = undefined;
    if (res.ok) job.resolve(this.chunks.finish(res.value));
    else job.reject(new Error(res.message));
    this.pump();
    if (!this.running) this.worker?.unref();
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker || !this.workerFile || this.workerFailed) return this.worker;
    try {
      const w = new Worker(this.workerFile);
      w.on('message', (res: WorkerResponse) => this.finish(res.id, res));
      w.on('error', (e) => this.onWorkerDeath(e));
      w.on('exit', (code) => code !== 0 && !this.disposed && this.onWorkerDeath(new Error(`analysis worker exited with code ${code}`)));
      w.unref();
      this.worker = w;
      if (this.crashed) {
        this.crashed = false;
        setImmediate(() => this.onDidRestart?.());
      }
    } catch {
      this.workerFailed = true;
    }
    return this.worker;
  }

  /** A crashed worker fails the running job; the next job starts a fresh worker (with an empty corpus). */
  private onWorkerDeath(e: Error): void {
    this.worker = undefined;
    this.crashed = true;
    const job = this.running;
    if (job) this.finish(job.id, { id: job.id, ok: false, message: e.message });
  }

  private inProcessService(): CorpusService {
    if (!this.makeAnalyzer) throw new Error('the analysis worker could not start');
    return (this.inProcess ??= new CorpusService(this.makeAnalyzer()));
  }
}
