// Wires the reader's layer into the editor: store and anchoring (ReaderLayer), labels, decorations,
// comment threads, hovers, the Annotations view, commands, corrections, a status-bar count, and the
// file events that keep stores beside their articles (rename/move follows; delete keeps them).
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ReaderAnnotation } from '../../core/annotations/model';
import type { ArticleAnalysis } from '../../core/types';
import { moveStore } from '../../node/annotations/storeFile';
import { AnnotationsView } from './annotationsView';
import { registerInterchangeCommands } from './interchangeCommands';
import { CorrectionActions, registerCorrectionCommands } from './correctionCommands';
import { Labels } from './labels';
import { registerReaderCommands } from './readerCommands';
import { ReaderComments } from './readerComments';
import { ReaderDecorations } from './readerDecorations';
import { ReaderHovers } from './readerHovers';
import { ReaderLayer } from './readerLayer';

const NEWS: vscode.DocumentSelector = { language: 'news' };
const STORE_GLOB = '**/*.annotations.json';

export interface ReaderFeatureDeps {
  /** The analysis of an open document's current version (corrections applied), if ready. */
  analysis(doc: vscode.TextDocument): ArticleAnalysis | undefined;
  analyze(doc: vscode.TextDocument): Promise<ArticleAnalysis | undefined>;
  /** Analyse the document again now (its corrections changed). */
  reanalyze(doc: vscode.TextDocument): void;
  /** Workspace news articles (URIs as strings). */
  articles(): string[];
  extensionPath: string;
  storyOf(uri: vscode.Uri): { label: string; articles: string[] } | undefined;
  log(msg: string): void;
}

export class ReaderFeature implements vscode.Disposable {
  readonly labels: Labels;
  readonly layer: ReaderLayer;
  readonly view: AnnotationsView;
  readonly comments: ReaderComments;
  readonly treeView: vscode.TreeView<unknown>;
  private readonly decorations: ReaderDecorations;
  private readonly status = vscode.window.createStatusBarItem('newsAnnotator.annotations', vscode.StatusBarAlignment.Right, 99);
  private readonly disposables: vscode.Disposable[] = [];
  /** Per article: the corrections last sent to the analysis (ids and modified times). */
  private readonly sentCorrections = new Map<string, string>();

  constructor(private readonly deps: ReaderFeatureDeps) {
    const cfg = () => vscode.workspace.getConfiguration('newsAnnotator');
    this.labels = new Labels(deps.log);
    this.layer = new ReaderLayer(() => cfg().get<string>('annotations.author') ?? '', deps.log);
    this.decorations = new ReaderDecorations(this.layer, this.labels);
    this.comments = new ReaderComments(this.layer, this.labels);
    this.view = new AnnotationsView(this.layer, this.labels, (u) => deps.storyOf(u)?.label);
    const tree = vscode.window.createTreeView('newsAnnotator.annotations', { treeDataProvider: this.view, showCollapseAll: true });
    this.treeView = tree as vscode.TreeView<unknown>;
    this.status.name = vscode.l10n.t('News Annotator: annotations');
    this.status.command = 'newsAnnotator.annotations.focus';
    this.disposables.push(
      this.labels,
      this.layer,
      this.decorations,
      this.comments,
      tree,
      this.status,
      vscode.languages.registerHoverProvider(NEWS, new ReaderHovers(this.layer, this.labels)),
      vscode.languages.registerCodeActionsProvider(NEWS, new CorrectionActions((d) => deps.analysis(d)), {
        providedCodeActionKinds: CorrectionActions.kinds,
      }),
      ...registerReaderCommands({
        layer: this.layer,
        labels: this.labels,
        view: this.view,
        comments: this.comments,
        analysisOf: (d) => deps.analyze(d),
      }),
      ...registerCorrectionCommands({
        layer: this.layer,
        analysisOf: (d) => deps.analyze(d),
        storyArticles: (u) => deps.storyOf(u)?.articles ?? [u.toString()],
      }),
      ...registerInterchangeCommands({
        extensionPath: deps.extensionPath,
        articles: () => deps.articles(),
        log: deps.log,
        afterImport: async () => {
          for (const d of vscode.workspace.textDocuments) if (d.languageId === 'news') await this.layer.reload(d);
          await this.scanWorkspace();
        },
      }),
      this.layer.onDidChange((uri) => this.onLayerChange(uri)),
      this.labels.onDidChange(() => {
        this.decorations.reset();
        this.redrawAll();
      }),
      vscode.window.onDidChangeVisibleTextEditors(() => this.redrawAll()),
      // Trust granted: threads of open articles take replies now.
      vscode.workspace.onDidGrantWorkspaceTrust(() => {
        for (const d of vscode.workspace.textDocuments) if (d.languageId === 'news') this.comments.update(d);
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.updateStatus()),
      vscode.workspace.onDidOpenTextDocument((d) => d.languageId === 'news' && void this.layer.ensureLoaded(d)),
      // Pending saves go to disk before a rename or delete (after it, they would re-create the old path).
      vscode.workspace.onWillRenameFiles((e) => e.waitUntil(this.flushUnder(e.files.map((f) => f.oldUri)))),
      vscode.workspace.onWillDeleteFiles((e) => e.waitUntil(this.flushUnder(e.files))),
      vscode.workspace.onDidRenameFiles((e) => void this.onRename(e)),
      vscode.workspace.onDidDeleteFiles((e) => this.onDelete(e)),
      tree.onDidChangeVisibility((e) => e.visible && void this.scanWorkspace()),
      this.view.onDidChangeTreeData(() => this.updateViewCounts()),
    );
    const stores = vscode.workspace.createFileSystemWatcher(STORE_GLOB);
    this.disposables.push(
      stores,
      stores.onDidChange((u) => void this.storeChangedOnDisk(u)),
      stores.onDidCreate((u) => void this.storeChangedOnDisk(u)),
    );
    void this.labels.load();
    for (const d of vscode.workspace.textDocuments) if (d.languageId === 'news') void this.layer.ensureLoaded(d);
  }

  /** The corrections to send with an analysis of this document. */
  correctionsFor(doc: vscode.TextDocument): ReaderAnnotation[] {
    const list = this.layer.corrections(doc.uri, doc.getText());
    this.sentCorrections.set(doc.uri.toString(), signature(list));
    return list;
  }

  /** Lists every article with a store in the workspace (annotations of closed articles included). */
  async scanWorkspace(): Promise<void> {
    const files = await vscode.workspace.findFiles(STORE_GLOB, '**/{node_modules,.git}/**', 5000);
    await Promise.all(files.map((f) => this.layer.loadFromDisk(vscode.Uri.file(f.fsPath.slice(0, -'.annotations.json'.length)))));
    this.view.refresh();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private onLayerChange(uri: vscode.Uri): void {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    for (const ed of vscode.window.visibleTextEditors) if (ed.document.uri.toString() === uri.toString()) this.decorations.update(ed);
    if (doc) {
      this.comments.update(doc);
      // Corrections changed (not just moved with an edit): the automatic layer is corrected again.
      const now = signature(this.layer.corrections(uri, doc.getText()));
      const before = this.sentCorrections.get(uri.toString()) ?? signature([]);
      if (now !== before) {
        this.deps.reanalyze(doc);
        // A correction of a name holds in every article: the other open ones are corrected again too,
        // once this one's new analysis is done (then the worker knows the rule). The timer runs after
        // the one reanalyze() just set, so analyze() waits for that new run.
        if (now.includes(NAME_WIDE) || before.includes(NAME_WIDE)) {
          setTimeout(() => {
            void this.deps.analyze(doc).then(() => {
              for (const d of vscode.workspace.textDocuments)
                if (d.languageId === 'news' && d !== doc && !d.isClosed) this.deps.reanalyze(d);
            });
          }, 0);
        }
      }
    }
    this.view.refresh();
    this.updateStatus();
  }

  /** The view's title says how many annotations it shows (and that a filter is on); its badge counts those needing attention. */
  private updateViewCounts(): void {
    const tree = this.treeView;
    const { shown, attention } = this.view.counts();
    const f = this.view.filter;
    const filtered = !!(f.labels?.size || f.text);
    tree.description = filtered ? vscode.l10n.t('{0} shown (filtered)', shown) : shown ? String(shown) : undefined;
    tree.badge = attention ? { value: attention, tooltip: vscode.l10n.t('{0} annotations need attention', attention) } : undefined;
    void vscode.commands.executeCommand('setContext', 'newsAnnotator.annotationsFiltered', filtered);
  }

  private redrawAll(): void {
    for (const ed of vscode.window.visibleTextEditors) if (ed.document.languageId === 'news') this.decorations.update(ed);
  }

  private updateStatus(): void {
    const ed = vscode.window.activeTextEditor;
    if (!ed || ed.document.languageId !== 'news') return void this.status.hide();
    const list = this.layer.list(ed.document.uri);
    const lost = list.filter((l) => !l.range).length;
    const err = this.layer.error(ed.document.uri);
    this.status.text = `$(note) ${list.length - lost}${lost ? `  $(warning) ${lost}` : ''}`;
    this.status.tooltip =
      err ??
      vscode.l10n.t(
        '{0} annotations in this article{1}. Click to open the Annotations view.',
        list.length - lost,
        lost ? vscode.l10n.t(', {0} need attention', lost) : '',
      );
    this.status.backgroundColor = err ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.status.show();
  }

  /** Loaded articles at or inside these files or folders. */
  private loadedUnder(uris: readonly vscode.Uri[]): vscode.Uri[] {
    return this.layer
      .all()
      .map((x) => x.uri)
      .filter((u) => uris.some((o) => u.scheme === o.scheme && (u.path === o.path || u.path.startsWith(`${o.path.replace(/\/$/, '')}/`))));
  }

  private async flushUnder(uris: readonly vscode.Uri[]): Promise<void> {
    await Promise.all(this.loadedUnder(uris).map((u) => this.layer.flush(u)));
  }

  /**
   * Renaming or moving an article in VS Code moves its store along. A renamed folder carries its
   * stores with it: the articles inside are only read again at their new paths.
   */
  private async onRename(e: vscode.FileRenameEvent): Promise<void> {
    for (const { oldUri, newUri } of e.files) {
      if (oldUri.scheme !== 'file' || newUri.scheme !== 'file' || !vscode.workspace.isTrusted) continue;
      const inside = this.loadedUnder([oldUri]).filter((u) => u.path !== oldUri.path);
      for (const u of inside) {
        this.layer.forget(u); // saved before the rename (onWillRenameFiles)
        const moved = vscode.Uri.file(newUri.fsPath + u.fsPath.slice(oldUri.fsPath.length));
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === moved.toString());
        if (doc) await this.layer.reload(doc);
      }
      if (inside.length) continue;
      await this.layer.flush(oldUri);
      const r = await moveStore(oldUri.fsPath, newUri.fsPath);
      if (!r.ok) {
        this.deps.log(r.message);
        void vscode.window.showWarningMessage(
          vscode.l10n.t('News Annotator: the annotations of {0} could not be moved: {1}', path.basename(oldUri.fsPath), r.message),
        );
      }
      this.layer.forget(oldUri);
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === newUri.toString());
      if (doc) await this.layer.reload(doc);
    }
    this.view.refresh();
  }

  /**
   * Deleting an article never deletes its annotations: say where they are kept, and stop listing
   * them (they come back if the article does).
   */
  private onDelete(e: vscode.FileDeleteEvent): void {
    for (const uri of this.loadedUnder(e.files)) {
      const n = this.layer.list(uri).length;
      this.layer.forget(uri); // its changes were saved before the delete (onWillDeleteFiles)
      if (!n) continue;
      void vscode.window.showInformationMessage(
        vscode.l10n.t(
          'News Annotator: {0} annotations of the deleted {1} are kept in {2}.',
          n,
          path.basename(uri.fsPath),
          `${path.basename(uri.fsPath)}.annotations.json`,
        ),
      );
    }
    this.view.refresh();
    this.updateStatus();
  }

  /** A store changed outside this window (git pull, another editor): read it again and re-anchor. */
  private async storeChangedOnDisk(store: vscode.Uri): Promise<void> {
    const article = store.fsPath.slice(0, -'.annotations.json'.length);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'file' && d.uri.fsPath === article);
    if (doc) await this.layer.reload(doc);
  }
}

const NAME_WIDE = '#name';

function signature(list: readonly ReaderAnnotation[]): string {
  return list
    .map((a) => `${a.id}@${a.modified}${a.scope === 'name' ? NAME_WIDE : ''}`)
    .sort()
    .join('|');
}
