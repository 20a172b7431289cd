// Story-grouping benchmark: time and peak memory for 100 / 1,000 / 10,000 articles.
// Usage: node scripts/bench-stories.mjs [--sizes 100,1000,10000] [--folder DIR]
// Without --folder, articles are generated from the seeds (see scripts/bench-stories.ts).
// Grouping is measured on given analyses (header only): the per-article analysis is not included.
// Each size runs in its own process so that its peak RSS is its own.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const arg = (name, def) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : def;
};
const sizes = arg('--sizes', '100,1000,10000').split(',').map(Number);
const folder = arg('--folder', '');

const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-stories-'));
const bundle = path.join(outdir, 'bench-stories.js');
await esbuild.build({
  entryPoints: [path.join(root, 'scripts/bench-stories.ts')],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile: bundle,
  logLevel: 'warning',
});

const rows = [];
for (const n of sizes) {
  const args = [bundle, String(n), path.join(root, 'seeds')];
  if (folder) args.push(path.resolve(folder));
  rows.push(JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' })));
}
fs.rmSync(outdir, { recursive: true, force: true });

// Wall times suffer when other processes share the cores; CPU time (index + group) less so.
console.log('articles  index ms  group ms  total ms  total CPU ms  regroup-after-edit ms  stories  B3 F1  peak RSS MB');
for (const r of rows)
  console.log(
    [r.articles, r.index_ms, r.group_ms, r.total_ms, r.cpu_ms, r.regroup_after_edit_ms, r.stories, r.bcubed_f1 ?? '-', r.peak_rss_mb]
      .map((v, i) => String(v).padStart([8, 9, 9, 9, 13, 22, 8, 6, 12][i]))
      .join(' '),
  );
const a = rows.find((r) => r.articles === 1000);
const b = rows.find((r) => r.articles === 10000);
if (a && b) console.log(`10k/1k ratio: wall ${(b.total_ms / a.total_ms).toFixed(1)}, CPU ${(b.cpu_ms / a.cpu_ms).toFixed(1)}`);
