// Keeps the core Corpus in step with the workspace: news files on disk (scanned once, then
// watched) and open documents (unsaved edits count). Views listen to one debounced change event.
import * as vscode from 'vscode';
import { SupersededError, type AnalysisClient } from '../node/worker/analysisClient';
import { Corpus } from '../core/corpus/corpus';
import { decodeArticle } from '../core/text/decode';
import type { ArticleAnalysis } from '../core/types';
import { readSettings } from './config';
import { isNewsDocument } from './documentAnalyses';
import { findNewsFiles, newsFilePatterns } from './newsFiles';

/** How far a scan got: `total` files found, `done` read; `end` once it finished or was cancelled. */
export interface ScanProgress {
  done: number;
  total: number;
  end?: 'finished' | 'cancelled';
}

export class WorkspaceCorpus implements vscode.Disposable {
  readonly corpus = new Corpus();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires (debounced) after articles were added, changed or removed. */
  readonly onDidChange = this.changed.event;
  private readonly scanned = new vscode.EventEmitter<void>();
  /** Fires when a scan has read the workspace (corpus-wide name counts in the worker are complete). */
  readonly onDidScan = this.scanned.event;
  private readonly disposables: vscode.Disposable[] = [this.changed, this.scanned];
  private changeTimer: NodeJS.Timeout | undefined;
  private scanning: Promise<void> | undefined;
  private watchers: vscode.FileSystemWatcher[] = [];
  /** Files that could not be read as articles, with the reason (shown in the tree's tooltip). */
  readonly skipped = new Map<string, string>();
  private readonly progressed = new vscode.EventEmitter<ScanProgress>();
  /** Fires as a scan finds and reads files (for the progress notification and the view message). */
  readonly onDidProgress = this.progressed.event;
  private readonly failed = new vscode.EventEmitter<{ id: string; message: string }>();
  /** Fires for every file that could not be read or analysed, with the reason (for the log). */
  readonly onDidFail = this.failed.event;
  private cancel: vscode.CancellationTokenSource | undefined;

  constructor(
    private readonly client: AnalysisClient,
    private readonly userWords: () => string[],
  ) {}

  /** Scans the workspace once (again after `rescan`). Safe to call often. */
  ensureScanned(): Promise<void> {
    return (this.scanning ??= this.scan());
  }

  rescan(): Promise<void> {
    this.cancelScan();
    this.scanning = undefined;
    return this.ensureScanned();
  }

  /** Stops the running scan after the files being read; what was read stays in the corpus. */
  cancelScan(): void {
    this.cancel?.cancel();
  }

  /** An open document's analysis replaces what was read from disk. */
  updateFromDocument(doc: vscode.TextDocument, analysis: ArticleAnalysis): void {
    this.corpus.upsert({ id: doc.uri.toString(), text: doc.getText(), analysis });
    this.fireChanged();
  }

  dispose(): void {
    clearTimeout(this.changeTimer);
    for (const w of this.watchers) w.dispose();
    for (const d of this.disposables) d.dispose();
    this.cancelScan();
    this.progressed.dispose();
    this.failed.dispose();
  }

  private fireChanged(): void {
    clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => this.changed.fire(), 200);
  }

  private async scan(): Promise<void> {
    const cancel = (this.cancel = new vscode.CancellationTokenSource());
    const token = cancel.token;
    this.watch(newsFilePatterns());
    const settings = readSettings();
    let uris: vscode.Uri[] = [];
    try {
      uris = await findNewsFiles(settings.maxCorpusFiles, token);
    } catch (e) {
      // Reported (log and message), not thrown: callers start scans in the background.
      this.failed.fire({ id: '', message: `could not list the workspace's news files: ${(e as Error).message}` });
      this.progressed.fire({ done: 0, total: 0, end: 'finished' });
      return;
    }
    const seen = new Set(uris.map((u) => u.toString()));
    for (const id of this.corpus.ids()) if (!seen.has(id)) this.corpus.remove(id);
    for (const id of [...this.skipped.keys()]) if (!seen.has(id)) this.skipped.delete(id);
    // A few files at a time: the worker is the bottleneck, and the queue should not hold a whole archive.
    const ids = [...seen];
    const total = ids.length;
    let done = 0;
    this.progressed.fire({ done, total });
    const next = async (): Promise<void> => {
      for (let id = ids.shift(); id && !token.isCancellationRequested; id = ids.shift()) {
        await this.readFile(vscode.Uri.parse(id));
        this.progressed.fire({ done: ++done, total });
      }
    };
    await Promise.all([next(), next(), next(), next()]);
    const end = token.isCancellationRequested ? 'cancelled' : 'finished';
    if (this.cancel === cancel) this.cancel = undefined;
    cancel.dispose();
    this.progressed.fire({ done, total, end });
    this.fireChanged();
    this.scanned.fire();
  }

  private watch(globs: vscode.RelativePattern[]): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = globs.map((g) => {
      const w = vscode.workspace.createFileSystemWatcher(g);
      w.onDidCreate((u) => void this.readFile(u).then(() => this.fireChanged()));
      w.onDidChange((u) => void this.readFile(u).then(() => this.fireChanged()));
      w.onDidDelete((u) => {
        this.corpus.remove(u.toString());
        this.client.forget(u.toString());
        this.fireChanged();
      });
      return w;
    });
  }

  /** Reads and analyses a file unless it is open (then the document is the truth). */
  private async readFile(uri: vscode.Uri): Promise<void> {
    const id = uri.toString();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === id && isNewsDocument(d));
    if (open && open.isDirty) return;
    try {
      const settings = readSettings(uri);
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > settings.maxFileBytes) {
        this.skipped.set(id, `larger than ${settings.maxFileBytes / 1048576} MB`);
        this.corpus.remove(id);
        return;
      }
      const decoded = decodeArticle(await vscode.workspace.fs.readFile(uri));
      if (!decoded.ok) {
        this.skipped.set(id, decoded.message);
        this.failed.fire({ id, message: decoded.message });
        this.corpus.remove(id);
        return;
      }
      this.skipped.delete(id);
      const analysis = await this.client.analyze(id, decoded.text, { userWords: [...this.userWords(), ...settings.extraWords], dialect: settings.dialect }, 'low');
      this.corpus.upsert({ id, text: decoded.text, analysis });
    } catch (e) {
      if (e instanceof SupersededError) return;
      // Deleted or renamed while being read: drop it quietly; other errors are kept for the tooltip.
      if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') this.corpus.remove(id);
      else {
        this.skipped.set(id, (e as Error).message);
        this.failed.fire({ id, message: (e as Error).message });
      }
    }
  }
}
