// Bundles the in-VS-Code tests (test/vscode/index.ts) into out/test/index.js, which the extension host
// require()s (CommonJS, `vscode` provided by the host). Type-checks them first unless --no-check:
// esbuild only strips types, and the root tsconfig does not include test/vscode.
// Usage: node scripts/build-tests.mjs [--no-check]
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

if (!process.argv.includes('--no-check')) {
  const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'test/vscode/tsconfig.json')], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

await esbuild.build({
  entryPoints: [path.join(root, 'test/vscode/index.ts')],
  outfile: path.join(root, 'out/test/index.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline', // stack traces in failures point at the .ts lines
  external: ['vscode'],
  logLevel: 'warning',
});
console.log('built out/test/index.js');
