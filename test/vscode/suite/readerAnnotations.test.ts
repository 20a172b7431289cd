// Issue "Annotate as a reader": annotations made through the command, moved by edits (and undo),
// stored beside the article and read back, re-anchored when the file changed on disk while closed
// (or sent to Needs attention), and corrections of the automatic layer reaching the analysis.
import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, extension, folder, show, selectWords, writeArticle } from '../helpers';
import { test, waitFor } from '../runner';

const ARTICLE = [
  'date 2025-03-02',
  '',
  'The mayor of Gdansk, Marta Kowalski, said the harbour bridge would open in May.',
  '“We are ready,” Kowalski said on Sunday. The bridge cost 40 million euros.',
  'Aleksander Nowak, a ferry operator, said the bridge would cost him passengers.',
  '',
].join('\n');

const article = (name: string, text = ARTICLE) => writeArticle('reader', name, text);
const select = selectWords;

const storeOf = (uri: vscode.Uri) => vscode.Uri.file(`${uri.fsPath}.annotations.json`);

async function storedJson(uri: vscode.Uri): Promise<{ items?: unknown[] } & Record<string, unknown>> {
  return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(storeOf(uri))));
}

test('Annotate Selection labels the words, draws them and stores a W3C annotation beside the article', async () => {
  const a = await api();
  const uri = await article('annotate');
  const ed = await show(uri);
  await a.reader.layer.ensureLoaded(ed.document);
  select(ed, 'the harbour bridge would open in May');
  await vscode.commands.executeCommand('newsAnnotator.annotateSelection', 'claim', 'Check the opening date with the port authority.');
  const live = a.reader.layer.list(uri);
  assert.strictEqual(live.length, 1);
  assert.strictEqual(ed.document.getText().slice(live[0].range!.start, live[0].range!.end), 'the harbour bridge would open in May');
  await a.reader.layer.flush(uri);
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(storeOf(uri)));
  assert.match(text, /"TextQuoteSelector"/);
  assert.match(text, /"TextPositionSelector"/);
  assert.match(text, /Check the opening date/);
  assert.match(text, /http:\/\/www\.w3\.org\/ns\/anno\.jsonld/);
  // The note is a comment thread; the annotation is in the Annotations view under its label.
  const groups = a.reader.view.getChildren();
  const claim = groups.find((g) => g.kind === 'group' && g.key === 'claim');
  assert.ok(
    claim && claim.kind === 'group' && claim.items.length === 1,
    `groups: ${JSON.stringify(groups.map((g) => g.kind === 'group' && g.key))}`,
  );
});

test('typing above an annotation moves it with its words; undo moves it back', async () => {
  const a = await api();
  const uri = await article('moves');
  const ed = await show(uri);
  await a.reader.layer.ensureLoaded(ed.document);
  select(ed, 'Aleksander Nowak');
  await vscode.commands.executeCommand('newsAnnotator.annotateSelection', 'evidence', '');
  const before = a.reader.layer.list(uri)[0].range!;
  await ed.edit((b) => b.insert(new vscode.Position(2, 0), 'A new first sentence. '));
  const moved = a.reader.layer.list(uri)[0].range!;
  assert.strictEqual(moved.start, before.start + 'A new first sentence. '.length);
  assert.strictEqual(ed.document.getText().slice(moved.start, moved.end), 'Aleksander Nowak');
  await vscode.commands.executeCommand('undo');
  await waitFor('undo', () => !ed.document.getText().includes('A new first sentence.'));
  assert.deepStrictEqual(a.reader.layer.list(uri)[0].range, before);
});

test('closed and read again, the annotation is back on its words (the store survives a reload)', async () => {
  const a = await api();
  const uri = await article('reload');
  const ed = await show(uri);
  await a.reader.layer.ensureLoaded(ed.document);
  select(ed, 'We are ready');
  await vscode.commands.executeCommand('newsAnnotator.annotateSelection', 'opinion', 'Spin?');
  await a.reader.layer.flush(uri);
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  a.reader.layer.forget(uri); // as after a window reload: nothing in memory
  const again = await show(uri);
  await a.reader.layer.ensureLoaded(again.document);
  const live = a.reader.layer.list(uri);
  assert.strictEqual(live.length, 1);
  assert.strictEqual(live[0].annotation.note, 'Spin?');
  assert.strictEqual(again.document.getText().slice(live[0].range!.start, live[0].range!.end), 'We are ready');
});

test('changed on disk while closed: re-anchored when the words moved, Needs attention when they changed', async () => {
  const a = await api();
  const uri = await article('disk');
  const ed = await show(uri);
  await a.reader.layer.ensureLoaded(ed.document);
  select(ed, 'Marta Kowalski');
  await vscode.commands.executeCommand('newsAnnotator.annotateSelection', 'claim', 'moved');
  select(ed, 'a ferry operator');
  await vscode.commands.executeCommand('newsAnnotator.annotateSelection', 'claim', 'changed');
  await a.reader.layer.flush(uri);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  a.reader.layer.forget(uri);
  // Another editor (or git pull): a paragraph added on top, and the second annotated words rewritten.
  const edited = ARTICLE.replace('\n\n', '\n\nA paragraph added by a later edition of the article.\n\n').replace(
    'a ferry operator',
    'who runs the night boats',
  );
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(edited));
  // The document may still be in memory with the old text until VS Code notices the change on disk.
  await waitFor('the new text in the editor', async () => (await vscode.workspace.openTextDocument(uri)).getText() === edited);
  const again = await show(uri);
  await a.reader.layer.ensureLoaded(again.document);
  const live = a.reader.layer.list(uri);
  const moved = live.find((l) => l.annotation.note === 'moved')!;
  const changed = live.find((l) => l.annotation.note === 'changed')!;
  assert.strictEqual(again.document.getText().slice(moved.range!.start, moved.range!.end), 'Marta Kowalski');
  assert.strictEqual(changed.range, undefined, 'the rewritten words must not be annotated');
  const attention = a.reader.view.getChildren().find((g) => g.kind === 'group' && g.key === 'attention');
  assert.ok(attention, 'no Needs attention group');
  // Re-attach it to the words the reader picks.
  select(again, 'who runs the night boats');
  await vscode.commands.executeCommand('newsAnnotator.reattachAnnotation', changed.annotation.id);
  assert.strictEqual(
    a.reader.layer.find(changed.annotation.id)?.live.range?.start,
    again.document.getText().indexOf('who runs the night boats'),
  );
});

test('Change Speaker corrects the quote in the analysis, the hover and the exported JSON', async () => {
  const a = await api();
  const uri = await article('correct');
  const ed = await show(uri);
  const first = await waitFor('analysis', () => a.analyze(ed.document));
  const q = first.quotes.find((x) => x.text.includes('We are ready'));
  assert.ok(q, 'the quote was not found');
  await vscode.commands.executeCommand('newsAnnotator.changeSpeaker', uri.toString(), q.start + 2, 'Aleksander Nowak');
  const fixed = await waitFor('the corrected analysis', async () => {
    const now = await a.analyze(ed.document);
    const x = now?.quotes.find((y) => y.start === q.start);
    return x?.corrected ? x : undefined;
  });
  assert.strictEqual(fixed.speaker, 'Aleksander Nowak');
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    uri,
    ed.document.positionAt(q.start + 2),
  );
  const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  assert.match(text, /Aleksander Nowak/);
  assert.match(text, /Corrected by a reader/);
  const json = await vscode.commands.executeCommand<{
    articles: { annotations: { kind: string; start: number; speaker?: string; corrected?: boolean }[] }[];
  }>('newsAnnotator.exportJson');
  const out = json.articles[0].annotations.find((x) => x.kind === 'quote' && x.start === q.start);
  assert.deepStrictEqual([out?.speaker, out?.corrected], ['Aleksander Nowak', true]);
  // The Stories tree lists the quote under its corrected speaker.
  const leaves = await a.storyTree.getChildren({ kind: 'section', id: uri.toString(), section: 'quotes' });
  assert.ok(
    leaves.some((n) => n.kind === 'leaf' && /^Aleksander Nowak: “We are ready/.test(n.label)),
    `tree leaves: ${JSON.stringify(leaves.map((n) => n.kind === 'leaf' && n.label))}`,
  );
  // The CLI reads the same store: its JSON carries the fix too.
  await a.reader.layer.flush(uri);
  const cli = path.join(extension().extensionPath, 'dist', 'cli.js');
  const r = spawnSync(process.execPath, [cli, 'analyze', uri.fsPath, '--json'], {
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
  assert.strictEqual(r.status, 0, r.stderr);
  const fromCli = JSON.parse(r.stdout).articles[0].annotations.find(
    (x: { kind: string; start: number }) => x.kind === 'quote' && x.start === q.start,
  );
  assert.deepStrictEqual([fromCli?.speaker, fromCli?.corrected], ['Aleksander Nowak', true]);
});

test('deleting an annotation removes it from the store file', async () => {
  const a = await api();
  const uri = await article('delete');
  const ed = await show(uri);
  await a.reader.layer.ensureLoaded(ed.document);
  select(ed, 'Sunday');
  const made = await vscode.commands.executeCommand<{ id: string }>('newsAnnotator.annotateSelection', 'verified', '');
  await a.reader.layer.flush(uri);
  assert.strictEqual((await storedJson(uri)).items?.filter(Boolean).length, 1); // the store ends its list with a null (union-merge safe)
  await vscode.commands.executeCommand('newsAnnotator.deleteAnnotation', made.id, false);
  await a.reader.layer.flush(uri);
  assert.doesNotMatch(JSON.stringify(await storedJson(uri)), new RegExp(made.id));
});
