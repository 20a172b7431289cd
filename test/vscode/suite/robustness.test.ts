// Issue 8: binary, huge and CRLF articles in a real VS Code: no crash, a clear "not analysed" state
// for the huge one, and correct offsets with CRLF line ends. The files are created in the temp
// workspace (robust/*.news.txt), after the story tree tests, since they join the corpus.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, folder, rangeOf, seedUri, show } from '../helpers';
import { test, waitFor } from '../runner';

function writeRobust(name: string, data: string | Buffer): vscode.Uri {
  const dir = path.join(folder().uri.fsPath, 'robust');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, name), data);
  return vscode.Uri.file(path.join(dir, name));
}

/** The extension still answers: a seed is analysed (the worker thread is alive). */
async function stillAlive(): Promise<void> {
  const a = await api();
  const doc = await vscode.workspace.openTextDocument(await seedUri('002'));
  const analysis = await a.analyze(doc);
  assert.ok(analysis && analysis.quotes.length > 0, 'the extension no longer analyses articles');
}

test('a binary .news.txt file: no crash; the corpus skips it', async () => {
  const bytes = Buffer.alloc(64 * 1024);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256; // NULs and high bytes, like an image
  const uri = writeRobust('binary.news.txt', bytes);
  try {
    // VS Code itself may refuse to open a binary file as text; either outcome is fine, a crash is not.
    const ed = await show(uri);
    await waitFor(
      'a state for the binary document',
      async () => (await api()).state(ed.document)?.kind !== 'analyzing' || undefined,
      20_000,
    ).catch(() => undefined);
  } catch (e) {
    console.log(`[ext-test]   (VS Code did not open it as text: ${(e as Error).message.split('\n')[0].slice(0, 120)})`);
  }
  const a = await api();
  await a.corpus.rescan();
  assert.ok(a.corpus.skipped.has(uri.toString()), 'the binary file was not reported as skipped by the corpus');
  assert.ok(!a.corpus.view.ids().includes(uri.toString()), 'the binary file entered the corpus');
  await stillAlive();
});

test('a 6 MB article is not analysed and the status bar says so', async () => {
  const seed = fs.readFileSync((await seedUri('000')).fsPath, 'utf8');
  const big = seed.repeat(Math.ceil((6 * 1024 * 1024) / Buffer.byteLength(seed)));
  const uri = writeRobust('huge.news.txt', big);
  const ed = await show(uri);
  assert.strictEqual(ed.document.languageId, 'news');
  const a = await api();
  const state = await waitFor('the "too large" state', () => {
    const s = a.state(ed.document);
    return s?.kind === 'tooLarge' ? s : undefined;
  });
  assert.ok(state.bytes > state.limit, `bytes ${state.bytes} <= limit ${state.limit}`);
  assert.strictEqual(await a.analyze(ed.document), undefined, 'a too-large document returned an analysis');
  await waitFor('"not analysed" in the status bar', () => /not analysed/.test(a.statusText()), 5000);
  const applied = a.decorations.appliedRanges(ed.document.uri);
  assert.ok(!applied || Object.values(applied).every((r) => r.length === 0), 'a too-large document got decorations');
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  await stillAlive();
});

test('a CRLF article gets offsets that match its text', async () => {
  const seed = fs.readFileSync((await seedUri('003')).fsPath, 'utf8');
  const uri = writeRobust('crlf.news.txt', seed.replace(/\r?\n/g, '\r\n'));
  const ed = await show(uri);
  const doc = ed.document;
  assert.strictEqual(doc.eol, vscode.EndOfLine.CRLF);
  const a = await api();
  const analysis = await waitFor("the CRLF article's analysis", () => a.analyze(doc));
  assert.strictEqual(analysis.length, doc.getText().length, 'analysed length differs from the document');
  const bad: string[] = [];
  for (const e of [...analysis.entities, ...analysis.dates, ...analysis.typos]) {
    const got = doc.getText(rangeOf(doc, e));
    if (got !== e.text) bad.push(`${e.kind} "${e.text}" at ${e.start}: document has "${got}"`);
  }
  assert.ok(analysis.entities.length + analysis.dates.length > 0, 'nothing found in the CRLF article');
  assert.deepStrictEqual(bad, [], 'annotation text differs from the document text');
  // Quotes: the decorated range holds the quoted words.
  const quotes = await waitFor('quote decorations on the CRLF article', () => a.decorations.appliedRanges(doc.uri)?.quotes);
  for (const [i, q] of analysis.quotes.entries()) {
    assert.ok(doc.getText(quotes[i]).includes(q.text), `quote ${i} range does not contain "${q.text.slice(0, 30)}…"`);
  }
});
