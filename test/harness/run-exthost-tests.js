// Runs test/vscode (bundled to out/test/index.js by test/harness/build-tests.mjs) INSIDE code-server's real
// Node extension host - what @vscode/test-electron would do, without the download it cannot make here.
// Mechanism (VS Code's own browser integration runner): open the workbench with a `payload` query
// holding extensionDevelopmentPath + extensionTestsPath as vscode-remote:// URIs; the workbench loads
// the extension from the project folder, require()s the tests in the extension host, awaits run(), and
// reports the exit code through window.codeAutomationExit (exposed here with Playwright).
//
// Each run gets a fresh workspace under .vscode-test-harness/tmp/ (test/harness/test-workspace.js: a writable
// copy of seeds/), so tests can edit articles and write .vscode/news-words.txt freely.
//
// Usage: node test/harness/run-exthost-tests.js [extensionDevelopmentPath] [extensionTestsPath]
// Env: ONLY=<substring> runs matching tests; VERBOSE=1 echoes the whole workbench log;
//      TEST_TIMEOUT_MS (default 300000) bounds the whole run; KEEP=1 keeps the run dir.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { ROOT, mkTmp, startCodeServer, launchBrowser } = require('./vscode-harness');
const { makeWorkspace } = require('./test-workspace');

const extDev = path.resolve(process.argv[2] || ROOT);
const testsPath = path.resolve(process.argv[3] || path.join(ROOT, 'out/test/index.js'));
const TIMEOUT_MS = +(process.env.TEST_TIMEOUT_MS || 300000);

(async () => {
  const T0 = Date.now();
  for (const [what, p] of [
    ['extension bundle', path.join(extDev, 'dist/extension.js')],
    ['tests bundle', testsPath],
  ]) {
    if (!fs.existsSync(p)) {
      console.error(`missing ${what} ${p}: run node scripts/build.mjs and node test/harness/build-tests.mjs`);
      process.exit(2);
    }
  }
  const dir = mkTmp('exthost-');
  const workspace = makeWorkspace(dir);
  const extensionsDir = path.join(dir, 'extensions'); // empty: only built-ins + the extension under development
  fs.mkdirSync(extensionsDir);
  const resultsFile = path.join(dir, 'results.json');
  const cs = await startCodeServer({
    dir,
    extensionsDir,
    // Inherited by the extension host process (read by test/vscode/runner.ts).
    env: { EXT_TEST_RESULTS: resultsFile, ...(process.env.ONLY ? { ONLY: process.env.ONLY } : {}) },
    // A *built* workbench ignores the `payload` query unless developmentOptions.enableSmokeTestDriver
    // is set; this VS Code server flag (passed through by code-server) sets it.
    extraArgs: ['--vscode-option', 'enable-smoke-test-driver'],
  });
  console.log(`code-server ready in ${cs.startMs} ms at ${cs.url}; workspace ${workspace}; logs in ${dir}`);
  let ctx, code;
  const errors = [];
  try {
    ctx = await launchBrowser(dir);
    const page = ctx.pages()[0] || (await ctx.newPage());
    let finish;
    const done = new Promise((r) => {
      finish = r;
    });
    // With the smoke-test driver on, the workbench forwards all its logging here: keep it in a file and
    // echo only the test runner's lines ("[ext-test]" prefix) unless VERBOSE=1.
    const wlog = fs.createWriteStream(path.join(dir, 'workbench.log'));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = (args || []).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
      wlog.write(`[${type}] ${line}\n`);
      // errors other than the expected offline noise (open-vsx gallery, GitHub auth) are shown on failure
      if (type === 'error' && !/open-vsx|ENOTFOUND|authentication provider 'github'/.test(line)) {
        errors.push(line.split('\n').slice(0, 2).join(' | ').slice(0, 400));
      }
      if (process.env.VERBOSE || line.includes('[ext-test]')) {
        console.log(line.replace(/^.*?\[ext-test\] /, '[ext-test] '));
      }
    });
    await page.exposeFunction('codeAutomationExit', (exitCode) => finish(exitCode));
    // The workbench's remote authority is the page's host:port.
    const remote = (p) => `vscode-remote://127.0.0.1:${cs.port}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(extDev)],
      ['extensionTestsPath', remote(testsPath)],
      ['skipWelcome', 'true'],
    ];
    await page.goto(`${cs.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    code = await Promise.race([done, new Promise((r) => setTimeout(() => r('timeout'), TIMEOUT_MS))]);
    if (code === 'timeout') {
      console.error(`TIMEOUT: extension host did not report within ${TIMEOUT_MS} ms`);
      await page.screenshot({ path: path.join(dir, 'timeout.png') }).catch(() => {});
      code = 3;
    }
  } finally {
    if (ctx) {
      await ctx.close().catch(() => {});
    }
    cs.stop();
  }
  if (code !== 0 && errors.length) {
    console.error(`workbench/extension-host errors:\n${errors.slice(-10).join('\n')}`);
  }
  if (fs.existsSync(resultsFile)) {
    const { summary } = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
    if (code !== 0 || process.env.KEEP) console.log(`results: ${resultsFile}`);
    console.log(summary); // the "N passed, N failed" line, also when VS Code's own output is noisy
  } else {
    console.log('0 passed, 1 failed (no results: the tests module did not run; see the log above)');
  }
  console.log(`extension host exit code ${code}; total ${Date.now() - T0} ms`);
  // Keep the run dir on failure (logs, workspace) or with KEEP=1; clean up otherwise.
  if (code === 0 && !process.env.KEEP) fs.rmSync(dir, { recursive: true, force: true });
  process.exit(code);
})().catch((e) => {
  console.error(e);
  process.exit(2);
});
