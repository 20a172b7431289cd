// Every palette command (category "News") and the commands behind quick fixes and tree clicks.
import * as vscode from 'vscode';
import { toJsonArticle, type JsonOutput } from '../core/contract';
import type { DocumentAnalyses } from './documentAnalyses';
import { isNewsDocument } from './documentAnalyses';
import type { EditorSync } from './editorSync';
import type { GroupMode, StoryTreeProvider } from './views/storyTree';
import type { CrossRefTreeProvider } from './views/crossRefTree';
import type { UserDictionary } from './userDictionary';
import type { WorkspaceCorpus } from './workspaceCorpus';
import { articleName } from './viewText';
import { associateFolder, type NewsFileSet } from './newsFiles';

export interface CommandDeps {
  analyses: DocumentAnalyses;
  sync: EditorSync;
  dictionary: UserDictionary;
  corpus: WorkspaceCorpus;
  storyTree: StoryTreeProvider;
  storyView: vscode.TreeView<unknown>;
  crossRefTree: CrossRefTreeProvider;
  newsFiles: NewsFileSet;
}

export function registerCommands(deps: CommandDeps): vscode.Disposable[] {
  const { analyses, sync, dictionary, corpus, storyTree, storyView, crossRefTree, newsFiles } = deps;
  const newsEditor = (): vscode.TextEditor | undefined => {
    const ed = vscode.window.activeTextEditor;
    if (ed && isNewsDocument(ed.document)) return ed;
    void vscode.window.showInformationMessage(vscode.l10n.t('News Annotator: open a news article first (or run "News: Treat This File as News").'));
    return undefined;
  };
  const analysisOf = async (ed: vscode.TextEditor) => {
    const a = await analyses.analyze(ed.document);
    if (!a) void vscode.window.showWarningMessage(vscode.l10n.t('News Annotator: this article could not be analysed (see the status bar).'));
    return a;
  };
  const reg = (id: string, fn: (...args: any[]) => unknown) => vscode.commands.registerCommand(`newsAnnotator.${id}`, fn);

  const gotoTypo = async (dir: 1 | -1) => {
    const ed = newsEditor();
    const a = ed && (await analysisOf(ed));
    if (!ed || !a) return;
    if (!a.typos.length) return void vscode.window.showInformationMessage(vscode.l10n.t('News Annotator: no typos in this article.'));
    // From the selection's far side: with a typo selected, "previous" must not find that same typo.
    const here = ed.document.offsetAt(dir > 0 ? ed.selection.end : ed.selection.start);
    const sorted = [...a.typos].sort((x, y) => x.start - y.start);
    const t = dir > 0 ? (sorted.find((x) => x.start > here) ?? sorted[0]) : ([...sorted].reverse().find((x) => x.start < here) ?? sorted[sorted.length - 1]);
    select(ed, t.start, t.end);
  };

  const addWords = async (words: string[]) => {
    try {
      const added = await dictionary.add(words);
      void vscode.window.setStatusBarMessage(added === 1 ? vscode.l10n.t('News Annotator: 1 word added to {0}', vscode.workspace.asRelativePath(dictionary.file()!)) : vscode.l10n.t('News Annotator: {0} words added to {1}', added, vscode.workspace.asRelativePath(dictionary.file()!)), 4000);
      return added;
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('News Annotator: could not add to the word list: {0}', (e as Error).message));
      return 0;
    }
  };

  const setMode = (mode: GroupMode) => () => storyTree.setMode(mode);

  return [
    reg('annotateFile', async () => {
      const ed = newsEditor();
      if (!ed) return;
      analyses.forget(ed.document);
      const a = await analysisOf(ed);
      if (a) sync.render(ed.document);
      return a;
    }),
    reg('toggleHighlights', () => {
      sync.highlightsOn = !sync.highlightsOn;
      sync.renderAll();
      return sync.highlightsOn;
    }),
    reg('nextTypo', () => gotoTypo(1)),
    reg('previousTypo', () => gotoTypo(-1)),
    reg('showEntityMentions', async (canonical?: string) => {
      await corpus.ensureScanned();
      let name = canonical;
      if (!name) {
        const ed = vscode.window.activeTextEditor;
        const a = ed && isNewsDocument(ed.document) ? analyses.get(ed.document) : undefined;
        const at = ed ? ed.document.offsetAt(ed.selection.active) : -1;
        name = a?.entities.find((e) => e.start <= at && at <= e.end)?.canonical;
        if (!name) {
          corpus.includeAcross(true);
          const view = await corpus.refresh();
          const names = view.entitiesAcross().map((e) => ({ label: e.canonical, description: `${e.type} · ${e.total}× in ${e.articles.length} articles` }));
          name = (await vscode.window.showQuickPick(names, { placeHolder: vscode.l10n.t('Entity to list') }))?.label;
        }
      }
      if (!name) return;
      const items = (await corpus.entityMentions(name)).flatMap((m) =>
        m.spans.map((s) => ({ label: articleName(m.id), description: s.text, detail: s.line, id: m.id, s })),
      );
      const pick = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('{0} mentions of {1}', items.length, name) });
      if (pick) await reveal(pick.id, pick.s.start, pick.s.end);
    }),
    reg('exportJson', async () => {
      const ed = newsEditor();
      const a = ed && (await analysisOf(ed));
      if (!ed || !a) return;
      const out: JsonOutput = { version: 1, articles: [toJsonArticle(vscode.workspace.asRelativePath(ed.document.uri), a, corpus.view.inferredDate(ed.document.uri.toString()))], stories: [], errors: [] };
      const doc = await vscode.workspace.openTextDocument({ language: 'json', content: JSON.stringify(out, null, 2) });
      await vscode.window.showTextDocument(doc, { preview: false, viewColumn: vscode.ViewColumn.Beside });
      return out;
    }),
    reg('openSettings', () => vscode.commands.executeCommand('workbench.action.openSettings', '@ext:news-annotator.news-annotator')),
    reg('addToDictionary', async (word?: string) => {
      const w = word ?? (await vscode.window.showInputBox({ prompt: vscode.l10n.t('Word to add to the workspace dictionary') }));
      if (w) return addWords([w]);
    }),
    reg('addAllTyposToDictionary', async () => {
      const ed = newsEditor();
      const a = ed && (await analysisOf(ed));
      if (!a) return;
      const words = [...new Set(a.typos.map((t) => t.text))];
      if (!words.length) return void vscode.window.showInformationMessage(vscode.l10n.t('News Annotator: no typos in this article.'));
      return addWords(words);
    }),
    reg('ignoreInFile', async (word: string, uri?: vscode.Uri) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri;
      if (word && target) await dictionary.ignoreIn(target, word);
    }),
    reg('treatFileAsNews', async (uri?: vscode.Uri) => {
      const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!doc) return void vscode.window.showInformationMessage(vscode.l10n.t('News Annotator: open the article first.'));
      await vscode.languages.setTextDocumentLanguage(doc, 'news');
    }),
    reg('treatFolderAsNews', async (uri?: vscode.Uri) => {
      if (!vscode.workspace.isTrusted) return void vscode.window.showWarningMessage(vscode.l10n.t('News Annotator: trust the workspace to change its settings.'));
      let folder = uri;
      if (!folder) {
        const pick = await vscode.window.showOpenDialog({
          canSelectFolders: true,
          canSelectFiles: false,
          openLabel: vscode.l10n.t('Treat as news'),
          defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
        });
        folder = pick?.[0];
      }
      if (!folder) return;
      // The association is absolute and escaped; the scan searches the same folder (newsFiles.ts).
      const glob = await associateFolder(folder);
      await newsFiles.update();
      return glob;
    }),
    reg('refresh', async () => {
      await corpus.rescan();
      storyTree.refresh();
      crossRefTree.refresh();
    }),
    reg('collapseAll', () => vscode.commands.executeCommand('workbench.actions.treeView.newsAnnotator.stories.collapseAll')),
    reg('groupByStory', setMode('story')),
    reg('groupByDate', setMode('date')),
    reg('groupBySource', setMode('source')),
    reg('showStoryOfCurrent', async () => {
      const ed = newsEditor();
      if (!ed) return;
      await corpus.ensureScanned();
      const a = await analyses.analyze(ed.document);
      if (a) corpus.updateFromDocument(ed.document, a);
      await corpus.refresh();
      storyTree.refresh();
      if (storyTree.groupMode !== 'story') storyTree.setMode('story');
      const node = storyTree.articleNode(ed.document.uri.toString());
      if (!node) return void vscode.window.showInformationMessage(vscode.l10n.t('News Annotator: this article is not in the workspace corpus yet.'));
      await storyView.reveal(node as never, { select: true, focus: true, expand: true });
      return corpus.view.storyOf(ed.document.uri.toString());
    }),
    reg('revealAnnotation', (id: string, start: number, end: number) => reveal(id, start, end)),
  ];
}

async function reveal(id: string, start: number, end: number): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(id));
  const ed = await vscode.window.showTextDocument(doc, { preserveFocus: false, preview: true });
  select(ed, start, end);
  return ed;
}

function select(ed: vscode.TextEditor, start: number, end: number): void {
  const range = new vscode.Range(ed.document.positionAt(start), ed.document.positionAt(end));
  ed.selection = new vscode.Selection(range.start, range.end);
  ed.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
