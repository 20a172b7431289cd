// news-annotator export <paths…> --format w3c|brat|doccano|conll [--layers user,auto]
//   [--workspace DIR] --out OUT
// Writes the automatic layer (after the reader's corrections) and/or the reader's annotations in
// other tools' formats. Every output file is written atomically.
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { anchorAll } from '../../core/annotations/anchor';
import { createAnalyzer } from '../../core/article/analyze';
import type { ReaderAnnotation } from '../../core/annotations/model';
import { correctedAnalyses } from '../../core/interchange/autoLayer';
import { writeAnn, writeConf } from '../../core/interchange/brat';
import { writeConll } from '../../core/interchange/conll';
import { writeDoccanoLine } from '../../core/interchange/doccano';
import { type ExportArticle, exportArticle, type Layer } from '../../core/interchange/layers';
import { w3cCollectionChunks } from '../../core/interchange/w3cCollection';
import type { Stage } from '../../core/types';
import { loadResources } from '../resources';
import { articleName, collectFiles, type Problem, readArticle } from './articleFiles';
import { writeFileAtomic } from './atomicWrite';
import { type CommandIo, printUsage } from './io';
import { openStore } from './storeAccess';

// The automatic layer is entities, quotes and dates; typos are not exported, so their stage (and
// the dictionaries it loads) is skipped. Boilerplate stays: the other stages read around it.
const AUTO_STAGES: ReadonlySet<Stage> = new Set(['boilerplate', 'quotes', 'entities', 'dates']);

export const EXPORT_FORMATS = ['w3c', 'brat', 'doccano', 'conll'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const USAGE = `usage: news-annotator export <paths...> --format w3c|brat|doccano|conll [--layers user,auto]
                             [--workspace DIR] --out OUT [--max-size MB]

Exports annotations of the articles (files, or folders walked for *.txt):
  w3c      OUT/annotations.jsonld   one W3C AnnotationCollection (JSON-LD)
  brat     OUT/<article>.txt/.ann   brat standoff, plus OUT/annotation.conf
  doccano  OUT/annotations.jsonl    doccano / Label Studio JSONL
  conll    OUT/annotations.conll    CoNLL-2003 style IOB2 entity tags
--format takes several formats separated by commas, or "all".
--layers: "auto" (entities, quotes, dates, as \`analyze\` gives them: your corrections applied, a
name-wide correction in all articles, undated articles' dates resolved against their story) and/or
"user" (your annotations, from the <article>.annotations.json store beside each article); both by
default. --workspace holds the label file (.vscode/news-labels.json) and names the articles
(default: the one folder given, else the current folder).
Exit code: 0 ok, 1 when an article could not be read or an annotation not exported, 2 usage error.`;

interface ExportArgs {
  paths: string[];
  formats: ExportFormat[];
  layers: Set<Layer>;
  workspace: string;
  out: string;
  maxBytes: number;
}

export function parseExportArgs(argv: readonly string[]): ExportArgs | string {
  const args: ExportArgs = { paths: [], formats: [], layers: new Set(['user', 'auto']), workspace: '', out: '', maxBytes: 10 * 1048576 };
  if (argv[0] === 'export') argv = argv.slice(1);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => argv[++i] ?? '';
    if (a === '--help' || a === '-h') return USAGE;
    if (a === '--format') {
      const v = value();
      const list = v === 'all' ? [...EXPORT_FORMATS] : v.split(',').map((s) => s.trim());
      const bad = list.find((f) => !(EXPORT_FORMATS as readonly string[]).includes(f));
      if (bad !== undefined || !list.length) return `unknown format ${JSON.stringify(bad ?? v)}`;
      args.formats.push(...(list as ExportFormat[]));
    } else if (a === '--layers') {
      const list = value()
        .split(',')
        .map((s) => s.trim());
      if (!list.length || list.some((l) => l !== 'user' && l !== 'auto')) return '--layers takes user, auto or user,auto';
      args.layers = new Set(list as Layer[]);
    } else if (a === '--workspace') args.workspace = path.resolve(value());
    else if (a === '--out') args.out = path.resolve(value());
    else if (a === '--max-size') {
      const mb = Number(value());
      if (!(mb > 0)) return '--max-size takes a number of megabytes';
      args.maxBytes = mb * 1048576;
    } else if (a.startsWith('--')) return `unknown option ${a}`;
    else args.paths.push(a);
  }
  if (!args.paths.length) return 'no paths given';
  if (!args.formats.length) return 'no --format given';
  if (!args.out) return 'no --out folder given';
  args.formats = [...new Set(args.formats)];
  args.workspace ||= defaultWorkspace(args.paths);
  return args;
}

/** The one folder given is the workspace; otherwise the current folder. */
function defaultWorkspace(paths: readonly string[]): string {
  if (paths.length === 1) {
    try {
      if (fs.statSync(paths[0]).isDirectory()) return path.resolve(paths[0]);
    } catch {
      // a missing path is reported when the files are collected
    }
  }
  return process.cwd();
}

/** Unique export names: two articles that would share a name get "-2", "-3"… */
function uniqueNamer(): (name: string) => string {
  const used = new Set<string>();
  return (name) => {
    let n = name;
    for (let k = 2; used.has(n.toLowerCase()); k++) n = name.replace(/(\.txt)?$/i, `-${k}$1`);
    used.add(n.toLowerCase());
    return n;
  };
}

export async function runExport(argv: readonly string[], io: CommandIo): Promise<number> {
  const args = parseExportArgs(argv);
  if (typeof args === 'string') return printUsage(args, USAGE, io);
  const t0 = Date.now();
  const problems: Problem[] = [];
  const files = collectFiles(args.paths, '.txt', problems, [args.out]);
  if (!files.length && !problems.length) problems.push({ path: args.paths.join(' '), message: 'no articles (*.txt) found' });
  const store = openStore(args.workspace);
  const labels = await safe(
    () => store.labels((m) => problems.push({ path: args.workspace, message: m })),
    [],
    (e) => problems.push({ path: args.workspace, message: `cannot read the label taxonomy: ${e}` }),
  );
  const inputs: { file: string; rel: string; text: string; stored: ReaderAnnotation[] }[] = [];
  for (const file of files) {
    const text = readArticle(file, args.maxBytes, problems);
    if (text === null) continue;
    const rel = articleName(args.workspace, file);
    const warn = (m: string) => problems.push({ path: file, message: `${m}; left out` });
    const stored = await safe(
      () => store.load(rel, { text, warn }),
      [],
      (e) => problems.push({ path: file, message: `cannot read its annotations: ${e}` }),
    );
    inputs.push({ file, rel, text, stored });
  }
  // The automatic layer as `analyze` gives it (corrections, name-wide rules, story dates).
  const analysed = progressReporter(io, inputs.length, 'analysed');
  const auto = args.layers.has('auto')
    ? correctedAnalyses(
        createAnalyzer(loadResources()),
        inputs.map((a) => ({ key: a.file, text: a.text, annotations: a.stored })),
        {
          stages: AUTO_STAGES,
          onError: (file, m) => problems.push({ path: file, message: `analysis failed: ${m}; automatic layer left out` }),
          onProgress: analysed,
        },
      )
    : null;
  const progress = progressReporter(io, inputs.length);
  const name = uniqueNamer();
  const articles: ExportArticle[] = [];
  let notExported = 0;
  for (const [k, { file, rel, text, stored }] of inputs.entries()) {
    const annotations = reanchor(stored, text, (a, why) => {
      notExported++;
      problems.push({
        path: file,
        message: `annotation ${a.id} ("${clip(a.target.exact)}") cannot be placed in the current text (${why}); not exported`,
      });
    });
    const analysis = auto?.get(file) ?? null;
    const article = exportArticle({
      file: name(rel),
      source: pathToFileURL(path.resolve(file)).href,
      text,
      analysis,
      annotations,
      labels,
      layers: args.layers,
    });
    for (const p of article.problems) problems.push({ path: file, message: p });
    notExported += article.problems.length;
    articles.push(article);
    progress(k + 1);
  }
  let written: string[];
  try {
    written = writeFormats(args, articles, io);
  } catch (e) {
    io.stderr(`error: ${args.out}: cannot write the export: ${(e as Error).message}\n`);
    return 1;
  }
  const spans = articles.reduce((n, a) => n + a.spans.length, 0);
  io.stdout(
    `exported ${spans} annotations of ${articles.length} articles (${args.formats.join(', ')}) to ${args.out} in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`,
  );
  for (const f of written) io.stdout(`  ${f}\n`);
  for (const p of problems) io.stderr(`error: ${p.path}: ${p.message}\n`);
  return problems.length || notExported ? 1 : 0;
}

/** The store's annotations at their place in the current text (as the editor anchors them); the unplaceable are reported. */
function reanchor(
  annotations: readonly ReaderAnnotation[],
  text: string,
  lost: (a: ReaderAnnotation, why: string) => void,
): ReaderAnnotation[] {
  const found = anchorAll(
    text,
    annotations.map((a) => a.target),
  );
  const out: ReaderAnnotation[] = [];
  annotations.forEach((a, i) => {
    const r = found[i];
    if (r.status !== 'anchored') return lost(a, r.reason);
    out.push(r.start === a.target.start && r.end === a.target.end ? a : { ...a, target: { ...a.target, start: r.start, end: r.end } });
  });
  return out;
}

function writeFormats(args: ExportArgs, articles: ExportArticle[], io: CommandIo): string[] {
  const written: string[] = [];
  const put = (rel: string, data: string | Iterable<string>) => {
    const file = path.join(args.out, ...rel.split('/'));
    writeFileAtomic(file, data, { durable: false });
    written.push(file);
  };
  for (const format of args.formats) {
    const t = Date.now();
    if (format === 'w3c') {
      const options = { id: `urn:uuid:${randomUUID()}`, label: `News Annotator export of ${articles.length} articles` };
      put('annotations.jsonld', withNewline(w3cCollectionChunks(articles, options)));
    } else if (format === 'doccano') {
      put('annotations.jsonl', doccanoLines(articles));
    } else if (format === 'conll') {
      const conll = writeConll(articles);
      put('annotations.conll', conll.text);
      // One tag per token: spans overlapping a tagged one are left out (the first few named).
      for (const o of conll.overlapping.slice(0, 10))
        io.stderr(
          `note: ${o.file}: ${o.span.label} "${clip(o.exact)}" at ${o.span.start} overlaps another tagged span; left out of CoNLL\n`,
        );
      if (conll.overlapping.length > 10)
        io.stderr(`note: … and ${conll.overlapping.length - 10} more spans left out of CoNLL for overlapping\n`);
    } else {
      const labelNames = new Set<string>();
      for (const a of articles) {
        const base = a.file.replace(/\.txt$/i, '');
        put(`${base}.txt`, a.text);
        put(`${base}.ann`, writeAnn(a));
        for (const s of a.spans) labelNames.add(s.label);
      }
      put('annotation.conf', writeConf(labelNames));
    }
    if (articles.length >= 100) io.stderr(`${format}: written in ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
  }
  return written.length > 20 ? [...written.slice(0, 3), `… and ${written.length - 3} more files`] : written;
}

function* doccanoLines(articles: readonly ExportArticle[]): Generator<string> {
  for (const a of articles) yield `${writeDoccanoLine(a)}\n`;
}

function* withNewline(chunks: Iterable<string>): Generator<string> {
  yield* chunks;
  yield '\n';
}

/** Progress to stderr for long runs: at most one line a second. */
function progressReporter(io: CommandIo, total: number, what = 'articles'): (done: number) => void {
  let last = Date.now();
  return (done) => {
    const now = Date.now();
    if (now - last < 1000 && done < total) return;
    if (total >= 50) io.stderr(`export: ${done}/${total} ${what}\n`);
    last = now;
  };
}

async function safe<T>(fn: () => Promise<T>, fallback: T, onError: (message: string) => void): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    onError((e as Error).message);
    return fallback;
  }
}

const clip = (s: string) => (s.length > 40 ? s.slice(0, 39) + '…' : s);
