import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import type { ReaderAnnotation } from '../../../src/core/annotations/model';
import { parseConll } from '../../../src/core/interchange/conll';
import { annoDocumentLoader } from '../../../src/core/interchange/schema/annoContext';
import { annotationSchema } from '../../../src/core/interchange/schema/annotationSchema';
import { runExport } from '../../../src/node/cli/exportCommand';
import { runImport } from '../../../src/node/cli/importCommand';
import { openStore } from '../../../src/node/cli/storeAccess';
import { reader } from './fixtures';

const ARTICLES: Record<string, string> = {
  'news/leeds.txt': 'date 2026-05-02\n\nThe mayor of Leeds, Tom Hardy, said: “We will rebuild the bridge 🌉 by June.”\nHe spoke on Tuesday.\n',
  'news/crlf.txt': 'Ada Quill 🎉 visited Dunmore.\r\nShe said “it is 𝐍ew” there.\r\n',
  'empty.txt': '',
};

async function workspace(withStore: boolean): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-interchange-'));
  for (const [name, text] of Object.entries(ARTICLES)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  if (withStore) {
    const store = openStore(dir);
    const leeds = ARTICLES['news/leeds.txt'];
    await store.save('news/leeds.txt', [
      reader(leeds, 'rebuild the bridge 🌉', 'claim', {
        note: 'Promised before.\n\tSee 2024\\2025.',
        replies: [{ id: 'urn:uuid:aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', text: 'source?', creator: 'Bo', created: '2026-05-03T10:00:00.000Z', modified: '2026-05-03T10:00:00.000Z' }],
      }),
      reader(leeds, 'Tom Hardy', 'source'),
    ]);
    const crlf = ARTICLES['news/crlf.txt'];
    await store.save('news/crlf.txt', [
      reader(crlf, 'Dunmore.\r\nShe said', 'claim', { note: 'spans the line break' }),
      reader(crlf, '𝐍ew', 'typo-ish'),
      reader(crlf, 'Ada Quill', 'correction', { id: 'urn:uuid:cccccccc-cccc-4ccc-8ccc-cccccccccccc', correction: { kind: 'entity', action: 'type', type: 'place' }, scope: 'name' }),
    ]);
  }
  return dir;
}

async function cli(run: typeof runExport, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await run(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

/** What must survive a round trip: label, note, place and words (and the correction, for W3C). */
const essence = (list: ReaderAnnotation[], withCorrections = true) =>
  list
    .filter((a) => withCorrections || !a.correction)
    .map((a) => ({ label: a.label, note: a.note, start: a.target.start, end: a.target.end, exact: a.target.exact, correction: a.correction, scope: a.scope }))
    .sort((x, y) => x.start - y.start);

async function storeOf(dir: string) {
  const s = openStore(dir);
  return Object.fromEntries(await Promise.all(Object.keys(ARTICLES).map(async (f) => [f, await s.load(f)] as const)));
}

describe('export and import commands', () => {
  it('prints usage and exits 2 on usage errors', async () => {
    expect((await cli(runExport, '--help')).code).toBe(0);
    expect((await cli(runExport, 'x')).code).toBe(2);
    expect((await cli(runExport, 'x', '--format', 'xml', '--out', 'o')).err).toMatch(/unknown format "xml"/);
    expect((await cli(runExport, 'x', '--format', 'brat')).err).toMatch(/no --out/);
    expect((await cli(runImport, 'x.ann', '--format', 'brat')).err).toMatch(/no --workspace/);
    expect((await cli(runImport, 'x.ann', '--format', 'conll', '--workspace', '.')).code).toBe(2);
  });

  for (const [format, files] of [
    ['brat', (out: string) => [path.join(out, 'news')]],
    ['doccano', (out: string) => [path.join(out, 'annotations.jsonl')]],
    ['w3c', (out: string) => [path.join(out, 'annotations.jsonld')]],
  ] as const) {
    it(`round-trips the reader's annotations through ${format}, and a second import adds nothing`, async () => {
      const from = await workspace(true);
      const out = path.join(from, 'out');
      const exp = await cli(runExport, from, '--format', format, '--layers', 'user', '--workspace', from, '--out', out);
      expect(exp.err).toBe('');
      expect(exp.code).toBe(0);
      const to = await workspace(false);
      const imp = await cli(runImport, ...files(out), '--format', format, '--workspace', to);
      expect(imp.err).toBe('');
      expect(imp.code).toBe(0);
      const before = await storeOf(from);
      const after = await storeOf(to);
      // Only W3C carries the corrections themselves; brat and doccano carry their effect.
      for (const f of Object.keys(ARTICLES)) expect(essence(after[f])).toEqual(essence(before[f], format === 'w3c'));
      if (format !== 'brat') {
        // Formats that carry ids keep them; W3C keeps replies and creators too.
        expect(after['news/leeds.txt'].map((a) => a.id).sort()).toEqual(before['news/leeds.txt'].map((a) => a.id).sort());
      }
      if (format === 'w3c') {
        const claim = after['news/leeds.txt'].find((a) => a.label === 'claim')!;
        expect(claim.replies).toEqual(before['news/leeds.txt'].find((a) => a.label === 'claim')!.replies);
        expect(claim.creator).toBe('Tess');
      }
      const again = await cli(runImport, ...files(out), '--format', format, '--workspace', to);
      expect(again.out).toMatch(new RegExp(` 0 added, 0 updated, ${format === 'w3c' ? 5 : 4} already there`));
      expect((await storeOf(to))['news/leeds.txt']).toHaveLength(2);
    });
  }

  it('exports the automatic layer in all four formats; the W3C file passes the schema; imports skip it with a count', async () => {
    const from = await workspace(true);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'news-interchange-out-'));
    const exp = await cli(runExport, from, '--format', 'all', '--workspace', from, '--out', out);
    expect(exp.code).toBe(0);
    // CoNLL has one tag per token: the reader's spans that overlap an entity are left out, with a note.
    expect(exp.err).not.toMatch(/error/);
    expect(exp.err).toMatch(/note: news\/leeds.txt: source "Tom Hardy" at \d+ overlaps another tagged span; left out of CoNLL/);
    for (const f of ['annotations.jsonld', 'annotations.jsonl', 'annotations.conll', 'annotation.conf', 'news/leeds.txt', 'news/leeds.ann', 'empty.ann']) {
      expect(fs.existsSync(path.join(out, f))).toBe(true);
    }
    const w3c = JSON.parse(fs.readFileSync(path.join(out, 'annotations.jsonld'), 'utf8'));
    expect(new Ajv().validate(annotationSchema, w3c)).toBe(true);
    const expanded: unknown = await jsonld.expand(w3c, { documentLoader: annoDocumentLoader, safe: true } as never);
    expect(expanded).toHaveLength(1);
    const labels = new Set<string>();
    for (const page of [w3c.first, ...(w3c['@included'] ?? [])]) for (const a of page.items) labels.add(a.body[0].value);
    // The tagging body names the label as the taxonomy does ("Claim"); its id travels in na:label.
    expect([...labels]).toEqual(expect.arrayContaining(['PER', 'LOC', 'QUOTE', 'DATE', 'Claim']));
    const ann = fs.readFileSync(path.join(out, 'news/leeds.ann'), 'utf8');
    expect(ann).toMatch(/\tQUOTE \d+ \d+\tWe will rebuild/);
    expect(ann).toMatch(/AnnotatorNotes T\d+\tcanonical: Tom Hardy/);
    expect(fs.readFileSync(path.join(out, 'news/leeds.txt'), 'utf8')).toBe(ARTICLES['news/leeds.txt']);
    const conll = parseConll(fs.readFileSync(path.join(out, 'annotations.conll'), 'utf8'));
    expect(conll).toHaveLength(3);
    const tags = conll.flat(2).filter((t) => t.tag !== 'O').map((t) => `${t.word}/${t.tag}`);
    expect(tags).toEqual(expect.arrayContaining(['Leeds/B-LOC', 'Tom/B-PER', 'Hardy/I-PER']));
    const to = await workspace(false);
    const imp = await cli(runImport, path.join(out, 'annotations.jsonl'), '--format', 'doccano', '--workspace', to);
    expect(imp.out).toMatch(/automatic skipped/);
    expect(essence((await storeOf(to))['news/leeds.txt'])).toEqual(essence((await storeOf(from))['news/leeds.txt']));
  });

  it('does not take its own brat copies for articles when exporting again into the workspace', async () => {
    const from = await workspace(true);
    const out = path.join(from, 'exports');
    for (let k = 0; k < 2; k++) {
      const exp = await cli(runExport, from, '--format', 'brat', '--layers', 'user', '--workspace', from, '--out', out);
      expect(exp.out).toMatch(/ of 3 articles/);
    }
    const again = await cli(runExport, from, '--format', 'doccano', '--layers', 'user', '--workspace', from, '--out', path.join(from, 'other'));
    expect(again.out).toMatch(/ of 3 articles/);
  });

  it('applies corrections to the automatic layer before export', async () => {
    const from = await workspace(false);
    const text = ARTICLES['news/leeds.txt'];
    const quote = text.indexOf('We will');
    const fix = reader(text, 'We will rebuild the bridge 🌉 by June.', 'correction', { correction: { kind: 'quote', action: 'speaker', speaker: 'Jo Bloggs' } });
    expect(fix.target.start).toBe(quote);
    await openStore(from).save('news/leeds.txt', [fix]);
    const out = path.join(from, 'out');
    await cli(runExport, path.join(from, 'news/leeds.txt'), '--format', 'brat', '--workspace', from, '--out', out);
    const ann = fs.readFileSync(path.join(out, 'news/leeds.ann'), 'utf8');
    expect(ann).toMatch(/speaker: Jo Bloggs/);
    expect(ann).not.toMatch(/speaker: Tom Hardy/);
  });

  it('reports what it cannot match or place, imports the rest, and leaves the store intact', async () => {
    const to = await workspace(false);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-interchange-in-'));
    const changed = ARTICLES['news/leeds.txt'].replace('Tom Hardy', 'Tim Hardy');
    const tim = changed.indexOf('Tim Hardy');
    const rebuild = changed.indexOf('rebuild');
    const jsonl = [
      JSON.stringify({ text: 'Who wrote this?', label: [[0, 3, 'claim']], meta: { file: 'nowhere.txt' } }),
      JSON.stringify({ text: changed, label: [[tim, tim + 9, 'source'], [rebuild, rebuild + 7, 'claim']], meta: { file: 'leeds.txt' } }),
      '{broken',
    ].join('\n');
    fs.writeFileSync(path.join(dir, 'in.jsonl'), jsonl);
    const imp = await cli(runImport, path.join(dir, 'in.jsonl'), '--format', 'doccano', '--workspace', to);
    expect(imp.code).toBe(1);
    expect(imp.err).toMatch(/no article in the workspace matches nowhere.txt/);
    expect(imp.err).toMatch(/source "Tim Hardy" not placed: the words are not in the article/);
    expect(imp.err).toMatch(/line 3: not JSON/);
    const stored = await openStore(to).load('news/leeds.txt');
    expect(stored.map((a) => a.target.exact)).toEqual(['rebuild']);
  });

  it('matches a doccano line without meta.file by identical text', async () => {
    const to = await workspace(false);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-interchange-in-'));
    const text = ARTICLES['news/crlf.txt'];
    fs.writeFileSync(path.join(dir, 'x.jsonl'), JSON.stringify({ text, label: [[0, 9, 'person']] }) + '\n');
    const imp = await cli(runImport, path.join(dir, 'x.jsonl'), '--format', 'doccano', '--workspace', to);
    expect(imp.err).toBe('');
    expect((await openStore(to).load('news/crlf.txt')).map((a) => a.target.exact)).toEqual(['Ada Quill']);
  });
});

describe('article matching and atomic writes', () => {
  it('matches by the longest common path ending, and refuses ambiguous names', async () => {
    const { matchArticle, nameSegments } = await import('../../../src/node/cli/articleFiles');
    const articles = ['a/x.txt', 'b/x.txt', 'b/y.txt'].map((name) => ({ name, path: `/ws/${name}` }));
    const m = (name: string) => matchArticle(nameSegments(name, '/ws'), articles);
    expect(m('file:///elsewhere/b/x.txt')).toMatchObject({ ok: true, article: { name: 'b/x.txt' } });
    expect(m('y.txt')).toMatchObject({ ok: true, article: { name: 'b/y.txt' } });
    expect(m('x.txt')).toMatchObject({ ok: false });
    expect(m('file:///ws/a/x.txt')).toMatchObject({ ok: true, article: { name: 'a/x.txt' } });
    expect(m('z.txt')).toMatchObject({ ok: false });
  });

  it('replaces a file whole and leaves no temporary file behind', async () => {
    const { writeFileAtomic } = await import('../../../src/node/cli/atomicWrite');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-atomic-'));
    const file = path.join(dir, 'sub', 'f.json');
    writeFileAtomic(file, 'one');
    writeFileAtomic(file, 'two', { durable: false });
    expect(fs.readFileSync(file, 'utf8')).toBe('two');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['f.json']);
    // A target that cannot be replaced (a folder) fails loudly and cleans up.
    fs.mkdirSync(path.join(dir, 'sub', 'd'));
    expect(() => writeFileAtomic(path.join(dir, 'sub', 'd'), 'x')).toThrow();
    expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(['d', 'f.json']);
  });

  it('exports and imports an article saved with a BOM and CR line ends', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-bom-'));
    const text = 'Old Mac line ends.\rAda 🎉 Quill spoke.\r';
    fs.writeFileSync(path.join(dir, 'mac.txt'), '\uFEFF' + text);
    await openStore(dir).save('mac.txt', [reader(text, 'Quill spoke', 'claim', { note: 'x' })]);
    const out = path.join(dir, 'out');
    expect((await cli(runExport, path.join(dir, 'mac.txt'), '--format', 'w3c,brat', '--layers', 'user', '--workspace', dir, '--out', out)).code).toBe(0);
    const to = fs.mkdtempSync(path.join(os.tmpdir(), 'news-bom-to-'));
    fs.writeFileSync(path.join(to, 'mac.txt'), '\uFEFF' + text);
    for (const [format, file] of [['w3c', 'annotations.jsonld'], ['brat', 'mac.ann']]) {
      const imp = await cli(runImport, path.join(out, file), '--format', format, '--workspace', to);
      expect(imp.err).toBe('');
    }
    const got = await openStore(to).load('mac.txt');
    expect(got.map((a) => [a.target.exact, a.note])).toEqual([['Quill spoke', 'x']]);
  });
});

describe('export defaults', () => {
  it('takes the one folder given as the workspace', async () => {
    const from = await workspace(true);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'news-interchange-out-'));
    const r = await cli(runExport, from, '--format', 'doccano', '--layers', 'user', '--out', out);
    expect(r.code).toBe(0);
    const files = fs.readFileSync(path.join(out, 'annotations.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).meta.file);
    expect(files.sort()).toEqual(Object.keys(ARTICLES).sort());
  });
});

describe('export failures', () => {
  it('reports an output folder it cannot write to, without crashing', async () => {
    const from = await workspace(true);
    const blocker = path.join(from, 'not-a-folder');
    fs.writeFileSync(blocker, 'x');
    const r = await cli(runExport, from, '--format', 'w3c', '--layers', 'user', '--workspace', from, '--out', blocker);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/cannot write the export/);
    expect(fs.readFileSync(blocker, 'utf8')).toBe('x');
  });
});
