// The workspace word list (.vscode/news-words.txt by default): read on start, watched (hand edits
// take effect at once), written atomically by "Add to dictionary". Per-file ignores live in the
// workspace state, so the article itself is never touched.
import * as vscode from 'vscode';
import { readSettings } from './config';
import { addWordsToFile, readWordListFile } from '../node/wordListFile';

export class UserDictionary implements vscode.Disposable {
  private words: string[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private watcher: vscode.FileSystemWatcher | undefined;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly state: vscode.Memento) {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('newsAnnotator.spelling.wordListPath')) void this.load();
      }),
    );
  }

  /** The word list's location, or undefined without a (local) workspace folder. */
  file(): vscode.Uri | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) return undefined;
    return vscode.Uri.joinPath(folder.uri, readSettings(folder.uri).wordListPath);
  }

  list(): string[] {
    return this.words;
  }

  async load(): Promise<void> {
    const file = this.file();
    this.watch(file);
    if (!file || file.scheme !== 'file') {
      this.words = [];
      return;
    }
    const r = await readWordListFile(file.fsPath);
    if (!r.ok) {
      void vscode.window.showWarningMessage(vscode.l10n.t('News Annotator: {0}. It is left untouched and not used.', r.message));
      this.words = [];
    } else {
      if (r.invalid.length) {
        void vscode.window.showWarningMessage(
          vscode.l10n.t('News Annotator: {0} line(s) of the word list are not single words (first: line {1}); they are ignored and kept.', r.invalid.length, r.invalid[0].line),
        );
      }
      this.words = r.words;
    }
    this.changed.fire();
  }

  async add(words: readonly string[]): Promise<number> {
    const file = this.file();
    if (!file) throw new Error('open a folder first: the word list lives in the workspace');
    if (!vscode.workspace.isTrusted) throw new Error('the workspace is not trusted: the word list is not written');
    if (file.scheme !== 'file') throw new Error('the word list can only be written on a local file system');
    const r = await addWordsToFile(file.fsPath, words);
    if ('error' in r) throw new Error(`${r.error}; it was left untouched`);
    await this.load();
    return r.added;
  }

  ignoredIn(uri: vscode.Uri): string[] {
    return this.state.get<string[]>(ignoreKey(uri), []);
  }

  async ignoreIn(uri: vscode.Uri, word: string): Promise<void> {
    const now = this.ignoredIn(uri);
    if (!now.includes(word)) await this.state.update(ignoreKey(uri), [...now, word]);
    this.changed.fire();
  }

  dispose(): void {
    this.watcher?.dispose();
    for (const d of this.disposables) d.dispose();
  }

  private watch(file: vscode.Uri | undefined): void {
    this.watcher?.dispose();
    this.watcher = undefined;
    if (!file) return;
    const folder = vscode.workspace.getWorkspaceFolder(file);
    const pattern = folder ? new vscode.RelativePattern(folder, vscode.workspace.asRelativePath(file, false)) : file.fsPath;
    this.watcher = vscode.workspace.createFileSystemWatcher(pattern);
    const reload = () => void this.load();
    this.watcher.onDidCreate(reload);
    this.watcher.onDidChange(reload);
    this.watcher.onDidDelete(reload);
  }
}

const ignoreKey = (uri: vscode.Uri) => `newsAnnotator.ignored:${uri.toString()}`;
