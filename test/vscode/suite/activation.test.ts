// Issue 2: the extension activates on a seed opened as language "news" and registers its commands.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, extension, seedUri } from '../helpers';
import { test } from '../runner';

test('seed file opens as language "news" and activates the extension', async () => {
  const doc = await vscode.workspace.openTextDocument(await seedUri('000'));
  assert.strictEqual(doc.languageId, 'news');
  await vscode.window.showTextDocument(doc);
  const a = await api();
  assert.strictEqual(extension().isActive, true);
  assert.strictEqual(typeof a.activationMs, 'number');
  assert.ok(a.activationMs >= 0 && a.activationMs < 5000, `activationMs = ${a.activationMs}`);
  console.log(`[ext-test]   activationMs = ${a.activationMs.toFixed(1)}`);
  // For `npm run bench` (section 5): activation as measured in a real VS Code.
  const out = path.join(extension().extensionPath, 'dist', 'activation.json');
  fs.writeFileSync(out, JSON.stringify({ activationMs: a.activationMs, vscode: vscode.version, node: process.version }));
});

test('every command in package.json is registered', async () => {
  const declared: string[] = extension().packageJSON.contributes.commands.map((c: { command: string }) => c.command);
  assert.ok(declared.length > 10, `only ${declared.length} commands declared`);
  const registered = new Set(await vscode.commands.getCommands(true));
  const missing = declared.filter((c) => !registered.has(c));
  assert.deepStrictEqual(missing, [], `not registered: ${missing.join(', ')}`);
});
