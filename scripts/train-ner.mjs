// npm run train:ner [-- --seed N --epochs1 N --epochs2 N --folds N --bits N --bags N --rare N --drop P --out FILE]
// Bundles scripts/train-ner.ts with esbuild (so training runs exactly the runtime feature
// code in src/core/ner) and runs it. Trains on ../shared/eval/conll-train only.
import * as esbuild from 'esbuild';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const outfile = path.join(os.tmpdir(), `train-ner-${process.pid}.mjs`);
await esbuild.build({
  entryPoints: [path.join(root, 'scripts', 'train-ner.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  logLevel: 'warning',
});
process.env.NER_ROOT = root;
await import(pathToFileURL(outfile).href);
