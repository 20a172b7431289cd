// Keeps the core Corpus in step with the workspace: news files on disk (scanned once, then
// watched) and open documents (unsaved edits count). Views listen to one debounced change event.
import * as vscode from 'vscode';
import { SupersededError, type AnalysisClient } from '../node/worker/analysisClient';
import { Corpus } from '../core/corpus/corpus';
import { decodeArticle } from '../core/text/decode';
import type { ArticleAnalysis } from '../core/types';
import { readSettings } from './config';
import { isNewsDocument } from './documentAnalyses';

/** Globs of the files the `news` language claims (package.json filenamePatterns) plus user associations. */
export function newsFileGlobs(): string[] {
  const globs = new Set(['**/*.news.txt', '**/seeds/*.txt']);
  const assoc = vscode.workspace.getConfiguration('files').get<Record<string, string>>('associations') ?? {};
  for (const [glob, lang] of Object.entries(assoc)) {
    if (lang === 'news') globs.add(glob.includes('/') ? glob : `**/${glob}`);
  }
  return [...globs];
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

  constructor(
    private readonly client: AnalysisClient,
    private readonly userWords: () => string[],
  ) {}

  /** Scans the workspace once (again after `rescan`). Safe to call often. */
  ensureScanned(): Promise<void> {
    return (this.scanning ??= this.scan());
  }

  rescan(): Promise<void> {
    this.scanning = undefined;
    return this.ensureScanned();
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
  }

  private fireChanged(): void {
    clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => this.changed.fire(), 200);
  }

  private async scan(): Promise<void> {
    const globs = newsFileGlobs();
    this.watch(globs);
    const settings = readSettings();
    const seen = new Set<string>();
    for (const glob of globs) {
      const uris = await vscode.workspace.findFiles(glob, '**/{node_modules,.git,.vscode-test-harness}/**', settings.maxCorpusFiles);
      for (const uri of uris) {
        if (seen.size >= settings.maxCorpusFiles) break;
        seen.add(uri.toString());
      }
    }
    for (const id of this.corpus.ids()) if (!seen.has(id)) this.corpus.remove(id);
    // A few files at a time: the worker is the bottleneck, and the queue should not hold a whole archive.
    const ids = [...seen];
    const next = async (): Promise<void> => {
      for (let id = ids.shift(); id; id = ids.shift()) await this.readFile(vscode.Uri.parse(id));
    };
    await Promise.all([next(), next(), next(), next()]);
    this.fireChanged();
    this.scanned.fire();
  }

  private watch(globs: string[]): void {
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
      else this.skipped.set(id, (e as Error).message);
    }
  }
}
