// Issue 17 in a multi-root workspace: the command on the second root (a name with a space and "[")
// writes to the workspace file, and a relative "**/" association in the first root is scanned too.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { api } from '../helpers';
import { fileUri, languageOf, scenarioTest, setAssociations, storyArticleIds, waitForStories } from './helpers';

const two = [0, 1, 2].map((i) => fileUri('two words [x]', `two-${i}.txt`));
const clips = [0, 1].map((i) => fileUri('one', 'clips', `clip-${i}.txt`));

scenarioTest('multi', 'Treat This Folder as News on the second root of a multi-root workspace', async () => {
  await api();
  const roots = vscode.workspace.workspaceFolders ?? [];
  assert.strictEqual(roots.length, 2, 'two roots');
  const glob = await vscode.commands.executeCommand<string>('newsAnnotator.treatFolderAsNews', roots[1].uri);
  assert.ok(glob.includes('two words [[]x[]]'), glob);
  const ids = await waitForStories('the second root', two);
  assert.ok(clips.every((u) => !ids.has(u.toString())));
  assert.strictEqual(await languageOf(two[0]), 'news');
  const written = vscode.workspace.getConfiguration('files').inspect<Record<string, string>>('associations')?.workspaceValue ?? {};
  assert.strictEqual(written[glob], 'news', 'written to the workspace file');
}, 90_000);

scenarioTest('multi', 'a relative **/ association reaches files in the other root', async () => {
  const assoc = vscode.workspace.getConfiguration('files').inspect<Record<string, string>>('associations')?.workspaceValue ?? {};
  await setAssociations({ ...assoc, '**/clips/*.txt': 'news' });
  await waitForStories('the clips', [...two, ...clips]);
  assert.strictEqual(await languageOf(clips[1]), 'news');
  assert.ok(!(await storyArticleIds()).has(fileUri('one', 'other.txt').toString()));
}, 90_000);
