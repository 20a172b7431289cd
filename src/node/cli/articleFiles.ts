// Articles on disk for export and import: finding them, reading them as text, naming them
// relative to the workspace, and matching a name from another tool's file to one of them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeArticle } from '../../core/text/decode';

export interface Problem {
  path: string;
  message: string;
}

const byName = (a: fs.Dirent, b: fs.Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Files as given, folders walked (sorted) for `ext`. Skipped while walking: hidden folders,
 * `skip` (e.g. the export's own output) and, for articles, brat corpora (folders with an
 * annotation.conf: copies of articles made by an export, not articles).
 */
export function collectFiles(paths: readonly string[], ext: string, problems: Problem[], skip: readonly string[] = []): string[] {
  const out: string[] = [];
  const skipped = new Set(skip.map((p) => path.resolve(p)));
  const walk = (dir: string) => {
    if (skipped.has(path.resolve(dir))) return;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      problems.push({ path: dir, message: `cannot read folder: ${(e as Error).message}` });
      return;
    }
    if (ext === '.txt' && !paths.includes(dir) && entries.some((e) => e.name === 'annotation.conf')) return;
    for (const e of entries.sort(byName)) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!e.name.startsWith('.') && e.name !== 'node_modules') walk(p);
      } else if (e.isFile() && e.name.toLowerCase().endsWith(ext)) out.push(p);
    }
  };
  for (const p of paths) {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      problems.push({ path: p, message: 'no such file or folder' });
      continue;
    }
    if (st.isDirectory()) walk(p);
    else out.push(p);
  }
  return out;
}

/** The article's text, or a problem saying why not (binary, not UTF-8, too large, unreadable). */
export function readArticle(file: string, maxBytes: number, problems: Problem[]): string | null {
  try {
    const size = fs.statSync(file).size;
    if (size > maxBytes) {
      problems.push({ path: file, message: `file too large (${(size / 1048576).toFixed(1)} MB > ${(maxBytes / 1048576).toFixed(0)} MB)` });
      return null;
    }
    const decoded = decodeArticle(fs.readFileSync(file));
    if (decoded.ok) return decoded.text;
    problems.push({ path: file, message: decoded.message });
  } catch (e) {
    problems.push({ path: file, message: `cannot read file: ${(e as Error).message}` });
  }
  return null;
}

/** The name an article goes by in exports and in the store: '/'-separated, relative to the workspace. */
export function articleName(workspace: string, file: string): string {
  const rel = path.relative(workspace, path.resolve(file));
  const inside = rel && !rel.startsWith('..') && !path.isAbsolute(rel);
  return (inside ? rel : path.basename(file)).split(path.sep).join('/');
}

/** A name as another tool wrote it (path, file IRI, URL) → '/'-separated segments. */
export function nameSegments(name: string, workspace: string): string[] {
  let p = name;
  if (/^file:/i.test(name)) {
    try {
      // Inside the workspace: its name there; elsewhere the whole path, whose ending still matches.
      const abs = fileURLToPath(name);
      const rel = path.relative(workspace, abs);
      p = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
    } catch {
      p = name.replace(/^file:\/*/i, '');
    }
  } else if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(name)) {
    try {
      p = decodeURIComponent(new URL(name).pathname);
    } catch {
      // keep the name as it is
    }
  }
  return p.split(/[\\/]+/).filter((s) => s && s !== '.');
}

export interface WorkspaceArticle {
  /** Workspace-relative name. */
  name: string;
  path: string;
}

export type Match = { ok: true; article: WorkspaceArticle } | { ok: false; message: string };

/**
 * The workspace article a name refers to: the one sharing the longest ending of its path
 * (so "out/sub/a.txt" finds "sub/a.txt"); ties are broken by identical text when given.
 */
export function matchArticle(
  segments: readonly string[],
  articles: readonly WorkspaceArticle[],
  opts: { text?: string | null; exclude?: string; textOf?: (a: WorkspaceArticle) => string | null } = {},
): Match {
  const want = segments.map((s) => s.toLowerCase());
  let best: WorkspaceArticle[] = [];
  let bestScore = 0;
  for (const a of articles) {
    if (opts.exclude && path.resolve(a.path) === opts.exclude) continue;
    const have = a.name.toLowerCase().split('/');
    let n = 0;
    while (n < want.length && n < have.length && want[want.length - 1 - n] === have[have.length - 1 - n]) n++;
    if (n > bestScore) {
      best = [a];
      bestScore = n;
    } else if (n === bestScore && n > 0) best.push(a);
  }
  if (best.length === 1) return { ok: true, article: best[0] };
  const { text, textOf } = opts;
  if (best.length > 1 && text != null && textOf) {
    const same = best.filter((a) => textOf(a) === text);
    if (same.length === 1) return { ok: true, article: same[0] };
  }
  if (!best.length && text != null && textOf) {
    const same = articles.filter((a) => (!opts.exclude || path.resolve(a.path) !== opts.exclude) && textOf(a) === text);
    if (same.length === 1) return { ok: true, article: same[0] };
  }
  const name = segments.join('/') || '(no name)';
  return best.length
    ? { ok: false, message: `${name} matches ${best.length} articles (${best.slice(0, 3).map((a) => a.name).join(', ')}…); not imported` }
    : { ok: false, message: `no article in the workspace matches ${name}; not imported` };
}
