// Typed access to the extension's settings. Their defaults are declared once, in package.json
// (contributes.configuration): `getConfiguration` already applies them, and a value of the wrong
// type in the user's settings falls back to the same manifest default (bundled from package.json).
import * as vscode from 'vscode';
import { contributes } from '../../package.json';

export const SECTION = 'newsAnnotator';

export type HighlightKind = 'quotes' | 'persons' | 'places' | 'organizations' | 'dates' | 'boilerplate';
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['quotes', 'persons', 'places', 'organizations', 'dates', 'boilerplate'];
type Dialect = 'auto' | 'en-GB' | 'en-US';

export interface Settings {
  highlight: Record<HighlightKind, boolean>;
  typosEnabled: boolean;
  typoSeverity: vscode.DiagnosticSeverity;
  dialect: Dialect;
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

interface Property {
  type: string;
  default: unknown;
  enum?: string[];
  minimum?: number;
  maximum?: number;
}
const PROPERTIES = contributes.configuration.properties as Record<string, Property>;

/** The manifest's declaration of `newsAnnotator.<key>`; a missing one is a programming error. */
export function manifestProperty(key: string): Property {
  const p = PROPERTIES[`${SECTION}.${key}`];
  if (!p) throw new Error(`setting ${SECTION}.${key} is not declared in package.json`);
  return p;
}

/** The value if it has the manifest's type (and is one of its enum values, within its bounds), else the manifest default. */
function read<T>(c: vscode.WorkspaceConfiguration, key: string): T {
  const p = manifestProperty(key);
  const v = c.get<unknown>(key);
  const ok =
    p.type === 'array'
      ? Array.isArray(v)
      : p.type === 'number'
        ? typeof v === 'number' && Number.isFinite(v)
        : typeof v === p.type && (!p.enum || p.enum.includes(v as string));
  if (!ok) return p.default as T;
  if (typeof v === 'number') return Math.min(p.maximum ?? Infinity, Math.max(p.minimum ?? -Infinity, v)) as T;
  return v as T;
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const highlight = {} as Record<HighlightKind, boolean>;
  for (const k of HIGHLIGHT_KINDS) highlight[k] = read<boolean>(c, `highlight.${k}`);
  return {
    highlight,
    typosEnabled: read<boolean>(c, 'typos.enabled'),
    typoSeverity: SEVERITY[read<string>(c, 'typos.severity')],
    dialect: read<Dialect>(c, 'spelling.dialect'),
    extraWords: read<unknown[]>(c, 'spelling.words').filter((w): w is string => typeof w === 'string'),
    wordListPath: read<string>(c, 'spelling.wordListPath'),
    debounceMs: read<number>(c, 'debounceMs'),
    maxFileBytes: read<number>(c, 'maxFileSizeMB') * 1024 * 1024,
    maxCorpusFiles: read<number>(c, 'corpus.maxFiles'),
  };
}
