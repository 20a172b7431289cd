// Runs ../shared/eval/score.mjs on every dev set against the built CLI and prints the SCORE lines.
// Usage: node scripts/eval.mjs [set ...]   (EVAL_DIR overrides ../shared/eval; CLI overrides the command)
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const evalDir = path.resolve(process.env.EVAL_DIR || path.join(root, '..', 'shared', 'eval'));
const cli = process.env.CLI || `node ${path.join(root, 'dist', 'cli.js')}`;
const all = ['conll-dev', 'meantime-dev', 'tempeval-dev', 'polnear-dev', 'typos-dev', 'ecb-dev'];
const sets = process.argv.slice(2).length ? process.argv.slice(2) : all;

if (!fs.existsSync(path.join(evalDir, 'score.mjs'))) {
  console.error(`no scorer at ${evalDir}/score.mjs (set EVAL_DIR)`);
  process.exit(1);
}
let failed = 0;
for (const set of sets) {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [path.join(evalDir, 'score.mjs'), '--set', path.join(evalDir, set), '--cli', cli], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const lines = (r.stdout || '').trim().split('\n');
  const score = lines.filter((l) => l.startsWith('SCORE'));
  if (r.status !== 0 || !score.length) {
    failed++;
    console.log(`${set}: scorer failed (${r.status})\n${(r.stderr || '').slice(-2000)}`);
  } else console.log(`${score.join('\n')}   (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}
process.exit(failed ? 1 : 0);
