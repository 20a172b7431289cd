// Which workspace files are news: the `news` language's own patterns plus files.associations, as
// RelativePatterns the corpus scan and its watchers can use. "Treat This Folder as News" writes its
// association through here, so the language and the scan read the same glob.
import * as vscode from 'vscode';
import {
  BUILT_IN_NEWS_GLOBS,
  associationsFor,
  folderAssociationGlob,
  globKind,
  scanTargets,
  toPosixPath,
} from '../core/workspace/associationGlobs';

export const NEWS_LANGUAGE = 'news';
export const SCAN_EXCLUDE = '**/{node_modules,.git,.vscode-test-harness}/**';

function folderPaths(): string[] {
  return (vscode.workspace.workspaceFolders ?? []).map((f) => toPosixPath(f.uri.fsPath));
}

function baseUri(base: string): vscode.Uri {
  // Search the workspace folder itself when the base is one (keeps remote/virtual folders' scheme).
  const folder = vscode.workspace.workspaceFolders?.find((f) => toPosixPath(f.uri.fsPath) === base);
  return folder ? folder.uri : vscode.Uri.file(base);
}

/** The user's (and the command's) news associations, from every settings scope. */
export function newsAssociations(): string[] {
  return associationsFor(vscode.workspace.getConfiguration('files').get<Record<string, unknown>>('associations'), NEWS_LANGUAGE);
}

/** Associations VS Code never applies (a "/" without "**\/" or an absolute path), to explain in the log. */
export function ineffectiveAssociations(): string[] {
  return newsAssociations().filter((g) => globKind(g) === 'relative');
}

/** Every place to search for news files, deduplicated. */
export function newsFilePatterns(): vscode.RelativePattern[] {
  const seen = new Set<string>();
  const out: vscode.RelativePattern[] = [];
  for (const glob of [...BUILT_IN_NEWS_GLOBS, ...newsAssociations()]) {
    for (const t of scanTargets(glob, folderPaths())) {
      const key = `${t.base}\u0000${t.pattern}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(new vscode.RelativePattern(baseUri(t.base), t.pattern));
    }
  }
  return out;
}

/** All news files (URIs, deduplicated), at most `max`. */
export async function findNewsFiles(max: number, token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const found = new Map<string, vscode.Uri>();
  for (const pattern of newsFilePatterns()) {
    if (found.size >= max || token?.isCancellationRequested) break;
    for (const uri of await vscode.workspace.findFiles(pattern, SCAN_EXCLUDE, max, token)) {
      if (found.size >= max) break;
      found.set(uri.toString(), uri);
    }
  }
  return [...found.values()];
}

/**
 * Adds "every .txt under `folder`" to files.associations (workspace settings; the workspace file in
 * a multi-root workspace; the user settings in a window without a folder). Returns the glob written.
 */
export async function associateFolder(folder: vscode.Uri): Promise<string> {
  const glob = folderAssociationGlob(folder.fsPath);
  const files = vscode.workspace.getConfiguration('files');
  // Without a workspace (a folder picked in an empty window) only the user settings can hold it.
  const inWorkspace = !!vscode.workspace.workspaceFolders?.length;
  const inspected = files.inspect<Record<string, string>>('associations');
  const current = (inWorkspace ? inspected?.workspaceValue : inspected?.globalValue) ?? {};
  if (current[glob] !== NEWS_LANGUAGE) {
    await files.update('associations', { ...current, [glob]: NEWS_LANGUAGE }, inWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
  }
  return glob;
}

/** Fires when the set of news files may have changed: associations edited, folders added or removed. */
export function onDidChangeNewsFileSet(listener: () => void): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('files.associations') && listener()),
    vscode.workspace.onDidChangeWorkspaceFolders(() => listener()),
  );
}

/**
 * Rescans when the news patterns really changed. The command that writes an association and the
 * configuration event it causes both call `update`: the second call joins the first scan.
 */
export class NewsFileSet {
  private key = patternKey();
  private current: Promise<void> | undefined;

  constructor(private readonly rescan: () => Promise<void>) {}

  update(): Promise<void> {
    const key = patternKey();
    if (key === this.key && this.current) return this.current;
    if (key === this.key) return Promise.resolve();
    this.key = key;
    return (this.current = this.rescan());
  }
}

function patternKey(): string {
  return newsFilePatterns()
    .map((p) => `${p.baseUri.toString()}|${p.pattern}`)
    .sort()
    .join('\n');
}
