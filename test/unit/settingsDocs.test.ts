import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The README's settings table is generated from package.json (scripts/settings-docs.mjs) and must not drift.
const ROOT = path.resolve(__dirname, '../..');
const SCRIPT = path.join(ROOT, 'scripts/settings-docs.mjs');
const README = path.join(ROOT, 'README.md');
const START = '<!-- settings:start -->';
const END = '<!-- settings:end -->';
const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const keys = Object.keys(manifest.contributes.configuration.properties);
const readme = fs.readFileSync(README, 'utf8');
const hasMarkers = readme.includes(START) && readme.includes(END);

describe('README settings table', () => {
  if (!hasMarkers)
    console.warn(`README.md has no ${START} / ${END} markers yet: the README check is skipped (the generator is still tested)`);
  it.skipIf(!hasMarkers)('matches package.json (run `npm run docs:settings` after changing a setting)', () => {
    const r = run('--check');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'settings-docs-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('lists every setting with its manifest default', () => {
    const table = run().stdout;
    const rows = table.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows.map((l) => l.split('`')[1])).toEqual(keys);
    const debounce = rows.find((l) => l.includes('`newsAnnotator.debounceMs`'))!;
    expect(debounce).toContain(`\`${JSON.stringify(manifest.contributes.configuration.properties['newsAnnotator.debounceMs'].default)}\``);
  });

  it('detects a stale table, rewrites only the part between the markers, and keeps CRLF', () => {
    const file = path.join(tmp, 'README.md');
    const stale = [
      '# Title',
      'Before.',
      START,
      '| Setting | Default | What it does |',
      '| `old.setting` | `1` | Gone. |',
      END,
      'After.',
      '',
    ].join('\r\n');
    fs.writeFileSync(file, stale);
    expect(run('--check', '--readme', file).status).toBe(1);
    expect(run('--write', '--readme', file).status).toBe(0);
    const written = fs.readFileSync(file, 'utf8');
    expect(written.startsWith(`# Title\r\nBefore.\r\n${START}\r\n| Setting |`)).toBe(true);
    expect(written.endsWith(`\r\n${END}\r\nAfter.\r\n`)).toBe(true);
    expect(written).not.toContain('old.setting');
    expect(written.replace(/\r\n/g, '').includes('\n')).toBe(false);
    expect(run('--check', '--readme', file).status).toBe(0);
    expect(fs.readdirSync(tmp)).toEqual(['README.md']); // no temp file left behind
  });

  it('refuses a README without markers and leaves it untouched', () => {
    const file = path.join(tmp, 'NOMARKERS.md');
    fs.writeFileSync(file, '# No table here\n');
    const r = run('--write', '--readme', file);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/markers/);
    expect(fs.readFileSync(file, 'utf8')).toBe('# No table here\n');
  });
});
