// Runs the newcomer tests (test/vscode/newcomer/*.test.ts) inside code-server's real extension host,
// once per scenario, each in a workspace of generated articles made here (never seeds/):
//   news    a folder "press cuttings [2026] {east}" of news-like .txt files (the offer, Yes, the walkthrough,
//           failures in the log, progress and cancel over a few thousand files)
//   plain   non-news .txt notes (no offer)
//   folders articles at the root, in "sub {b} [c]" and "by hand" (the command on a subfolder and on the
//           root, a hand-written absolute association)
//   multi   a multi-root workspace: "one" and "two words [x]" (the command on the second root, a relative
//           association in the first)
// Usage: node test/vscode/newcomer/run.js [scenario...]   (HARNESS_DIR=<dir with code-server>, KEEP=1)
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { article, note } = require('./articles');

const ROOT = path.resolve(__dirname, '../../..');
const harnessModule = ['test/harness/vscode-harness.js', 'scripts/vscode-harness.js'].map((p) => path.join(ROOT, p)).find((p) => fs.existsSync(p));
const { mkTmp, startCodeServer, launchBrowser } = require(harnessModule);
const TIMEOUT_MS = +(process.env.TEST_TIMEOUT_MS || 240000);
const BUNDLE = path.join(ROOT, 'out/test/newcomer.js');

const write = (file, text) => { fs.mkdirSync(path.dirname(file), { recursive: true }); fs.writeFileSync(file, text); };
const SCENARIOS = {
  news(ws) {
    for (let i = 0; i < 8; i++) write(path.join(ws, 'press cuttings [2026] {east}', `story-${i}.txt`), article(i, 1));
    write(path.join(ws, 'press cuttings [2026] {east}', 'README.txt'), 'Cuttings collected for the council project.\n');
    return { folder: ws };
  },
  plain(ws) {
    for (let i = 0; i < 6; i++) write(path.join(ws, 'notes', `note-${i}.txt`), note(i));
    write(path.join(ws, 'todo.txt'), note(0));
    return { folder: ws };
  },
  folders(ws) {
    for (let i = 0; i < 3; i++) write(path.join(ws, `root-${i}.txt`), article(i, 3));
    for (let i = 0; i < 3; i++) write(path.join(ws, 'sub {b} [c]', `sub-${i}.txt`), article(i, 4));
    for (let i = 0; i < 2; i++) write(path.join(ws, 'by hand', `hand-${i}.txt`), article(i, 5));
    // A folder outside the workspace (picked in the folder dialog).
    for (let i = 0; i < 2; i++) write(path.join(ws, '..', 'outside [o]', `out-${i}.txt`), article(i, 8));
    return { folder: ws };
  },
  multi(ws) {
    for (let i = 0; i < 2; i++) write(path.join(ws, 'one', 'clips', `clip-${i}.txt`), article(i, 6));
    write(path.join(ws, 'one', 'other.txt'), note(1));
    for (let i = 0; i < 3; i++) write(path.join(ws, 'two words [x]', `two-${i}.txt`), article(i, 7));
    const file = path.join(ws, 'newcomer.code-workspace');
    write(file, JSON.stringify({ folders: [{ path: 'one' }, { path: 'two words [x]' }], settings: {} }, null, 2));
    return { workspace: file };
  },
};

function build() {
  const node = process.execPath;
  let r = spawnSync(node, [path.join(ROOT, 'scripts/build.mjs'), '--quiet'], { stdio: 'inherit' });
  if (r.status) process.exit(r.status);
  const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
  r = spawnSync(node, [tsc, '-p', path.join(ROOT, 'test/vscode/tsconfig.json'), '--pretty', 'false'], { encoding: 'utf8' });
  const mine = r.stdout.split('\n').filter((l) => l.startsWith('test/vscode/newcomer/') && /error TS/.test(l));
  if (mine.length) { console.error(mine.join('\n')); process.exit(1); }
  require('esbuild').buildSync({
    entryPoints: [path.join(__dirname, 'index.ts')], outfile: BUNDLE, bundle: true, platform: 'node', target: 'node20',
    format: 'cjs', sourcemap: 'inline', external: ['vscode'], logLevel: 'warning',
  });
}

async function runScenario(name) {
  const t0 = Date.now();
  const dir = mkTmp(`newcomer-${name}-`);
  const ws = path.join(dir, 'ws');
  fs.mkdirSync(ws);
  const open = SCENARIOS[name](ws);
  const extensionsDir = path.join(dir, 'extensions');
  fs.mkdirSync(extensionsDir);
  const resultsFile = path.join(dir, 'results.json');
  const cs = await startCodeServer({
    dir, extensionsDir,
    env: { EXT_TEST_RESULTS: resultsFile, NEWCOMER_SCENARIO: name, NEWCOMER_WS: ws, ...(process.env.ONLY ? { ONLY: process.env.ONLY } : {}) },
    extraArgs: ['--vscode-option', 'enable-smoke-test-driver'],
  });
  let ctx, code;
  const wlog = fs.createWriteStream(path.join(dir, 'workbench.log'));
  try {
    ctx = await launchBrowser(dir);
    const page = ctx.pages()[0] || await ctx.newPage();
    let finish;
    const done = new Promise((r) => { finish = r; });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = (args || []).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
      wlog.write(`[${type}] ${line}\n`);
      if (process.env.VERBOSE || line.includes('[ext-test]')) console.log(`${name}: ${line.replace(/^.*?\[ext-test\] /, '')}`);
    });
    await page.exposeFunction('codeAutomationExit', (c) => finish(c));
    const remote = (p) => `vscode-remote://127.0.0.1:${cs.port}${p}`;
    const payload = [['extensionDevelopmentPath', remote(ROOT)], ['extensionTestsPath', remote(BUNDLE)], ['skipWelcome', 'true']];
    const where = open.workspace ? `workspace=${encodeURIComponent(open.workspace)}` : `folder=${encodeURIComponent(open.folder)}`;
    await page.goto(`${cs.url}/?${where}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    code = await Promise.race([done, new Promise((r) => setTimeout(() => r('timeout'), TIMEOUT_MS))]);
    if (code === 'timeout') {
      console.error(`${name}: TIMEOUT after ${TIMEOUT_MS} ms`);
      await page.screenshot({ path: path.join(dir, 'timeout.png') }).catch(() => {});
      code = 3;
    }
  } finally {
    if (ctx) await ctx.close().catch(() => {});
    cs.stop();
    wlog.end();
  }
  const summary = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')).summary : '0 passed, 1 failed (the tests module did not run)';
  console.log(`${name}: ${summary}; exit ${code}; ${Date.now() - t0} ms${code !== 0 || process.env.KEEP ? `; logs in ${dir}` : ''}`);
  if (code === 0 && !process.env.KEEP) fs.rmSync(dir, { recursive: true, force: true });
  return code;
}

(async () => {
  const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(SCENARIOS);
  for (const n of names) if (!SCENARIOS[n]) { console.error(`unknown scenario ${n}; known: ${Object.keys(SCENARIOS).join(', ')}`); process.exit(2); }
  build();
  let failed = 0;
  for (const n of names) if ((await runScenario(n)) !== 0) failed++;
  console.log(failed ? `${failed} of ${names.length} scenarios failed` : `all ${names.length} scenarios passed`);
  process.exit(failed ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(2); });
