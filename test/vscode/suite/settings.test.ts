// Issue 2: highlight settings and "News: Toggle Highlights" remove and restore decorations.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { api, KINDS, showSeed } from '../helpers';
import { test, waitFor } from '../runner';

test('setting highlight.persons=false removes person decorations only; restoring brings them back', async () => {
  const ed = await showSeed('000');
  const a = await api();
  const ranges = () => a.decorations.appliedRanges(ed.document.uri);
  await waitFor('person decorations before the change', () => ranges()?.persons.length);
  const config = () => vscode.workspace.getConfiguration('newsAnnotator');
  await config().update('highlight.persons', false, vscode.ConfigurationTarget.Workspace);
  try {
    await waitFor('persons to disappear', () => ranges()?.persons.length === 0);
    assert.ok(ranges()!.quotes.length > 0, 'quotes disappeared with persons');
  } finally {
    await config().update('highlight.persons', undefined, vscode.ConfigurationTarget.Workspace);
  }
  await waitFor('persons to come back', () => ranges()?.persons.length);
});

test('"News: Toggle Highlights" clears every kind, then restores them', async () => {
  const ed = await showSeed('000');
  const a = await api();
  const ranges = () => a.decorations.appliedRanges(ed.document.uri);
  const before = Object.fromEntries(KINDS.map((k) => [k, ranges()?.[k].length ?? 0]));
  const off = await vscode.commands.executeCommand<boolean>('newsAnnotator.toggleHighlights');
  try {
    assert.strictEqual(off, false, 'toggle should report highlights off');
    await waitFor('all decorations cleared', () => KINDS.every((k) => (ranges()?.[k].length ?? 0) === 0));
  } finally {
    const on = await vscode.commands.executeCommand<boolean>('newsAnnotator.toggleHighlights');
    assert.strictEqual(on, true, 'toggle should report highlights on again');
  }
  await waitFor('decorations restored', () => KINDS.every((k) => (ranges()?.[k].length ?? 0) === before[k]));
});
