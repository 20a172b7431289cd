// A workspace of the user's own news-like .txt files: one offer, "Yes" analyses them; the
// walkthrough's steps run; a file that cannot be analysed is logged and explained once; reading a
// few thousand articles shows progress and can be cancelled.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, extension } from '../helpers';
import { sleep, waitFor } from '../runner';
import { article } from './articles';
import { fileUri, languageOf, scenarioTest, waitForStories } from './helpers';

const DIR = 'press cuttings [2026] {east}';
const stories = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => fileUri(DIR, `story-${i}.txt`));

scenarioTest('news', 'news-like files get exactly one offer; after "Yes" the articles are analysed', async () => {
  const a = await api();
  const offer = await waitFor('the offer', () => a.folderPrompt.offers[0], 15_000);
  // 9 .txt files (8 articles and a README) in the folder; the sample decides, the offer counts them all.
  assert.match(offer.message, /^Annotate these 9 articles as news\? \(press cuttings \[2026\] \{east\}\)$/);
  assert.strictEqual(offer.folder.fsPath, fileUri(DIR).fsPath);
  a.folderPrompt.choose('yes');
  await waitForStories('the folder articles', stories);
  const view = await a.corpus.refresh();
  for (const u of stories) assert.ok(view.article(u.toString())?.quotes, `${path.basename(u.fsPath)} has its quotes`);
  assert.strictEqual(await languageOf(stories[3]), 'news');
  // Asked once: neither a second check nor a while later brings another offer.
  assert.strictEqual(await a.folderPrompt.check(), 'alreadyAsked');
  await sleep(1000);
  assert.strictEqual(a.folderPrompt.offers.length, 1);
}, 90_000);

scenarioTest('news', 'the walkthrough is registered and its steps\' commands run', async () => {
  const ext = extension();
  const walkthroughs = ext.packageJSON.contributes.walkthroughs as { id: string; steps: { id: string; description: string; media: { markdown: string } }[] }[];
  assert.strictEqual(walkthroughs.length, 1);
  const nls = JSON.parse(fs.readFileSync(path.join(ext.extensionPath, 'package.nls.json'), 'utf8')) as Record<string, string>;
  const text = (s: string) => nls[s.replace(/^%|%$/g, '')] ?? s;
  const commands = new Set(await vscode.commands.getCommands(true));
  const run: string[] = [];
  for (const step of walkthroughs[0].steps) {
    assert.ok(fs.existsSync(path.join(ext.extensionPath, step.media.markdown)), `${step.id}: ${step.media.markdown} exists`);
    const ids = [...text(step.description).matchAll(/\(command:([\w.]+)/g)].map((m) => m[1]);
    assert.strictEqual(ids.length, 1, `${step.id} links one command`);
    const id = ids[0];
    assert.ok(commands.has(id), `${step.id}: ${id} is registered`);
    // The steps that ask (a folder, a label and note, an export format) get the answers as arguments.
    let args: unknown[] = [];
    if (id === 'newsAnnotator.treatFolderAsNews') args = [fileUri(DIR)];
    if (id === 'newsAnnotator.annotateSelection') {
      const ed = vscode.window.activeTextEditor;
      assert.ok(ed && ed.document.languageId === 'news', 'a news article is open for the annotate step');
      const words = /\p{L}+ \p{L}+/u.exec(ed.document.getText().slice(20));
      assert.ok(words, 'words to annotate');
      const at = 20 + words.index;
      ed.selection = new vscode.Selection(ed.document.positionAt(at), ed.document.positionAt(at + words[0].length));
      args = ['claim', 'A note from the walkthrough test.'];
    }
    if (id === 'newsAnnotator.exportAnnotations') args = ['w3c', 'user,auto', fs.mkdtempSync(path.join(os.tmpdir(), 'walkthrough-export-'))];
    const result = await vscode.commands.executeCommand(id, ...args);
    if (id === 'newsAnnotator.annotateSelection') assert.ok(result && (result as { id?: string }).id, 'the annotate step made an annotation');
    if (id === 'newsAnnotator.exportAnnotations') assert.strictEqual((result as { code?: number } | undefined)?.code, 0, 'the export step exported');
    run.push(id);
  }
  assert.deepStrictEqual(run.slice(0, 3), ['newsAnnotator.openSampleArticle', 'newsAnnotator.treatFolderAsNews', 'newsAnnotator.showStories']);
  const ed = vscode.window.activeTextEditor;
  assert.ok(ed && ed.document.languageId === 'news' && /\/samples\/[^/]+\.news\.txt$/.test(ed.document.uri.path) && !ed.document.uri.path.startsWith(`${extension().extensionUri.path}/media/`), `a sample article is open as news: ${ed?.document.uri.toString()} (${ed?.document.languageId})`);
  // The walkthrough itself opens (VS Code's command, with this extension's id).
  await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${ext.id}#gettingStarted`, false);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}, 60_000);

scenarioTest('news', 'a file that cannot be analysed is logged with its file and offers Show Log once', async () => {
  const a = await api();
  assert.strictEqual(a.log.notices.length, 0, `no failure before: ${a.log.notices.join(' | ')}`);
  const broken = fileUri(DIR, 'broken.txt');
  await vscode.workspace.fs.writeFile(broken, new Uint8Array([0x64, 0x61, 0xff, 0xfe, 0x00, 0x41, 0x0a]));
  await waitFor('the error in the log', () => a.log.recent.find((l) => l.startsWith('broken.txt: ') && l.includes(broken.fsPath)), 20_000);
  assert.strictEqual(a.log.notices.length, 1);
  assert.match(a.log.notices[0], /could not analyse broken\.txt/);
  const again = fileUri(DIR, 'broken-too.txt');
  await vscode.workspace.fs.writeFile(again, new Uint8Array([0xc3, 0x28, 0x0a]));
  await waitFor('the second error', () => a.log.recent.some((l) => l.startsWith('broken-too.txt: ')), 20_000);
  assert.strictEqual(a.log.notices.length, 1, 'the user is told once, the log has every error');
  assert.ok(a.log.errors >= 2);
  assert.ok(a.log.recent.some((l) => /^analysed story-\d\.txt in \d+ ms/.test(l)), 'analysis timings are logged');
  assert.ok(a.log.recent.some((l) => /^corpus: \d+ news files found/.test(l)), 'the corpus size is logged');
  await vscode.commands.executeCommand('newsAnnotator.showLog');
  // After a full read the Stories view says so too, instead of silently leaving them out.
  await vscode.commands.executeCommand('newsAnnotator.refresh');
  await waitFor('the view message', () => /^2 of \d+ news files were not read/.test(a.storyView.message ?? ''), 20_000);
  assert.strictEqual(a.log.notices.length, 1, 'still told once');
  await vscode.workspace.fs.delete(broken);
  await vscode.workspace.fs.delete(again);
}, 60_000);

scenarioTest('news', 'indexing a few thousand articles shows progress and can be cancelled', async () => {
  const a = await api();
  const N = 3000;
  const bulk = path.join(fileUri().fsPath, 'archive');
  fs.mkdirSync(bulk, { recursive: true });
  for (let i = 0; i < N; i++) fs.writeFileSync(path.join(bulk, `a${String(i).padStart(4, '0')}.txt`), article(i, 9));
  const messages: string[] = [];
  const seen = setInterval(() => a.progress.message && messages.at(-1) !== a.progress.message && messages.push(a.progress.message), 20);
  try {
    // The command returns when the scan ends: do not wait for it before cancelling.
    const command = vscode.commands.executeCommand('newsAnnotator.treatFolderAsNews', vscode.Uri.file(bulk));
    const reading = await waitFor('the view message', () => /^Reading ([\d,]+) of ([\d,]+) articles…$/.exec(a.progress.message), 60_000);
    assert.ok(+reading[2].replace(/,/g, '') >= N, reading[0]);
    assert.strictEqual(a.storyView.message, a.progress.message, 'the Stories view shows it');
    // Let it read a while (the worker's first analysis loads its models), then press Cancel.
    await waitFor('50 articles read', () => a.progress.reports >= 2 && +(/^Reading ([\d,]+)/.exec(a.progress.message)?.[1] ?? '0').replace(/,/g, '') >= 50, 90_000);
    a.progress.cancel();
    const stopped = await waitFor('the stop message', () => /^Stopped after reading ([\d,]+) of ([\d,]+) articles/.exec(a.progress.message), 30_000);
    await command;
    const read = +stopped[1].replace(/,/g, '');
    assert.ok(read < N, `stopped early: ${stopped[0]}`);
    await sleep(500);
    const held = (await a.corpus.refresh()).ids().length;
    assert.ok(held < N, `the corpus holds only what was read (${held})`);
    assert.ok(messages.filter((m) => m.startsWith('Reading ')).length >= 2, `the count moved: ${messages.slice(0, 5).join(' | ')}`);
    const logged = a.log.recent.find((l) => /^corpus: cancelled after \d+ of \d+ files/.test(l));
    assert.ok(logged, 'the log says so');
    console.log(`[ext-test] info ${logged}; ${a.progress.reports} progress reports`); // the figure for the report
  } finally {
    clearInterval(seen);
  }
}, 180_000);
