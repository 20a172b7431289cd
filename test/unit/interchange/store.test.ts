// Import and export work on the editor's store (`<article>.annotations.json` beside each article)
// and agree with `analyze` on the automatic layer.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { offsetConverter } from '../../../src/core/annotations/codePoints';
import { makeTarget } from '../../../src/core/annotations/anchor';
import type { Correction, ReaderAnnotation } from '../../../src/core/annotations/model';
import type { JsonOutput } from '../../../src/core/contract';
import { readStore, storePathFor } from '../../../src/node/annotations/storeFile';
import { run as runAnalyze } from '../../../src/node/cli/cli';
import { runExport } from '../../../src/node/cli/exportCommand';
import { runImport } from '../../../src/node/cli/importCommand';
import { openStore } from '../../../src/node/cli/storeAccess';

function workspace(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-store-'));
  for (const [name, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), body);
  }
  return dir;
}

async function cli(run: typeof runExport, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await run(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

let n = 0;
function note(text: string, exact: string, label: string, extra: Partial<ReaderAnnotation> = {}): ReaderAnnotation {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`fixture: ${exact} not in text`);
  const t = '2026-03-01T09:00:00.000Z';
  return { id: `urn:uuid:10000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, label, note: '', replies: [], creator: 'Tess', created: t, modified: t, target: makeTarget(text, start, start + exact.length), ...extra };
}

const fix = (text: string, exact: string, correction: Correction, scope?: 'name') => note(text, exact, 'correction', { correction, ...(scope ? { scope } : {}) });

const PIER = 'date 2026-02-11\n\nHarbour master Lena Ostrova 🚢 said: “The pier reopens on Friday.”\nThe council agreed.\n';

describe('the import writes the editor’s store', () => {
  it('puts a brat annotation into <article>.annotations.json, where readStore finds it', async () => {
    const ws = workspace({ 'news/pier.txt': PIER });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-brat-'));
    fs.writeFileSync(path.join(dir, 'pier.txt'), PIER);
    const cp = offsetConverter(PIER);
    const s = PIER.indexOf('The pier reopens');
    const e = s + 'The pier reopens'.length;
    fs.writeFileSync(path.join(dir, 'pier.ann'), `T1\tClaim ${cp.toCodePoints(s)} ${cp.toCodePoints(e)}\tThe pier reopens\n#1\tAnnotatorNotes T1\tcheck the date\n`);
    const imp = await cli(runImport, path.join(dir, 'pier.ann'), '--format', 'brat', '--workspace', ws);
    expect(imp.err).toBe('');
    expect(imp.code).toBe(0);
    const article = path.join(ws, 'news/pier.txt');
    expect(fs.existsSync(storePathFor(article))).toBe(true);
    const read = await readStore(storePathFor(article), PIER);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.problems).toEqual([]);
    expect(read.annotations.map((a) => [a.label, a.note, a.target.start, a.target.exact])).toEqual([['claim', 'check the date', s, 'The pier reopens']]);
  });

  it('adds to the store without dropping what is already there, and a second import adds nothing', async () => {
    const ws = workspace({ 'pier.txt': PIER });
    const store = openStore(ws);
    const mine = note(PIER, 'Lena Ostrova', 'source');
    await store.save('pier.txt', [mine]);
    const jsonl = JSON.stringify({ text: PIER, label: [[PIER.indexOf('council'), PIER.indexOf('council') + 7, 'opinion']], meta: { file: 'pier.txt' } });
    const file = path.join(ws, 'in.jsonl');
    fs.writeFileSync(file, `${jsonl}\n`);
    expect((await cli(runImport, file, '--format', 'doccano', '--workspace', ws)).code).toBe(0);
    expect((await store.load('pier.txt')).map((a) => a.label).sort()).toEqual(['opinion', 'source']);
    const again = await cli(runImport, file, '--format', 'doccano', '--workspace', ws);
    expect(again.out).toMatch(/0 added, 0 updated, 1 already there/);
    expect(await store.load('pier.txt')).toHaveLength(2);
  });

  it('saves upserts only: an annotation stored meanwhile by someone else survives', async () => {
    const ws = workspace({ 'pier.txt': PIER });
    const a = openStore(ws);
    const b = openStore(ws);
    await a.save('pier.txt', [note(PIER, 'council', 'opinion')]);
    // b knew nothing of a's annotation and saves its own.
    await b.save('pier.txt', [note(PIER, 'pier', 'claim')]);
    expect((await a.load('pier.txt')).map((x) => x.label).sort()).toEqual(['claim', 'opinion']);
  });

  it('reports a malformed store and leaves it byte for byte as it was', async () => {
    const ws = workspace({ 'pier.txt': PIER });
    const storeFile = storePathFor(path.join(ws, 'pier.txt'));
    const broken = '{ "type": "AnnotationPage", "items": [ {"id": "x", "type": "Annotation"}, null ] }\n';
    fs.writeFileSync(storeFile, broken);
    const file = path.join(ws, 'in.jsonl');
    fs.writeFileSync(file, JSON.stringify({ text: PIER, label: [[0, 4, 'claim']], meta: { file: 'pier.txt' } }) + '\n');
    const imp = await cli(runImport, file, '--format', 'doccano', '--workspace', ws);
    expect(imp.code).toBe(1);
    expect(imp.err).toMatch(/pier\.txt: cannot read its store \(.*malformed.*\); nothing imported, nothing overwritten/);
    expect(fs.readFileSync(storeFile, 'utf8')).toBe(broken);
    fs.writeFileSync(storeFile, '{not json');
    expect((await cli(runImport, file, '--format', 'doccano', '--workspace', ws)).err).toMatch(/not an annotation store/);
    expect(fs.readFileSync(storeFile, 'utf8')).toBe('{not json');
  });

  it('takes labels from .vscode/news-labels.json, else the defaults', async () => {
    const ws = workspace({ 'pier.txt': PIER });
    expect((await openStore(ws).labels()).map((l) => l.id)).toContain('claim');
    fs.mkdirSync(path.join(ws, '.vscode'));
    fs.writeFileSync(path.join(ws, '.vscode/news-labels.json'), JSON.stringify([{ id: 'rumour', name: 'Rumour', color: '#123456' }]));
    const labels = await openStore(ws).labels();
    expect(labels.find((l) => l.id === 'rumour')?.name).toBe('Rumour');
    // A workspace label is exported by its name and imported back to its id.
    await openStore(ws).save('pier.txt', [note(PIER, 'The council agreed', 'rumour')]);
    const out = path.join(ws, 'out');
    await cli(runExport, path.join(ws, 'pier.txt'), '--format', 'brat', '--layers', 'user', '--workspace', ws, '--out', out);
    expect(fs.readFileSync(path.join(out, 'pier.ann'), 'utf8')).toMatch(/\tRumour \d+ \d+\tThe council agreed/);
  });
});

describe('W3C round trip through the stores', () => {
  it('export w3c → delete the stores → import w3c gives the same annotations, labels, notes, replies and corrections', async () => {
    const OTHER = 'Lena Ostrova met the board.\r\nShe said “𝐍o comment” 🙂.\r\n';
    const ws = workspace({ 'a/pier.txt': PIER, 'b/other.txt': OTHER });
    const store = openStore(ws);
    const stored: Record<string, ReaderAnnotation[]> = {
      'a/pier.txt': [
        note(PIER, 'The pier reopens on Friday.', 'claim', { note: 'Two lines:\nsee the notice.', replies: [{ id: 'urn:uuid:20000000-0000-4000-8000-000000000001', text: 'Which notice?', creator: 'Bo', created: '2026-03-02T10:00:00.000Z', modified: '2026-03-02T10:00:00.000Z' }] }),
        note(PIER, 'Lena Ostrova', 'source', { resolved: true }),
        fix(PIER, 'Friday', { kind: 'date', action: 'value', value: '2026-02-13' }),
      ],
      'b/other.txt': [note(OTHER, '𝐍o comment', 'opinion', { note: 'emoji 🙂 in a note' }), fix(OTHER, 'Lena Ostrova', { kind: 'entity', action: 'type', type: 'organization' }, 'name')],
    };
    for (const [f, list] of Object.entries(stored)) await store.save(f, list);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'news-w3c-out-'));
    const exp = await cli(runExport, ws, '--format', 'w3c', '--layers', 'user', '--out', out);
    expect(exp.err).toBe('');
    for (const f of Object.keys(stored)) fs.rmSync(storePathFor(path.join(ws, f)));
    expect(await store.load('a/pier.txt')).toEqual([]);
    const imp = await cli(runImport, path.join(out, 'annotations.jsonld'), '--format', 'w3c', '--workspace', ws);
    expect(imp.err).toBe('');
    expect(imp.code).toBe(0);
    const essence = (a: ReaderAnnotation) => ({ id: a.id, label: a.label, note: a.note, target: a.target, replies: a.replies, creator: a.creator, created: a.created, correction: a.correction, scope: a.scope, resolved: a.resolved });
    for (const [f, list] of Object.entries(stored)) {
      const back = await store.load(f);
      expect(back.map(essence)).toEqual((await Promise.resolve(list)).map(essence).sort((x, y) => x.target.start - y.target.start));
    }
  });
});

describe('export and analyze agree on the automatic layer', () => {
  it('with a name-wide correction in one article and an undated article of the same story', async () => {
    const A = 'date 2025-01-16\n\nMarta Kowalski, the mayor of Gdansk, opened the new harbour bridge on Thursday. The bridge cost 40 million euros, Kowalski said.\n';
    const B = 'Marta Kowalski, the mayor of Gdansk, opened the harbour bridge 🌉 on Thursday. “It cost 40 million euros,” Kowalski said.\n';
    const ws = workspace({ 'a.txt': A, 'b.txt': B });
    // In a.txt only: Gdansk is an organisation wherever the name occurs.
    await openStore(ws).save('a.txt', [fix(A, 'Gdansk', { kind: 'entity', action: 'type', type: 'organization' }, 'name')]);
    const analyzed = JSON.parse((await Promise.resolve(runAnalyzeJson(ws))).out) as JsonOutput;
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'news-agree-'));
    const exp = await cli(runExport, ws, '--format', 'w3c', '--layers', 'auto', '--out', out);
    expect(exp.code).toBe(0);
    const w3c = JSON.parse(fs.readFileSync(path.join(out, 'annotations.jsonld'), 'utf8'));
    const LABEL: Record<string, string> = { person: 'PER', place: 'LOC', organization: 'ORG' };
    for (const article of analyzed.articles) {
      const text = fs.readFileSync(article.path, 'utf8');
      const cp = offsetConverter(text);
      const fromAnalyze = article.annotations
        .flatMap((x) =>
          x.kind === 'entity' ? [`${LABEL[x.type]} ${x.start} ${x.end} ${x.canonical}`]
          : x.kind === 'quote' ? [`QUOTE ${x.start} ${x.end} ${x.speaker ?? ''}`]
          : x.kind === 'date' ? [`DATE ${x.start} ${x.end} ${x.value ?? ''}`]
          : [],
        )
        .sort();
      const fromExport = (w3c.first?.items ?? [])
        .filter((a: any) => fileURLToPath(a.target.source) === article.path)
        .map((a: any) => {
          const pos = a.target.selector.find((s: any) => s.type === 'TextPositionSelector');
          const detail = a.body.find((b: any) => b.purpose === 'identifying' || b.purpose === 'describing');
          return `${a.body[0].value} ${cp.toUtf16(pos.start)} ${cp.toUtf16(pos.end)} ${detail?.value ?? ''}`;
        })
        .sort();
      expect(fromExport.length).toBeGreaterThan(3);
      expect(fromExport).toEqual(fromAnalyze);
    }
    // …and the agreement is about the cases that matter: the rule from a.txt holds in b.txt,
    // b.txt's Thursday is its story's Thursday.
    const b = analyzed.articles.find((x) => x.path.endsWith('b.txt'))!;
    expect(b.publishedInferred).toBe('2025-01-16');
    expect(b.annotations.some((x) => x.kind === 'entity' && x.text === 'Gdansk' && x.type === 'organization')).toBe(true);
    expect(b.annotations.some((x) => x.kind === 'date' && x.text.includes('Thursday') && x.value === '2025-01-16')).toBe(true);
  });
});

function runAnalyzeJson(ws: string) {
  let out = '';
  let err = '';
  const code = runAnalyze(['analyze', ws, '--json', '--workspace', ws], (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}
