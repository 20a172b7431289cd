import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runStreaming } from '../../src/node/cli/streamingCli';
import { generateArticles, seedSentences } from '../../scripts/generate-articles';

/** Runs a JSON Lines command with `input` on stdin; returns its exit code and output lines. */
async function cli(argv: string[], input = '') {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stdin.end(input);
  const code = await runStreaming(argv, stdin, stdout, (s) => (err += s));
  return {
    code,
    lines: out
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l)),
    out,
    err,
  };
}

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'news-jsonl-'));
const line = (o: object) => JSON.stringify(o) + '\n';
const MAYOR = 'date 2024-05-02\n\nThe mayor of Leeds, Tom Hardy, said the bridge would reopen.\nHe spoke on Tuesday.\n';

describe('analyze --jsonl', () => {
  it('writes the contract article plus its id, and an error line for a bad line, and goes on', async () => {
    const input = line({ id: 'a', text: MAYOR }) + '{"id": "b", "text": \n' + line({ id: 'c' }) + line({ id: 'd', text: 'A short note.' });
    const { code, lines, err } = await cli(['analyze', '--jsonl'], input);
    expect(code).toBe(1);
    expect(lines.map((l) => l.id ?? null)).toEqual(['a', null, 'c', 'd']);
    expect(lines[0]).toMatchObject({ id: 'a', path: 'a', published: '2024-05-02' });
    expect(lines[0].annotations.some((x: { kind: string; text: string }) => x.kind === 'entity' && x.text === 'Tom Hardy')).toBe(true);
    expect(lines[1]).toEqual({ line: 2, error: expect.stringMatching(/malformed JSON/) });
    expect(lines[2]).toEqual({ id: 'c', line: 3, error: expect.stringMatching(/"text"/) });
    expect(lines[0].features).toBeUndefined();
    expect(err).toMatch(/analyze: 2 articles, 2 errors/);
  });

  it('lets "published" in the line win over the date header', async () => {
    const { lines } = await cli(
      ['analyze', '--jsonl'],
      line({ id: 'a', text: MAYOR, published: '2024-06-14' }) + line({ id: 'b', text: MAYOR }),
    );
    const tuesday = (l: { annotations: { kind: string; text: string; value: string }[] }) =>
      l.annotations.find((x) => x.kind === 'date' && x.text === 'Tuesday')?.value;
    expect(lines[0].published).toBe('2024-06-14');
    expect(tuesday(lines[0])).toBe('2024-06-11'); // the Tuesday before 14 June
    expect(lines[1].published).toBe('2024-05-02');
    expect(tuesday(lines[1])).toBe('2024-04-30');
    const bad = await cli(['analyze', '--jsonl'], line({ id: 'x', text: MAYOR, published: '2024-02-30' }));
    expect(bad.lines[0]).toMatchObject({ id: 'x', error: expect.stringMatching(/published/) });
  });

  it("resolves an undated line's relative dates against its own dateline and reports it as publishedInferred", async () => {
    const text =
      'Bridge to reopen\nPosted on May 3, 2024, 4:42 PM EDT\n\nThe mayor of Leeds said the bridge would reopen.\nHe spoke on Tuesday.\n';
    const { lines } = await cli(['analyze', '--jsonl'], line({ id: 'a', text }) + line({ id: 'b', text, published: '2024-06-14' }));
    expect(lines[0]).toMatchObject({ published: null, publishedInferred: '2024-05-03' });
    expect(lines[0].annotations.find((x: { text: string }) => x.text === 'Tuesday')?.value).toBe('2024-04-30');
    expect(lines[1].published).toBe('2024-06-14');
    expect(lines[1].annotations.find((x: { text: string }) => x.text === 'Tuesday')?.value).toBe('2024-06-11');
  });

  it('writes each article as soon as it is analysed, before the input ends', async () => {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    const first = new Promise<string>((resolve) => stdout.once('data', (d) => resolve(String(d))));
    const done = runStreaming(['analyze', '--jsonl', '--quiet'], stdin, stdout, () => {});
    stdin.write(line({ id: 'early', text: MAYOR }));
    expect(JSON.parse(await first).id).toBe('early'); // the input is still open here
    stdin.end(line({ id: 'late', text: 'Another note.' }));
    expect(await done).toBe(0);
  });

  it('reads files in order (CRLF, BOM, emoji) and reports a missing one', async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'a.jsonl'), '\uFEFF' + JSON.stringify({ id: 1, text: 'The ferry 🚢 sank near Oskney.' }) + '\r\n');
    const { code, lines } = await cli(['analyze', '--jsonl', path.join(dir, 'a.jsonl'), path.join(dir, 'nope.jsonl')]);
    expect(code).toBe(1);
    expect(lines[0].id).toBe('1');
    const text = 'The ferry 🚢 sank near Oskney.';
    const spans = lines[0].annotations.filter((x: { text?: string }) => x.text !== undefined);
    expect(spans.length).toBeGreaterThan(0);
    for (const a of spans) expect(text.slice(a.start, a.end)).toBe(a.text); // UTF-16 offsets past the emoji
    expect(lines[1]).toMatchObject({ file: path.join(dir, 'nope.jsonl'), error: expect.stringMatching(/cannot read input/) });
  });

  it('rejects bad usage with exit code 2', async () => {
    expect((await cli(['analyze', '--jsonl', '--bogus'])).code).toBe(2);
    expect((await cli(['stories', '--map'])).code).toBe(2); // needs --stats FILE
    expect((await cli(['stories', '--link', '--finish'])).code).toBe(2);
  });
});

describe('stories --jsonl and its map-reduce steps', () => {
  it('gives the same stories step by step (with a shuffle by key in between) as in one run', async () => {
    const dir = tmp();
    const sentences = seedSentences(path.join(__dirname, '../../seeds'));
    const articles = generateArticles(40, sentences, 11).map((a) => line({ id: a.id, text: a.text }));
    const analysed = await cli(['analyze', '--jsonl', '--features', '--quiet'], articles.join(''));
    expect(analysed.code).toBe(0);
    const analysis = path.join(dir, 'analysis.jsonl');
    fs.writeFileSync(analysis, analysed.out);

    const whole = await cli(['stories', '--jsonl', analysis]);
    expect(whole.code).toBe(0);
    expect(whole.lines.length).toBeGreaterThan(2);
    expect(whole.lines.flatMap((s) => s.articles).sort()).toEqual(
      generateArticles(40, sentences, 11)
        .map((a) => a.id)
        .sort(),
    );
    for (const s of whole.lines) expect(Object.keys(s)).toEqual(['id', 'label', 'articles', 'duplicates']);

    // The steps a cluster runs; the group-by is done here by sorting.
    const halves = [analysed.out.split('\n').slice(0, 20).join('\n'), analysed.out.split('\n').slice(20).join('\n')];
    const statsParts = await Promise.all(halves.map((h) => cli(['stories', '--stats'], h)));
    const stats = path.join(dir, 'stats.jsonl');
    fs.writeFileSync(stats, (await cli(['stories', '--stats'], statsParts.map((p) => p.out).join(''))).out);
    const keys = (await Promise.all(halves.map((h) => cli(['stories', '--map', '--stats', stats], h)))).flatMap((r) => r.lines);
    keys.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const links = await cli(['stories', '--link'], keys.map(line).join(''));
    const comps = path.join(dir, 'components.jsonl');
    fs.writeFileSync(comps, (await cli(['stories', '--components'], links.out)).out);
    const component = new Map<string, string>();
    for (const l of fs
      .readFileSync(comps, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((x) => JSON.parse(x)))
      if (l.id) component.set(l.id, l.component);
    const byComp = analysed.lines
      .map((a) => ({ key: component.get(a.id) ?? a.id, article: a }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const partials = await cli(['stories', '--reduce', '--stats', stats, '--capped', comps], byComp.map(line).join(''));
    expect(partials.code).toBe(0);
    const finished = await cli(['stories', '--finish'], partials.out);
    expect(finished.out).toBe(whole.out);
  });

  it('reports lines without features and ungrouped reduce input', async () => {
    const r = await cli(['stories', '--jsonl'], line({ id: 'a', path: 'a', annotations: [] }) + line({ line: 3, error: 'from analyze' }));
    expect(r.code).toBe(1);
    expect(r.lines[0]).toMatchObject({ id: 'a', error: expect.stringMatching(/--features/) });
    expect(r.lines).toHaveLength(1); // analyze's own error line is skipped, not reported again
    const ungrouped = await cli(
      ['stories', '--link'],
      [line({ key: 't:a', id: 'x' }), line({ key: 't:b', id: 'y' }), line({ key: 't:a', id: 'z' })].join(''),
    );
    expect(ungrouped.code).toBe(1);
    expect(ungrouped.err).toMatch(/not grouped by key/);
  });
});
