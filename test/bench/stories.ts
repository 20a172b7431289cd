// Story-grouping benchmark: time and peak memory for 100 / 1,000 / 10,000 articles.
// Usage: npm run bench:stories -- [--sizes 100,1000,10000] [--folder DIR] [--quick]   (--quick: 100,1000)
// Each size runs in its own process (this same bundle with --one N) so that its peak RSS is its own.
// Articles are generated from the seed articles' sentences with the names, places, numbers and
// dates varied per story, so many stories share a topic and wording but not the event: the hard
// case. The per-article analysis is NOT run (too slow for 10,000 articles and measured elsewhere):
// each article gets the header-only analysis (`parseHeader`), which is all grouping reads besides
// the text. Without --folder, articles are generated from the seeds.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus } from '../../src/core/corpus/corpus';
import type { CorpusDocument } from '../../src/core/types';
import { generate, headerOnly, seedSentences } from './corpusGenerator';

function readFolder(dir: string, count: number): CorpusDocument[] {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, count);
  return files.map((f) => {
    const text = fs.readFileSync(path.join(dir, f), 'utf8').replace(/^\uFEFF/, '');
    return { id: f, text, analysis: headerOnly(text) };
  });
}

/** B-cubed F1 of predicted stories against the generated truth. */
function bcubed(stories: { articles: string[] }[], truth: Map<string, number>): number {
  const pred = new Map<string, number>();
  stories.forEach((s, i) => s.articles.forEach((a) => pred.set(a, i)));
  const byPred = new Map<number, string[]>();
  const byTrue = new Map<number, string[]>();
  for (const [id, t] of truth) {
    (byPred.get(pred.get(id)!) ?? byPred.set(pred.get(id)!, []).get(pred.get(id)!)!).push(id);
    (byTrue.get(t) ?? byTrue.set(t, []).get(t)!).push(id);
  }
  let p = 0;
  let rc = 0;
  for (const [id, t] of truth) {
    const pc = byPred.get(pred.get(id)!)!;
    const tc = byTrue.get(t)!;
    const both = pc.filter((x) => truth.get(x) === t).length;
    p += both / pc.length;
    rc += both / tc.length;
  }
  p /= truth.size;
  rc /= truth.size;
  return (2 * p * rc) / (p + rc);
}

/** One size, in this process: prints one JSON line. */
function measure(count: number, seedsDir: string, folder: string) {
  const gen = folder ? { docs: readFolder(folder, count), truth: null } : generate(count, seedSentences(seedsDir));
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const corpus = new Corpus();
  for (const d of gen.docs) corpus.upsert(d);
  const t1 = performance.now();
  const stories = corpus.stories();
  const t2 = performance.now();
  const cpu = process.cpuUsage(c0);
  // One article edited: the incremental path (re-index one, regroup lazily).
  const d0 = gen.docs[0];
  corpus.upsert({ ...d0, text: `${d0.text}\nAn added line about the event.` });
  corpus.stories();
  const t3 = performance.now();
  const rss = process.resourceUsage().maxRSS / 1024;
  const out = {
    articles: gen.docs.length,
    index_ms: Math.round(t1 - t0),
    group_ms: Math.round(t2 - t1),
    total_ms: Math.round(t2 - t0),
    cpu_ms: Math.round((cpu.user + cpu.system) / 1000),
    regroup_after_edit_ms: Math.round(t3 - t2),
    stories: stories.length,
    bcubed_f1: gen.truth ? Number(bcubed(stories, gen.truth).toFixed(3)) : null,
    peak_rss_mb: Math.round(rss),
    heap_mb: Math.round(process.memoryUsage().heapUsed / 1048576),
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

const arg = (name: string, def: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : def;
};

function main() {
  const root = process.env.PROJECT_ROOT ?? process.cwd();
  const seedsDir = path.join(root, 'seeds');
  const folder = arg('--folder', '') && path.resolve(arg('--folder', ''));
  const one = arg('--one', '');
  if (one) return measure(Number(one), seedsDir, folder);
  const sizes = arg('--sizes', process.argv.includes('--quick') ? '100,1000' : '100,1000,10000')
    .split(',')
    .map(Number);
  const rows = sizes.map((n) => {
    const args = [process.argv[1], '--one', String(n), ...(folder ? ['--folder', folder] : [])];
    return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' }));
  });
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
}

main();
