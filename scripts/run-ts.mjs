// Runs a TypeScript program of this project (a benchmark, the NER trainer, an evaluation): bundles it
// with esbuild, so it runs exactly the code the extension ships, then runs the bundle with Node.
// Usage: node scripts/run-ts.mjs <file.ts> [--minify] [--external <pkg>]... [--expose-gc] [--keep] [-- args...]
//   --minify       minify like scripts/build.mjs (benchmarks measure the shipped code)
//   --external     leave a package to node_modules at run time (ESM-only packages with top-level await)
//   --expose-gc    run with global.gc()
//   --keep         keep the bundle (out/run-ts/<name>.cjs) for profiling
// Everything after `--` (and any argument not listed above) goes to the program, which runs in the
// caller's working directory with PROJECT_ROOT set to the project root.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const argv = process.argv.slice(2);
const sep = argv.indexOf('--');
const own = sep >= 0 ? argv.slice(0, sep) : argv;
const passed = sep >= 0 ? argv.slice(sep + 1) : [];
const opts = { minify: false, gc: false, keep: false, external: [], args: [] };
let entry = null;
for (let i = 0; i < own.length; i++) {
  const a = own[i];
  if (a === '--minify') opts.minify = true;
  else if (a === '--expose-gc') opts.gc = true;
  else if (a === '--keep') opts.keep = true;
  else if (a === '--external' && i + 1 < own.length) opts.external.push(own[++i]);
  else if (!entry && a.endsWith('.ts')) entry = a;
  else opts.args.push(a);
}
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <file.ts> [--minify] [--external <pkg>]... [--expose-gc] [--keep] [-- args...]');
  process.exit(2);
}
const source = path.resolve(root, entry);
if (!fs.existsSync(source)) {
  console.error(`run-ts: no such file ${source}`);
  process.exit(2);
}

// Inside the project (not the system temp dir), so that --external packages resolve from node_modules;
// CommonJS, so that __dirname-based lookups (src/node/resources.ts) work as in dist/. The pid keeps
// parallel runs of the same program apart.
const outdir = path.join(root, 'out', 'run-ts');
const name = path.basename(source, '.ts');
const outfile = path.join(outdir, opts.keep ? `${name}.cjs` : `${name}-${process.pid}.cjs`);
fs.mkdirSync(outdir, { recursive: true });
try {
  await esbuild.build({
    entryPoints: [source],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    supported: { 'regexp-unicode-property-escapes': true }, // as scripts/build.mjs
    format: 'cjs',
    minify: opts.minify,
    keepNames: opts.minify,
    sourcemap: opts.keep ? 'inline' : false,
    external: opts.external,
    logLevel: 'warning',
  });
} catch {
  process.exit(2); // esbuild has printed the errors
}
const nodeArgs = [...(opts.gc ? ['--expose-gc'] : []), outfile, ...opts.args, ...passed];
const r = spawnSync(process.execPath, nodeArgs, { stdio: 'inherit', env: { ...process.env, PROJECT_ROOT: root } });
if (!opts.keep) fs.rmSync(outfile, { force: true });
if (r.error) console.error(`run-ts: ${r.error.message}`);
process.exit(r.status ?? 1);
