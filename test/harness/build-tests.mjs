// Bundles the in-VS-Code tests (test/vscode/index.ts) into out/test/index.js, which the extension host
// require()s (CommonJS, `vscode` provided by the host). Type-checks them first unless --no-check:
// esbuild only strips types, and the root tsconfig does not include test/vscode.
// Usage: node test/harness/build-tests.mjs [--no-check]
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

if (!process.argv.includes('--no-check')) {
  // Only errors in the test files fail this step: errors in src/ are the type check's job
  // (npm run typecheck), and must not hide the tests' results while src/ is being edited.
  const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'test/vscode/tsconfig.json'), '--pretty', 'false'], {
    encoding: 'utf8',
  });
  const errors = r.stdout.split('\n').filter((l) => /error TS/.test(l));
  const mine = errors.filter((l) => l.startsWith('test/vscode/'));
  if (errors.length > mine.length)
    console.warn(`build-tests: ${errors.length - mine.length} type error(s) outside test/vscode (not checked here)`);
  if (mine.length) {
    console.error(mine.join('\n'));
    process.exit(1);
  }
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
