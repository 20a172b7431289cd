// Keeps what the editor shows (decorations, diagnostics, status bar) in step with the analyses:
// only visible news editors are decorated; settings changes apply at once.
import * as vscode from 'vscode';
import { readSettings } from './config';
import type { Decorations } from './features/decorations';
import type { TypoDiagnostics } from './features/diagnostics';
import { isNewsDocument, type DocumentAnalyses } from './documentAnalyses';
import type { NewsStatusBar } from './features/statusBar';

export class EditorSync implements vscode.Disposable {
  /** "News: Toggle Highlights" switches all highlights off and on without touching settings. */
  highlightsOn = true;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly analyses: DocumentAnalyses,
    private readonly decorations: Decorations,
    private readonly diagnostics: TypoDiagnostics,
    private readonly status: NewsStatusBar,
  ) {
    const w = vscode.window;
    const ws = vscode.workspace;
    this.disposables.push(
      analyses.onDidAnalyze(({ document }) => this.render(document)),
      analyses.onDidChangeState((doc) => doc === w.activeTextEditor?.document && this.status.show(analyses.state(doc))),
      w.onDidChangeVisibleTextEditors(() => this.renderVisible()),
      w.onDidChangeActiveTextEditor(() => this.updateStatus()),
      ws.onDidOpenTextDocument((d) => isNewsDocument(d) && analyses.schedule(d, 0)),
      ws.onDidChangeTextDocument((e) => isNewsDocument(e.document) && e.contentChanges.length && analyses.schedule(e.document)),
      ws.onDidCloseTextDocument((d) => {
        analyses.forget(d);
        diagnostics.clear(d.uri);
      }),
      ws.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('newsAnnotator.spelling') || e.affectsConfiguration('newsAnnotator.maxFileSizeMB'))
          analyses.invalidateAll();
        else if (e.affectsConfiguration('newsAnnotator')) this.renderAll();
      }),
    );
  }

  /** Starts analysing every open news document (activation, or after a language change). */
  start(): void {
    for (const d of vscode.workspace.textDocuments) if (isNewsDocument(d)) this.analyses.schedule(d, 0);
    this.updateStatus();
  }

  renderAll(): void {
    for (const d of vscode.workspace.textDocuments) if (isNewsDocument(d)) this.render(d);
    this.renderVisible();
  }

  /** Diagnostics for the document, decorations for its visible editors. */
  render(doc: vscode.TextDocument): void {
    const analysis = this.analyses.get(doc);
    if (!analysis) return;
    const settings = readSettings(doc);
    this.diagnostics.update(doc, analysis, settings);
    for (const ed of vscode.window.visibleTextEditors) {
      if (ed.document === doc) this.decorations.apply(ed, analysis, settings, this.highlightsOn);
    }
    if (vscode.window.activeTextEditor?.document === doc) this.status.show(this.analyses.state(doc));
  }

  private renderVisible(): void {
    for (const ed of vscode.window.visibleTextEditors) {
      const doc = ed.document;
      if (!isNewsDocument(doc)) continue;
      const analysis = this.analyses.get(doc);
      if (analysis) this.decorations.apply(ed, analysis, readSettings(doc), this.highlightsOn);
      else this.analyses.schedule(doc, 0);
    }
    this.updateStatus();
  }

  private updateStatus(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (doc && isNewsDocument(doc)) this.status.show(this.analyses.state(doc));
    else this.status.hide();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
