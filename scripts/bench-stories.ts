// Story-grouping benchmark (bundled and run by scripts/bench-stories.mjs, one process per size).
// Articles are generated from the seed articles' sentences with the names, places, numbers and
// dates varied per story, so many stories share a topic and wording but not the event: the hard
// case. The per-article analysis is NOT run (too slow for 10,000 articles and measured elsewhere):
// each article gets the header-only analysis (`parseHeader`), which is all grouping reads besides
// the text. Usage: node bench-stories.js <count> <seedsDir> [folder]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus } from '../src/core/corpus/corpus';
import { parseHeader } from '../src/core/article/header';
import type { ArticleAnalysis, CorpusDocument } from '../src/core/types';
import { generateArticles, seedSentences } from './generate-articles';

/** `count` articles (header-only analyses) in stories of 2..14 articles, with the true story of each. */
export function generate(count: number, sentences: string[], seed = 1): { docs: CorpusDocument[]; truth: Map<string, number> } {
  const docs: CorpusDocument[] = [];
  const truth = new Map<string, number>();
  for (const a of generateArticles(count, sentences, seed)) {
    docs.push({ id: a.id, text: a.text, analysis: headerOnly(a.text) });
    truth.set(a.id, a.story);
  }
  return { docs, truth };
}

/** The analysis grouping needs when the full analysis is skipped: header, title, nothing else. */
function headerOnly(text: string): ArticleAnalysis {
  const header = parseHeader(text);
  const body = header.span ? text.slice(header.span.end) : text;
  header.title = (body.match(/\S[^\n]*/)?.[0] ?? '').slice(0, 100);
  return { header, boilerplate: [], quotes: [], entities: [], dates: [], typos: [], length: text.length, warnings: [] };
}

function readFolder(dir: string, count: number): CorpusDocument[] {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, count);
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

function main() {
  const [countArg, seedsDir, folder] = process.argv.slice(2);
  const count = Number(countArg);
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
  corpus.upsert({ ...d0, text: d0.text + '\nAn added line about the event.' });
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
  process.stdout.write(JSON.stringify(out) + '\n');
}

main();
