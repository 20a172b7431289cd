// The corpus lives in the analysis worker: how long does the extension host's event loop block
// while a 10,000-article corpus regroups after an edit and its snapshot crosses over?
// Bundled and run by `npm run bench` (or: node scripts/run-ts.mjs test/bench/corpusWorker.ts [count]).
// Prints one line: CORPUS-WORKER articles=N regroup_ms=… host_max_block_ms=… snapshot_kb=…
import * as path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { AnalysisClient } from '../../src/node/worker/analysisClient';
import { generate, seedSentences } from './corpusGenerator';

const root = process.cwd();

/** Longest gap between 2 ms timer ticks while `work` runs: the host's longest block. */
async function longestBlock<T>(work: () => Promise<T>): Promise<{ result: T; maxGapMs: number; histMaxMs: number }> {
  const h = monitorEventLoopDelay({ resolution: 2 });
  h.enable();
  let last = performance.now();
  let maxGapMs = 0;
  const t0 = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    if (process.env.BENCH_DEBUG && now - last > 20) console.log(`gap ${(now - last).toFixed(0)} ms at +${(now - t0).toFixed(0)} ms`);
    maxGapMs = Math.max(maxGapMs, now - last);
    last = now;
  }, 2);
  try {
    const result = await work();
    return { result, maxGapMs, histMaxMs: h.max / 1e6 };
  } finally {
    clearInterval(timer);
    h.disable();
  }
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 10000);
  const { docs } = generate(count, seedSentences(path.join(root, 'seeds')));
  const client = new AnalysisClient(path.join(root, 'dist', 'analysisWorker.js'));
  const t0 = performance.now();
  await Promise.all(docs.map((d) => client.upsert(d.id, d.text, d.analysis)));
  const first = await client.query({ q: 'snapshot', across: false });
  const t1 = performance.now();
  // The host keeps no corpus: let go of the generated texts (only the edited one is needed) before measuring.
  const d0 = docs[0];
  docs.length = 0;
  (globalThis as { gc?: () => void }).gc?.();
  // One article edited: the worker re-indexes it, regroups, and sends the new snapshot.
  const edit = await longestBlock(async () => {
    const s = performance.now();
    await client.upsert(d0.id, `${d0.text}\nAn added line about the event.`, d0.analysis);
    const snap = await client.query({ q: 'snapshot', across: false });
    if (process.env.BENCH_DEBUG) console.log(`snapshot arrived at ${(performance.now() - s).toFixed(0)} ms`);
    return { snap, ms: performance.now() - s };
  });
  const kb = Buffer.byteLength(JSON.stringify(edit.result.snap)) / 1024;
  client.dispose();
  console.log(`load + first grouping of ${count} articles in the worker: ${Math.round(t1 - t0)} ms (${first.stories.length} stories)`);
  console.log(
    `CORPUS-WORKER articles=${count} regroup_ms=${Math.round(edit.result.ms)} host_max_block_ms=${edit.maxGapMs.toFixed(1)} ` +
      `host_hist_max_ms=${edit.histMaxMs.toFixed(1)} snapshot_kb=${Math.round(kb)}`,
  );
}

void main();
