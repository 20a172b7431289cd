// Issue 2: palette commands do their job on the active article.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { JsonOutput } from '../../../src/core/contract';
import type { Story } from '../../../src/core/types';
import { api, closeAll, showSeed } from '../helpers';
import { test, waitFor } from '../runner';

test('"Export JSON" returns the version 1 contract for the article', async () => {
  const ed = await showSeed('000');
  const out = await vscode.commands.executeCommand<JsonOutput>('newsAnnotator.exportJson');
  assert.ok(out, 'exportJson returned nothing');
  assert.strictEqual(out.version, 1);
  assert.strictEqual(out.articles.length, 1);
  assert.match(out.articles[0].path, /000_/);
  assert.ok(out.articles[0].annotations.length > 0, 'no annotations exported');
  // It opened the JSON beside the article; close it so later tests start from one editor.
  const json = vscode.window.activeTextEditor;
  assert.strictEqual(json?.document.languageId, 'json', 'the JSON was not shown');
  assert.deepStrictEqual(JSON.parse(json.document.getText()), out);
  await closeAll();
  void ed;
});

test('"Go to Next Typo" selects a typo, and the next one after it', async () => {
  const ed = await showSeed('000');
  const a = await api();
  await a.corpus.ensureScanned(); // "Rudsia" is only a typo given the other seeds (see diagnostics.test.ts)
  const analysis = await waitFor('two typos in seed 000 (Rudsia, depeen)', async () => {
    const r = await a.analyze(ed.document);
    return r && r.typos.length >= 2 ? r : undefined;
  });
  const typoAtSelection = () => {
    const s = ed.document.offsetAt(ed.selection.start);
    const e = ed.document.offsetAt(ed.selection.end);
    return analysis.typos.find((t) => t.start === s && t.end === e);
  };
  ed.selection = new vscode.Selection(0, 0, 0, 0);
  await vscode.commands.executeCommand('newsAnnotator.nextTypo');
  const first = typoAtSelection();
  assert.ok(first, `selection ${ed.document.getText(ed.selection)} is not a typo`);
  assert.strictEqual(first.start, Math.min(...analysis.typos.map((t) => t.start)), 'did not go to the first typo');
  await vscode.commands.executeCommand('newsAnnotator.nextTypo');
  const second = typoAtSelection();
  assert.ok(second && second.start > first.start, 'second "next typo" did not move forward');
  await vscode.commands.executeCommand('newsAnnotator.previousTypo');
  assert.strictEqual(typoAtSelection()?.start, first.start, '"previous typo" did not go back');
});

test('"Show Story of Current Article" returns the story holding the article', async () => {
  const ed = await showSeed('000');
  const story = await vscode.commands.executeCommand<Story>('newsAnnotator.showStoryOfCurrent');
  assert.ok(story, 'no story returned');
  assert.ok(story.articles.includes(ed.document.uri.toString()), `story ${story.label} does not list seed 000`);
  assert.ok(story.articles.length >= 2, `seed 000's story has ${story.articles.length} article(s); 001, 003 and 004 belong to it`);
});
