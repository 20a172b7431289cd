import { findBoilerplate, namelessParts } from './boilerplate';
import { findDates } from './dates/find';
import { resolveEntities } from './entities';
import { parseHeader } from './header';
import { loadNerModel, tagEntities, type NerModel } from './ner/tagger';
import { findQuotes } from './quotes';
import { unifyLineEnds } from '../text/lineEnds';
import { blankOut, overlapTest } from '../text/spans';
import { clipAtWord } from '../text/clip';
import { splitSentences } from '../text/sentences';
import { createSpeller, findTypos, type Dictionaries, type Speller } from './typos';
import type { AnalysisOptions, ArticleAnalysis, ArticleHeader, Span, Stage } from '../types';

/** The data files the analysis needs; the caller (CLI, extension, tests) reads them. */
export interface AnalyzerResources {
  dictionaries: Dictionaries;
  nerModel: Uint8Array | null;
}

export interface Analyzer {
  analyze(text: string, options?: AnalysisOptions): ArticleAnalysis;
}

const ALL_STAGES: ReadonlySet<Stage> = new Set(['boilerplate', 'quotes', 'entities', 'dates', 'typos']);

/** Builds the (expensive) models once; `analyze` is then a pure function of the text and options. */
export function createAnalyzer(resources: AnalyzerResources): Analyzer {
  let speller: Speller | undefined;
  let model: NerModel | undefined;
  const getSpeller = () => (speller ??= createSpeller(resources.dictionaries));
  const getModel = () => (model ??= loadNerModel(resources.nerModel ?? undefined));
  return {
    analyze(text, options = {}) {
      return analyzeWith(text, options, getSpeller, getModel);
    },
  };
}

function analyzeWith(source: string, options: AnalysisOptions, getSpeller: () => Speller, getModel: () => NerModel): ArticleAnalysis {
  const stages = options.stages ?? ALL_STAGES;
  const warnings: string[] = [];
  // Stages read lines from LF; annotation texts are taken from the source at the end.
  const text = unifyLineEnds(source);
  const header = parseHeader(text);
  const result = emptyAnalysis(header, text.length, warnings);
  // Each stage is isolated: one failing stage leaves a partial result and a warning, never a crash.
  const timings = options.timings;
  const t0 = timings ? performance.now() : 0;
  const run = <T>(name: Stage, fn: () => T, fallback: T): T => {
    const t = timings ? performance.now() : 0;
    try {
      return fn();
    } catch (e) {
      warnings.push(`${name} failed: ${e instanceof Error ? e.message : String(e)}`);
      return fallback;
    } finally {
      if (timings) timings[name] = (timings[name] ?? 0) + performance.now() - t;
    }
  };
  if (stages.has('boilerplate')) result.boilerplate = run('boilerplate', () => findBoilerplate(text, header), []);
  const excluded: (Span & { reason?: string })[] = [...result.boilerplate];
  if (header.span) excluded.push(header.span);
  // Later stages see the boilerplate as blanks: same offsets, no words.
  const body = blankOut(text, excluded);
  header.title = firstSentence(body);

  if (stages.has('entities') || stages.has('quotes') || stages.has('typos')) {
    // Captions name who is pictured: the entity stage reads them, without their credits.
    const hasCaption = result.boilerplate.some((b) => b.reason === 'caption');
    const withCaptions = hasCaption ? blankOut(text, namelessParts(text, excluded)) : body;
    const raw = run('entities', () => tagEntities(getModel(), withCaptions), []);
    result.entities = run('entities', () => resolveEntities(withCaptions, raw), []);
  }
  if (stages.has('quotes')) result.quotes = run('quotes', () => findQuotes(body, result.entities), []);
  if (stages.has('dates'))
    result.dates = run('dates', () => findDates(body, header.published ?? options.assumedPublished ?? header.dateline ?? null), []);
  if (stages.has('typos')) {
    result.typos = run(
      'typos',
      () =>
        findTypos(getSpeller(), body, {
          entities: result.entities,
          userWords: options.userWords,
          corpusNames: options.corpusNames,
          dialect: options.dialect,
        }),
      [],
    );
  }
  if (!stages.has('entities')) result.entities = [];
  // The text of an annotation is always the source's text at its offsets.
  for (const list of [result.entities, result.dates, result.typos, result.quotes]) {
    for (const a of list) a.text = source.slice(a.start, a.end);
  }
  const inExcluded = overlapTest(excluded);
  result.dates = result.dates.filter((d) => !inExcluded(d.start, d.end));
  if (timings) timings.total = performance.now() - t0;
  return result;
}

/** The first sentence of the body, as a short title (at most ~100 characters). */
function firstSentence(body: string): string {
  const m = /\S[^\r\n]*/.exec(body);
  if (!m) return '';
  return clipAtWord(splitSentences(m[0].trim())[0] ?? '', 100);
}

/** An analysis with the header only and no annotations yet (stages, tests and benchmarks fill it in). */
export function emptyAnalysis(header: ArticleHeader, length: number, warnings: string[] = []): ArticleAnalysis {
  return { header, boilerplate: [], quotes: [], entities: [], dates: [], typos: [], length, warnings };
}
