import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cruise, type ICruiseOptions, type IViolation } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { afterAll, describe, expect, it } from 'vitest';

// The rules of .dependency-cruiser.cjs (the same file `npm run deps` uses), checked on the real
// import graph (type-only, re-exported and dynamic imports, node builtins with or without `node:`)
// and on a planted fixture, so that a rule that matches nothing cannot pass unnoticed.
const ROOT = path.resolve(__dirname, '../..');
const CONFIG = path.join(ROOT, '.dependency-cruiser.cjs');

async function violations(dirs: string[], baseDir: string, useTsConfig: boolean): Promise<IViolation[]> {
  const options: ICruiseOptions = await extractDepcruiseOptions(CONFIG);
  options.baseDir = baseDir;
  options.outputType = 'json';
  if (!useTsConfig) delete options.tsConfig;
  const tsConfig = useTsConfig ? extractTSConfig(path.join(ROOT, 'tsconfig.json')) : undefined;
  const result = await cruise(dirs, options, {}, { tsConfig });
  const out = typeof result.output === 'string' ? JSON.parse(result.output) : result.output;
  return out.summary.violations as IViolation[];
}

const describeViolation = (v: IViolation) =>
  // A cycle is named by its members, whichever of them the cruiser reports it from.
  v.rule.name === 'no-circular'
    ? `${v.rule.name}: ${[...new Set([v.from, ...(v.cycle ?? []).map((c) => c.name)])].sort().join(' ↔ ')}`
    : `${v.rule.name}: ${v.from} → ${v.to}`;

describe('dependency rules on src/', () => {
  it('has no violations (indirect imports and node builtins included)', async () => {
    expect((await violations(['src'], ROOT, true)).map(describeViolation)).toEqual([]);
  });

});

describe('dependency rules catch planted violations', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'deprules-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(tmp, rel)), { recursive: true });
    fs.writeFileSync(path.join(tmp, rel), text);
  };
  // entry.ts looks pure; it reaches node:fs only through helper.ts, which re-exports it.
  write('src/core/entry.ts', "import { load } from './helper';\nexport const run = () => load();\n");
  write('src/core/helper.ts', "export { readFileSync as load } from 'node:fs';\n");
  write('src/core/typeOnly.ts', "import type { Stats } from 'fs';\nexport type S = Stats;\n");
  write('src/core/lazy.ts', "export const later = () => import('node:os');\n");
  write('src/core/reachesOut.ts', "import { x } from '../node/io';\nexport const y = x;\n");
  write('src/core/ring/a.ts', "import { b } from './b';\nexport const a = () => b();\n");
  write('src/core/ring/b.ts', "import { a } from './a';\nexport const b = (): number => (a ? 1 : 0);\n");
  write('src/node/io.ts', "import { ui } from '../extension/ui';\nexport const x = ui;\n");
  write('src/extension/ui.ts', 'export const ui = 1;\n');

  it('reports each planted violation, and nothing in the clean files', async () => {
    const found = (await violations(['src'], tmp, false)).map(describeViolation).sort();
    expect(found).toEqual(
      [
        'core-is-pure: src/core/helper.ts → fs',
        'core-is-pure: src/core/lazy.ts → os',
        'core-is-pure: src/core/reachesOut.ts → src/node/io.ts',
        'core-is-pure: src/core/typeOnly.ts → fs',
        'node-not-extension: src/node/io.ts → src/extension/ui.ts',
        'no-circular: src/core/ring/a.ts ↔ src/core/ring/b.ts',
      ].sort(),
    );
  });
});
