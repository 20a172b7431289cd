// news-annotator import <files…> --format brat|doccano|w3c --workspace DIR
// Adds the annotations of other tools' files to the workspace store (`<article>.annotations.json`
// beside each article, the editor's store): each document is matched to
// a workspace article by name (brat: <name>.ann beside <name>.txt; doccano: meta.file or the same
// text; W3C: the target source), each span re-anchored in the article's current text, and merged
// (a second import of the same file adds nothing). What cannot be placed is listed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ReaderAnnotation } from '../../core/annotations/model';
import { parseAnn } from '../../core/interchange/brat';
import { parseDoccano } from '../../core/interchange/doccano';
import type { ImportedDocument, ParseResult } from '../../core/interchange/imported';
import { mergeAnnotations, placeDocument } from '../../core/interchange/toStore';
import { parseW3C } from '../../core/interchange/w3cCollectionRead';
import { articleName, collectFiles, matchArticle, nameSegments, type Problem, readArticle, type WorkspaceArticle } from './articleFiles';
import { type CommandIo, printUsage } from './io';
import { openStore } from './storeAccess';

export const IMPORT_FORMATS = ['brat', 'doccano', 'w3c'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

const USAGE = `usage: news-annotator import <files...> --format brat|doccano|w3c --workspace DIR [--creator NAME]

Adds annotations from other tools to the store beside each workspace article
(<article>.annotations.json, what the editor shows), matching articles by file name:
  brat     <name>.ann files (or folders of them), each beside its <name>.txt
  doccano  JSONL files; meta.file names the article, else the identical text finds it
  w3c      JSON-LD files (an AnnotationCollection, a page or annotations); the target source
Spans are placed in the current text of the article (by position, else by their words); spans of
the automatic layer (PER, LOC, ORG, DATE, QUOTE) are counted, not imported (the analysis makes them).
Importing the same file twice adds nothing the second time. Annotations already stored stay; a
store that cannot be read in full is reported and left unchanged. Labels are matched to the
workspace's (.vscode/news-labels.json, else the defaults) by name or id.
Exit code: 0 all placed, 1 when something could not be read, matched or placed, 2 usage error.`;

interface ImportArgs {
  files: string[];
  format: ImportFormat;
  workspace: string;
  creator: string;
}

export function parseImportArgs(argv: readonly string[]): ImportArgs | string {
  let format: string | undefined;
  let workspace: string | undefined;
  let creator = 'import';
  const files: string[] = [];
  if (argv[0] === 'import') argv = argv.slice(1);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') return USAGE;
    if (a === '--format') format = argv[++i];
    else if (a === '--workspace') workspace = argv[++i];
    else if (a === '--creator') creator = argv[++i] ?? creator;
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else files.push(a);
  }
  if (!files.length) return 'no files given';
  if (!format || !(IMPORT_FORMATS as readonly string[]).includes(format)) return `--format must be one of ${IMPORT_FORMATS.join(', ')}`;
  if (!workspace) return 'no --workspace given';
  return { files, format: format as ImportFormat, workspace: path.resolve(workspace), creator };
}

// Export files of big corpora are large (W3C: ~50 MB per 1,000 articles with both layers).
const MAX_BYTES = 256 * 1048576;

interface Source {
  /** The file the documents came from, for messages. */
  from: string;
  parsed: ParseResult;
  /** brat: the .txt beside the .ann, which must not match itself. */
  beside?: string;
}

function readSources(args: ImportArgs, problems: Problem[]): Source[] {
  const ext = args.format === 'brat' ? '.ann' : args.format === 'doccano' ? '.jsonl' : '.jsonld';
  const out: Source[] = [];
  for (const file of collectFiles(args.files, ext, problems)) {
    let raw: string;
    try {
      if (fs.statSync(file).size > MAX_BYTES) {
        problems.push({ path: file, message: `file too large (> ${MAX_BYTES / 1048576} MB)` });
        continue;
      }
      raw = fs.readFileSync(file, 'utf8');
    } catch (e) {
      problems.push({ path: file, message: `cannot read file: ${(e as Error).message}` });
      continue;
    }
    if (args.format === 'brat') {
      const txt = file.replace(/\.ann$/i, '.txt');
      const text = fs.existsSync(txt) ? readArticle(txt, MAX_BYTES, problems) : null;
      if (text === null) {
        problems.push({ path: file, message: `no readable ${path.basename(txt)} beside it; not imported` });
        continue;
      }
      out.push({ from: file, parsed: parseAnn(raw, text, path.resolve(txt)), beside: path.resolve(txt) });
    } else if (args.format === 'doccano') out.push({ from: file, parsed: parseDoccano(raw, path.basename(file)) });
    else out.push({ from: file, parsed: parseW3C(raw, path.basename(file)) });
  }
  return out;
}

export async function runImport(argv: readonly string[], io: CommandIo): Promise<number> {
  const args = parseImportArgs(argv);
  if (typeof args === 'string') return printUsage(args, USAGE, io);
  const problems: Problem[] = [];
  if (!fs.existsSync(args.workspace) || !fs.statSync(args.workspace).isDirectory()) {
    io.stderr(`error: ${args.workspace}: the workspace is not a folder\n`);
    return 2;
  }
  const store = openStore(args.workspace);
  let labels: Awaited<ReturnType<typeof store.labels>> = [];
  try {
    labels = await store.labels((m) => problems.push({ path: args.workspace, message: m }));
  } catch (e) {
    problems.push({ path: args.workspace, message: `cannot read the label taxonomy: ${(e as Error).message}` });
  }
  const articles: WorkspaceArticle[] = collectFiles([args.workspace], '.txt', problems).map((p) => ({
    path: p,
    name: articleName(args.workspace, p),
  }));
  const texts = new Map<string, string | null>();
  const textOf = (a: WorkspaceArticle) => {
    if (!texts.has(a.path)) texts.set(a.path, readArticle(a.path, MAX_BYTES, []));
    return texts.get(a.path) ?? null;
  };
  // Documents per matched article, so one store write per article.
  const perArticle = new Map<string, { article: WorkspaceArticle; docs: { doc: ImportedDocument; from: string }[] }>();
  for (const src of readSources(args, problems)) {
    for (const p of src.parsed.problems) problems.push({ path: src.from, message: p });
    for (const doc of src.parsed.documents) {
      const segments = nameSegments(doc.file ?? '', args.workspace);
      const m = matchArticle(segments, articles, { text: doc.text, exclude: src.beside, textOf });
      if (!m.ok) {
        problems.push({ path: src.from, message: `${m.message} (${doc.spans.length} annotations)` });
        continue;
      }
      const entry = perArticle.get(m.article.path) ?? { article: m.article, docs: [] };
      entry.docs.push({ doc, from: src.from });
      perArticle.set(m.article.path, entry);
    }
  }
  const now = new Date().toISOString();
  const totals = { added: 0, updated: 0, duplicates: 0, automatic: 0, notPlaced: 0 };
  let done = 0;
  let lastProgress = Date.now();
  for (const { article, docs } of perArticle.values()) {
    if (++done % 50 === 0 && Date.now() - lastProgress > 1000) {
      io.stderr(`import: ${done}/${perArticle.size} articles\n`);
      lastProgress = Date.now();
    }
    const text = textOf(article);
    if (text === null) {
      problems.push({ path: article.path, message: 'cannot read the article; its annotations were not imported' });
      continue;
    }
    const incoming: ReaderAnnotation[] = [];
    let automatic = 0;
    for (const { doc, from } of docs) {
      const placed = placeDocument(doc, text, { file: article.name, labels, now, creator: args.creator });
      incoming.push(...placed.annotations);
      automatic += placed.automatic;
      for (const n of placed.notPlaced) {
        problems.push({ path: from, message: `${article.name}: ${n.label} "${clip(n.exact)}" not placed: ${n.reason}` });
      }
      totals.notPlaced += placed.notPlaced.length;
    }
    let existing: ReaderAnnotation[];
    try {
      // Malformed items make this throw: the store is then reported and left as it is.
      existing = await store.load(article.name, { text });
    } catch (e) {
      problems.push({
        path: article.path,
        message: `cannot read its store (${(e as Error).message}); nothing imported, nothing overwritten`,
      });
      continue;
    }
    const merged = mergeAnnotations(existing, incoming);
    if (merged.added || merged.updated) {
      try {
        // Only what is new or changed: the store re-reads and merges under its lock, so what
        // the editor (or another import) added meanwhile stays.
        await store.save(article.name, merged.changed, text);
      } catch (e) {
        problems.push({ path: article.path, message: `cannot write its store (${(e as Error).message}); nothing imported` });
        continue;
      }
    }
    totals.added += merged.added;
    totals.updated += merged.updated;
    totals.duplicates += merged.duplicates;
    totals.automatic += automatic;
    // One line per article for small imports; a corpus gets the summary only.
    if (perArticle.size <= 50)
      io.stdout(
        `${article.name}: ${merged.added} added, ${merged.updated} updated, ${merged.duplicates} already there${automatic ? `, ${automatic} automatic skipped` : ''}\n`,
      );
  }
  io.stdout(
    `imported into ${perArticle.size} articles: ${totals.added} added, ${totals.updated} updated, ${totals.duplicates} already there, ` +
      `${totals.automatic} automatic skipped, ${totals.notPlaced} not placed\n`,
  );
  for (const p of problems) io.stderr(`error: ${p.path}: ${p.message}\n`);
  return problems.length ? 1 : 0;
}

const clip = (s: string) => (s.length > 40 ? s.slice(0, 39) + '…' : s);
