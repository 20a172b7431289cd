// Typed access to the extension's settings (contributes.configuration in package.json).
import * as vscode from 'vscode';

export const SECTION = 'newsAnnotator';

export type HighlightKind = 'quotes' | 'persons' | 'places' | 'organizations' | 'dates' | 'boilerplate';
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['quotes', 'persons', 'places', 'organizations', 'dates', 'boilerplate'];

export interface Settings {
  highlight: Record<HighlightKind, boolean>;
  typosEnabled: boolean;
  typoSeverity: vscode.DiagnosticSeverity;
  dialect: 'auto' | 'en-GB' | 'en-US';
  extraWords: string[];
  wordListPath: string;
  debounceMs: number;
  maxFileBytes: number;
  maxCorpusFiles: number;
}

const SEVERITY: Record<string, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const highlight = {} as Record<HighlightKind, boolean>;
  for (const k of HIGHLIGHT_KINDS) highlight[k] = c.get<boolean>(`highlight.${k}`, true);
  return {
    highlight,
    typosEnabled: c.get<boolean>('typos.enabled', true),
    typoSeverity: SEVERITY[c.get<string>('typos.severity', 'information')] ?? vscode.DiagnosticSeverity.Information,
    dialect: c.get<'auto' | 'en-GB' | 'en-US'>('spelling.dialect', 'auto'),
    extraWords: c.get<string[]>('spelling.words', []).filter((w) => typeof w === 'string'),
    wordListPath: c.get<string>('spelling.wordListPath', '.vscode/news-words.txt'),
    debounceMs: Math.max(0, c.get<number>('debounceMs', 150)),
    maxFileBytes: Math.max(0.1, c.get<number>('maxFileSizeMB', 5)) * 1024 * 1024,
    maxCorpusFiles: Math.max(0, c.get<number>('corpus.maxFiles', 20000)),
  };
}
