// The reader's annotations of one article on disk (Node; no `vscode`).
//
// Where: `<dir>/<article file name>.annotations.json`, right beside the article. It travels with
// the article through git, copies and zip files without a second tree to keep in sync, a rename in
// the file explorer shows both files together, and one `.gitattributes` line
// (`*.annotations.json merge=union`) makes concurrent additions merge cleanly (see core w3c.ts).
//
// Writes follow the word list's pattern: under a lock file, re-read what is on disk, merge our
// changes into it, write to a temp file and rename it over. A store that cannot be read in full
// (not JSON, or any malformed item) is reported and never overwritten: its bad items would be lost.
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { decodeArticle } from '../../core/text/decode';
import { type LocalChanges, mergeStore } from '../../core/annotations/merge';
import type { ReaderAnnotation } from '../../core/annotations/model';
import { parseStore, serializeStore, type StoreProblem } from '../../core/annotations/w3c';
import { lock, writeAtomically } from '../wordListFile';

export const STORE_SUFFIX = '.annotations.json';

/** The store file of an article. */
export function storePathFor(articlePath: string): string {
  return articlePath + STORE_SUFFIX;
}

/** The article IRI written into the store's targets: its file name (relative to the store). */
export function sourceFor(articlePath: string): string {
  return encodeURI(path.basename(articlePath));
}

export type StoreRead =
  | { ok: true; exists: boolean; annotations: ReaderAnnotation[]; problems: StoreProblem[] }
  | { ok: false; message: string };

/** Reads a store; a missing file is an empty store. `articleText` converts W3C code-point offsets. */
export async function readStore(file: string, articleText?: string): Promise<StoreRead> {
  let bytes: Buffer;
  try {
    bytes = await fsp.readFile(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, exists: false, annotations: [], problems: [] };
    return { ok: false, message: `cannot read ${file}: ${(e as Error).message}` };
  }
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return { ok: false, message: `${file} is not an annotation store: ${decoded.message}` };
  const parsed = parseStore(decoded.text, { text: articleText });
  if (!parsed.ok) return { ok: false, message: `${file} is not an annotation store: ${parsed.message}` };
  return { ok: true, exists: true, annotations: parsed.annotations, problems: parsed.problems };
}

export type SaveResult = { ok: true; annotations: ReaderAnnotation[]; written: boolean } | { ok: false; message: string };

/**
 * Saves this session's changes to the store of `articlePath`: re-reads the store under a lock,
 * merges, writes atomically. Returns what is now stored (others' additions included).
 */
export async function saveChanges(articlePath: string, changes: LocalChanges, articleText?: string): Promise<SaveResult> {
  const file = storePathFor(articlePath);
  await fsp.mkdir(path.dirname(file), { recursive: true });
  const release = await lock(file);
  try {
    const current = await readStore(file, articleText);
    if (!current.ok) return current;
    if (current.problems.length) return { ok: false, message: malformedMessage(file, current.problems) };
    const merged = mergeStore(current.annotations, changes);
    if (!current.exists && !merged.length) return { ok: true, annotations: merged, written: false };
    const text = serializeStore(merged, sourceFor(articlePath), { text: articleText });
    const before = current.exists ? await fsp.readFile(file, 'utf8') : null;
    if (before === text) return { ok: true, annotations: merged, written: false };
    await writeAtomically(file, text);
    return { ok: true, annotations: merged, written: true };
  } finally {
    await release();
  }
}

/**
 * After an article was renamed or moved: moves its store along (merging into a store already at
 * the new place). Nothing happens when there is no store; a malformed store stays where it is.
 */
export async function moveStore(
  oldArticle: string,
  newArticle: string,
  articleText?: string,
): Promise<{ ok: true; moved: boolean } | { ok: false; message: string }> {
  const from = storePathFor(oldArticle);
  const to = storePathFor(newArticle);
  if (path.resolve(from) === path.resolve(to)) return { ok: true, moved: false };
  const releaseFrom = await lock(from);
  try {
    const old = await readStore(from, articleText);
    if (!old.ok) return old;
    if (!old.exists) return { ok: true, moved: false };
    if (old.problems.length) return { ok: false, message: malformedMessage(from, old.problems) };
    const saved = await saveChanges(newArticle, { upserts: old.annotations, deleted: [] }, articleText);
    if (!saved.ok) return saved;
    await fsp.rm(from, { force: true });
    return { ok: true, moved: true };
  } finally {
    await releaseFrom();
  }
}

function malformedMessage(file: string, problems: StoreProblem[]): string {
  const first = problems
    .slice(0, 3)
    .map((p) => `item ${p.item + 1}${p.line ? ` (line ${p.line})` : ''}${p.id ? ` ${p.id}` : ''}: ${p.message}`);
  return `${file} has ${problems.length} malformed annotation${problems.length === 1 ? '' : 's'} and was left unchanged — ${first.join('; ')}`;
}
