// Shared access to the extension under test and the per-run workspace (a temp copy of seeds/ made by
// test/harness/run-exthost-tests.js, so tests may edit files and write .vscode/news-words.txt).
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../src/extension/extension';
import type { HighlightKind } from '../../src/extension/config';
import { waitFor } from './runner';

export const EXT_ID = 'news-annotator.news-annotator';

export function extension(): vscode.Extension<NewsAnnotatorApi> {
  const ext = vscode.extensions.getExtension<NewsAnnotatorApi>(EXT_ID);
  assert.ok(ext, `${EXT_ID} is not loaded`);
  return ext;
}

/** The API, activating the extension if needed. */
export async function api(): Promise<NewsAnnotatorApi> {
  return extension().activate();
}

export function folder(): vscode.WorkspaceFolder {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'no workspace folder open');
  return f;
}

/** The seed whose file name starts with `prefix` ("000"), in the temp workspace. */
export async function seedUri(prefix: string): Promise<vscode.Uri> {
  const dir = vscode.Uri.joinPath(folder().uri, 'seeds');
  const names = (await vscode.workspace.fs.readDirectory(dir)).map(([n]) => n).filter((n) => n.startsWith(prefix) && n.endsWith('.txt'));
  assert.strictEqual(names.length, 1, `expected one seeds/${prefix}*.txt, found ${names.join(', ') || 'none'}`);
  return vscode.Uri.joinPath(dir, names[0]);
}

/** Opens a file in the first editor column and makes it the active editor. */
export async function show(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preview: false });
}

/** Opens seed `prefix` and waits until its decorations were applied (analysis done, editor rendered). */
export async function showSeed(prefix: string): Promise<vscode.TextEditor> {
  const ed = await show(await seedUri(prefix));
  const a = await api();
  await waitFor(`decorations on ${prefix}`, () => a.decorations.appliedRanges(ed.document.uri)?.quotes.length);
  return ed;
}

export const KINDS: HighlightKind[] = ['quotes', 'persons', 'places', 'organizations', 'dates', 'boilerplate'];

/** Offsets of ranges, "start-end", sorted: comparable with the core's spans. */
export function offsets(doc: vscode.TextDocument, ranges: readonly vscode.Range[]): string[] {
  return ranges.map((r) => `${doc.offsetAt(r.start)}-${doc.offsetAt(r.end)}`).sort();
}

export function spanOffsets(spans: readonly { start: number; end: number }[]): string[] {
  return spans.map((s) => `${s.start}-${s.end}`).sort();
}

export function rangeOf(doc: vscode.TextDocument, s: { start: number; end: number }): vscode.Range {
  return new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end));
}

/** The position `into` characters inside the first occurrence of `needle` (after `from`). */
export function positionOf(doc: vscode.TextDocument, needle: string, into = 1, from = 0): vscode.Position {
  const at = doc.getText().indexOf(needle, from);
  assert.ok(at >= 0, `"${needle}" not found in ${doc.uri.path}`);
  return doc.positionAt(at + into);
}

export function newsDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'news');
}

/** Hover texts at a position, from every provider, as plain strings. */
export async function hoverText(uri: vscode.Uri, pos: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos)) ?? [];
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** Closes every editor (tests that need one open it again). */
export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Writes an article of the test's own into `<workspace>/<dir>/<name>.news.txt`. */
export async function writeArticle(dir: string, name: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(folder().uri, dir, `${name}.news.txt`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/** Selects the first occurrence of `words` in the editor. */
export function selectWords(ed: vscode.TextEditor, words: string): void {
  const i = ed.document.getText().indexOf(words);
  assert.ok(i >= 0, `"${words}" not in the article`);
  ed.selection = new vscode.Selection(ed.document.positionAt(i), ed.document.positionAt(i + words.length));
}
