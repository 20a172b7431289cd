// Shared helpers of the newcomer scenarios (see run.js): each test belongs to one scenario and is
// registered only when the extension host runs that scenario's workspace.
import * as assert from 'node:assert';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api } from '../helpers';
import { test, waitFor } from '../runner';
import type { StoryNode } from '../../../src/extension/views/storyTree';

export const SCENARIO = process.env.NEWCOMER_SCENARIO ?? '';
/** The scenario's workspace directory on disk (the folder, or the folder holding a multi-root workspace's roots). */
export const WS = process.env.NEWCOMER_WS ?? '';

export function scenarioTest(scenario: string, name: string, fn: () => Promise<void> | void, timeoutMs?: number): void {
  if (scenario === SCENARIO) test(`[${scenario}] ${name}`, fn, timeoutMs);
}

export const fileUri = (...parts: string[]) => vscode.Uri.file(path.join(WS, ...parts));

/** The article ids (URI strings) the Stories view lists, through its own tree provider. */
export async function storyArticleIds(): Promise<Set<string>> {
  const { storyTree } = await api();
  const ids = new Set<string>();
  for (const g of storyTree.getChildren() as StoryNode[]) {
    for (const a of storyTree.getChildren(g) as StoryNode[]) if (a.kind === 'article') ids.add(a.id);
  }
  return ids;
}

/** Waits until the Stories view lists every one of `uris` (and returns what it lists). */
export async function waitForStories(what: string, uris: vscode.Uri[], ms = 60_000): Promise<Set<string>> {
  const want = uris.map((u) => u.toString());
  let last = new Set<string>();
  try {
    return await waitFor(what, async () => {
      last = await storyArticleIds();
      return want.every((id) => last.has(id)) && last;
    }, ms);
  } catch (e) {
    const missing = want.filter((id) => !last.has(id)).map((id) => path.basename(vscode.Uri.parse(id).fsPath));
    throw new Error(`${(e as Error).message}; missing ${missing.join(', ')}`);
  }
}

export async function setAssociations(assoc: Record<string, string> | undefined, target = vscode.ConfigurationTarget.Workspace): Promise<void> {
  await vscode.workspace.getConfiguration('files').update('associations', assoc, target);
}

export async function languageOf(uri: vscode.Uri): Promise<string> {
  return (await vscode.workspace.openTextDocument(uri)).languageId;
}

export function assertNone(ids: Set<string>, uris: vscode.Uri[], why: string): void {
  for (const u of uris) assert.ok(!ids.has(u.toString()), `${path.basename(u.fsPath)} is listed but ${why}`);
}
