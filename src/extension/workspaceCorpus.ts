// Keeps the worker's corpus in step with the workspace: news files on disk (scanned once, then
// watched) and open documents (unsaved edits count, through their analyses). The corpus itself lives
// in the analysis worker; this side holds the newest snapshot of it (a CorpusView) and asks the
// worker for details. Views listen to one debounced change event.
import * as vscode from 'vscode';
import { CorpusView } from '../core/corpus/snapshot';
import type { MentionSpan } from '../core/corpus/service';
import type { QuoteMatch } from '../core/corpus/quoteMatch';
import { decodeArticle } from '../core/text/decode';
import type { ArticleAnalysis, QuoteAnnotation } from '../core/types';
import { SupersededError, type AnalysisClient } from '../node/worker/analysisClient';
import { readStore, storePathFor } from '../node/annotations/storeFile';
import type { ReaderAnnotation } from '../core/annotations/model';
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
  /** The newest snapshot of the worker's corpus. */
  view = new CorpusView();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after a new snapshot arrived (articles were added, changed or removed). */
  readonly onDidChange = this.changed.event;
  private readonly scanned = new vscode.EventEmitter<void>();
  /** Fires when a scan has read the workspace (corpus-wide name counts in the worker are complete). */
  readonly onDidScan = this.scanned.event;
  private readonly disposables: vscode.Disposable[] = [this.changed, this.scanned];
  private changeTimer: NodeJS.Timeout | undefined;
  private scanning: Promise<void> | undefined;
  private watchers: vscode.FileSystemWatcher[] = [];
  /** Files the running scan has still to read: watcher events for them wait for the scan (or its cancel). */
  private scanPending = new Set<string>();
  /** While a scan lists the files: what the watchers reported meanwhile (the scan reads it). */
  private listing: Set<string> | null = null;
  /** Ids sent to the worker's corpus. */
  private readonly known = new Set<string>();
  /** Whether snapshots carry the cross-source lists (the Across Sources view is open). */
  private withAcross = false;
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
  ) {
    client.onDidRestart = () => void this.rescan();
  }

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

  /** An open document's analysis entered the worker's corpus (the analysis request joined it). */
  updateFromDocument(doc: vscode.TextDocument, _analysis: ArticleAnalysis): void {
    this.known.add(doc.uri.toString());
    this.fireChanged();
  }

  /** Asks snapshots to carry (or not) the lists of the Across Sources view. */
  includeAcross(on: boolean): void {
    if (on === this.withAcross) return;
    this.withAcross = on;
    if (on) this.fireChanged(0);
  }

  /** Waits for the snapshot that includes every change made so far. */
  async refresh(): Promise<CorpusView> {
    clearTimeout(this.changeTimer);
    // Asked for now (a command, a view): ahead of the files still queued for reading.
    await this.takeSnapshot('high');
    return this.view;
  }

  /** An article's analysis as the corpus has it (dates resolved against its story's date if undated). */
  analysisOf(id: string): Promise<ArticleAnalysis | null> {
    return this.client.query({ q: 'article', key: id });
  }

  entityMentions(canonical: string): Promise<{ id: string; count: number; spans: MentionSpan[] }[]> {
    return this.client.query({ q: 'mentions', canonical });
  }

  similarQuotes(id: string, quote: QuoteAnnotation): Promise<QuoteMatch[]> {
    return this.client.query({ q: 'similarQuotes', key: id, quote });
  }

  dispose(): void {
    clearTimeout(this.changeTimer);
    for (const w of this.watchers) w.dispose();
    for (const d of this.disposables) d.dispose();
    this.cancelScan();
    this.progressed.dispose();
    this.failed.dispose();
  }

  private fireChanged(delay = 200): void {
    clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => void this.takeSnapshot(), delay);
  }

  /** Grouping happens in the worker, behind the open documents' analyses; only the result crosses over. */
  private async takeSnapshot(priority: 'high' | 'low' = 'low'): Promise<void> {
    // A snapshot asked for now is retried when a newer request superseded it in the queue.
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        // Requests of one priority replace each other; one asked for now is never replaced by a background one.
        const snap = await this.client.query({ q: 'snapshot', across: this.withAcross }, priority, `snapshot:${priority}`);
        if (snap.generation < this.view.snapshot.generation) return;
        this.view = new CorpusView(snap);
        this.changed.fire();
        return;
      } catch (e) {
        if (!(e instanceof SupersededError)) {
          this.skipped.set('(corpus)', (e as Error).message);
          return;
        }
        if (priority === 'low') return;
      }
    }
  }

  private async scan(): Promise<void> {
    const cancel = (this.cancel = new vscode.CancellationTokenSource());
    const token = cancel.token;
    this.watch(newsFilePatterns());
    const settings = readSettings();
    let uris: vscode.Uri[] = [];
    try {
      this.listing = new Set();
      uris = await findNewsFiles(settings.maxCorpusFiles, token);
    } catch (e) {
      // Reported (log and message), not thrown: callers start scans in the background.
      this.failed.fire({ id: '', message: `could not list the workspace's news files: ${(e as Error).message}` });
      this.progressed.fire({ done: 0, total: 0, end: 'finished' });
      this.listing = null;
      return;
    }
    const seen = new Set(uris.map((u) => u.toString()));
    for (const id of this.listing ?? []) seen.add(id);
    this.listing = null;
    for (const id of [...this.known]) if (!seen.has(id) && !this.isOpenNews(id)) this.remove(id);
    for (const id of [...this.skipped.keys()]) if (!seen.has(id)) this.skipped.delete(id);
    // A few files at a time: the worker is the bottleneck, and the queue should not hold a whole archive.
    const ids = [...seen];
    this.scanPending = new Set(ids);
    const total = ids.length;
    let done = 0;
    this.progressed.fire({ done, total });
    const next = async (): Promise<void> => {
      for (let id = ids.shift(); id && !token.isCancellationRequested; id = ids.shift()) {
        this.scanPending.delete(id);
        await this.readFile(vscode.Uri.parse(id));
        this.progressed.fire({ done: ++done, total });
      }
    };
    await Promise.all([next(), next(), next(), next()]);
    const end = token.isCancellationRequested ? 'cancelled' : 'finished';
    if (this.cancel === cancel) {
      this.cancel = undefined;
      this.scanPending = new Set();
    }
    cancel.dispose();
    await this.refresh();
    this.fireChanged(); // and once more in the background, after anything the watchers queued meanwhile
    this.progressed.fire({ done, total, end });
    this.scanned.fire();
  }

  private isOpenNews(id: string): boolean {
    return vscode.workspace.textDocuments.some((d) => d.uri.toString() === id && isNewsDocument(d));
  }

  private remove(id: string): void {
    this.known.delete(id);
    this.client.forget(id);
    this.fireChanged();
  }

  private watch(globs: vscode.RelativePattern[]): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = globs.map((g) => {
      const w = vscode.workspace.createFileSystemWatcher(g);
      // A file the running scan will read anyway is left to it (a folder of new files would otherwise
      // be read twice, and a cancelled scan would go on through the watcher).
      const read = (u: vscode.Uri) => {
        if (this.listing) return void this.listing.add(u.toString());
        if (!this.scanPending.has(u.toString())) void this.readFile(u).then(() => this.fireChanged());
      };
      w.onDidCreate(read);
      w.onDidChange(read);
      w.onDidDelete((u) => this.remove(u.toString()));
      return w;
    });
  }

  /** Reads and analyses a file unless it is open with unsaved edits (then the document is the truth). */
  private async readFile(uri: vscode.Uri): Promise<void> {
    const id = uri.toString();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === id && isNewsDocument(d));
    if (open && open.isDirty) return;
    try {
      const settings = readSettings(uri);
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > settings.maxFileBytes) {
        this.skipped.set(id, `larger than ${settings.maxFileBytes / 1048576} MB`);
        if (this.known.has(id)) this.remove(id);
        return;
      }
      const decoded = decodeArticle(await vscode.workspace.fs.readFile(uri));
      if (!decoded.ok) {
        this.skipped.set(id, decoded.message);
        this.failed.fire({ id, message: decoded.message });
        if (this.known.has(id)) this.remove(id);
        return;
      }
      this.skipped.delete(id);
      const corrections = await storedCorrections(uri, decoded.text);
      await this.client.analyze(
        id,
        decoded.text,
        { userWords: [...this.userWords(), ...settings.extraWords], dialect: settings.dialect, corrections },
        'low',
      );
      this.known.add(id);
    } catch (e) {
      if (e instanceof SupersededError) return;
      // Deleted or renamed while being read: drop it quietly; other errors are kept for the tooltip.
      if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') this.remove(id);
      else {
        this.skipped.set(id, (e as Error).message);
        this.failed.fire({ id, message: (e as Error).message });
      }
    }
  }
}

/** The reader's corrections stored beside an article on disk (none when there is no store or it is unreadable). */
async function storedCorrections(uri: vscode.Uri, text: string): Promise<ReaderAnnotation[]> {
  if (uri.scheme !== 'file') return [];
  const r = await readStore(storePathFor(uri.fsPath), text);
  return r.ok ? r.annotations.filter((a) => a.correction) : [];
}
