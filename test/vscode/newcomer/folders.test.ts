// Issue 17 in one folder: "Treat This Folder as News" on a subfolder with glob characters and on the
// workspace root, and a hand-written absolute association, each reaching the Stories view without a reload.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { api, folder } from '../helpers';
import { waitFor } from '../runner';
import { assertNone, fileUri, languageOf, scenarioTest, setAssociations, storyArticleIds, waitForStories } from './helpers';

const root = [0, 1, 2].map((i) => fileUri(`root-${i}.txt`));
const sub = [0, 1, 2].map((i) => fileUri('sub {b} [c]', `sub-${i}.txt`));
const hand = [0, 1].map((i) => fileUri('by hand', `hand-${i}.txt`));

scenarioTest('folders', 'the offer is made once; "Never for this workspace" is kept', async () => {
  const a = await api();
  const offer = await waitFor('the offer', () => a.folderPrompt.offers[0], 15_000);
  assert.match(offer.message, /^Annotate these 8 articles as news\?/);
  a.folderPrompt.choose('never');
  await waitFor('the answer logged', () => a.log.recent.some((l) => /: never$/.test(l)));
  assert.strictEqual(await a.folderPrompt.check(), 'alreadyAsked');
  assert.strictEqual(a.folderPrompt.offers.length, 1);
});

scenarioTest('folders', 'Treat This Folder as News on a subfolder with [ and { lists its articles, and only them', async () => {
  const glob = await vscode.commands.executeCommand<string>('newsAnnotator.treatFolderAsNews', vscode.Uri.joinPath(folder().uri, 'sub {b} [c]'));
  assert.ok(glob.endsWith('/sub [{]b[}] [[]c[]]/**/*.txt'), glob);
  const ids = await waitForStories('the subfolder articles', sub);
  assertNone(ids, [...root, ...hand], 'its folder was not marked');
  assert.strictEqual(await languageOf(sub[1]), 'news', 'the association gives the language');
  assert.notStrictEqual(await languageOf(root[0]), 'news');
}, 90_000);

scenarioTest('folders', 'a hand-written absolute association is scanned without a reload', async () => {
  const assoc = vscode.workspace.getConfiguration('files').inspect<Record<string, string>>('associations')?.workspaceValue ?? {};
  const abs = `${folder().uri.fsPath}/by hand/*.txt`;
  await setAssociations({ ...assoc, [abs]: 'news' });
  const ids = await waitForStories('the hand-associated articles', [...sub, ...hand]);
  assertNone(ids, root, 'the root was not marked');
  assert.strictEqual(await languageOf(hand[0]), 'news');
  // Removing it by hand takes its articles away again.
  await setAssociations(assoc);
  await waitFor('hand articles gone', async () => {
    const now = await storyArticleIds();
    return hand.every((u) => !now.has(u.toString()));
  }, 30_000);
}, 90_000);

scenarioTest('folders', 'Treat This Folder as News on the workspace root lists every article', async () => {
  await vscode.commands.executeCommand('newsAnnotator.treatFolderAsNews', folder().uri);
  await waitForStories('every article', [...root, ...sub, ...hand]);
  assert.strictEqual(await languageOf(root[2]), 'news');
  const a = await api();
  assert.strictEqual(a.log.errors, 0, a.log.recent.join('\n'));
}, 90_000);

scenarioTest('folders', 'Treat This Folder as News on a folder outside the workspace lists its articles too', async () => {
  const outside = [0, 1].map((i) => fileUri('..', 'outside [o]', `out-${i}.txt`));
  await vscode.commands.executeCommand('newsAnnotator.treatFolderAsNews', fileUri('..', 'outside [o]'));
  await waitForStories('the outside articles', [...outside, ...root, ...sub, ...hand]);
  assert.strictEqual(await languageOf(outside[0]), 'news');
}, 90_000);
