// The "News Annotator" log (Output view): analysis timings, corpus sizes and every error with its
// file. The first failure of a session also reaches the user, once, as a message with "Show Log":
// a problem must never look like an empty view.
import * as vscode from 'vscode';
import { AnalysisClient, SupersededError } from '../node/worker/analysisClient';
import type { WorkerAnalysisOptions } from '../node/worker/protocol';
import type { ArticleAnalysis } from '../core/types';
import { articleName } from './viewText';

export class NewsLog implements vscode.Disposable {
  readonly channel: vscode.LogOutputChannel = vscode.window.createOutputChannel('News Annotator', { log: true });
  /** The last lines written (what the in-VS-Code tests check; the channel cannot be read back). */
  readonly recent: string[] = [];
  /** Messages shown to the user (at most one a session). */
  readonly notices: string[] = [];
  errors = 0;
  private lastError: { key: string; at: number } | undefined;

  info(line: string): void {
    this.keep(line);
    this.channel.info(line);
  }

  /** An error, with the file it concerns (a URI string; '' when it concerns no file). */
  error(file: string, message: string): void {
    // A corpus file whose analysis fails is reported by the client and by the corpus: log it once.
    const key = `${file}\u0000${message}`;
    const now = Date.now();
    if (this.lastError?.key === key && now - this.lastError.at < 2000) return;
    this.lastError = { key, at: now };
    const line = file ? `${articleName(file)}: ${message} (${displayPath(file)})` : message;
    this.errors++;
    this.keep(line);
    this.channel.error(line);
    this.notifyOnce(file ? vscode.l10n.t('News Annotator could not analyse {0}: {1}', articleName(file), message) : vscode.l10n.t('News Annotator: {0}', message));
  }

  show(): void {
    this.channel.show(true);
  }

  dispose(): void {
    this.channel.dispose();
  }

  private notifyOnce(text: string): void {
    if (this.notices.length) return;
    this.notices.push(text);
    const showLog = vscode.l10n.t('Show Log');
    void vscode.window.showErrorMessage(text, showLog).then((pick) => pick === showLog && this.show());
  }

  private keep(line: string): void {
    this.recent.push(line);
    if (this.recent.length > 500) this.recent.splice(0, this.recent.length - 500);
  }
}

function displayPath(id: string): string {
  try {
    const uri = vscode.Uri.parse(id);
    return uri.scheme === 'file' ? uri.fsPath : id;
  } catch {
    return id;
  }
}

/** The analysis client, timing every analysis in the log and logging every failure with its file. */
export class LoggedAnalysisClient extends AnalysisClient {
  private closing = false;

  constructor(
    workerPath: string,
    private readonly log: NewsLog,
  ) {
    super(workerPath);
  }

  override async analyze(key: string, text: string, options: WorkerAnalysisOptions = {}, priority: 'high' | 'low' = 'high'): Promise<ArticleAnalysis> {
    const t0 = performance.now();
    try {
      const a = await super.analyze(key, text, options, priority);
      this.log.info(`analysed ${articleName(key)} in ${Math.round(performance.now() - t0)} ms (${text.length} chars, ${a.quotes.length} quotes, ${a.entities.length} entities, ${a.typos.length} typos)`);
      return a;
    } catch (e) {
      // Shutting down rejects what is queued: that is no failure to tell anyone about.
      if (!(e instanceof SupersededError) && !this.closing) this.log.error(key, (e as Error).message);
      throw e;
    }
  }

  override dispose(): void {
    this.closing = true;
    super.dispose();
  }
}
