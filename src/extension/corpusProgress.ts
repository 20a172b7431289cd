// Long corpus scans shown while they run: a cancellable progress notification with the count, and
// the Stories view's message "Reading 1,234 of 10,000 articles…". Small scans stay quiet.
import * as vscode from 'vscode';
import type { ScanProgress, WorkspaceCorpus } from './workspaceCorpus';

/** Scans of fewer files finish before a notification would be worth reading. */
export const NOTIFY_FROM_FILES = 200;
/** Updates at most this often: thousands of files must not mean thousands of UI messages. */
const UPDATE_MS = 150;

const fmt = (n: number) => n.toLocaleString('en-US');

export class CorpusProgress implements vscode.Disposable {
  /** The message the Stories view shows now ('' for none), for tests. */
  message = '';
  /** How many times the notification was updated during the last scan (for tests). */
  reports = 0;
  private running: { resolve: () => void; cts: vscode.CancellationTokenSource; progress?: vscode.Progress<{ message?: string; increment?: number }>; shown: number; lastUpdate: number } | undefined;
  private readonly sub: vscode.Disposable;

  constructor(
    corpus: WorkspaceCorpus,
    private readonly view: vscode.TreeView<unknown>,
    private readonly log: (line: string) => void,
  ) {
    this.sub = vscode.Disposable.from(
      corpus.onDidProgress((p) => this.onProgress(corpus, p)),
      corpus.onDidFail(({ id, message }) => !id && (this.scanError = message)),
    );
  }

  /** What the notification's Cancel button does. */
  cancel(): void {
    this.running?.cts.cancel();
  }

  dispose(): void {
    this.sub.dispose();
    this.finish();
  }

  private t0 = 0;
  /** Why the last scan could not list the files, if it could not. */
  private scanError = '';

  private onProgress(corpus: WorkspaceCorpus, p: ScanProgress): void {
    if (p.end) {
      this.finish();
      this.log(`corpus: ${p.end === 'cancelled' ? 'cancelled after' : 'read'} ${p.done} of ${p.total} files in ${Math.round(performance.now() - this.t0)} ms`);
      this.setMessage(p.end === 'cancelled' ? vscode.l10n.t('Stopped after reading {0} of {1} articles. Run "Refresh Stories" to read them all.', fmt(p.done), fmt(p.total)) : this.problems(corpus, p.total));
      return;
    }
    if (p.done === 0) {
      this.finish();
      this.scanError = '';
      this.t0 = performance.now();
      this.log(`corpus: ${p.total} news files found`);
      this.reports = 0;
      if (p.total >= NOTIFY_FROM_FILES) this.start(corpus, p.total);
    }
    if (p.total < NOTIFY_FROM_FILES || !this.running) return;
    const r = this.running;
    const now = performance.now();
    if (p.done !== 0 && p.done !== p.total && now - r.lastUpdate < UPDATE_MS) return;
    r.lastUpdate = now;
    const text = vscode.l10n.t('Reading {0} of {1} articles…', fmt(p.done), fmt(p.total));
    this.setMessage(text);
    if (r.progress) {
      r.progress.report({ message: `${fmt(p.done)} / ${fmt(p.total)}`, increment: ((p.done - r.shown) * 100) / p.total });
      r.shown = p.done;
      this.reports++;
    }
  }

  /** After a scan: files that could not be read are said in the view, never left as a silent gap. */
  private problems(corpus: WorkspaceCorpus, total: number): string {
    if (this.scanError) return vscode.l10n.t('The news files could not be listed. Run "News: Show Log" to see why.');
    const bad = corpus.skipped.size;
    if (!bad) return '';
    // Unreadable files were logged as errors as they were read; the too large ones are logged here.
    for (const [id, why] of corpus.skipped) if (why.startsWith('larger than')) this.log(`not read: ${id}: ${why}`);
    return vscode.l10n.t('{0} of {1} news files were not read (unreadable or too large). Run "News: Show Log" to see why.', fmt(bad), fmt(total));
  }

  private start(corpus: WorkspaceCorpus, total: number): void {
    const cts = new vscode.CancellationTokenSource();
    cts.token.onCancellationRequested(() => corpus.cancelScan());
    let resolve!: () => void;
    const done = new Promise<void>((r) => (resolve = r));
    const run = (this.running = { resolve, cts, shown: 0, lastUpdate: 0 } as NonNullable<CorpusProgress['running']>);
    void vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('News Annotator: reading {0} articles', fmt(total)), cancellable: true },
      (progress, token) => {
        run.progress = progress;
        token.onCancellationRequested(() => cts.cancel());
        return done;
      },
    );
    // The view's own progress bar, while the scan runs.
    void vscode.window.withProgress({ location: { viewId: 'newsAnnotator.stories' } }, () => done);
  }

  private finish(): void {
    const r = this.running;
    this.running = undefined;
    if (!r) return;
    r.resolve();
    r.cts.dispose();
  }

  private setMessage(text: string): void {
    this.message = text;
    this.view.message = text || undefined;
  }
}
