// Node-side loading of the analysis's data files (dictionaries, NER model). Used by the CLI,
// the extension and the tests; the core itself never touches the file system.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AnalyzerResources } from '../core/article/analyze';

/** Where the data files are: `dist/resources` in the bundle, the repository in development. */
export function resourceRoots(): string[] {
  const env = process.env.NEWS_ANNOTATOR_RESOURCES;
  const up = (n: number) => path.join(__dirname, ...Array<string>(n).fill('..'));
  return [
    ...(env ? [env] : []),
    path.join(__dirname, 'resources'), // dist/ (extension, CLI, worker)
    path.join(up(1), 'resources'), // dist/<sub>/ (benchmark bundles)
    up(1), // src/ (tests): the repository's models/ and node_modules/
    up(2), // src/node/ (tests), scripts/<sub>/
    up(3),
  ];
}

function findFile(rel: string[]): string | null {
  for (const root of resourceRoots()) {
    for (const r of rel) {
      const p = path.join(root, r);
      if (fs.existsSync(p)) return p;
    }
  }
  return null;
}

function readDictionary(name: string) {
  const aff = findFile([`dictionaries/${name}/index.aff`, `node_modules/${name}/index.aff`]);
  const dic = findFile([`dictionaries/${name}/index.dic`, `node_modules/${name}/index.dic`]);
  return aff && dic ? { aff: fs.readFileSync(aff), dic: fs.readFileSync(dic) } : undefined;
}

export function loadResources(): AnalyzerResources {
  const model = findFile(['models/ner.bin']);
  return {
    dictionaries: { 'en-GB': readDictionary('dictionary-en-gb'), 'en-US': readDictionary('dictionary-en') },
    nerModel: model ? new Uint8Array(fs.readFileSync(model)) : null,
  };
}
