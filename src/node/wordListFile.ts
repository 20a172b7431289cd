// Reading and atomically updating the workspace word list on disk (Node; no `vscode`).
// Writes go to a temp file that is renamed over the list, under a lock file, after re-reading
// the list: two windows adding words at once both keep their words; a crash never truncates it.
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { decodeArticle } from '../core/text/decode';
import { addToWordList, parseWordList, type ParsedWordList } from '../core/article/spelling/wordList';

export type ReadResult = ({ ok: true; text: string } & ParsedWordList) | { ok: false; message: string };

export async function readWordListFile(file: string): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    bytes = await fsp.readFile(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, text: '', words: [], invalid: [] };
    return { ok: false, message: `cannot read ${file}: ${(e as Error).message}` };
  }
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return { ok: false, message: `${file} is not a word list: ${decoded.message}` };
  return { ok: true, text: decoded.text, ...parseWordList(decoded.text) };
}

/** Adds words; returns how many were new. Refuses (and leaves the file alone) if it is malformed. */
export async function addWordsToFile(file: string, words: readonly string[]): Promise<{ added: number } | { error: string }> {
  await fsp.mkdir(path.dirname(file), { recursive: true });
  const release = await lock(file);
  try {
    const current = await readWordListFile(file);
    if (!current.ok) return { error: current.message };
    const next = addToWordList(current.text, words);
    if (next === null) return { added: 0 };
    await writeAtomically(file, next);
    return { added: parseWordList(next).words.length - current.words.length };
  } finally {
    await release();
  }
}

export async function writeAtomically(file: string, text: string): Promise<void> {
  const tmp = `${file}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`;
  try {
    const h = await fsp.open(tmp, 'w');
    try {
      await h.writeFile(text, 'utf8');
      await h.sync();
    } finally {
      await h.close();
    }
    await fsp.rename(tmp, file);
  } catch (e) {
    await fsp.rm(tmp, { force: true });
    throw e;
  }
}

const LOCK_STALE_MS = 10_000;

/** An exclusive lock file next to `file` (O_EXCL create); a lock older than 10 s is taken over. */
export async function lock(file: string): Promise<() => Promise<void>> {
  const lockFile = `${file}.lock`;
  for (let attempt = 0; ; attempt++) {
    try {
      const h = await fsp.open(lockFile, 'wx');
      await h.close();
      return () => fsp.rm(lockFile, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const st = await fsp.stat(lockFile).catch(() => null);
      if (st && Date.now() - st.mtimeMs > LOCK_STALE_MS) await fsp.rm(lockFile, { force: true });
      else await new Promise((r) => setTimeout(r, Math.min(5 + attempt * 5, 50)));
    }
  }
}
