// The one door of the export/import commands to the workspace's annotations: the editor's store
// (src/node/annotations/storeFile.ts, `<article>.annotations.json` beside each article, W3C JSON-LD
// with code-point positions) and its label file (`.vscode/news-labels.json`). Articles are named
// workspace-relative, '/'-separated, as the exports name them.
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { LabelDefinition, ReaderAnnotation } from '../../core/annotations/model';
import { DEFAULT_LABELS, LABEL_FILE, parseLabels } from '../../core/annotations/taxonomy';
import { decodeArticle } from '../../core/text/decode';
import { readStore, saveChanges, storePathFor } from '../annotations/storeFile';

export interface LoadOptions {
  /** The article's text (converts the store's code-point positions); read from disk when omitted. */
  text?: string;
  /**
   * Malformed items of the store: reported here and the rest returned. Without it they are an
   * error (a caller that will write must not work from a partial store).
   */
  warn?: (message: string) => void;
}

export interface AnnotationStore {
  /** The reader's annotations of one article (workspace-relative name). Throws when the store cannot be read. */
  load(file: string, options?: LoadOptions): Promise<ReaderAnnotation[]>;
  /**
   * Adds or replaces these annotations (by id) in the article's store: re-read and merged under
   * the store's lock, so what others added meanwhile stays. Nothing is deleted. Throws when the
   * store cannot be written or is malformed (it is then left as it is). Returns what is stored now.
   */
  save(file: string, upserts: readonly ReaderAnnotation[], text?: string): Promise<ReaderAnnotation[]>;
  /** The label taxonomy: the defaults, changed by the workspace's label file; its problems go to `warn`. */
  labels(warn?: (message: string) => void): Promise<LabelDefinition[]>;
}

export function openStore(workspace: string): AnnotationStore {
  const articlePath = (file: string) => path.join(workspace, ...file.split('/'));
  const textOf = async (file: string, given: string | undefined) => {
    if (given !== undefined) return given;
    const decoded = decodeArticle(await fsp.readFile(articlePath(file)));
    if (!decoded.ok) throw new Error(`${articlePath(file)}: ${decoded.message}`);
    return decoded.text;
  };
  return {
    async load(file, options = {}) {
      const abs = articlePath(file);
      const read = await readStore(storePathFor(abs), await textOf(file, options.text));
      if (!read.ok) throw new Error(read.message);
      if (read.problems.length) {
        const list = read.problems.map(
          (p) => `${storePathFor(abs)}: item ${p.item + 1}${p.line ? ` (line ${p.line})` : ''}${p.id ? ` ${p.id}` : ''}: ${p.message}`,
        );
        if (!options.warn)
          throw new Error(`${list.length} malformed annotation${list.length === 1 ? '' : 's'} — ${list.slice(0, 3).join('; ')}`);
        for (const m of list) options.warn(m);
      }
      return read.annotations;
    },
    async save(file, upserts, text) {
      const saved = await saveChanges(articlePath(file), { upserts, deleted: [] }, await textOf(file, text));
      if (!saved.ok) throw new Error(saved.message);
      return saved.annotations;
    },
    async labels(warn) {
      const file = path.join(workspace, ...LABEL_FILE.split('/'));
      let json: string;
      try {
        json = await fsp.readFile(file, 'utf8');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [...DEFAULT_LABELS];
        throw e;
      }
      const parsed = parseLabels(json);
      for (const p of parsed.problems) warn?.(`${file}: ${p}`);
      return parsed.labels;
    },
  };
}
