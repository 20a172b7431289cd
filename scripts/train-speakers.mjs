// npm run train:speakers [-- --data DIR --epochs N --seed N]
// Bundles scripts/train-speakers.ts with esbuild (so training runs exactly the runtime candidate
// and feature code in src/core/article/speakers) and runs it. Trains on ../shared/eval/polnear-train only.
import * as esbuild from 'esbuild';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const outfile = path.join(os.tmpdir(), `train-speakers-${process.pid}.mjs`);
await esbuild.build({
  entryPoints: [path.join(root, 'scripts', 'train-speakers.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  logLevel: 'warning',
  // resources.ts looks for the NER model and dictionaries relative to __dirname.
  banner: { js: "import { fileURLToPath as __toPath } from 'node:url'; const __dirname = __toPath(new URL('.', import.meta.url));" },
});
process.env.SPEAKERS_ROOT = root;
process.env.NEWS_ANNOTATOR_RESOURCES ??= root;
await import(pathToFileURL(outfile).href);
