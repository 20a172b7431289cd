// npm run bench: bundles scripts/bench/main.ts (so it measures the same minified code the
// extension ships) and runs it. Arguments are passed through (e.g. --quick).
import { spawnSync } from 'node:child_process';
import * as esbuild from 'esbuild';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, 'dist', 'bench', 'main.js');
await esbuild.build({
  entryPoints: [path.join(root, 'scripts/bench/main.ts')],
  outfile: out,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  logLevel: 'warning',
  // cspell-lib is ESM with top-level await and data files: load it from node_modules at run time.
  external: ['cspell-lib'],
});
const r = spawnSync(process.execPath, ['--expose-gc', out, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
process.exit(r.status ?? 1);
