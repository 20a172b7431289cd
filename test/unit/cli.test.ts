import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/node/cli/cli';
import type { JsonOutput } from '../../src/core/contract';
import { makeTarget } from '../../src/core/annotations/anchor';
import type { ReaderAnnotation } from '../../src/core/annotations/model';
import { serializeStore } from '../../src/core/annotations/w3c';
import { storePathFor } from '../../src/node/annotations/storeFile';

function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = run(
    argv,
    (s) => (out += s),
    (s) => (err += s),
  );
  return { code, out, err };
}

function workspace(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-cli-'));
  for (const [name, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), body);
  }
  return dir;
}

const ARTICLE = 'date 2024-05-02\n\nThe mayor of Leeds, Tom Hardy, said: “We will rebuild the bridge by June.”\nHe spoke on Tuesday.\n';

describe('CLI', () => {
  it('prints usage and exits 2 on a usage error', () => {
    expect(cli().code).toBe(2);
    expect(cli('frobnicate').code).toBe(2);
    expect(cli('analyze').code).toBe(2);
    expect(cli('analyze', 'x', '--bogus').err).toMatch(/unknown option/);
    expect(cli('--help')).toMatchObject({ code: 0 });
  });

  it('prints one JSON object with the version 1 contract', () => {
    const dir = workspace({ 'a.txt': ARTICLE });
    const { code, out } = cli('analyze', dir, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out) as JsonOutput;
    expect(json.version).toBe(1);
    expect(json.errors).toEqual([]);
    expect(json.articles).toHaveLength(1);
    const [a] = json.articles;
    expect(a.path).toBe(path.join(dir, 'a.txt'));
    expect(a.published).toBe('2024-05-02');
    expect(json.stories.map((s) => s.articles)).toEqual([[a.path]]);
    const kinds = new Set(a.annotations.map((x) => x.kind));
    expect(kinds).toContain('quote');
    expect(kinds).toContain('date');
    expect(kinds).toContain('entity');
  });

  it('gives every annotation text equal to the source at its offsets (BOM, CRLF, astral)', () => {
    const text = '\ufeffdate 2024-05-02\r\n\r\n😀 Angela Merkel visited Paris on Monday 😀.\r\n“It was a good visit,” Merkel said.\r\n';
    const dir = workspace({ 'b.txt': text });
    const json = JSON.parse(cli('analyze', dir, '--json').out) as JsonOutput;
    const source = text.slice(1); // offsets are into the text without the BOM
    const anns = json.articles[0].annotations;
    expect(anns.length).toBeGreaterThan(2);
    for (const x of anns) {
      expect(x.start).toBeGreaterThanOrEqual(0);
      expect(x.end).toBeLessThanOrEqual(source.length);
      if ('text' in x) expect(x.text).toBe(source.slice(x.start, x.end));
    }
    expect(anns.find((x) => x.kind === 'quote' && x.text === 'It was a good visit,')).toBeTruthy();
  });

  it('reports unreadable and binary files per file, analyses the others, exits 1', () => {
    const dir = workspace({
      'good.txt': ARTICLE,
      'img.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
      'latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9]),
    });
    const { code, out } = cli('analyze', dir, path.join(dir, 'missing.txt'), '--json');
    expect(code).toBe(1);
    const json = JSON.parse(out) as JsonOutput;
    expect(json.articles.map((a) => path.basename(a.path))).toEqual(['good.txt']);
    const errors = Object.fromEntries(json.errors.map((e) => [path.basename(e.path), e.message]));
    expect(errors['img.txt']).toMatch(/binary/);
    expect(errors['latin1.txt']).toMatch(/UTF-8/);
    expect(errors['missing.txt']).toMatch(/no such file/);
  });

  it('refuses files above the size limit with a message', () => {
    const dir = workspace({ 'big.txt': 'word '.repeat(300_000) });
    const json = JSON.parse(cli('analyze', dir, '--json', '--max-size', '1').out) as JsonOutput;
    expect(json.errors[0].message).toMatch(/too large/);
  });

  it('analyses empty and whitespace-only files without error', () => {
    const dir = workspace({ 'empty.txt': '', 'blank.txt': '  \n\n\t\n' });
    const { code, out } = cli('analyze', dir, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out) as JsonOutput;
    expect(json.articles.map((a) => a.annotations.length)).toEqual([0, 0]);
  });

  it('prints a readable summary without --json', () => {
    const dir = workspace({ 'a.txt': ARTICLE });
    const { code, out } = cli('analyze', dir);
    expect(code).toBe(0);
    expect(out).toMatch(/published: 2024-05-02/);
    expect(out).toMatch(/quote/);
    expect(out).toMatch(/1 stories/);
  });

  it('gives an undated article its story date as publishedInferred and resolves its relative dates with it', () => {
    const dir = workspace({
      'a.txt':
        'date 2025-01-16\n\nMarta Kowalski, the mayor of Gdansk, opened the new harbour bridge on Thursday. The bridge cost 40 million euros, Kowalski said.\n',
      'b.txt':
        'Marta Kowalski, the mayor of Gdansk, opened the harbour bridge on Thursday. Kowalski said the bridge cost 40 million euros.\n',
    });
    const r = cli('analyze', dir, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as JsonOutput;
    const [a, b] = out.articles;
    expect(a.published).toBe('2025-01-16');
    expect('publishedInferred' in a).toBe(false);
    expect(b.published).toBeNull();
    expect(b.publishedInferred).toBe('2025-01-16');
    const thursday = b.annotations.find((x) => x.kind === 'date' && x.text.includes('Thursday'));
    expect(thursday && thursday.kind === 'date' && thursday.value).toBe('2025-01-16');
  });

  it("takes an undated article's own dateline over its story date, for publishedInferred and its relative dates", () => {
    const dir = workspace({
      'a.txt':
        'date 2025-01-16\n\nMarta Kowalski, the mayor of Gdansk, opened the new harbour bridge on Thursday. The bridge cost 40 million euros, Kowalski said.\n',
      'b.txt':
        'Harbour bridge opens\nUpdated17 Jan 2025\n\nMarta Kowalski, the mayor of Gdansk, opened the harbour bridge on Thursday. Kowalski said the bridge cost 40 million euros.\n',
    });
    const out = JSON.parse(cli('analyze', dir, '--json').out) as JsonOutput;
    const b = out.articles[1];
    expect(b.published).toBeNull();
    expect(b.publishedInferred).toBe('2025-01-17');
    const thursday = b.annotations.find((x) => x.kind === 'date' && x.text.includes('Thursday'));
    expect(thursday && thursday.kind === 'date' && thursday.value).toBe('2025-01-16');
    expect(cli('analyze', path.join(dir, 'b.txt')).out).toMatch(/published: 2025-01-17 \(inferred from its dateline\)/);
  });

  it('applies the corrections stored beside an article and marks them; --no-corrections shows the machine alone', () => {
    const text = 'date 2025-02-10\n\nMarta Kowalski met Aleksander Nowak in Gdansk. “We lost half our passengers,” Kowalski said.\n';
    const dir = workspace({ 'a.txt': text });
    const file = path.join(dir, 'a.txt');
    const quote = text.indexOf('We lost');
    const end = text.indexOf('passengers') + 'passengers'.length;
    const fix: ReaderAnnotation = {
      id: 'urn:uuid:fix-1',
      label: 'correction',
      note: '',
      replies: [],
      creator: 'test',
      created: '2025-02-10T00:00:00Z',
      modified: '2025-02-10T00:00:00Z',
      target: makeTarget(text, quote, end),
      correction: { kind: 'quote', action: 'speaker', speaker: 'Aleksander Nowak' },
    };
    fs.writeFileSync(storePathFor(file), serializeStore([fix], 'a.txt', { text }));
    const q = (argv: string[]) => (JSON.parse(cli(...argv).out) as JsonOutput).articles[0].annotations.find((x) => x.kind === 'quote');
    expect(q(['analyze', file, '--json'])).toMatchObject({ speaker: 'Aleksander Nowak', corrected: true });
    const machine = q(['analyze', file, '--json', '--no-corrections']);
    expect(machine && 'corrected' in machine).toBe(false);
    // A malformed store is reported on stderr, left untouched, and the analysis goes on.
    fs.writeFileSync(storePathFor(file), '{ not json');
    const r = cli('analyze', file, '--json');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/not an annotation store/);
    expect(fs.readFileSync(storePathFor(file), 'utf8')).toBe('{ not json');
  });
});
