// npm run test:electron: the same in-extension-host tests (out/test/index.js) in desktop VS Code through
// @vscode/test-electron, for machines that can reach update.code.visualstudio.com (or have VS Code:
// set VSCODE_EXECUTABLE_PATH to skip the download). Here that host is unreachable, so this fails at the
// download: use `npm run test:vscode` (the same tests in code-server) instead.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const require = createRequire(import.meta.url);
const { makeWorkspace } = require('./test-workspace.js');

const tmp = path.join(root, '.vscode-test', 'tmp');
fs.mkdirSync(tmp, { recursive: true });
const dir = fs.mkdtempSync(path.join(tmp, 'electron-'));
const workspace = makeWorkspace(dir); // a writable copy of seeds/, as for the code-server run

try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out/test/index.js'),
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH || undefined,
    // Only the extension under test; a fresh user-data dir with the fixture settings' effect via flags.
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--skip-welcome',
      '--skip-release-notes',
      '--disable-workspace-trust',
      `--user-data-dir=${path.join(dir, 'user-data')}`,
    ],
    extensionTestsEnv: { EXT_TEST_RESULTS: path.join(dir, 'results.json'), ...(process.env.ONLY ? { ONLY: process.env.ONLY } : {}) },
  });
  console.log('in-host tests passed (desktop VS Code via @vscode/test-electron)');
} catch (e) {
  const msg = e instanceof Error ? e.message : String(e);
  if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|update\.code\.visualstudio\.com|download/i.test(msg)) {
    console.error(
      `\n@vscode/test-electron could not download VS Code: ${msg.split('\n')[0]}\n` +
        'This machine cannot reach update.code.visualstudio.com. Either set VSCODE_EXECUTABLE_PATH to an installed\n' +
        'VS Code binary, or run the same tests in code-server (a real VS Code 1.139): npm run test:vscode\n',
    );
  } else {
    console.error(`in-host tests failed (desktop VS Code): ${msg}`);
  }
  process.exit(1);
}
