// node scripts/realword-alarms.mjs [--list] <dir> ...: bundles scripts/realword-alarms.ts and runs it.
import * as esbuild from 'esbuild';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const outfile = path.join(os.tmpdir(), `realword-alarms-${process.pid}.mjs`);
await esbuild.build({ entryPoints: [path.join(root, 'scripts', 'realword-alarms.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'warning' });
await import(pathToFileURL(outfile).href);
