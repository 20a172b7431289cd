// Analyses of open news documents: debounced, cached per document version, run in the worker.
// A result is only published if the document still has the version it was computed for.
import * as vscode from 'vscode';
import { SupersededError, type AnalysisClient } from '../node/worker/analysisClient';
import { resolveDates } from '../core/article/dates/resolveDates';
import type { ReaderAnnotation } from '../core/annotations/model';
import type { ArticleAnalysis } from '../core/types';
import { readSettings } from './config';

export type DocumentState =
  | { kind: 'ready'; analysis: ArticleAnalysis }
  | { kind: 'analyzing' }
  | { kind: 'tooLarge'; bytes: number; limit: number }
  | { kind: 'error'; message: string };

export interface AnalyzedEvent {
  document: vscode.TextDocument;
  analysis: ArticleAnalysis;
}

export const isNewsDocument = (d: vscode.TextDocument): boolean => d.languageId === 'news';

export class DocumentAnalyses implements vscode.Disposable {
  private readonly results = new Map<
    string,
    { version: number; analysis: ArticleAnalysis; raw: ArticleAnalysis; assumed: string | null }
  >();
  private readonly states = new Map<string, DocumentState>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly inflight = new Map<string, { version: number; promise: Promise<ArticleAnalysis | undefined> }>();
  /** Bumped by reanalyze(): a run started before (with the old corrections) is not kept. */
  private readonly epochs = new Map<string, number>();
  private readonly analyzed = new vscode.EventEmitter<AnalyzedEvent>();
  private readonly stateChanged = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires when a document's analysis for its current version is ready. */
  readonly onDidAnalyze = this.analyzed.event;
  /** Fires when a document's state (analysing, too large, error, ready) changes. */
  readonly onDidChangeState = this.stateChanged.event;

  constructor(
    private readonly client: AnalysisClient,
    private readonly userWords: () => string[],
    private readonly ignoredWords: (doc: vscode.TextDocument) => readonly string[] = () => [],
    /** The publication date the corpus infers for an article without a header (from its story). */
    private readonly inferredDate: (doc: vscode.TextDocument) => string | null = () => null,
  ) {}

  /**
   * Open articles without a date header whose inferred date changed: their relative dates ("on
   * Thursday") are resolved again against it — from the analysis's unresolved dates, no new analysis.
   */
  refreshInferredDates(): void {
    for (const doc of vscode.workspace.textDocuments) {
      const r = this.results.get(doc.uri.toString());
      if (!r || r.version !== doc.version || r.raw.header.published) continue;
      const assumed = this.inferredDate(doc);
      if (assumed === r.assumed) continue;
      r.assumed = assumed;
      r.analysis = withPublished(r.raw, assumed);
      this.setState(doc, { kind: 'ready', analysis: r.analysis });
      this.analyzed.fire({ document: doc, analysis: r.analysis });
    }
  }

  /** The reader's corrections to apply to a document's analysis (set by the reader layer). */
  correctionsFor: (doc: vscode.TextDocument) => ReaderAnnotation[] = () => [];

  /** Analyses the document again now (e.g. its corrections changed). */
  reanalyze(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    this.results.delete(key);
    this.inflight.delete(key);
    this.epochs.set(key, (this.epochs.get(key) ?? 0) + 1);
    this.schedule(doc, 0);
  }

  /** The analysis of the document's current version, if there is one. */
  get(doc: vscode.TextDocument): ArticleAnalysis | undefined {
    const r = this.results.get(doc.uri.toString());
    return r && r.version === doc.version ? r.analysis : undefined;
  }

  state(doc: vscode.TextDocument): DocumentState | undefined {
    return this.states.get(doc.uri.toString());
  }

  /** Analyses after the configured debounce delay (typing), or at once with delay 0. */
  schedule(doc: vscode.TextDocument, delayMs = readSettings(doc).debounceMs): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.analyze(doc);
      }, delayMs),
    );
  }

  /** Analyses the current version (or returns the cached result). Resolves undefined when not analysable or superseded. */
  analyze(doc: vscode.TextDocument): Promise<ArticleAnalysis | undefined> {
    const key = doc.uri.toString();
    const cached = this.get(doc);
    if (cached) return Promise.resolve(cached);
    const running = this.inflight.get(key);
    if (running && running.version === doc.version) return running.promise;
    const promise = this.run(doc);
    this.inflight.set(key, { version: doc.version, promise });
    return promise;
  }

  /** Forgets every result (settings or the word list changed) and re-analyses open news documents. */
  invalidateAll(): void {
    this.results.clear();
    for (const doc of vscode.workspace.textDocuments) if (isNewsDocument(doc)) this.schedule(doc, 0);
  }

  forget(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.results.delete(key);
    this.states.delete(key);
    this.inflight.delete(key);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.analyzed.dispose();
    this.stateChanged.dispose();
  }

  private setState(doc: vscode.TextDocument, s: DocumentState): void {
    this.states.set(doc.uri.toString(), s);
    this.stateChanged.fire(doc);
  }

  private async run(doc: vscode.TextDocument): Promise<ArticleAnalysis | undefined> {
    const key = doc.uri.toString();
    const version = doc.version;
    const epoch = this.epochs.get(key) ?? 0;
    const settings = readSettings(doc);
    const text = doc.getText();
    // The limit is in bytes on disk (UTF-8), as the status bar reports it.
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > settings.maxFileBytes) {
      this.setState(doc, { kind: 'tooLarge', bytes, limit: settings.maxFileBytes });
      return undefined;
    }
    this.setState(doc, { kind: 'analyzing' });
    try {
      const userWords = [...this.userWords(), ...settings.extraWords, ...this.ignoredWords(doc)];
      const raw = await this.client.analyze(key, text, { userWords, dialect: settings.dialect, corrections: this.correctionsFor(doc) });
      // Stale: a newer version (or a re-analysis with other corrections) is on its way.
      if (doc.isClosed || doc.version !== version || (this.epochs.get(key) ?? 0) !== epoch) return undefined;
      const assumed = raw.header.published ? null : this.inferredDate(doc);
      const analysis = withPublished(raw, assumed);
      this.results.set(key, { version, analysis, raw, assumed });
      this.setState(doc, { kind: 'ready', analysis });
      this.analyzed.fire({ document: doc, analysis });
      return analysis;
    } catch (e) {
      if (e instanceof SupersededError) return undefined;
      this.setState(doc, { kind: 'error', message: (e as Error).message });
      return undefined;
    } finally {
      const cur = this.inflight.get(key);
      if (cur && cur.version === version && (this.epochs.get(key) ?? 0) === epoch) this.inflight.delete(key);
    }
  }
}

/** The analysis with its dates resolved against the date an undated article's story gives it. */
function withPublished(raw: ArticleAnalysis, assumed: string | null): ArticleAnalysis {
  return assumed && !raw.header.published ? { ...raw, dates: resolveDates(raw.dates, assumed) } : raw;
}
