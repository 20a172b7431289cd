// The one door of the export/import commands to the workspace's annotation store. A minimal
// adapter for now (one JSON file per article under .news-annotations/); it is meant to be pointed
// at the store module (src/node/annotations/) once that lands, without touching the commands.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LabelDefinition, ReaderAnnotation } from '../../core/annotations/model';
import { writeFileAtomic } from './atomicWrite';

export const STORE_DIR = '.news-annotations';

export interface AnnotationStore {
  /** The reader's annotations of one article (workspace-relative, '/'-separated name). */
  load(file: string): ReaderAnnotation[];
  save(file: string, annotations: readonly ReaderAnnotation[]): void;
  /** The label taxonomy; empty when none is defined (label ids are then their own names). */
  labels(): LabelDefinition[];
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
    load(file) {
      const p = fileOf(file);
      if (!fs.existsSync(p)) return [];
      const json = JSON.parse(fs.readFileSync(p, 'utf8')) as StoreFile;
      if (!json || !Array.isArray(json.annotations)) throw new Error(`${p}: not an annotation store file`);
      return json.annotations;
    },
    save(file, annotations) {
      const body: StoreFile = { version: 1, file, annotations: [...annotations] };
      writeFileAtomic(fileOf(file), JSON.stringify(body, null, 1) + '\n');
    },
    labels() {
      const p = path.join(root, 'labels.json');
      if (!fs.existsSync(p)) return [];
      const json = JSON.parse(fs.readFileSync(p, 'utf8'));
      return Array.isArray(json) ? json : [];
    },
  };
}
