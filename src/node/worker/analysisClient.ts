// Runs analyses in a worker thread, one at a time, newest request per document first.
// No `vscode` import: the same client serves tests and benchmarks.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Analyzer } from '../../core/article/analyze';
import { CorpusNameCounts } from '../../core/corpus/names';
import type { ArticleAnalysis } from '../../core/types';
import type { WorkerAnalysisOptions, WorkerRequest, WorkerResponse } from './protocol';

export class SupersededError extends Error {
  constructor() {
    super('superseded by a newer request for the same document');
  }
}

interface Pending {
  id: number;
  key: string;
  text: string;
  options: WorkerAnalysisOptions;
  priority: 'high' | 'low';
  resolve(a: ArticleAnalysis): void;
  reject(e: Error): void;
}

export class AnalysisClient {
  private worker: Worker | undefined;
  private inProcess: Analyzer | undefined;
  private readonly inProcessNames = new CorpusNameCounts();
  private workerFailed = false;
  private readonly queue: Pending[] = [];
  private running: Pending | undefined;
  private nextId = 1;
  private disposed = false;

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
   * Analyses `text` as document `key`. A queued request for the same key is superseded.
   * 'high' (documents in editors) goes before every queued 'low' (workspace files read for the corpus).
   */
  analyze(key: string, text: string, options: WorkerAnalysisOptions = {}, priority: 'high' | 'low' = 'high'): Promise<ArticleAnalysis> {
    if (this.disposed) return Promise.reject(new Error('analysis client disposed'));
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (this.queue[i].key === key) this.queue.splice(i, 1)[0].reject(new SupersededError());
    }
    return new Promise((resolve, reject) => {
      const job = { id: this.nextId++, key, text, options, priority, resolve, reject };
      const firstLow = priority === 'high' ? this.queue.findIndex((j) => j.priority === 'low') : -1;
      if (firstLow >= 0) this.queue.splice(firstLow, 0, job);
      else this.queue.push(job);
      this.pump();
    });
  }

  /** Drops a document's contribution to corpus-wide name counts. */
  forget(key: string): void {
    this.ensureWorker()?.postMessage({ type: 'forget', key } satisfies WorkerRequest);
    this.inProcessNames.delete(key);
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

  private pump(): void {
    if (this.running || !this.queue.length) return;
    const job = (this.running = this.queue.shift()!);
    const worker = this.ensureWorker();
    if (worker) {
      worker.ref(); // keep the process alive while a job is out; unref'd again when idle
      worker.postMessage({ type: 'analyze', id: job.id, key: job.key, text: job.text, options: job.options } satisfies WorkerRequest);
      return;
    }
    // In-process fallback: yield first so callers never block synchronously on a request.
    setImmediate(() => {
      try {
        this.finish(job.id, { id: job.id, ok: true, analysis: this.analyzeInProcess(job) });
      } catch (e) {
        this.finish(job.id, { id: job.id, ok: false, message: (e as Error).message });
      }
    });
  }

  private finish(id: number, res: WorkerResponse): void {
    const job = this.running;
    if (!job || job.id !== id) return;
    this.running = undefined;
    if (res.ok) job.resolve(res.analysis);
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
    } catch {
      this.workerFailed = true;
    }
    return this.worker;
  }

  /** A crashed worker fails the running job; the next job starts a fresh worker. */
  private onWorkerDeath(e: Error): void {
    this.worker = undefined;
    const job = this.running;
    if (job) this.finish(job.id, { id: job.id, ok: false, message: e.message });
  }

  private analyzeInProcess(job: Pending): ArticleAnalysis {
    if (!this.makeAnalyzer) throw new Error('the analysis worker could not start');
    this.inProcess ??= this.makeAnalyzer();
    this.inProcessNames.set(job.key, job.text);
    return this.inProcess.analyze(job.text, { ...job.options, corpusNames: this.inProcessNames.counts });
  }
}
