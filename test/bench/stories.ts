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
import { parseHeader } from '../../src/core/article/header';
import type { ArticleAnalysis, CorpusDocument } from '../../src/core/types';
import { rng } from '../../scripts/rng';

// Names are built from syllables so that a 10,000-article corpus has thousands of distinct people and places.
const SYL = 'ka ro mi len tar vo si dan bel ur ga ne ho lis ma tev or zan pi ju'.split(' ');
const SUFFIX = ['ville', 'grad', 'ton', 'burg', 'port', 'ia'];
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
// Names in the seeds that each story replaces by its own.
const SEED_NAMES: [RegExp, 'person' | 'surname' | 'first' | 'place'][] = [
  [/\b(?:Keir Starmer|Volodymyr Zelensky|Vladimir Putin|Donald Trump|Emmanuel Macron)\b/g, 'person'],
  [/\b(?:Starmer|Zelensky|Putin|Trump|Macron)\b/g, 'surname'],
  [/\b(?:Keir|Volodymyr|Vladimir|Donald)\b/g, 'first'],
  [/\b(?:Kyiv|Kiev|London|Downing Street|Windsor Castle|Moscow|Washington)\b/g, 'place'],
];

function seedSentences(dir: string): string[] {
  const out: string[] = [];
  for (const f of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const body = fs.readFileSync(path.join(dir, f), 'utf8').replace(/^\s*date \d{4}-\d\d-\d\d/, '');
    for (const s of body.split(/(?<=[.!?])\s+|\n+/)) if (s.split(/\s+/).length >= 8 && s.length < 400) out.push(s.trim());
  }
  return [...new Set(out)];
}

/** `count` articles in stories of 2..14 articles; returns them with the true story of each. */
export function generate(count: number, sentences: string[], seed = 1): { docs: CorpusDocument[]; truth: Map<string, number> } {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)];
  const docs: CorpusDocument[] = [];
  const truth = new Map<string, number>();
  for (let story = 0; docs.length < count; story++) {
    const first = cap(pick(SYL) + pick(SYL));
    const last = cap(pick(SYL) + pick(SYL) + pick(SYL));
    const place = cap(pick(SYL) + pick(SYL) + pick(SUFFIX));
    const other = `${cap(pick(SYL) + pick(SYL))} ${cap(pick(SYL) + pick(SYL) + pick(SYL))}`;
    const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(r() * 2000) * 86400000);
    const shift = Math.floor(r() * 90) + 10; // numbers in the story's sentences are shifted by this
    // Each story draws its sentences from one slice of the seed sentences: stories of one slice share a topic.
    const start = Math.floor(r() * Math.max(1, sentences.length - 40));
    const pool = sentences.slice(start, start + 40);
    const size = Math.min(count - docs.length, 2 + Math.floor(r() * 13));
    for (let k = 0; k < size; k++) {
      const lines: string[] = [];
      for (const s of pool) if (r() < 0.45) lines.push(vary(s, { first, last, place, other, shift }));
      const date = new Date(day.getTime() + Math.floor(r() * 3) * 86400000).toISOString().slice(0, 10);
      const text = `${r() < 0.7 ? `date ${date}\n` : ''}${first} ${last} in ${place}: ${pick(lines) ?? ''}\n${lines.join('\n')}`;
      const id = `gen/${String(docs.length).padStart(6, '0')}.txt`;
      docs.push({ id, text, analysis: headerOnly(text) });
      truth.set(id, story);
    }
  }
  return { docs, truth };
}

function vary(s: string, v: { first: string; last: string; place: string; other: string; shift: number }): string {
  let out = s;
  for (const [re, kind] of SEED_NAMES)
    out = out.replace(re, (m) =>
      kind === 'person'
        ? m.includes('Trump') || m.includes('Macron')
          ? v.other
          : `${v.first} ${v.last}`
        : kind === 'surname'
          ? v.last
          : kind === 'first'
            ? v.first
            : v.place,
    );
  return out.replace(/\b\d{1,3}\b/g, (n) => String(Number(n) + v.shift));
}

/** The analysis grouping needs when the full analysis is skipped: header, title, nothing else. */
function headerOnly(text: string): ArticleAnalysis {
  const header = parseHeader(text);
  const body = header.span ? text.slice(header.span.end) : text;
  header.title = (body.match(/\S[^\n]*/)?.[0] ?? '').slice(0, 100);
  return { header, boilerplate: [], quotes: [], entities: [], dates: [], typos: [], length: text.length, warnings: [] };
}

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
