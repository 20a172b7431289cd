// news-annotator stories --jsonl [files…]: stories over analysis lines (`analyze --jsonl --features`),
// one story per line. The map-reduce steps run separately so a cluster can spread them
// (see src/core/corpus/storyKeys.ts; every step reads and writes JSON Lines):
//   --stats            analysis lines (or stats lines) -> {"articles":N} and {"term","df"} lines
//   --map --stats F    analysis lines -> {"key","id"} lines
//   --link             {"key","id"} lines grouped by key -> {"a","b"} links and {"capped"} lines
//   --components       links -> {"id","component"} lines ({"capped"} lines passed on)
//   --reduce --stats F --capped F   {"key","article"} lines grouped by key -> partial stories
//   --finish           partial stories -> stories (labels, order)
import * as fs from 'node:fs';
import { blockingKeys, Components, featuresProblem, linkGroup, prepare, TermStats, type PreparedArticle, type StoryFeatures } from '../../core/corpus/storyKeys';
import { finishStories, mapReduceStories, reduceComponent, type PartialStory } from '../../core/corpus/storyReduce';
import { Vocabulary } from '../../core/corpus/termVectors';
import { jsonLines, type JsonLine } from './jsonl';
import type { JsonlIo } from './analyzeJsonl';
import { Progress } from './progress';

export type StoriesStep = 'all' | 'stats' | 'map' | 'link' | 'components' | 'reduce' | 'finish';

export interface StoriesOptions {
  step: StoriesStep;
  statsFile: string | null;
  cappedFile: string | null;
  maxLineBytes: number;
  progressMs: number;
}

/** A line that could not be used: reported in the output, the run goes on. */
type Fail = (line: JsonLine, error: string, id?: string) => Promise<void>;

class StepContext {
  readonly vocab = new Vocabulary();
  readonly progress: Progress;
  readonly named: boolean;
  file = '-';

  constructor(
    readonly io: JsonlIo,
    readonly o: StoriesOptions,
  ) {
    this.progress = new Progress(`stories ${o.step}`, io.err, o.progressMs);
    this.named = !(io.inputs.length === 1 && io.inputs[0].name === '-');
  }

  readonly fail: Fail = async (l, error, id) => {
    this.progress.error();
    await this.io.out.write({ ...(id !== undefined ? { id } : {}), ...(this.named ? { file: this.file } : {}), line: l.line, error });
  };

  /** The parsed lines of every input, in order (bad lines reported and skipped). */
  async *values(): AsyncGenerator<{ l: JsonLine; v: Record<string, unknown> }> {
    for (const input of this.io.inputs) {
      this.file = input.name;
      for await (const l of jsonLines(input.open(), this.o.maxLineBytes)) {
        if ('error' in l) await this.fail(l, l.error);
        else if (!l.value || typeof l.value !== 'object' || Array.isArray(l.value)) await this.fail(l, 'not a JSON object');
        else yield { l, v: l.value as Record<string, unknown> };
      }
    }
  }

  /** An analysis line's article, or null (reported) when it has none; error lines of `analyze` are skipped. */
  async article(l: JsonLine, v: Record<string, unknown>): Promise<PreparedArticle | null> {
    if (typeof v.id !== 'string') {
      if (typeof v.error === 'string') return null; // analyze could not analyse it: already reported there
      await this.fail(l, '"id" (a string) is missing');
      return null;
    }
    const problem = featuresProblem(v.features);
    if (problem) {
      await this.fail(l, problem, v.id);
      return null;
    }
    return prepare(v.id, v.features as StoryFeatures, this.vocab);
  }
}

/** Reads a stats file (partial stats summed) into `vocab`'s terms. */
async function readStats(file: string, vocab: Vocabulary, maxLineBytes: number): Promise<TermStats> {
  const stats = new TermStats(vocab);
  for await (const l of jsonLines(fs.createReadStream(file), maxLineBytes)) addStatsLine(stats, l, file);
  return stats;
}

function addStatsLine(stats: TermStats, l: JsonLine, file: string): boolean {
  if ('error' in l) throw new Error(`${file}:${l.line}: ${l.error}`);
  const v = l.value as Record<string, unknown>;
  if (typeof v?.articles === 'number') stats.articles += v.articles;
  else if (typeof v?.term === 'string' && typeof v.df === 'number') stats.addTerm(stats.vocab.id(v.term), v.df);
  else return false;
  return true;
}

async function readCapped(file: string, maxLineBytes: number): Promise<Set<number>> {
  const capped = new Set<number>();
  for await (const l of jsonLines(fs.createReadStream(file), maxLineBytes)) {
    if ('error' in l) throw new Error(`${file}:${l.line}: ${l.error}`);
    const h = (l.value as Record<string, unknown>)?.capped;
    if (typeof h === 'number') capped.add(h);
  }
  return capped;
}

/** Runs one step; resolves to the exit code (0, or 1 when any line was unusable). */
export async function storiesJsonl(io: JsonlIo, o: StoriesOptions): Promise<number> {
  const c = new StepContext(io, o);
  const out = io.out;
  switch (o.step) {
    case 'all': {
      const arts: PreparedArticle[] = [];
      const seen = new Set<string>();
      const stats = new TermStats(c.vocab);
      for await (const { l, v } of c.values()) {
        const a = await c.article(l, v);
        if (!a) continue;
        if (seen.has(a.id)) {
          await c.fail(l, 'duplicate id', a.id);
          continue;
        }
        seen.add(a.id);
        arts.push(a);
        stats.addArticle(a);
        c.progress.done();
      }
      const { stories, components, largestComponent } = mapReduceStories(arts, stats);
      io.err(`stories: ${stories.length} stories from ${arts.length} articles (${components} components, largest ${largestComponent})\n`);
      for (const s of stories) await out.write(storyLine(s));
      break;
    }
    case 'stats': {
      const stats = new TermStats(c.vocab);
      for await (const { l, v } of c.values()) {
        if (addStatsLine(stats, l, c.file)) continue;
        const a = await c.article(l, v);
        if (!a) continue;
        stats.addArticle(a);
        c.progress.done();
      }
      await out.write({ articles: stats.articles });
      for (const [term, df] of stats.entries()) await out.write({ term, df });
      break;
    }
    case 'map': {
      const stats = await readStats(o.statsFile!, c.vocab, o.maxLineBytes);
      for await (const { l, v } of c.values()) {
        const a = await c.article(l, v);
        if (!a) continue;
        for (const key of blockingKeys(a, stats)) await out.write({ key, id: a.id });
        c.progress.done();
      }
      break;
    }
    case 'link': {
      for await (const [key, members] of groups(c)) {
        const ids: string[] = [];
        for (const { l, v } of members) {
          if (typeof v.id === 'string') ids.push(v.id);
          else await c.fail(l, '"id" (a string) is missing');
        }
        const r = linkGroup(key, ids);
        if (r.capped !== null) await out.write({ capped: r.capped });
        for (const [a, b] of r.edges) await out.write({ a, b });
      }
      break;
    }
    case 'components': {
      const comps = new Components();
      for await (const { l, v } of c.values()) {
        if (typeof v.a === 'string' && typeof v.b === 'string') comps.link(v.a, v.b);
        else if (typeof v.capped === 'number') await out.write({ capped: v.capped });
        else await c.fail(l, 'neither a link {"a","b"} nor {"capped"}');
      }
      for (const [id, component] of comps.entries()) await out.write({ id, component });
      break;
    }
    case 'reduce': {
      const stats = await readStats(o.statsFile!, c.vocab, o.maxLineBytes);
      const capped = o.cappedFile ? await readCapped(o.cappedFile, o.maxLineBytes) : new Set<number>();
      for await (const [, members] of groups(c)) {
        const arts: PreparedArticle[] = [];
        for (const { l, v } of members) {
          const a = v.article && typeof v.article === 'object' ? await c.article(l, v.article as Record<string, unknown>) : null;
          if (a) arts.push(a);
          else if (!v.article) await c.fail(l, '"article" is missing');
        }
        for (const s of reduceComponent(arts, stats, capped)) await out.write(s);
        for (let k = 0; k < arts.length; k++) c.progress.done();
      }
      break;
    }
    case 'finish': {
      const partials: PartialStory[] = [];
      for await (const { l, v } of c.values()) {
        if (isPartial(v)) partials.push(v);
        else await c.fail(l, 'not a partial story (from stories --reduce)');
      }
      for (const s of finishStories(partials)) await out.write(storyLine(s));
      break;
    }
  }
  c.progress.finish();
  return c.progress.errors ? 1 : 0;
}

/** The contract's story fields, in its order. */
function storyLine(s: { id: string; label: string; articles: string[]; duplicates: [string, string][] }) {
  return { id: s.id, label: s.label, articles: s.articles, duplicates: s.duplicates };
}

function isPartial(v: Record<string, unknown>): v is PartialStory & Record<string, unknown> {
  const cands = v.candidates as Record<string, unknown> | undefined;
  return (
    typeof v.id === 'string' &&
    (v.date === null || typeof v.date === 'string') &&
    Array.isArray(v.articles) &&
    Array.isArray(v.duplicates) &&
    !!cands &&
    Array.isArray(cands.leads) &&
    typeof cands.fallback === 'string'
  );
}

/** Consecutive lines with the same "key" as one group. A key seen again after its group ended means the input was not grouped. */
async function* groups(c: StepContext): AsyncGenerator<[string, { l: JsonLine; v: Record<string, unknown> }[]]> {
  let key: string | null = null;
  let members: { l: JsonLine; v: Record<string, unknown> }[] = [];
  const done = new Set<string>();
  for await (const item of c.values()) {
    const k = typeof item.v.key === 'string' ? item.v.key : typeof item.v.key === 'number' ? String(item.v.key) : null;
    if (k === null) {
      await c.fail(item.l, '"key" is missing');
      continue;
    }
    if (k !== key) {
      if (key !== null) {
        yield [key, members];
        done.add(key);
      }
      if (done.has(k)) throw new Error(`input is not grouped by key: ${JSON.stringify(k)} appears again at line ${item.l.line}`);
      key = k;
      members = [];
    }
    members.push(item);
  }
  if (key !== null) yield [key, members];
}
