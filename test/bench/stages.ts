// Quick per-stage benchmark (section 1 of main.ts plus the 1 MB article in-process) for A/B
// comparisons of speed work: many repetitions, medians, and optional profiling loops.
// Usage: node scripts/run-ts.mjs test/bench/stages.ts --minify --keep -- [reps] [--big] [--loop N]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createAnalyzer } from '../../src/core/article/analyze';
import { AnalysisClient } from '../../src/node/worker/analysisClient';
import type { Stage } from '../../src/core/types';
import { loadResources } from '../../src/node/resources';
import { article5k, KB5, median, repeatTo, seedArticles } from './benchTexts';

const root = process.env.PROJECT_ROOT ?? path.resolve(__dirname, '..', '..');
const args = process.argv.slice(2);
const REPS = Number(args.find((a) => /^\d+$/.test(a)) ?? 60);
const big = args.includes('--big');
const scale = args.includes('--scale');
const docsAt = args.indexOf('--docs');
const docsDir = docsAt >= 0 ? args[docsAt + 1] : null;
const workerAt = args.indexOf('--worker');
const workerFile = workerAt >= 0 ? path.resolve(args[workerAt + 1]) : null;
const loopAt = args.indexOf('--loop');
const loop = loopAt >= 0 ? Number(args[loopAt + 1]) : 0;
const all = seedArticles(root);
const seeds = all.map((s) => s.text);
const text5k = article5k(all); // the same 5 KB article as main.ts

const analyzer = createAnalyzer(loadResources());
for (let i = 0; i < 20; i++) analyzer.analyze(text5k);

if (loop) {
  // Profiling loop: the 5 KB article and every seed, `loop` times.
  const t = performance.now();
  for (let i = 0; i < loop; i++) {
    analyzer.analyze(text5k);
    for (const s of seeds) analyzer.analyze(s);
  }
  console.log(`loop ${loop}: ${(performance.now() - t).toFixed(0)} ms`);
} else {
  const stages: (Stage | 'total')[] = ['boilerplate', 'entities', 'quotes', 'dates', 'typos', 'total'];
  const samples: Record<string, number[]> = Object.fromEntries(stages.map((s) => [s, []]));
  const cpus: number[] = [];
  for (let i = 0; i < REPS; i++) {
    const timings: Partial<Record<Stage | 'total', number>> = {};
    const c = process.cpuUsage();
    analyzer.analyze(text5k, { timings });
    const cpu = process.cpuUsage(c);
    cpus.push((cpu.user + cpu.system) / 1000);
    for (const s of stages) samples[s].push(timings[s] ?? 0);
  }
  console.log(`cpu per 5 KB: median ${median(cpus).toFixed(2)}  mean ${(cpus.reduce((a, b) => a + b, 0) / REPS).toFixed(2)}`);
  // Minimums too: on a shared machine they are the steadier figure for A/B comparisons.
  console.log(`median: ${stages.map((s) => `${s} ${median(samples[s]).toFixed(2)}`).join('  ')}`);
  console.log(`min:    ${stages.map((s) => `${s} ${Math.min(...samples[s]).toFixed(2)}`).join('  ')}`);
}

if (big) {
  const text = repeatTo(text5k, 1 << 20);
  const timings: Partial<Record<Stage | 'total', number>> = {};
  const c = process.cpuUsage();
  analyzer.analyze(text, { timings });
  const cpu = process.cpuUsage(c);
  // CPU time as well: wall time on a shared machine mostly measures the neighbours.
  console.log(
    `1 MB: cpu ${((cpu.user + cpu.system) / 1000).toFixed(0)}  ${Object.entries(timings)
      .map(([k, v]) => `${k} ${(v ?? 0).toFixed(0)}`)
      .join('  ')}`,
  );
}

if (scale) {
  // Per-stage ms per 64 KB at growing sizes: a stage whose figure grows is worse than linear.
  for (const kb of [64, 256, 1024]) {
    const text = repeatTo(text5k, kb * 1024);
    const timings: Partial<Record<Stage | 'total', number>> = {};
    analyzer.analyze(text, { timings });
    const per = (v: number) => ((v * 64) / kb).toFixed(0);
    console.log(
      `${kb} KB, ms per 64 KB: ${Object.entries(timings)
        .map(([k, v]) => `${k} ${per(v ?? 0)}`)
        .join('  ')}`,
    );
  }
}

if (workerFile) {
  // The 1 MB article in a worker (as the editor runs it), wall time incl. transfer: 3 runs.
  const text = repeatTo(text5k, 1 << 20);
  const client = new AnalysisClient(workerFile, () => analyzer);
  void (async () => {
    await client.analyze('warm', text5k);
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      await client.analyze(`big${i}`, text, {}, 'high', false);
      times.push(performance.now() - t);
    }
    client.dispose();
    console.log(`1 MB in the worker (${path.relative(root, workerFile)}): ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
  })();
}

if (docsDir) {
  // First sight: each article of a folder analysed once (the model rows it needs are not warm
  // from a previous run of the same text); per-stage ms per 5 KB over the whole folder.
  const files = fs
    .readdirSync(docsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const sums: Record<string, number> = {};
  let chars = 0;
  for (const f of files) {
    const text = fs.readFileSync(path.join(docsDir, f), 'utf8');
    chars += text.length;
    const timings: Partial<Record<Stage | 'total', number>> = {};
    analyzer.analyze(text, { timings });
    for (const [k, v] of Object.entries(timings)) sums[k] = (sums[k] ?? 0) + (v ?? 0);
  }
  const per = (v: number) => ((v * KB5) / chars).toFixed(2);
  console.log(
    `first sight, ${files.length} articles, ms per 5 KB: ${Object.entries(sums)
      .map(([k, v]) => `${k} ${per(v)}`)
      .join('  ')}`,
  );
}
