#!/usr/bin/env node
// news-annotator analyze <paths...> [--json]: the batch front end over the same core as the editor.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createAnalyzer } from '../../core/article/analyze';
import { resolveDates } from '../../core/article/dates/resolveDates';
import { toJsonArticle, type JsonOutput } from '../../core/contract';
import { decodeArticle } from '../../core/text/decode';
import { CorpusService } from '../../core/corpus/service';
import type { CorpusDocument } from '../../core/types';
import { storedCorrections } from '../annotations/readStoreSync';
import { loadResources } from '../resources';
import { runExport } from './exportCommand';
import { runImport } from './importCommand';
import type { CommandIo } from './io';
import { formatSummary } from './summary';
import { isStreaming, runStreaming, STREAMING_USAGE } from './streamingCli';

const USAGE = `usage: news-annotator analyze <paths...> [--json] [--max-size MB] [--workspace DIR] [--no-corrections]
       news-annotator export <paths...> --format w3c|brat|doccano|conll [--layers user,auto] [--workspace DIR] --out OUT
       news-annotator import <files...> --format brat|doccano|w3c [--workspace DIR]
       (news-annotator <command> --help for each)

Analyses news articles (files, or folders walked for *.txt) and prints a summary per article
and the stories they form. --json prints one JSON object (the version 1 contract).
The reader's corrections stored beside each article (<article>.annotations.json) are applied
and the corrected annotations marked ("corrected": true); --no-corrections shows the automatic
layer alone. --workspace names the workspace folder (default: the current folder).
Exit code: 0 ok, 1 when any file could not be analysed, 2 for a usage error.

${STREAMING_USAGE}`;

const DEFAULT_MAX_MB = 10;

interface Args {
  paths: string[];
  json: boolean;
  maxBytes: number;
  workspace: string;
  corrections: boolean;
}

export function parseArgs(argv: string[]): Args | string {
  if (argv[0] === '--help' || argv[0] === '-h') return USAGE;
  if (isStreaming(argv)) return `${argv[0]} --jsonl streams: run it through main()\n${USAGE}`;
  if (argv[0] !== 'analyze') return `unknown command ${JSON.stringify(argv[0] ?? '')}\n${USAGE}`;
  const args: Args = { paths: [], json: false, maxBytes: DEFAULT_MAX_MB * 1024 * 1024, workspace: process.cwd(), corrections: true };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--no-corrections') args.corrections = false;
    else if (a === '--workspace') {
      const dir = argv[++i];
      if (!dir) return `--workspace takes a folder\n${USAGE}`;
      args.workspace = path.resolve(dir);
    }
    else if (a === '--max-size') {
      const mb = Number(argv[++i]);
      if (!(mb > 0)) return `--max-size takes a number of megabytes\n${USAGE}`;
      args.maxBytes = mb * 1024 * 1024;
    } else if (a.startsWith('--')) return `unknown option ${a}\n${USAGE}`;
    else args.paths.push(a);
  }
  if (!args.paths.length) return `no paths given\n${USAGE}`;
  return args;
}

/** Files to analyse: files as given, folders walked (sorted) for *.txt. */
export function collectFiles(paths: string[], errors: JsonOutput['errors']): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      errors.push({ path: dir, message: `cannot read folder: ${(e as Error).message}` });
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!e.name.startsWith('.') && e.name !== 'node_modules') walk(p);
      } else if (e.isFile() && e.name.toLowerCase().endsWith('.txt')) out.push(p);
    }
  };
  for (const p of paths) {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      errors.push({ path: p, message: 'no such file or folder' });
      continue;
    }
    if (st.isDirectory()) walk(p);
    else out.push(p);
  }
  return out;
}

export function run(argv: string[], write: (s: string) => void, writeErr: (s: string) => void): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    (args === USAGE ? write : writeErr)(args + '\n');
    return args === USAGE ? 0 : 2;
  }
  const errors: JsonOutput['errors'] = [];
  const files = collectFiles(args.paths, errors);
  const texts: { path: string; text: string }[] = [];
  for (const file of files) {
    try {
      const size = fs.statSync(file).size;
      if (size > args.maxBytes) {
        errors.push({ path: file, message: `file too large (${(size / 1048576).toFixed(1)} MB > ${args.maxBytes / 1048576} MB); use --max-size` });
        continue;
      }
      const decoded = decodeArticle(fs.readFileSync(file));
      if (!decoded.ok) errors.push({ path: file, message: decoded.message });
      else texts.push({ path: file, text: decoded.text });
    } catch (e) {
      errors.push({ path: file, message: `cannot read file: ${(e as Error).message}` });
    }
  }
  const service = new CorpusService(createAnalyzer(loadResources()));
  // Names frequent across the whole batch tell a rare misspelt name ("Rudsia") from a real one.
  for (const t of texts) service.countNames(t.path, t.text);
  const ids: string[] = [];
  // One batch: name-wide corrections are applied to every article once, at the end.
  service.batch(() => {
    for (const { path: p, text } of texts) {
      const corrections = args.corrections ? storedCorrections(p, text, writeErr) : [];
      try {
        const analysis = service.analyze(p, text, { corrections });
        for (const w of analysis.warnings) writeErr(`${p}: ${w}\n`);
        ids.push(p);
      } catch (e) {
        errors.push({ path: p, message: `analysis failed: ${(e as Error).message}` });
      }
    }
  });
  // Corrected analyses (a name-wide correction in one article holds in all of them).
  const corpus = service.corpus;
  const docs: CorpusDocument[] = ids.map((id) => ({ ...corpus.get(id)! }));
  // Articles without a date header take their story's date for resolving "on Thursday" & co.
  // (from the dates' unresolved meaning: no stage runs again).
  const inferred = new Map<string, string>();
  for (const d of docs) {
    const date = corpus.publicationDate(d.id);
    if (!date?.inferred) continue;
    inferred.set(d.id, date.date);
    d.analysis = { ...d.analysis, dates: resolveDates(d.analysis.dates, date.date) }; // a copy: the corpus keeps its own
  }
  const stories = corpus.stories();
  if (args.json) {
    const out: JsonOutput = {
      version: 1,
      articles: docs.map((d) => toJsonArticle(d.id, d.analysis, inferred.get(d.id) ?? null)),
      stories: stories.map((s) => ({ id: s.id, label: s.label, articles: s.articles, duplicates: s.duplicates })),
      errors,
    };
    write(JSON.stringify(out) + '\n');
  } else {
    write(formatSummary(docs, stories, (id) => corpus.publicationDate(id)));
    for (const e of errors) writeErr(`error: ${e.path}: ${e.message}\n`);
  }
  return errors.length ? 1 : 0;
}

/** Runs the CLI on this process's arguments and exits with its code (bin/news-annotator.js calls it). */
export function main(argv: string[] = process.argv.slice(2)): void {
  if (isStreaming(argv)) {
    // JSON Lines: streamed in and out (stdout drained as it goes), exit once everything is written.
    void runStreaming(argv, process.stdin, process.stdout, (s) => process.stderr.write(s)).then((code) => process.exit(code));
    return;
  }
  const io: CommandIo = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) };
  const sub = SUBCOMMANDS[argv[0] ?? ''];
  if (sub) {
    sub(argv, io).then(
      (code) => process.stdout.write('', () => process.exit(code)),
      (e) => {
        process.stderr.write(`error: ${(e as Error).message}\n`);
        process.exit(2);
      },
    );
    return;
  }
  const out: string[] = [];
  const code = run(argv, (s) => out.push(s), io.stderr);
  // One write, then exit once stdout has drained (large JSON outputs to a pipe).
  process.stdout.write(out.join(''), () => process.exit(code));
}

/** Sub-commands other than `analyze` (which prints one document at the end). */
const SUBCOMMANDS: Record<string, (argv: string[], io: CommandIo) => Promise<number>> = {
  export: runExport,
  import: runImport,
};

// `node dist/cli.js …` runs it directly; required from the bin launcher, `main` is called there.
if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) main();
