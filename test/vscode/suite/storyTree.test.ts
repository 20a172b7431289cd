// Issue 4: the Stories view groups the seeds by event and marks 004 as a copy of 003; clicking an
// annotation leaf selects it in the editor.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { StoryNode } from '../../../src/extension/views/storyTree';
import { api, hoverText, positionOf, seedUri, showSeed } from '../helpers';
import { test, waitFor } from '../runner';

const seedName = (id: string) =>
  decodeURIComponent(id)
    .replace(/^.*\/seeds\//, '')
    .slice(0, 3);

async function storyGroups() {
  const a = await api();
  await a.corpus.ensureScanned();
  const roots = a.storyTree.getChildren() as StoryNode[];
  return roots.filter((n): n is Extract<StoryNode, { kind: 'group' }> => n.kind === 'group');
}

test('story groups: {000,001,003,004} and {002}', async () => {
  await showSeed('000');
  const groups = await storyGroups();
  assert.ok(groups.length >= 2, `expected at least 2 story groups, got ${groups.length}`);
  const sets = groups.map((g) =>
    g.articles
      .filter((id) => id.includes('/seeds/'))
      .map(seedName)
      .sort()
      .join(','),
  );
  assert.ok(sets.includes('000,001,003,004'), `groups were ${JSON.stringify(sets)}`);
  assert.ok(sets.includes('002'), `groups were ${JSON.stringify(sets)}`);
});

test('seed 004 is marked as a duplicate of 003 (corpus and tree item)', async () => {
  const a = await api();
  const [id3, id4] = [(await seedUri('003')).toString(), (await seedUri('004')).toString()];
  await a.corpus.ensureScanned();
  assert.strictEqual(a.corpus.view.duplicateOf(id4), id3);
  const group = (await storyGroups()).find((g) => g.articles.includes(id4));
  assert.ok(group, '004 is in no group');
  const item = a.storyTree.getTreeItem({ kind: 'article', group: group.key, id: id4 });
  assert.match(String(item.description), /duplicate of 003_/);
});

test('clicking an annotation leaf selects its range in the article', async () => {
  const ed = await showSeed('000');
  const a = await api();
  const id = ed.document.uri.toString();
  const group = (await storyGroups()).find((g) => g.articles.includes(id));
  assert.ok(group, 'seed 000 is in no group');
  const article = (await a.storyTree.getChildren(group)).find((n) => n.kind === 'article' && n.id === id)!;
  const quotes = (await a.storyTree.getChildren(article)).find((n) => n.kind === 'section' && n.section === 'quotes')!;
  const leaves = (await a.storyTree.getChildren(quotes)).filter((n) => n.kind === 'leaf');
  assert.ok(leaves.length > 1, 'no quote leaves under seed 000');
  const leaf = leaves[1] as Extract<StoryNode, { kind: 'leaf' }>; // not the first: the selection must move
  const cmd = a.storyTree.getTreeItem(leaf).command;
  assert.strictEqual(cmd?.command, 'newsAnnotator.revealAnnotation');
  await vscode.commands.executeCommand(cmd.command, ...(cmd.arguments ?? []));
  const active = vscode.window.activeTextEditor!;
  assert.strictEqual(active.document.uri.toString(), id);
  const sel = active.selection;
  assert.deepStrictEqual(
    [active.document.offsetAt(sel.start), active.document.offsetAt(sel.end)],
    [leaf.start, leaf.end],
    'selection is not the annotation',
  );
});

test('once the corpus is read, "on Thursday" in undated seed 000 resolves to its story\'s date, 16 January 2025', async () => {
  const ed = await showSeed('000');
  await (await api()).corpus.ensureScanned();
  // The story (with 003, dated 2025-01-16) gives 000 an inferred date; open articles are re-analysed.
  const text = await waitFor(
    'the hover to resolve the date',
    async () => {
      const t = await hoverText(ed.document.uri, positionOf(ed.document, 'on Thursday', 5));
      return /16 January 2025/.test(t) ? t : undefined;
    },
    10_000,
  );
  assert.doesNotMatch(text, /cannot be resolved/);
});
