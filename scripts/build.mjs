// Bundles the extension and the CLI with esbuild and copies the data files they load.
// Usage: node scripts/build.mjs [--quiet] [--outdir DIR] [--watch]
// --watch rebuilds on every change (npm run watch; the F5 pre-launch task in .vscode/tasks.json) and prints
// "[watch] build started/finished" and one "file:line:col: error: message" line per error for its problem matcher.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const quiet = process.argv.includes('--quiet');
const watch = process.argv.includes('--watch');
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
  // Node 20 has \p{...} in regexes; without this esbuild rewrites each such literal into a
  // `new RegExp(...)` call, built again on every call of the function that holds it.
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  sourcemap: true,
  minify: true,
  keepNames: true,
  logLevel: quiet ? 'warning' : 'info',
  metafile: true,
};

const entries = [
  { entryPoints: [path.join(root, 'src/extension/extension.ts')], outfile: path.join(dist, 'extension.js'), external: ['vscode'] },
  { entryPoints: [path.join(root, 'src/node/cli/cli.ts')], outfile: path.join(dist, 'cli.js') },
  { entryPoints: [path.join(root, 'src/node/worker/analysisWorker.ts')], outfile: path.join(dist, 'analysisWorker.js') },
];

const t0 = Date.now();
fs.mkdirSync(dist, { recursive: true });
copyResources();
if (watch) {
  // One line per error, relative to the project root, for the problem matcher in .vscode/tasks.json.
  const report = {
    name: 'watch-report',
    setup(build) {
      build.onStart(() => console.log('[watch] build started'));
      build.onEnd((r) => {
        for (const e of r.errors) {
          const l = e.location;
          console.log(l ? `${l.file}:${l.line}:${l.column + 1}: error: ${e.text}` : `error: ${e.text}`);
        }
        console.log(`[watch] build finished (${r.errors.length} error(s))`);
      });
    },
  };
  // One context for the three bundles (same file names under dist/), so one started/finished pair per change;
  // `vscode` is external for all three (the dependency rules keep it out of the CLI and the worker).
  const ctx = await esbuild.context({
    ...common,
    // Named entry points: dist/extension.js, dist/cli.js, dist/analysisWorker.js, as the one-off build writes them.
    entryPoints: Object.fromEntries(entries.map((e) => [path.basename(e.outfile, '.js'), e.entryPoints[0]])),
    outdir: dist,
    external: ['vscode'],
    logLevel: 'silent',
    plugins: [report],
  });
  await ctx.watch();
} else {
  const results = await Promise.all(entries.map((e) => esbuild.build({ ...common, ...e })));
  fs.writeFileSync(path.join(dist, 'meta.json'), JSON.stringify(results[0].metafile));
  if (!quiet) console.log(`built in ${Date.now() - t0} ms`);
}
