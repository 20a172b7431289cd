// Export benchmark: a 1,000-article workspace generated from the seed articles (names, numbers and
// dates varied, an emoji in every third article), each with reader annotations and a correction in
// the store, exported in all four formats with both layers (target: ≤ 30 s), then the reader's
// layer exported alone and imported back into an emptied store, format by format.
// Run from the repository root:
//   npx esbuild test/bench/exportCorpus.ts --bundle --platform=node --outfile=/tmp/exportCorpus.js
//   node /tmp/exportCorpus.js [count]
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { LabelDefinition, ReaderAnnotation } from '../../src/core/annotations/model';
import { runExport } from '../../src/node/cli/exportCommand';
import { runImport } from '../../src/node/cli/importCommand';
import { LABEL_FILE } from '../../src/core/annotations/taxonomy';
import { STORE_SUFFIX } from '../../src/node/annotations/storeFile';
import { openStore } from '../../src/node/cli/storeAccess';
import { rng } from '../../scripts/rng';

const count = Number(process.argv[2] ?? 1000);
// CPU seconds of this process beside the wall clock: on a shared machine the wall clock includes
// waiting for the other processes, the CPU time does not.
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return ((u.user + u.system) / 1e6).toFixed(2);
};
const root = process.cwd();
// The bundle lives in a temporary folder: point the resource loader at the repository.
process.env.NEWS_ANNOTATOR_RESOURCES ??= root;

const random = rng(20261203);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
const SYL = 'ka ro mi len tar vo si dan bel ur ga ne ho lis ma tev'.split(' ');
const name = () => pick(SYL)[0].toUpperCase() + pick(SYL) + pick(SYL);
const EMOJI = ['🎉', '🌉', '📰', '🇬🇧', '👍🏽'];
const LABELS: LabelDefinition[] = [
  { id: 'claim', name: 'Claim', color: '#dd3333' },
  { id: 'false', name: 'False claim', color: '#aa0000' },
  { id: 'source', name: 'Source', color: '#3366cc' },
];

function generate(seed: string, i: number): string {
  const day = String(1 + (i % 28)).padStart(2, '0');
  let text = seed
    .replace(/^\s*date \d{4}-\d\d-\d\d\s*/, '')
    .replace(/\b(Keir Starmer|Volodymyr Zelensky|Vladimir Putin|Donald Trump)\b/g, () => `${name()} ${name()}`)
    .replace(/\b\d{2,3}\b/g, () => String(10 + Math.floor(random() * 900)));
  if (i % 3 === 0) text = text.replace(/\. /, `. ${pick(EMOJI)} `);
  return `date 2026-05-${day}\n\n${text}`;
}

function annotate(text: string, i: number): ReaderAnnotation[] {
  const out: ReaderAnnotation[] = [];
  const words = [...text.matchAll(/\p{L}[\p{L}'’-]+(?: \p{L}[\p{L}'’-]+){0,3}/gu)];
  for (let k = 0; k < 6 && words.length; k++) {
    const m = pick(words);
    const start = m.index!;
    const end = start + m[0].length;
    const t = '2026-05-01T10:00:00.000Z';
    out.push({
      id: `urn:uuid:00000000-0000-4000-8000-${String(i * 10 + k).padStart(12, '0')}`,
      label: pick(LABELS).id,
      note: k % 2 ? `Check this.\nSecond line ${k}` : '',
      replies: k === 0 ? [{ id: `reply-${i}`, text: 'Agreed.', creator: 'Bo', created: t, modified: t }] : [],
      creator: 'Tess',
      created: t,
      modified: t,
      target: { start, end, exact: m[0], prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) },
      ...(k === 5 ? { label: 'correction', correction: { kind: 'entity' as const, action: 'reject' as const }, scope: 'name' as const } : {}),
    });
  }
  return out;
}

async function main() {
  const seedsDir = path.join(root, 'seeds');
  const seeds = fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(seedsDir, f), 'utf8'));
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-export-'));
  const store = openStore(ws);
  fs.mkdirSync(path.join(ws, path.dirname(LABEL_FILE)), { recursive: true });
  fs.writeFileSync(path.join(ws, LABEL_FILE), JSON.stringify(LABELS));
  let bytes = 0;
  let stored = 0;
  for (let i = 0; i < count; i++) {
    const text = generate(seeds[i % seeds.length], i);
    const file = `articles/${String(Math.floor(i / 100)).padStart(2, '0')}/a${String(i).padStart(4, '0')}.txt`;
    fs.mkdirSync(path.dirname(path.join(ws, file)), { recursive: true });
    fs.writeFileSync(path.join(ws, file), text);
    const annotations = annotate(text, i);
    await store.save(file, annotations, text);
    bytes += Buffer.byteLength(text);
    stored += annotations.length;
  }
  console.log(`workspace: ${count} articles, ${(bytes / 1048576).toFixed(1)} MB, ${stored} stored annotations (${ws})`);
  for (const layers of ['user,auto', 'user']) {
    const out = path.join(ws, `out-${layers.replace(',', '-')}`);
    let stdout = '';
    let stderr = '';
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const code = await runExport(['export', path.join(ws, 'articles'), '--format', 'all', '--layers', layers, '--workspace', ws, '--out', out], {
      stdout: (s) => (stdout += s),
      stderr: (s) => (stderr += s),
    });
    const ms = performance.now() - t0;
    const errors = stderr.split('\n').filter((l) => l.startsWith('error:'));
    const perFormat = stderr.split('\n').filter((l) => /^\w+: written in/.test(l)).join('; ');
    const sizes = ['annotations.jsonld', 'annotations.jsonl', 'annotations.conll'].map((f) => `${f} ${(fs.statSync(path.join(out, f)).size / 1048576).toFixed(1)} MB`);
    console.log(`--layers ${layers}, all four formats: ${(ms / 1000).toFixed(2)} s wall, ${cpuSeconds(c0)} s CPU (exit ${code}, ${errors.length} errors)`);
    console.log(`  ${stdout.split('\n')[0]}`);
    console.log(`  per format: ${perFormat}`);
    console.log(`  ${sizes.join(', ')}`);
    if (errors.length) console.log(`  first error: ${errors[0]}`);
  }
  // Import the reader's layer back into an emptied store, one format at a time.
  const userOut = path.join(ws, 'out-user');
  for (const [format, input] of [['w3c', 'annotations.jsonld'], ['doccano', 'annotations.jsonl'], ['brat', 'articles']] as const) {
    // The stores beside the articles (not the export's copies).
    for (const f of fs.readdirSync(path.join(ws, 'articles'), { recursive: true }) as string[]) if (f.endsWith(STORE_SUFFIX)) fs.rmSync(path.join(ws, 'articles', f));
    let stdout = '';
    let stderr = '';
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const code = await runImport(['import', path.join(userOut, input), '--format', format, '--workspace', ws], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
    const ms = performance.now() - t0;
    let restored = 0;
    for (let i = 0; i < count; i++) {
      const file = `articles/${String(Math.floor(i / 100)).padStart(2, '0')}/a${String(i).padStart(4, '0')}.txt`;
      restored += (await store.load(file)).length;
    }
    const errors = stderr.split('\n').filter((l) => l.startsWith('error:'));
    console.log(`import ${format}: ${(ms / 1000).toFixed(2)} s wall, ${cpuSeconds(c0)} s CPU (exit ${code}, ${errors.length} errors), ${restored} annotations in the store`);
    console.log(`  ${stdout.trim().split('\n').pop()}`);
    if (errors.length) console.log(`  first error: ${errors[0]}`);
  }
  fs.rmSync(ws, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
