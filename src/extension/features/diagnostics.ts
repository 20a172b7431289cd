// Typos as diagnostics (source "news", code "typo"), with quick fixes: each suggestion,
// add to the workspace word list, ignore in this file.
import * as vscode from 'vscode';
import type { Settings } from '../config';
import type { ArticleAnalysis, TypoAnnotation } from '../../core/types';

export const DIAGNOSTIC_SOURCE = 'news';

export class TypoDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);

  update(doc: vscode.TextDocument, analysis: ArticleAnalysis | undefined, settings: Settings): void {
    if (!analysis || !settings.typosEnabled) {
      this.collection.delete(doc.uri);
      return;
    }
    this.collection.set(
      doc.uri,
      analysis.typos.map((t) => toDiagnostic(doc, t, settings.typoSeverity)),
    );
  }

  clear(uri: vscode.Uri): void {
    this.collection.delete(uri);
  }

  dispose(): void {
    this.collection.dispose();
  }
}

function toDiagnostic(doc: vscode.TextDocument, t: TypoAnnotation, severity: vscode.DiagnosticSeverity): vscode.Diagnostic {
  const range = new vscode.Range(doc.positionAt(t.start), doc.positionAt(t.end));
  const hint = t.suggestions.length ? ` Did you mean “${t.suggestions[0]}”?` : '';
  const d = new vscode.Diagnostic(range, `“${t.text}” looks like a typo.${hint}`, severity);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = 'typo';
  return d;
}

/** Quick fixes for the typo diagnostics; suggestions come from the cached analysis. */
export class TypoActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly analysisOf: (doc: vscode.TextDocument) => ArticleAnalysis | undefined) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const analysis = this.analysisOf(doc);
    for (const diag of context.diagnostics) {
      if (diag.source !== DIAGNOSTIC_SOURCE || diag.code !== 'typo') continue;
      const word = doc.getText(diag.range);
      const start = doc.offsetAt(diag.range.start);
      const typo = analysis?.typos.find((t) => t.start === start && t.text === word);
      (typo?.suggestions ?? []).slice(0, 5).forEach((s, i) => {
        const fix = new vscode.CodeAction(`Change to “${s}”`, vscode.CodeActionKind.QuickFix);
        fix.edit = new vscode.WorkspaceEdit();
        fix.edit.replace(doc.uri, diag.range, s);
        fix.diagnostics = [diag];
        fix.isPreferred = i === 0;
        actions.push(fix);
      });
      const add = new vscode.CodeAction(`Add “${word}” to workspace dictionary`, vscode.CodeActionKind.QuickFix);
      add.command = { command: 'newsAnnotator.addToDictionary', title: add.title, arguments: [word, doc.uri] };
      add.diagnostics = [diag];
      const ignore = new vscode.CodeAction(`Ignore “${word}” in this file`, vscode.CodeActionKind.QuickFix);
      ignore.command = { command: 'newsAnnotator.ignoreInFile', title: ignore.title, arguments: [word, doc.uri] };
      ignore.diagnostics = [diag];
      actions.push(add, ignore);
    }
    return actions;
  }
}
