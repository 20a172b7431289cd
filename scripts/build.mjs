// Bundles the extension and the CLI with esbuild and copies the data files they load.
// Usage: node scripts/build.mjs [--quiet] [--outdir DIR]
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const quiet = process.argv.includes('--quiet');
// --outdir lets several people (or checks) build side by side without overwriting dist/.
const outArg = process.argv.indexOf('--outdir');
const dist = outArg > 0 ? path.resolve(process.argv[outArg + 1]) : path.join(root, 'dist');

function copyResources() {
  const res = path.join(dist, 'resources');
  for (const name of ['dictionary-en', 'dictionary-en-gb']) {
    const to = path.join(res, 'dictionaries', name);
    fs.mkdirSync(to, { recursive: true });
    for (const f of ['index.aff', 'index.dic']) fs.copyFileSync(path.join(root, 'node_modules', name, f), path.join(to, f));
  }
  const models = path.join(root, 'models');
  if (fs.existsSync(models)) fs.cpSync(models, path.join(res, 'models'), { recursive: true });
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: true,
  keepNames: true,
  logLevel: quiet ? 'warning' : 'info',
  metafile: true,
};

const t0 = Date.now();
fs.mkdirSync(dist, { recursive: true });
copyResources();
const results = await Promise.all([
  esbuild.build({ ...common, entryPoints: [path.join(root, 'src/extension/extension.ts')], outfile: path.join(dist, 'extension.js'), external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: [path.join(root, 'src/node/cli/cli.ts')], outfile: path.join(dist, 'cli.js') }),
  esbuild.build({ ...common, entryPoints: [path.join(root, 'src/node/worker/analysisWorker.ts')], outfile: path.join(dist, 'analysisWorker.js') }),
]);
fs.writeFileSync(path.join(dist, 'meta.json'), JSON.stringify(results[0].metafile));
if (!quiet) console.log(`built in ${Date.now() - t0} ms`);
