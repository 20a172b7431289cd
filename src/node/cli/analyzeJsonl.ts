// news-annotator analyze --jsonl [files…]: {"id","text","published"?} lines in, one line per
// article out as soon as it is analysed (the contract v1 article plus its id). Streams with
// backpressure, so memory does not grow with the input; the model loads once per process.
import { createAnalyzer, type Analyzer } from '../../core/article/analyze';
import { resolveDates } from '../../core/article/dates/find';
import { toJsonArticle } from '../../core/contract';
import { storyFeatures } from '../../core/corpus/storyKeys';
import type { ArticleAnalysis } from '../../core/types';
import { loadResources } from '../resources';
import { jsonLines, LineWriter, OutputError, type JsonLine } from './jsonl';
import { Progress } from './progress';

export interface JsonlIo {
  /** Inputs in order: file names, or ['-'] for stdin. */
  inputs: { name: string; open: () => AsyncIterable<Buffer | string> }[];
  out: LineWriter;
  err: (s: string) => void;
}

export interface AnalyzeJsonlOptions {
  /** Add the story-grouping features (`stories` reads them). */
  features: boolean;
  maxLineBytes: number;
  /** Progress on stderr every this many ms (0: only the final line). */
  progressMs: number;
}

/** An error line: what went wrong, where (`file` only when reading named files). */
export interface ErrorLine {
  id?: string;
  file?: string;
  line: number;
  error: string;
}

/** The article of an input line, or why there is none. */
export function articleOfLine(value: unknown): { id: string; text: string; published: string | null } | { id?: string; error: string } {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { error: 'not a JSON object' };
  const o = value as Record<string, unknown>;
  const id = typeof o.id === 'string' ? o.id : typeof o.id === 'number' && Number.isFinite(o.id) ? String(o.id) : undefined;
  if (id === undefined || id === '') return { error: '"id" (a string) is missing' };
  if (typeof o.text !== 'string') return { id, error: '"text" (a string) is missing' };
  if (o.published !== undefined && o.published !== null && !(typeof o.published === 'string' && isIsoDate(o.published)))
    return { id, error: '"published" is not a YYYY-MM-DD date' };
  return { id, text: o.text.replace(/^\uFEFF/, ''), published: (o.published as string | null | undefined) ?? null };
}

function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** Analyses one article; a `published` given with it wins over the text's date header. */
export function analyzeArticle(analyzer: Analyzer, text: string, published: string | null): ArticleAnalysis {
  const analysis = analyzer.analyze(text, { assumedPublished: published });
  if (published && analysis.header.published !== published) {
    analysis.header.published = published;
    analysis.dates = resolveDates(analysis.dates, published);
  }
  return analysis;
}

/** Runs the command; resolves to the exit code (0, or 1 when any line failed). */
export async function analyzeJsonl(io: JsonlIo, o: AnalyzeJsonlOptions, analyzer: Analyzer = createAnalyzer(loadResources())): Promise<number> {
  const progress = new Progress('analyze', io.err, o.progressMs);
  const named = !(io.inputs.length === 1 && io.inputs[0].name === '-');
  for (const input of io.inputs) {
    let lines: AsyncIterable<JsonLine>;
    try {
      lines = jsonLines(input.open(), o.maxLineBytes);
      for await (const l of lines) {
        const where = { ...(named ? { file: input.name } : {}), line: l.line };
        const fail = async (error: string, id?: string) => {
          progress.error();
          await io.out.write({ ...(id !== undefined ? { id } : {}), ...where, error } satisfies ErrorLine);
        };
        if ('error' in l) {
          await fail(l.error);
          continue;
        }
        const art = articleOfLine(l.value);
        if ('error' in art) {
          await fail(art.error, art.id);
          continue;
        }
        let line: object;
        try {
          const analysis = analyzeArticle(analyzer, art.text, art.published);
          for (const w of analysis.warnings) io.err(`${art.id}: ${w}\n`);
          line = { id: art.id, ...toJsonArticle(art.id, analysis) };
          if (o.features) line = { ...line, features: storyFeatures({ id: art.id, text: art.text, analysis }) };
        } catch (e) {
          await fail(`analysis failed: ${(e as Error).message}`, art.id);
          continue;
        }
        await io.out.write(line);
        progress.done();
      }
    } catch (e) {
      if (e instanceof OutputError) throw e;
      // I/O failure of this input (missing file, read error): reported, the next input still runs.
      progress.error();
      await io.out.write({ ...(named ? { file: input.name } : {}), line: 0, error: `cannot read input: ${(e as Error).message}` } satisfies ErrorLine);
    }
  }
  progress.finish();
  return progress.errors ? 1 : 0;
}
