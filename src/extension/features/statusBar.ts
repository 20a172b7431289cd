// Status bar item on news files: counts, or why there are none (too large, analysing, failed).
import * as vscode from 'vscode';
import type { DocumentState } from '../documentAnalyses';

export class NewsStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('newsAnnotator.status', vscode.StatusBarAlignment.Right, 100);

  constructor() {
    this.item.name = 'News Annotator';
    this.item.command = 'workbench.view.extension.newsAnnotator';
  }

  show(state: DocumentState | undefined): void {
    const item = this.item;
    item.backgroundColor = undefined;
    if (!state || state.kind === 'analyzing') {
      item.text = '$(sync~spin) News';
      item.tooltip = vscode.l10n.t('News Annotator: analysing…');
    } else if (state.kind === 'tooLarge') {
      const mb = (n: number) => (n / 1048576).toFixed(1);
      item.text = `$(warning) ${vscode.l10n.t('News: not analysed ({0} MB)', mb(state.bytes))}`;
      item.tooltip = vscode.l10n.t('This article is {0} MB, above the limit of {1} MB (setting newsAnnotator.maxFileSizeMB).', mb(state.bytes), mb(state.limit));
      item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    } else if (state.kind === 'error') {
      item.text = `$(error) ${vscode.l10n.t('News: analysis failed')}`;
      item.tooltip = state.message;
      item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
    } else {
      const a = state.analysis;
      const n = (x: number, w: string) => `${x} ${w}${x === 1 ? '' : 's'}`;
      item.text = `$(quote) ${a.quotes.length}  $(person) ${a.entities.length}  $(calendar) ${a.dates.length}  $(warning) ${a.typos.length}`;
      item.tooltip = `News Annotator: ${n(a.quotes.length, 'quote')}, ${n(a.entities.length, 'entity mention')}, ${n(a.dates.length, 'date')}, ${n(a.typos.length, 'typo')}${a.warnings.length ? `\n${a.warnings.join('\n')}` : ''}\nClick to open the News view.`;
    }
    item.show();
  }

  hide(): void {
    this.item.hide();
  }

  dispose(): void {
    this.item.dispose();
  }
}
