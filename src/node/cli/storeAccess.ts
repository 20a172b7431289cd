// The one door of the export/import commands to the workspace's annotation store: the same
// `<article>.annotations.json` beside each article that the editor reads and writes
// (src/node/annotations/storeFile.ts: re-read and merge under a lock, atomic writes), so what the
// reader annotated in VS Code is exported, and what is imported shows in the editor.
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { LabelDefinition, ReaderAnnotation } from '../../core/annotations/model';
import { parseLabels } from '../../core/annotations/taxonomy';
import { decodeArticle } from '../../core/text/decode';
import { readStore, saveChanges, storePathFor } from '../annotations/storeFile';

/** Older exports kept stores here; still skipped when collecting articles, and its labels.json still read. */
export const STORE_DIR = '.news-annotations';
/** The label taxonomy the editor reads (labels.ts). */
const LABEL_FILE = path.join('.vscode', 'news-labels.json');

export interface AnnotationStore {
  /** The reader's annotations of one article (workspace-relative, '/'-separated name). */
  load(file: string): Promise<ReaderAnnotation[]>;
  save(file: string, annotations: readonly ReaderAnnotation[]): Promise<void>;
  /** The label taxonomy; empty when none is defined (label ids are then their own names). */
  labels(): Promise<LabelDefinition[]>;
}

export function openStore(workspace: string): AnnotationStore {
  const articlePath = (file: string) => path.join(workspace, ...file.split('/'));
  return {
    async load(file) {
      const article = articlePath(file);
      const read = await readStore(storePathFor(article), await articleText(article));
      if (!read.ok) throw new Error(read.message);
      // A store with bad items is never rewritten (they would be lost): stop here for this article.
      if (read.problems.length)
        throw new Error(`${storePathFor(article)} has ${read.problems.length} malformed annotation(s); fix it first`);
      return read.annotations;
    },
    async save(file, annotations) {
      const article = articlePath(file);
      const r = await saveChanges(article, { upserts: [...annotations], deleted: [] }, await articleText(article));
      if (!r.ok) throw new Error(r.message);
    },
    async labels() {
      const fromEditor = await readIfThere(path.join(workspace, LABEL_FILE));
      if (fromEditor !== null) {
        const parsed = parseLabels(fromEditor);
        if (parsed.problems.length && !parsed.labels.length) throw new Error(parsed.problems.join('; '));
        return parsed.labels;
      }
      const text = await readIfThere(path.join(workspace, STORE_DIR, 'labels.json'));
      const json = text === null ? [] : JSON.parse(text);
      return Array.isArray(json) ? json : [];
    },
  };
}

/** The article's text (W3C offsets count code points, converted against it); undefined when unreadable. */
async function articleText(file: string): Promise<string | undefined> {
  try {
    const d = decodeArticle(await fsp.readFile(file));
    return d.ok ? d.text : undefined;
  } catch {
    return undefined;
  }
}

async function readIfThere(file: string): Promise<string | null> {
  try {
    return await fsp.readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}
