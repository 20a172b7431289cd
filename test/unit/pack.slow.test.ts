import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The CLI as users get it: from `npm pack` installed into another folder, and `npm install -g .`,
// prints exactly what `node bin/news-annotator.js` prints in the repository, with no dependency
// installed at install time (everything is bundled into dist/).
const ROOT = path.resolve(__dirname, '../..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-'));
// No network: an install that needed the registry would fail rather than hang.
const npm = (args: string[], cwd: string) =>
  execFileSync(NPM, [...args, '--no-audit', '--no-fund', '--offline', '--loglevel=error'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
const work = path.join(tmp, 'work'); // the user's folder of articles; every CLI runs here with the same arguments
const run = (bin: string, args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: work, encoding: 'utf8' });
let tarball = '';
let files: string[] = [];

beforeAll(() => {
  fs.mkdirSync(path.join(work, 'seeds'), { recursive: true });
  for (const f of fs.readdirSync(path.join(ROOT, 'seeds')).filter((n) => n.endsWith('.txt')))
    fs.copyFileSync(path.join(ROOT, 'seeds', f), path.join(work, 'seeds', f));
  // An article with BOM, CRLF and an emoji, so the comparison covers the offsets' edge cases too.
  fs.writeFileSync(path.join(work, 'seeds', 'zz_edge.txt'), '\ufeffdate 2026-01-05\r\nMaria Lopez said: “We ship 🚀 today” in Lisbon.\r\n');
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', tmp], ROOT)); // prepack builds dist/ first
  tarball = path.join(tmp, packed[0].filename);
  files = packed[0].files.map((f: { path: string }) => f.path);
}, 180_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('the packaged CLI', () => {
  it('packs the bundles and data files, and no sources or tests', () => {
    for (const f of [
      'bin/news-annotator.js',
      'dist/cli.js',
      'dist/resources/models/ner.bin',
      'dist/resources/dictionaries/dictionary-en/index.dic',
    ])
      expect(files).toContain(f);
    expect(files.filter((f) => /^(src|test|scripts|seeds|node_modules)\//.test(f) || f.endsWith('.ts') || f.endsWith('.map'))).toEqual([]);
  });

  it('installed from the tarball elsewhere: no dependencies, the same output as in the repository', () => {
    const app = path.join(tmp, 'app');
    fs.mkdirSync(app);
    fs.writeFileSync(path.join(app, 'package.json'), '{"private":true}\n');
    npm(['install', tarball], app);
    // Nothing but the package itself was installed.
    expect(fs.readdirSync(path.join(app, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['news-annotator']);
    const installed = path.join(app, 'node_modules', '.bin', 'news-annotator');
    for (const args of [
      ['analyze', 'seeds', '--json'],
      ['analyze', 'seeds'],
    ]) {
      const repo = run(path.join(ROOT, 'bin', 'news-annotator.js'), args);
      const user = run(installed, args);
      expect(repo.status).toBe(0);
      expect(repo.stdout.length).toBeGreaterThan(100);
      expect({ status: user.status, stdout: user.stdout, stderr: user.stderr }).toEqual({
        status: repo.status,
        stdout: repo.stdout,
        stderr: repo.stderr,
      });
    }
    const json = JSON.parse(run(installed, ['analyze', 'seeds', '--json']).stdout);
    expect(json.version).toBe(1);
    expect(json.articles.map((a: { path: string }) => a.path)).toContain(path.join('seeds', 'zz_edge.txt'));
  });

  it('installed with npm install -g . --prefix: the same output', () => {
    const prefix = path.join(tmp, 'global');
    npm(['install', '-g', ROOT, '--prefix', prefix], ROOT);
    const bin = path.join(prefix, 'bin', 'news-annotator');
    expect(fs.existsSync(bin)).toBe(true);
    const args = ['analyze', 'seeds', '--json'];
    const repo = run(path.join(ROOT, 'bin', 'news-annotator.js'), args);
    const global = run(bin, args);
    expect(global.status).toBe(repo.status);
    expect(global.stdout).toBe(repo.stdout);
  });
});
