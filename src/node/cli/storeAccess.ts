// The one door of the export/import commands to the workspace's annotation store. A minimal
// adapter for now (one JSON file per article under .news-annotations/); it is meant to be pointed
// at the store module (src/node/annotations/storeFile.ts: readStore / saveChanges, async, one
// `<article>.annotations.json` beside each article) once that lands, without touching the commands.
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { LabelDefinition, ReaderAnnotation } from '../../core/annotations/model';
import { writeFileAtomic } from './atomicWrite';

export const STORE_DIR = '.news-annotations';

export interface AnnotationStore {
  /** The reader's annotations of one article (workspace-relative, '/'-separated name). */
  load(file: string): Promise<ReaderAnnotation[]>;
  save(file: string, annotations: readonly ReaderAnnotation[]): Promise<void>;
  /** The label taxonomy; empty when none is defined (label ids are then their own names). */
  labels(): Promise<LabelDefinition[]>;
}

interface StoreFile {
  version: 1;
  file: string;
  annotations: ReaderAnnotation[];
}

export function openStore(workspace: string): AnnotationStore {
  const root = path.join(workspace, STORE_DIR);
  const fileOf = (file: string) => path.join(root, ...file.split('/')) + '.json';
  return {
    async load(file) {
      const text = await readIfThere(fileOf(file));
      if (text === null) return [];
      const json = JSON.parse(text) as StoreFile;
      if (!json || !Array.isArray(json.annotations)) throw new Error(`${fileOf(file)}: not an annotation store file`);
      return json.annotations;
    },
    async save(file, annotations) {
      const body: StoreFile = { version: 1, file, annotations: [...annotations] };
      writeFileAtomic(fileOf(file), `${JSON.stringify(body, null, 1)}\n`);
    },
    async labels() {
      const text = await readIfThere(path.join(root, 'labels.json'));
      const json = text === null ? [] : JSON.parse(text);
      return Array.isArray(json) ? json : [];
    },
  };
}

async function readIfThere(file: string): Promise<string | null> {
  try {
    return await fsp.readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}
