// npm run bench:archive: JSON Lines archives on one machine and on a Dask cluster.
//   - one process: `analyze --jsonl --features`, then `stories --jsonl`, for each --sizes (wall and CPU
//     seconds, articles/s, peak RSS); the ratio of the two largest sizes shows the cost is linear
//   - Dask LocalCluster (127.0.0.1) with 1 and 2 workers on --cluster articles: articles/s of the
//     analysis and peak RSS per worker (the worker and the CLI processes it ran)
// Usage: node scripts/bench-archive.mjs [--sizes 2000,10000] [--cluster 2000] [--no-cluster]   (--sizes '' : cluster only)
// (--sizes 10000,100000 for the 100k figure: a few minutes per 10k articles on 2 cores.)
import { execFileSync, spawnSync } from 'node:child_process';
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const arg = (name, def) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : def;
};
const sizes = arg('--sizes', '2000,10000').split(',').map(Number).filter((n) => n > 0);
const clusterSize = Number(arg('--cluster', '2000'));
const withCluster = !process.argv.includes('--no-cluster');
const python = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-archive-'));
const dist = path.join(tmp, 'dist');
const cli = path.join(dist, 'cli.js');
execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--quiet', '--outdir', dist], { stdio: 'inherit' });
const gen = path.join(tmp, 'generate.js');
await esbuild.build({ entryPoints: [path.join(root, 'scripts/archive/generate.ts')], bundle: true, platform: 'node', target: 'node20', outfile: gen, logLevel: 'warning' });

function generate(n) {
  const file = path.join(tmp, `in-${n}.jsonl`);
  const fd = fs.openSync(file, 'w');
  const r = spawnSync(process.execPath, [gen, String(n), path.join(root, 'seeds')], { stdio: ['ignore', fd, 'inherit'] });
  fs.closeSync(fd);
  if (r.status !== 0) throw new Error('generator failed');
  return file;
}

const hasTime = fs.existsSync('/usr/bin/time');
/** Runs node cli args with stdout to a file; wall and CPU seconds and peak RSS (MB) of the process. */
function timed(args, outFile) {
  const fd = fs.openSync(outFile, 'w');
  const stats = path.join(tmp, 'time.txt');
  const t0 = process.hrtime.bigint();
  const argv = hasTime ? ['/usr/bin/time', '-f', '%U %S %M', '-o', stats, process.execPath, cli, ...args] : [process.execPath, cli, ...args];
  const r = spawnSync(argv[0], argv.slice(1), { stdio: ['ignore', fd, 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  fs.closeSync(fd);
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  let cpu = NaN;
  let rss = NaN;
  if (hasTime) {
    const [u, s, m] = fs.readFileSync(stats, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    cpu = u + s;
    rss = m / 1024;
  }
  return { wall, cpu, rss, stderr: String(r.stderr) };
}

const rows = [];
for (const n of sizes) {
  const input = generate(n);
  const analysis = path.join(tmp, `analysis-${n}.jsonl`);
  const a = timed(['analyze', '--jsonl', '--features', '--quiet', input], analysis);
  const s = timed(['stories', '--jsonl', '--quiet', analysis], path.join(tmp, `stories-${n}.jsonl`));
  const comp = /\((\d+) components, largest (\d+)\)/.exec(s.stderr);
  rows.push({ n, a, s, stories: fs.readFileSync(path.join(tmp, `stories-${n}.jsonl`), 'utf8').split('\n').filter(Boolean).length, comp });
  for (const f of [input, analysis]) fs.rmSync(f, { force: true });
}

const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : '-');
console.log('\nOne process (node dist/cli.js), generated articles');
console.log('articles  analyze s (CPU s)  articles/s wall (CPU)  peak MB  stories s (CPU s)  peak MB  stories  components (largest)');
for (const { n, a, s, stories, comp } of rows)
  console.log(
    [
      String(n).padStart(8),
      `${f1(a.wall)} (${f1(a.cpu)})`.padStart(18),
      `${f1(n / a.wall)} (${f1(n / a.cpu)})`.padStart(22),
      f1(a.rss).padStart(8),
      `${f1(s.wall)} (${f1(s.cpu)})`.padStart(18),
      f1(s.rss).padStart(8),
      String(stories).padStart(8),
      comp ? `${comp[1]} (${comp[2]})`.padStart(21) : '',
    ].join(' '),
  );
if (rows.length >= 2) {
  const [x, y] = rows.slice(-2);
  const k = y.n / x.n;
  console.log(`${y.n}/${x.n} = ${k}x articles: analyze ${f1(y.a.wall / x.a.wall)}x wall (${f1(y.a.cpu / x.a.cpu)}x CPU), stories ${f1(y.s.wall / x.s.wall)}x wall (${f1(y.s.cpu / x.s.cpu)}x CPU)`);
}

if (withCluster) {
  const input = generate(clusterSize);
  const single = timed(['analyze', '--jsonl', '--features', '--quiet', input], path.join(tmp, 'single.jsonl'));
  console.log(`\nDask LocalCluster (127.0.0.1), analyze --jsonl --features of ${clusterSize} articles, 1 MiB partitions`);
  console.log(`one process, no Dask: ${f1(single.wall)} s, ${f1(clusterSize / single.wall)} articles/s wall, CPU ${f1(single.cpu)} s (${f1(clusterSize / single.cpu)} articles/CPU-s), peak ${f1(single.rss)} MB`);
  for (const workers of [1, 2]) {
    const report = path.join(tmp, `report-${workers}.json`);
    const r = spawnSync(
      python,
      [path.join(root, 'recipes/dask/news_dask.py'), 'analyze', input, '--out', path.join(tmp, `dask-${workers}`), '--workers', String(workers), '--blocksize', '1MiB', '--node', process.execPath, '--cli', cli, '--report', report],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    if (r.status !== 0) {
      console.log(`${workers} worker(s): failed: ${String(r.stderr).slice(-500)}`);
      continue;
    }
    const rep = JSON.parse(fs.readFileSync(report, 'utf8'));
    const per = Object.values(rep.memory);
    const mem = per.map((m) => `worker ${m.worker_mb} MB + CLI ${m.cli_mb} MB`).join('; ');
    const cpu = per.reduce((s, m) => s + (m.cli_cpu_s ?? NaN), 0);
    console.log(
      `${workers} worker(s): ${rep.analyze_s} s, ${f1(clusterSize / rep.analyze_s)} articles/s wall, CLI CPU ${f1(cpu)} s (${f1(clusterSize / cpu)} articles/CPU-s), ${rep.partitions} partitions; peak per worker: ${mem}`,
    );
  }
}
console.log(`\n(${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}: wall times grow when other processes share the cores; CPU times less so)`);
fs.rmSync(tmp, { recursive: true, force: true });
