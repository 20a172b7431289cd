// Wires the pieces together; every disposable goes to context.subscriptions.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { registerCommands } from './commands';
import type { ArticleAnalysis } from '../core/types';
import { CrossRefTreeProvider } from './views/crossRefTree';
import { Decorations } from './features/decorations';
import { TypoActions, TypoDiagnostics } from './features/diagnostics';
import { DocumentAnalyses, type DocumentState } from './documentAnalyses';
import { EditorSync } from './editorSync';
import { NewsHovers } from './features/hovers';
import { NewsStatusBar } from './features/statusBar';
import { StoryTreeProvider } from './views/storyTree';
import { UserDictionary } from './userDictionary';
import { WorkspaceCorpus } from './workspaceCorpus';
import { ReaderFeature } from './annotations/readerFeature';
import { CorpusProgress } from './corpusProgress';
import { LoggedAnalysisClient, NewsLog } from './newsLog';
import { ineffectiveAssociations, NewsFileSet, onDidChangeNewsFileSet } from './newsFiles';
import { NewsFolderPrompt } from './newsFolderPrompt';
import { registerWalkthroughCommands } from './walkthroughCommands';

/** What the extension exports (used by the in-VS-Code tests and by other extensions). */
export interface NewsAnnotatorApi {
  analyze(doc: vscode.TextDocument): Promise<ArticleAnalysis | undefined>;
  corpus: WorkspaceCorpus;
  decorations: Decorations;
  dictionary: UserDictionary;
  storyTree: StoryTreeProvider;
  crossRefTree: CrossRefTreeProvider;
  /** The reader's annotations (store, anchoring, views). */
  reader: ReaderFeature;
  /** Why a document has (or has no) analysis: ready, analysing, too large, error. */
  state(doc: vscode.TextDocument): DocumentState | undefined;
  /** The status bar item's current text (e.g. "not analysed" for a file above the size limit). */
  statusText(): string;
  /** The "News Annotator" log and the failure message it shows once. */
  log: NewsLog;
  /** The scan's progress notification and the Stories view's message. */
  progress: CorpusProgress;
  /** The "Annotate these N articles as news?" offer. */
  folderPrompt: NewsFolderPrompt;
  storyView: vscode.TreeView<unknown>;
  /** Milliseconds activate() took. */
  activationMs: number;
}

const NEWS: vscode.DocumentSelector = { language: 'news' };

export function activate(context: vscode.ExtensionContext): NewsAnnotatorApi {
  const t0 = performance.now();
  const sub = (...d: vscode.Disposable[]) => context.subscriptions.push(...d);
  const log = new NewsLog();
  const client = new LoggedAnalysisClient(path.join(context.extensionPath, 'dist', 'analysisWorker.js'), log);
  sub(log, { dispose: () => client.dispose() });

  const dictionary = new UserDictionary(context.workspaceState);
  const corpus = new WorkspaceCorpus(client, () => dictionary.list());
  const inferredDate = (doc: vscode.TextDocument) => {
    return corpus.view.inferredDate(doc.uri.toString());
  };
  const analyses = new DocumentAnalyses(client, () => dictionary.list(), (doc) => dictionary.ignoredIn(doc.uri), inferredDate);
  const decorations = new Decorations();
  const diagnostics = new TypoDiagnostics();
  const status = new NewsStatusBar();
  const sync = new EditorSync(analyses, decorations, diagnostics, status);
  // Open documents show the editor's own analysis (unsaved edits); the rest come from the worker's corpus.
  const analysisOf = async (id: string) => {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === id);
    return (open && analyses.get(open)) ?? corpus.analysisOf(id);
  };
  const storyTree = new StoryTreeProvider(corpus, analysisOf);
  const crossRefTree = new CrossRefTreeProvider(corpus);
  const storyView = vscode.window.createTreeView('newsAnnotator.stories', { treeDataProvider: storyTree, showCollapseAll: true });
  const crossRefView = vscode.window.createTreeView('newsAnnotator.crossRefs', { treeDataProvider: crossRefTree, showCollapseAll: true });
  corpus.includeAcross(crossRefView.visible);
  const reader = new ReaderFeature({
    analysis: (d) => analyses.get(d),
    analyze: (d) => analyses.analyze(d),
    reanalyze: (d) => analyses.reanalyze(d),
    storyOf: (u) => corpus.view.storyOf(u.toString()),
    articles: () => corpus.view.ids(),
    extensionPath: context.extensionPath,
    log: (m) => log.info(m),
  });
  analyses.correctionsFor = (d) => reader.correctionsFor(d);
  sub(reader);
  sub(dictionary, analyses, decorations, diagnostics, status, sync, corpus, storyView, crossRefView);
  const progress = new CorpusProgress(corpus, storyView as vscode.TreeView<unknown>, (line) => log.info(line));
  const newsFiles = new NewsFileSet(() => corpus.rescan());
  const folderPrompt = new NewsFolderPrompt(context.workspaceState, () => newsFiles.update(), (line) => log.info(line));
  for (const g of ineffectiveAssociations()) log.info(`files.associations "${g}" has a "/" but is neither absolute nor starts with **/: VS Code never applies it (write **/${g}); it is still read as news here`);
  sub(progress);

  sub(
    vscode.languages.registerHoverProvider(NEWS, new NewsHovers((d) => analyses.get(d), corpus)),
    vscode.languages.registerCodeActionsProvider(NEWS, new TypoActions((d) => analyses.get(d)), { providedCodeActionKinds: TypoActions.kinds }),
    ...registerCommands({ analyses, sync, dictionary, corpus, storyTree, storyView: storyView as vscode.TreeView<unknown>, crossRefTree, newsFiles }),
    ...registerWalkthroughCommands(context.extensionUri, log, context.globalStorageUri),
    corpus.onDidFail(({ id, message }) => log.error(id, message)),
    // The command's association and hand edits of files.associations rescan without a reload.
    onDidChangeNewsFileSet(() => void newsFiles.update()),
    // Open articles feed the corpus as they are analysed (unsaved edits count).
    analyses.onDidAnalyze(({ document, analysis }) => corpus.updateFromDocument(document, analysis)),
    corpus.onDidChange(() => {
      storyTree.refresh();
      crossRefTree.refresh();
      analyses.refreshInferredDates();
    }),
    dictionary.onDidChange(() => analyses.invalidateAll()),
    // Typo detection counts names across the corpus ("Rudsia" is a typo because other articles say
    // "Russia"): re-check open articles once a scan has fed every workspace file to the worker.
    corpus.onDidScan(() => analyses.invalidateAll()),
    // The corpus is scanned when a view is first shown, not at activation.
    storyView.onDidChangeVisibility((e) => e.visible && void corpus.ensureScanned()),
    crossRefView.onDidChangeVisibility((e) => {
      corpus.includeAcross(e.visible);
      if (e.visible) void corpus.ensureScanned();
    }),
  );
  // The corpus (other articles' names for typos, story dates for undated articles) is read in the
  // background shortly after activation, behind the open documents in the worker's queue.
  const scanTimer = setTimeout(() => void corpus.ensureScanned(), storyView.visible || crossRefView.visible ? 0 : 1500);
  // Offered once the workspace's own news files were found (they are not offered again).
  const promptTimer = setTimeout(() => void folderPrompt.check().catch((e: Error) => log.error('', `folder check failed: ${e.message}`)), 2500);
  sub({ dispose: () => clearTimeout(scanTimer) }, { dispose: () => clearTimeout(promptTimer) });
  void dictionary.load().then(() => sync.start());

  return {
    analyze: (doc) => analyses.analyze(doc),
    corpus,
    decorations,
    dictionary,
    storyTree,
    crossRefTree,
    reader,
    state: (doc) => analyses.state(doc),
    statusText: () => status.item.text,
    log,
    progress,
    folderPrompt,
    storyView: storyView as vscode.TreeView<unknown>,
    activationMs: performance.now() - t0,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
