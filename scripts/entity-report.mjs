// Per-type entity scores of the built CLI (the whole analysis, as the scorer runs it), exact
// and partial (overlap, same type), with counts; SHOW=1 lists the partial errors by frequency.
// Measuring only. Usage: node scripts/build.mjs --quiet && node scripts/entity-report.mjs conll-dev meantime-dev
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const evalDir = path.resolve(process.env.EVAL_DIR || path.join(root, '..', 'shared', 'eval'));
const TYPES = ['person', 'place', 'organization'];
const overlaps = (a, b) => Math.min(a.end, b.end) > Math.max(a.start, b.start);
const f1 = (tpP, nP, tpG, nG) => {
  const p = nP ? tpP / nP : 0;
  const r = nG ? tpG / nG : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

for (const set of process.argv.slice(2)) {
  const dir = path.join(evalDir, set);
  if (!fs.existsSync(path.join(dir, 'gold.jsonl'))) {
    console.error(`${set}: no ${dir}/gold.jsonl (set EVAL_DIR)`);
    process.exitCode = 1;
    continue;
  }
  const run = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'analyze', path.join(dir, 'docs'), '--json'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (run.status !== 0) {
    console.error(`${set}: CLI failed\n${run.stderr.slice(-2000)}`);
    process.exitCode = 1;
    continue;
  }
  const pred = new Map(JSON.parse(run.stdout).articles.map((a) => [path.basename(a.path), a.annotations.filter((x) => x.kind === 'entity')]));
  const c = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, pred: 0, gold: 0, pp: 0, pg: 0 }]));
  const errors = new Map();
  const err = (s) => errors.set(s, (errors.get(s) ?? 0) + 1);
  for (const line of fs.readFileSync(path.join(dir, 'gold.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const g = JSON.parse(line);
    const text = fs.readFileSync(path.join(dir, 'docs', g.doc), 'utf8');
    const gold = g.annotations.filter((a) => a.kind === 'entity');
    const ps = pred.get(g.doc) ?? [];
    const key = (a) => `${a.start}:${a.end}:${a.type}`;
    const gk = new Set(gold.map(key));
    const show = (a) => JSON.stringify(text.slice(a.start, a.end));
    for (const p of ps) {
      c[p.type].pred++;
      if (gk.has(key(p))) c[p.type].tp++;
      if (gold.some((a) => a.type === p.type && overlaps(a, p))) c[p.type].pp++;
      else err(`FP ${p.type} ${show(p)}`);
    }
    for (const a of gold) {
      c[a.type].gold++;
      if (ps.some((p) => p.type === a.type && overlaps(a, p))) c[a.type].pg++;
      else err(`FN ${a.type} ${show(a)}`);
    }
  }
  const sum = (k) => TYPES.reduce((s, t) => s + c[t][k], 0);
  const ex = f1(sum('tp'), sum('pred'), sum('tp'), sum('gold'));
  const pa = f1(sum('pp'), sum('pred'), sum('pg'), sum('gold'));
  console.log(`${set}: exact F1 ${ex.f.toFixed(3)}  partial F1 ${pa.f.toFixed(3)}`);
  for (const t of TYPES) {
    const e = f1(c[t].tp, c[t].pred, c[t].tp, c[t].gold);
    const q = f1(c[t].pp, c[t].pred, c[t].pg, c[t].gold);
    console.log(`  ${t.padEnd(12)} exact F1 ${e.f.toFixed(3)}  partial F1 ${q.f.toFixed(3)} (P ${q.p.toFixed(3)} R ${q.r.toFixed(3)})  pred ${c[t].pred} gold ${c[t].gold}`);
  }
  if (process.env.SHOW) for (const [e, n] of [...errors].sort((a, b) => b[1] - a[1]).slice(0, 80)) console.log(`  ${n} ${e}`);
}
