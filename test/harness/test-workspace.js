// A throw-away workspace for the tests in a real VS Code: <dir>/ws/seeds/*.txt copied from the repo
// (the `news` language claims **/seeds/*.txt), writable, so tests can edit articles and write
// .vscode/news-words.txt without touching the repo. test-fixtures/workspace-settings.json, if present,
// becomes its .vscode/settings.json.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const ROOT = path.resolve(__dirname, '..', '..');

function makeWorkspace(dir) {
  const ws = path.join(dir, 'ws');
  fs.mkdirSync(path.join(ws, 'seeds'), { recursive: true });
  for (const f of fs.readdirSync(path.join(ROOT, 'seeds')).filter((n) => n.endsWith('.txt'))) {
    const to = path.join(ws, 'seeds', f);
    fs.copyFileSync(path.join(ROOT, 'seeds', f), to);
    fs.chmodSync(to, 0o644); // the repo's seeds are read-only; copyFile keeps the mode
  }
  const settings = path.join(ROOT, 'test-fixtures/workspace-settings.json');
  if (fs.existsSync(settings)) {
    fs.mkdirSync(path.join(ws, '.vscode'), { recursive: true });
    fs.copyFileSync(settings, path.join(ws, '.vscode/settings.json'));
  }
  return ws;
}

module.exports = { makeWorkspace };
