// Issues "Annotate as a reader" and "Correct the machine", the parts readerAnnotations.test.ts does
// not reach: comment-thread actions, the Annotations view's grouping and filter, next/previous,
// rename and delete of an article, the label file, a name-wide correction reaching another open
// article, accepting all automatic marks of a kind, and the Export / Import commands.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { NoteComment } from '../../../src/extension/annotations/readerComments';
import { api, folder, show, selectWords, writeArticle } from '../helpers';
import { test, waitFor } from '../runner';

const ARTICLE = [
  'date 2025-04-11',
  '',
  'The harbour master of Tarnow, Ilona Brzeska, said the new pier would open in June.',
  '“The pier is safe,” Brzeska said on Friday. It cost 12 million zloty.',
  'Piotr Zielny, a fisherman, said the pier had blocked his mooring.',
  '',
].join('\n');

const article = (name: string, text = ARTICLE) => writeArticle('readermore', name, text);
const select = selectWords;

async function annotate(ed: vscode.TextEditor, words: string, label: string, note = ''): Promise<{ id: string }> {
  select(ed, words);
  const made = await vscode.commands.executeCommand<{ id: string }>('newsAnnotator.annotateSelection', label, note);
  assert.ok(made?.id, `no annotation made on "${words}"`);
  return made;
}

const storeOf = (uri: vscode.Uri) => `${uri.fsPath}.annotations.json`;
const selected = (ed: vscode.TextEditor) => ed.document.getText(ed.selection);

test('comment thread: reply, edit the reply, resolve and reopen, delete the reply — each reaches the store', async () => {
  const a = await api();
  const uri = await article('thread');
  const ed = await show(uri);
  await a.reader.layer.ensureLoaded(ed.document);
  const { id } = await annotate(ed, 'the new pier would open in June', 'claim', 'Ask the port.');
  const thread = await waitFor('the note thread', () => a.reader.comments.threadOf(id));
  assert.strictEqual((thread.comments[0].body as vscode.MarkdownString).value, 'Ask the port.');
  assert.match(String(thread.label), /the new pier/);

  await vscode.commands.executeCommand('newsAnnotator.notes.reply', { thread, text: 'The port says July.' });
  assert.deepStrictEqual(
    a.reader.layer.find(id)?.live.annotation.replies.map((r) => r.text),
    ['The port says July.'],
  );
  assert.strictEqual(thread.comments.length, 2);

  // Edit as the UI does: Edit switches the comment to editing mode, VS Code writes the new body, Save.
  const reply = thread.comments[1] as NoteComment;
  await vscode.commands.executeCommand('newsAnnotator.notes.edit', reply);
  assert.strictEqual(thread.comments[1].mode, vscode.CommentMode.Editing);
  reply.body = 'The port says August.';
  await vscode.commands.executeCommand('newsAnnotator.notes.save', reply);
  assert.deepStrictEqual(
    a.reader.layer.find(id)?.live.annotation.replies.map((r) => r.text),
    ['The port says August.'],
  );
  assert.strictEqual(thread.comments[1].mode, vscode.CommentMode.Preview);
  // Cancel leaves the text as it was; typing in the article meanwhile (every annotation moves) does
  // not end the editing.
  const again = thread.comments[1] as NoteComment;
  await vscode.commands.executeCommand('newsAnnotator.notes.edit', again);
  await ed.edit((b) => b.insert(new vscode.Position(2, 0), 'Updated. '));
  assert.strictEqual(thread.comments[1].mode, vscode.CommentMode.Editing, 'typing in the article ended the comment edit');
  again.body = 'never saved';
  await vscode.commands.executeCommand('newsAnnotator.notes.cancel', again);
  assert.strictEqual((thread.comments[1].body as vscode.MarkdownString).value, 'The port says August.');

  await vscode.commands.executeCommand('newsAnnotator.notes.resolve', thread);
  assert.strictEqual(a.reader.layer.find(id)?.live.annotation.resolved, true);
  assert.strictEqual(thread.state, vscode.CommentThreadState.Resolved);
  assert.strictEqual(thread.contextValue, 'newsThreadResolved'); // the menus show Reopen, not Resolve
  await a.reader.layer.flush(uri);
  assert.match(fs.readFileSync(storeOf(uri), 'utf8'), /The port says August\./);
  await vscode.commands.executeCommand('newsAnnotator.notes.unresolve', thread);
  assert.strictEqual(a.reader.layer.find(id)?.live.annotation.resolved, false);
  assert.strictEqual(thread.contextValue, 'newsThread');

  await vscode.commands.executeCommand('newsAnnotator.notes.delete', thread.comments[1]);
  assert.deepStrictEqual(a.reader.layer.find(id)?.live.annotation.replies, []);
  assert.strictEqual(thread.comments.length, 1);
  await a.reader.layer.flush(uri);
  const stored = fs.readFileSync(storeOf(uri), 'utf8');
  assert.doesNotMatch(stored, /The port says/);
  assert.match(stored, /Ask the port\./);
});

test('Annotations view: grouped by label, by article, by story; filtered by label and text; counts', async () => {
  const a = await api();
  const one = await article('view-one');
  const two = await article('view-two');
  const ed1 = await show(one);
  await a.reader.layer.ensureLoaded(ed1.document);
  await annotate(ed1, 'Ilona Brzeska', 'evidence', 'zebra-one');
  await annotate(ed1, 'It cost 12 million zloty', 'claim', 'zebra-two');
  const ed2 = await show(two);
  await a.reader.layer.ensureLoaded(ed2.document);
  await annotate(ed2, 'blocked his mooring', 'claim', 'zebra-three');
  const view = a.reader.view;
  const ours = (n: { kind: string; items?: { live: { annotation: { note: string } } }[] }) =>
    (n.items ?? []).filter((i) => i.live.annotation.note.startsWith('zebra-')).length;
  try {
    await vscode.commands.executeCommand('newsAnnotator.groupAnnotationsByLabel');
    const byLabel = view.getChildren();
    const claim = byLabel.find((g) => g.kind === 'group' && g.key === 'claim')!;
    assert.strictEqual(ours(claim as never), 2);
    assert.strictEqual(view.getTreeItem(claim).description, String((claim as { items: unknown[] }).items.length));

    await vscode.commands.executeCommand('newsAnnotator.groupAnnotationsByArticle');
    const byArticle = view.getChildren();
    assert.deepStrictEqual(
      [one, two].map((u) => ours(byArticle.find((g) => g.kind === 'group' && g.key === u.toString()) as never)),
      [2, 1],
    );

    await vscode.commands.executeCommand('newsAnnotator.groupAnnotationsByStory');
    const byStory = view.getChildren().filter((g) => g.kind === 'group' && g.key !== 'attention');
    assert.strictEqual(
      byStory.reduce((n, g) => n + ours(g as never), 0),
      3,
      'every annotation is under some story group',
    );

    view.setFilter({ labels: new Set(['claim']), text: 'ZEBRA' });
    const filtered = view.getChildren();
    assert.deepStrictEqual(filtered.flatMap((g) => (g.kind === 'group' ? g.items.map((i) => i.live.annotation.note) : [])).sort(), [
      'zebra-three',
      'zebra-two',
    ]);
    assert.strictEqual(view.counts().shown, 2);
    assert.match(String(a.reader.treeView.description), /2 shown \(filtered\)/);
    view.setFilter({ text: 'mooring' }); // the annotated words count as text too
    assert.deepStrictEqual(
      view.getChildren().flatMap((g) => (g.kind === 'group' ? g.items.map((i) => i.live.annotation.note) : [])),
      ['zebra-three'],
    );
    await vscode.commands.executeCommand('newsAnnotator.clearAnnotationFilter');
    assert.ok(view.counts().shown >= 3);
    assert.doesNotMatch(String(a.reader.treeView.description ?? ''), /filtered/);
  } finally {
    view.setFilter({});
    await vscode.commands.executeCommand('newsAnnotator.groupAnnotationsByLabel');
  }
});

test('Next / Previous Annotation select the annotations in order and wrap around', async () => {
  const a = await api();
  const uri = await article('next');
  const ed = await show(uri);
  await a.reader.layer.ensureLoaded(ed.document);
  await annotate(ed, 'Piotr Zielny', 'evidence');
  await annotate(ed, 'Ilona Brzeska', 'evidence');
  ed.selection = new vscode.Selection(0, 0, 0, 0);
  await vscode.commands.executeCommand('newsAnnotator.nextAnnotation');
  assert.strictEqual(selected(ed), 'Ilona Brzeska');
  await vscode.commands.executeCommand('newsAnnotator.nextAnnotation');
  assert.strictEqual(selected(ed), 'Piotr Zielny');
  await vscode.commands.executeCommand('newsAnnotator.nextAnnotation');
  assert.strictEqual(selected(ed), 'Ilona Brzeska', 'Next after the last goes back to the first');
  await vscode.commands.executeCommand('newsAnnotator.previousAnnotation');
  assert.strictEqual(selected(ed), 'Piotr Zielny', 'Previous before the first goes to the last');
});

test('renaming an article in VS Code moves its store; the annotations stay on their words', async () => {
  const a = await api();
  const from = await article('rename-from');
  const to = vscode.Uri.joinPath(folder().uri, 'readermore', 'moved', 'rename-to.news.txt');
  const ed = await show(from);
  await a.reader.layer.ensureLoaded(ed.document);
  const { id } = await annotate(ed, 'said on Friday', 'verified', 'kept across the rename');
  await a.reader.layer.flush(from);
  const edit = new vscode.WorkspaceEdit();
  edit.renameFile(from, to);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the rename was refused');
  // The store is written at the new place, then removed from the old one.
  await waitFor('the store moved to the new place', () => fs.existsSync(storeOf(to)) && !fs.existsSync(storeOf(from)));
  assert.match(fs.readFileSync(storeOf(to), 'utf8'), /kept across the rename/);
  const doc = await vscode.workspace.openTextDocument(to);
  await a.reader.layer.ensureLoaded(doc);
  const live = await waitFor('the annotation at the new place', () => a.reader.layer.list(to).find((l) => l.annotation.id === id));
  assert.ok(live.range, 'not anchored after the rename');
  assert.strictEqual(doc.getText().slice(live.range.start, live.range.end), 'said on Friday');
  assert.strictEqual(a.reader.layer.list(from).length, 0);
});

test('deleting an article keeps its store (never deleted silently)', async () => {
  const a = await api();
  const uri = await article('deleted');
  const ed = await show(uri);
  await a.reader.layer.ensureLoaded(ed.document);
  await annotate(ed, 'a fisherman', 'missing-context', 'survives the delete');
  await a.reader.layer.flush(uri);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  const edit = new vscode.WorkspaceEdit();
  edit.deleteFile(uri);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the delete was refused');
  await waitFor('the article gone', () => !fs.existsSync(uri.fsPath));
  await new Promise((r) => setTimeout(r, 500)); // let the delete handlers run
  assert.ok(fs.existsSync(storeOf(uri)), 'the store was deleted with the article');
  assert.strictEqual(a.reader.layer.list(uri).length, 0, 'the deleted article is still listed');
  assert.match(fs.readFileSync(storeOf(uri), 'utf8'), /survives the delete/);
});

test('.vscode/news-labels.json: a new label is offered at once, renamed at once, and the defaults come back when the file goes', async () => {
  const a = await api();
  const file = vscode.Uri.joinPath(folder().uri, '.vscode', 'news-labels.json');
  const write = (labels: unknown) => vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify({ labels })));
  try {
    await write([{ id: 'spin', name: 'Spin', color: '#aa33cc', description: 'Framing' }]);
    await waitFor('the new label', () => a.reader.labels.pickable().find((l) => l.id === 'spin'));
    assert.strictEqual(a.reader.labels.get('spin').color, '#aa33cc');
    assert.ok(
      a.reader.labels.pickable().some((l) => l.id === 'claim'),
      'the defaults are kept without replaceDefaults',
    );
    const uri = await article('labels');
    const ed = await show(uri);
    await a.reader.layer.ensureLoaded(ed.document);
    await annotate(ed, 'The pier is safe', 'spin');
    const group = () => {
      const g = a.reader.view.getChildren().find((n) => n.kind === 'group' && n.key === 'spin');
      return g?.kind === 'group' ? g.label : undefined;
    };
    assert.strictEqual(group(), 'Spin');
    await write([{ id: 'spin', name: 'Framing', color: '#33aacc' }]);
    await waitFor('the renamed label', () => a.reader.labels.get('spin').name === 'Framing');
    assert.strictEqual(group(), 'Framing');
    assert.strictEqual(a.reader.labels.get('spin').color, '#33aacc');
  } finally {
    await vscode.workspace.fs.delete(file);
  }
  await waitFor('the defaults back', () => !a.reader.labels.all().some((l) => l.id === 'spin'));
});

test('a name-wide entity correction in one article reaches another open article', async () => {
  const a = await api();
  const one = await article('name-one');
  const two = await article('name-two', 'date 2025-04-12\n\nIlona Brzeska opened the pier on Saturday. Brzeska thanked the fishermen.\n');
  const doc2 = await vscode.workspace.openTextDocument(two);
  const before2 = await waitFor('analysis of the second article', () => a.analyze(doc2));
  const ilona = before2.entities.find((e) => e.text === 'Ilona Brzeska');
  assert.ok(ilona, `entities: ${JSON.stringify(before2.entities.map((e) => [e.text, e.type]))}`);
  assert.strictEqual(ilona.type, 'person');
  const ed1 = await show(one);
  const a1 = await waitFor('analysis of the first article', () => a.analyze(ed1.document));
  const e1 = a1.entities.find((e) => e.text === 'Ilona Brzeska');
  assert.ok(e1 && e1.type === 'person');
  await vscode.commands.executeCommand('newsAnnotator.changeEntityType', one.toString(), e1.start + 1, 'organization', 'name');
  // Without reopening or editing the second article, its analysis (decorations, hovers, trees) follows.
  const after2 = await waitFor('the correction in the second article', async () => {
    const now = await a.analyze(doc2);
    const x = now?.entities.find((e) => e.start === ilona.start);
    return x?.type === 'organization' ? x : undefined;
  });
  assert.strictEqual(after2.corrected, true);
  // Every mention of the name is corrected, not only the one at the same offset.
  const mentions = (await a.analyze(doc2))?.entities.filter((e) => e.canonical === ilona.canonical) ?? [];
  assert.ok(mentions.length >= 1);
  assert.deepStrictEqual([...new Set(mentions.map((e) => e.type))], ['organization']);
});

test('Accept all automatic annotations of a kind in the file: one reader annotation each, none twice', async () => {
  const a = await api();
  const uri = await article('accept');
  const ed = await show(uri);
  const analysis = await waitFor('analysis', () => a.analyze(ed.document));
  await a.reader.layer.ensureLoaded(ed.document);
  assert.ok(analysis.entities.length >= 2, 'the article needs entities for this test');
  const made = await vscode.commands.executeCommand<{ label: string; value?: string; target: { start: number; end: number } }[]>(
    'newsAnnotator.acceptAllOfKind',
    'entity',
    uri.toString(),
  );
  assert.deepStrictEqual(
    made.map((m) => `${m.target.start}:${m.target.end}:${m.label}:${m.value}`).sort(),
    analysis.entities.map((e) => `${e.start}:${e.end}:${e.type}:${e.canonical}`).sort(),
  );
  const again = await vscode.commands.executeCommand<unknown[]>('newsAnnotator.acceptAllOfKind', 'entity', uri.toString());
  assert.strictEqual(again.length, 0, 'accepted twice');
  const quotes = await vscode.commands.executeCommand<{ label: string }[]>('newsAnnotator.acceptAllOfKind', 'quote', uri.toString());
  assert.strictEqual(quotes.length, analysis.quotes.length);
  assert.ok(quotes.every((q) => q.label === 'quote'));
  await a.reader.layer.flush(uri);
  assert.match(fs.readFileSync(storeOf(uri), 'utf8'), /Ilona Brzeska/);
});

test('Export Annotations (W3C and brat, both layers) writes files that parse and carry the reader’s annotation', async () => {
  const a = await api();
  const uri = await article('export');
  const ed = await show(uri);
  await a.reader.layer.ensureLoaded(ed.document);
  await annotate(ed, 'had blocked his mooring', 'claim', 'export-marker');
  await a.reader.layer.flush(uri);
  await waitFor('the article in the corpus', () => a.corpus.view.ids().includes(uri.toString()));
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'news-export-'));
  const r = await vscode.commands.executeCommand<{ code: number; stderr: string }>(
    'newsAnnotator.exportAnnotations',
    'w3c',
    'user,auto',
    out,
  );
  assert.ok(r, 'no result');
  const files = fs.readdirSync(out);
  const jsonld = files.find((f) => f.endsWith('.jsonld'));
  assert.ok(jsonld, `files: ${files.join(', ')}; stderr: ${r.stderr}`);
  const text = fs.readFileSync(path.join(out, jsonld), 'utf8');
  const parsed = JSON.parse(text);
  assert.strictEqual(parsed.type, 'AnnotationCollection');
  assert.match(text, /export-marker/);
  assert.match(text, /had blocked his mooring/);

  const bratOut = fs.mkdtempSync(path.join(os.tmpdir(), 'news-export-brat-'));
  await vscode.commands.executeCommand('newsAnnotator.exportAnnotations', 'brat', 'user', bratOut);
  const anns: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }))
      e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith('.ann') && anns.push(path.join(d, e.name));
  };
  walk(bratOut);
  const mine = anns.find((f) => path.basename(f).startsWith('export.news'));
  assert.ok(mine, `ann files: ${anns.map((f) => path.relative(bratOut, f)).join(', ')}`);
  const lines = fs.readFileSync(mine, 'utf8').split('\n').filter(Boolean);
  const t = lines.find((l) => /^T\d+\t/.test(l) && l.endsWith('\thad blocked his mooring'));
  assert.ok(t, `ann: ${lines.join(' | ')}`);
  const [, type, start, end] = /^T\d+\t(\S+) (\d+) (\d+)\t/.exec(t)!;
  assert.match(type, /claim/i);
  const txt = fs.readFileSync(mine.replace(/\.ann$/, '.txt'), 'utf8');
  assert.strictEqual(txt.slice(+start, +end), 'had blocked his mooring');
});

test('Import Annotations (a brat .ann written here) adds the spans to the open article', async () => {
  const a = await api();
  const text = 'date 2025-04-13\n\nThe ferry to Hel runs twice a day, the operator said.\n';
  const uri = await article('imported', text);
  const ed = await show(uri);
  await a.reader.layer.ensureLoaded(ed.document);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-import-'));
  const words = 'runs twice a day';
  const at = text.indexOf(words);
  fs.writeFileSync(path.join(dir, 'imported.news.txt'), text);
  fs.writeFileSync(
    path.join(dir, 'imported.news.ann'),
    `T1\tclaim ${at} ${at + words.length}\t${words}\n#1\tAnnotatorNotes T1\tcheck the timetable\n`,
  );
  const r = await vscode.commands.executeCommand<{ code: number; stdout: string; stderr: string }>(
    'newsAnnotator.importAnnotations',
    [path.join(dir, 'imported.news.ann')],
    'brat',
  );
  assert.strictEqual(r?.code, 0, `${r?.stdout}\n${r?.stderr}`);
  const live = await waitFor('the imported annotation', () => a.reader.layer.list(uri).find((l) => l.annotation.label === 'claim'));
  assert.ok(live.range);
  assert.strictEqual(ed.document.getText().slice(live.range.start, live.range.end), words);
  assert.strictEqual(live.annotation.note, 'check the timetable');
  // A second import of the same file adds nothing.
  await vscode.commands.executeCommand('newsAnnotator.importAnnotations', [path.join(dir, 'imported.news.ann')], 'brat');
  await waitFor('reloaded', () => a.reader.layer.list(uri).length);
  assert.strictEqual(a.reader.layer.list(uri).filter((l) => l.annotation.label === 'claim').length, 1);
});

test('a malformed store is reported and never overwritten, even after annotating', async () => {
  const a = await api();
  const uri = await article('malformed');
  const bad = '{ "type": "AnnotationPage", "items": [ oops ';
  fs.writeFileSync(storeOf(uri), bad);
  const ed = await show(uri);
  await a.reader.layer.ensureLoaded(ed.document);
  assert.match(a.reader.layer.error(uri) ?? '', /not an annotation store/);
  await waitFor('the status bar warning', () => a.reader.layer.error(uri));
  select(ed, 'Piotr Zielny');
  const made = await vscode.commands.executeCommand('newsAnnotator.annotateSelection', 'evidence', 'not saved');
  assert.strictEqual(made, undefined, 'an annotation that could never be saved was made');
  assert.strictEqual(a.reader.layer.list(uri).length, 0);
  await a.reader.layer.flush(uri);
  assert.strictEqual(fs.readFileSync(storeOf(uri), 'utf8'), bad);
});

test('Annotate All Mentions of This Entity labels every mention; the hover shows label, note, author and time', async () => {
  const a = await api();
  const uri = await article('mentions');
  const ed = await show(uri);
  const analysis = await waitFor('analysis', () => a.analyze(ed.document));
  await a.reader.layer.ensureLoaded(ed.document);
  const first = analysis.entities.find((e) => e.text === 'Piotr Zielny') ?? analysis.entities.find((e) => e.type === 'person');
  assert.ok(first, 'no person found');
  const mentions = analysis.entities.filter((e) => e.canonical === first.canonical);
  ed.selection = new vscode.Selection(ed.document.positionAt(first.start + 1), ed.document.positionAt(first.start + 1));
  const made = await vscode.commands.executeCommand<{ target: { start: number; end: number }; label: string }[]>(
    'newsAnnotator.annotateEntityMentions',
    'evidence',
    'who is this?',
  );
  assert.deepStrictEqual(
    made.map((m) => `${m.target.start}-${m.target.end}:${m.label}`).sort(),
    mentions.map((m) => `${m.start}-${m.end}:evidence`).sort(),
  );
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    uri,
    ed.document.positionAt(first.start + 1),
  );
  const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  const creator = await a.reader.layer.creator();
  assert.match(text, /\*\*Evidence \/ Source\*\*/);
  assert.match(text, /who is this\?/);
  assert.ok(text.includes(creator.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&')), `no author "${creator}" in: ${text.slice(0, 300)}`);
  assert.match(text, /\d{1,2}:\d\d/); // the time of the last change
});

test('renaming a folder: the annotations of its articles are read at the new paths, nothing is written at the old one', async () => {
  const a = await api();
  const oldDir = vscode.Uri.joinPath(folder().uri, 'readermore', 'folder-old');
  const newDir = vscode.Uri.joinPath(folder().uri, 'readermore', 'folder-new');
  const uri = vscode.Uri.joinPath(oldDir, 'inside.news.txt');
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(ARTICLE));
  const ed = await show(uri);
  await a.reader.layer.ensureLoaded(ed.document);
  const { id } = await annotate(ed, 'blocked his mooring', 'claim', 'in a folder'); // not flushed: saved before the rename
  const edit = new vscode.WorkspaceEdit();
  edit.renameFile(oldDir, newDir);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the rename was refused');
  const moved = vscode.Uri.joinPath(newDir, 'inside.news.txt');
  await waitFor('the annotation at the new path', () => a.reader.layer.list(moved).some((l) => l.annotation.id === id && l.range));
  assert.match(fs.readFileSync(storeOf(moved), 'utf8'), /in a folder/);
  assert.strictEqual(a.reader.layer.list(uri).length, 0);
  await new Promise((r) => setTimeout(r, 600)); // longer than the save delay
  assert.ok(!fs.existsSync(oldDir.fsPath), 'the old folder was re-created by a late save');
});
