// Settings defaults are declared once, in package.json: readSettings() gives the manifest's defaults,
// and falls back to them (or clamps to the manifest's bounds) when the user's value is unusable.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { readSettings } from '../../../src/extension/config';
import { test } from '../runner';

const manifest = () => vscode.extensions.all.find((e) => e.packageJSON?.name === 'news-annotator')!.packageJSON;
const def = (key: string) => manifest().contributes.configuration.properties[`newsAnnotator.${key}`].default;

test('readSettings() gives the manifest defaults', () => {
  const s = readSettings();
  assert.strictEqual(s.debounceMs, def('debounceMs'));
  assert.strictEqual(s.maxFileBytes, def('maxFileSizeMB') * 1024 * 1024);
  assert.strictEqual(s.maxCorpusFiles, def('corpus.maxFiles'));
  assert.strictEqual(s.wordListPath, def('spelling.wordListPath'));
  assert.strictEqual(s.dialect, def('spelling.dialect'));
  assert.strictEqual(s.highlight.quotes, def('highlight.quotes'));
});

test('an unusable setting falls back to the manifest default; a number out of bounds is clamped', async () => {
  const c = () => vscode.workspace.getConfiguration('newsAnnotator');
  const set = async (key: string, v: unknown) => c().update(key, v, vscode.ConfigurationTarget.Workspace);
  try {
    await set('debounceMs', 'soon');
    await set('typos.severity', 'loud');
    await set('spelling.words', 'not a list');
    await set('corpus.maxFiles', -5);
    const s = readSettings();
    assert.strictEqual(s.debounceMs, def('debounceMs'));
    assert.strictEqual(s.typoSeverity, vscode.DiagnosticSeverity.Information); // the manifest default "information"
    assert.deepStrictEqual(s.extraWords, def('spelling.words'));
    assert.strictEqual(s.maxCorpusFiles, 0); // the manifest's minimum
    await set('debounceMs', 99999);
    assert.strictEqual(readSettings().debounceMs, manifest().contributes.configuration.properties['newsAnnotator.debounceMs'].maximum);
  } finally {
    for (const k of ['debounceMs', 'typos.severity', 'spelling.words', 'corpus.maxFiles']) await set(k, undefined);
  }
});
