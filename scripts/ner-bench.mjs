// node scripts/ner-bench.mjs [dir] [model file]: bundles scripts/ner-bench.ts and runs it.
import * as esbuild from 'esbuild';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const outfile = path.join(os.tmpdir(), `ner-bench-${process.pid}.mjs`);
await esbuild.build({ entryPoints: [path.join(root, 'scripts', 'ner-bench.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'warning' });
process.env.NER_ROOT = root;
await import(pathToFileURL(outfile).href);
