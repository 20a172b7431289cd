import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs build script without types
import { buildBundle, extractMessages } from '../../scripts/l10n-bundle.mjs';

const root = path.join(__dirname, '../..');
const read = (f: string) => fs.readFileSync(path.join(root, f), 'utf8');

describe('manifest strings (package.nls.json)', () => {
  const pkg = read('package.json');
  const nls = JSON.parse(read('package.nls.json')) as Record<string, string>;
  const used = new Set([...pkg.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]));
  it('every %key% in package.json has an English string', () => {
    expect([...used].filter((k) => !(k in nls))).toEqual([]);
  });
  it('every English string is used', () => {
    expect(Object.keys(nls).filter((k) => !used.has(k))).toEqual([]);
  });
  it('titles, descriptions and view names in contributes are placeholders, not English', () => {
    const c = JSON.parse(pkg).contributes;
    const literal = [
      ...c.commands.map((x: { title: string }) => x.title),
      ...c.views.newsAnnotator.map((x: { name: string }) => x.name),
      ...Object.values(c.configuration.properties).map((x) => (x as { description: string }).description),
      ...c.walkthroughs.flatMap((w: { title: string; steps: { title: string; description: string }[] }) => [w.title, ...w.steps.flatMap((s) => [s.title, s.description])]),
    ].filter((s: string) => !/^%[^%]+%$/.test(s));
    expect(literal).toEqual([]);
  });
  it('declares the runtime bundle folder', () => {
    expect(JSON.parse(pkg).l10n).toBe('./l10n');
  });
});

describe('runtime strings (l10n/bundle.l10n.json)', () => {
  it('extracts l10n.t messages with quotes and placeholders', () => {
    expect(extractMessages(`vscode.l10n.t('Reading {0} of {1} articles…', a, b); l10n.t("say \\"hi\\"") + l10n.t('it\\'s')`)).toEqual([
      'Reading {0} of {1} articles…',
      'say "hi"',
      "it's",
    ]);
  });
  it('the English bundle is up to date with the sources', () => {
    expect(read('l10n/bundle.l10n.json')).toBe(buildBundle());
  });
});
