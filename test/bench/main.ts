// The benchmark table of issue 7. Every figure is the median of repeated runs; comparisons with
// the libraries we build on are measured in the same run on the same texts.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { spawnSync } from 'node:child_process';
import * as chrono from 'chrono-node/en';
import nlp from 'compromise';
import nspell from 'nspell';
import { AnalysisClient } from '../../src/node/worker/analysisClient';
import { createAnalyzer } from '../../src/core/article/analyze';
import type { Stage } from '../../src/core/types';
import { loadResources } from '../../src/node/resources';
import { article5k, KB5, median, repeatTo, seedArticles } from './benchTexts';

const root = process.env.PROJECT_ROOT ?? path.resolve(__dirname, '..', '..'); // set by scripts/run-ts.mjs
const quick = process.argv.includes('--quick');
const REPS = quick ? 5 : 25;
const time = (fn: () => unknown) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0));
const row = (...cells: (string | number)[]) => console.log(`| ${cells.join(' | ')} |`);

function section(title: string) {
  console.log(`\n### ${title}\n`);
}

async function main() {
  console.log(
    `# News Annotator benchmark\n\nMachine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}. Medians of ${REPS} runs.`,
  );
  const tLoad = performance.now();
  const resources = loadResources();
  const analyzer = createAnalyzer(resources);
  analyzer.analyze('Warm up. Keir Starmer said “hello” on Monday.');
  const loadMs = performance.now() - tLoad;
  const all = seedArticles(root);
  const text5k = article5k(all);
  // "Warm" means the JIT has compiled the hot paths: 20 analyses before any is timed.
  for (let i = 0; i < 20; i++) analyzer.analyze(text5k);

  section('1. Full analysis of a 5 KB article (warm), per stage');
  const stages: (Stage | 'total')[] = ['boilerplate', 'entities', 'quotes', 'dates', 'typos', 'total'];
  const samples: Record<string, number[]> = Object.fromEntries(stages.map((s) => [s, []]));
  for (let i = 0; i < REPS; i++) {
    const timings: Partial<Record<Stage | 'total', number>> = {};
    analyzer.analyze(text5k, { timings });
    for (const s of stages) samples[s].push(timings[s] ?? 0);
  }
  row('stage', 'ms per 5 KB');
  row('---', '---');
  for (const s of stages) row(s, fmt(median(samples[s])));
  const total5k = median(samples.total);
  console.log(`\nThroughput: ${(KB5 / 1024 / (total5k / 1000)).toFixed(0)} KB/s. Models and dictionaries load once: ${fmt(loadMs)} ms.`);
  // One at a time as the editor does: each seed analysed once, in a fresh order, first sight of the text.
  const firstSight = all.map((s) => time(() => analyzer.analyze(`${s.text}\n`)) * (KB5 / s.text.length));
  console.log(`One article at a time (each seed analysed once, first sight, scaled to 5 KB): median ${fmt(median(firstSight))} ms.`);

  section('2. Side by side with the libraries (same text, same run, ms per 5 KB)');
  const oursEntities = median(samples.entities);
  const compromiseMs = median(
    Array.from({ length: REPS }, () =>
      time(() => {
        const d = nlp(text5k);
        d.people().json({ offset: true });
        d.places().json({ offset: true });
        d.organizations().json({ offset: true });
      }),
    ),
  );
  const ref = new Date('2025-01-16T12:00:00Z');
  const chronoMs = median(Array.from({ length: REPS }, () => time(() => chrono.parse(text5k, ref))));
  const gb = resources.dictionaries['en-GB']!;
  const spell = nspell({ aff: Buffer.from(gb.aff), dic: Buffer.from(gb.dic) });
  const words = text5k.match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
  const nspellMs = median(
    Array.from({ length: Math.min(REPS, 5) }, () =>
      time(() => {
        for (const w of words) if (!spell.correct(w)) spell.suggest(w);
      }),
    ),
  );
  let cspellMs: number | null = null;
  try {
    const cspell = await import('cspell-lib');
    const settings = await cspell.getDefaultSettings();
    const doc = { uri: 'file:///bench.txt', text: text5k, languageId: 'plaintext', locale: 'en-GB' };
    await cspell.spellCheckDocument(doc, { generateSuggestions: true, noConfigSearch: true }, settings);
    const xs: number[] = [];
    for (let i = 0; i < Math.min(REPS, 10); i++) {
      const t = performance.now();
      await cspell.spellCheckDocument(doc, { generateSuggestions: true, noConfigSearch: true }, settings);
      xs.push(performance.now() - t);
    }
    cspellMs = median(xs);
  } catch (e) {
    console.log(`(cspell-lib not measured: ${(e as Error).message.split('\n')[0]})`);
  }
  row('stage', 'ours', 'library alone', 'ratio (library / ours)');
  row('---', '---', '---', '---');
  row('entities', fmt(oursEntities), `compromise ${fmt(compromiseMs)}`, (compromiseMs / oursEntities).toFixed(1));
  row('whole analysis', fmt(total5k), `compromise ${fmt(compromiseMs)}`, (compromiseMs / total5k).toFixed(1));
  row('typos', fmt(median(samples.typos)), `nspell ${fmt(nspellMs)}`, (nspellMs / median(samples.typos)).toFixed(1));
  if (cspellMs !== null)
    row('typos', fmt(median(samples.typos)), `cspell-lib ${fmt(cspellMs)}`, (cspellMs / median(samples.typos)).toFixed(1));
  row('dates', fmt(median(samples.dates)), `chrono-node ${fmt(chronoMs)}`, (chronoMs / median(samples.dates)).toFixed(1));

  section('3. One 1 MB article');
  const big = repeatTo(text5k, 1 << 20);
  const bigMs = time(() => analyzer.analyze(big));
  const client = new AnalysisClient(path.join(root, 'dist', 'analysisWorker.js'), () => analyzer);
  await client.analyze('warm', 'Warm up the worker. Keir Starmer said “hi”.');
  const h = monitorEventLoopDelay({ resolution: 5 });
  let maxGap = 0;
  let last = performance.now();
  const tick = setInterval(() => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
  }, 5);
  h.enable();
  const tw = performance.now();
  await client.analyze('big', big);
  const workerMs = performance.now() - tw;
  h.disable();
  clearInterval(tick);
  client.dispose();
  row('measure', 'value');
  row('---', '---');
  row('analysis in-process (blocking)', `${fmt(bigMs)} ms`);
  row('analysis in the worker, wall time incl. transfer', `${fmt(workerMs)} ms`);
  row('longest event-loop block of the host meanwhile', `${fmt(maxGap)} ms (5 ms timer; histogram max ${fmt(h.max / 1e6)} ms)`);

  section('4. Corpus grouping');
  const r = spawnSync(
    process.execPath,
    [path.join(root, 'scripts/run-ts.mjs'), 'test/bench/stories.ts', '--', ...(quick ? ['--quick'] : [])],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  process.stdout.write(r.stdout || '');
  if (r.status !== 0) console.log(`(grouping benchmark failed: ${r.stderr?.slice(-500)})`);

  // The other benchmarks run in processes of their own (their own heap and peak memory).
  const sub = (title: string, file: string, args: string[], flags: string[] = []) => {
    section(title);
    const res = spawnSync(process.execPath, [path.join(root, 'scripts/run-ts.mjs'), file, ...flags, '--', ...args], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    process.stdout.write(res.stdout || '');
    if (res.status !== 0) console.log(`(${file} failed: ${res.stderr?.slice(-500)})`);
  };
  sub(
    '4b. The corpus in the worker: the host while a large corpus regroups after an edit',
    'test/bench/corpusWorker.ts',
    [quick ? '1000' : '10000'],
    ['--expose-gc'],
  );
  if (fs.existsSync(path.join(root, 'test/bench/anchoring.ts')))
    sub("4c. Anchoring the reader's annotations", 'test/bench/anchoring.ts', quick ? ['--quick'] : []);
  if (fs.existsSync(path.join(root, 'test/bench/exportCorpus.ts')))
    sub('4d. Export of a 1,000-article corpus (automatic and reader layers)', 'test/bench/exportCorpus.ts', []);

  section('5. Sizes and activation');
  const size = (p: string) => (fs.existsSync(p) ? `${(fs.statSync(p).size / 1024).toFixed(0)} KB` : 'not built');
  const dirSize = (p: string): number =>
    fs.existsSync(p)
      ? fs
          .readdirSync(p, { withFileTypes: true })
          .reduce((n, e) => n + (e.isDirectory() ? dirSize(path.join(p, e.name)) : fs.statSync(path.join(p, e.name)).size), 0)
      : 0;
  row('file', 'size');
  row('---', '---');
  row('dist/extension.js (bundle)', size(path.join(root, 'dist/extension.js')));
  row('dist/analysisWorker.js (bundle)', size(path.join(root, 'dist/analysisWorker.js')));
  row('dist/resources (dictionaries + model)', `${(dirSize(path.join(root, 'dist/resources')) / 1048576).toFixed(1)} MB`);
  row('dist/news-annotator.vsix', size(path.join(root, 'dist/news-annotator.vsix')));
  const act = path.join(root, 'dist', 'activation.json');
  if (fs.existsSync(act)) {
    const a = JSON.parse(fs.readFileSync(act, 'utf8'));
    row('activation (activate() in the VS Code test run)', `${fmt(a.activationMs)} ms`);
  } else row('activation', 'run `npm run test:vscode` first (it writes dist/activation.json)');
  const mem = process.memoryUsage();
  console.log(`\nThis process: rss ${(mem.rss / 1048576).toFixed(0)} MB, heap ${(mem.heapUsed / 1048576).toFixed(0)} MB.`);
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
