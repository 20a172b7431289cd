import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { makeTarget } from '../../../src/core/annotations/anchor';
import type { ReaderAnnotation } from '../../../src/core/annotations/model';
import { NA_CONTEXT, NA_NAMESPACE, fromW3C, parseStore, serializeStore, toW3C } from '../../../src/core/annotations/w3c';

const TEXT = 'Weather 🌧️ today: the mayor 🏛️ said "the bridge will reopen" on Monday.';

function note(id: string, word: string, extra: Partial<ReaderAnnotation> = {}): ReaderAnnotation {
  const i = TEXT.indexOf(word);
  return { id, label: 'claim', note: `about ${word}`, replies: [], creator: 'ana', created: '2026-12-01T10:00:00Z', modified: '2026-12-01T10:00:00Z', target: makeTarget(TEXT, i, i + word.length), ...extra };
}

describe('one annotation as W3C', () => {
  it('writes code-point positions and the W3C bodies, and reads them back in UTF-16', () => {
    const a = note('urn:uuid:1', 'bridge', { replies: [{ id: 'r1', text: 'source?', creator: 'ben', created: '2026-12-02T00:00:00Z', modified: '2026-12-02T00:00:00Z' }], resolved: true });
    const w = toW3C(a, 'article.txt', { text: TEXT }) as any;
    const pos = w.target.selector.find((s: any) => s.type === 'TextPositionSelector');
    expect(pos.start).toBe([...TEXT.slice(0, a.target.start)].length); // code points, not UTF-16
    expect(pos.start).toBeLessThan(a.target.start);
    expect(w.body.map((b: any) => b.purpose)).toEqual(['tagging', 'commenting', 'replying']);
    expect(w['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(w['na:resolved']).toBe(true);
    const back = fromW3C(w, { text: TEXT });
    expect(back).toEqual({ ok: true, annotation: a });
  });

  it('writes a correction as motivation "editing" with a described body', () => {
    const a = note('urn:uuid:2', 'mayor', { label: 'correction', note: '', correction: { kind: 'entity', action: 'type', type: 'PERSON' as any }, scope: 'name' });
    const w = toW3C(a, 'a.txt', { text: TEXT }) as any;
    expect(w.motivation).toBe('editing');
    expect(w.body[1]).toMatchObject({ purpose: 'editing', value: 'entity type is PERSON', 'na:correction': a.correction });
    expect(fromW3C(w, { text: TEXT })).toEqual({ ok: true, annotation: a });
  });

  it('keeps unknown properties and bodies of other tools', () => {
    const w = { ...(toW3C(note('urn:uuid:3', 'Monday'), 'a.txt', { text: TEXT }) as any), rights: 'CC0', generator: { name: 'other' } };
    w.body.push({ type: 'SpecificResource', source: 'http://example.org/x' });
    const r = fromW3C(w, { text: TEXT });
    expect(r.ok && r.annotation.extra).toEqual({ rights: 'CC0', generator: { name: 'other' }, body: [{ type: 'SpecificResource', source: 'http://example.org/x' }] });
    const again = toW3C(r.ok ? r.annotation : (null as never), 'a.txt', { text: TEXT }) as any;
    expect(again.rights).toBe('CC0');
    expect(again.body.at(-1)).toEqual({ type: 'SpecificResource', source: 'http://example.org/x' });
  });

  it('lets a JSON-LD processor expand our extension terms into their namespace', async () => {
    const doc = { '@context': NA_CONTEXT, '@id': 'urn:uuid:9', 'na:resolved': true, 'na:correction': { kind: 'date', action: 'reject' } };
    const [node] = (await jsonld.expand(doc as any)) as any[];
    expect(node[`${NA_NAMESPACE}resolved`][0]['@value']).toBe(true);
    expect(node[`${NA_NAMESPACE}correction`][0]).toEqual({ '@type': '@json', '@value': { kind: 'date', action: 'reject' } });
  });
});

describe('the store file', () => {
  const list = [note('urn:uuid:b', 'Monday'), note('urn:uuid:a', 'Weather'), note('urn:uuid:c', 'mayor')];

  it('is JSON, one line per annotation in text order, and reads back', () => {
    const text = serializeStore(list, 'article.txt', { text: TEXT });
    const parsed = JSON.parse(text);
    expect(parsed.items.at(-1)).toBeNull();
    const lines = text.split('\n').filter((l) => l.startsWith('{"id"'));
    expect(lines.map((l) => JSON.parse(l.slice(0, -1)).id)).toEqual(['urn:uuid:a', 'urn:uuid:c', 'urn:uuid:b']);
    const r = parseStore(text, { text: TEXT });
    expect(r.ok && r.annotations.map((a) => a.id)).toEqual(['urn:uuid:a', 'urn:uuid:c', 'urn:uuid:b']);
    expect(r.ok && r.annotations[0]).toEqual(list[1]);
    expect(serializeStore(list.slice().reverse(), 'article.txt', { text: TEXT })).toBe(text); // stable
  });

  it('reports malformed items precisely and keeps the good ones', () => {
    const text = serializeStore(list, 'article.txt', { text: TEXT }).replace('"type":"TextQuoteSelector","exact":"mayor"', '"type":"TextQuoteSelector","exact":""');
    const withJunk = text.replace('null\n', '{"id":"urn:uuid:z","type":"Note"},\n42,\nnull\n');
    const r = parseStore(withJunk, { text: TEXT });
    if (!r.ok) throw new Error(r.message);
    expect(r.annotations.map((a) => a.id)).toEqual(['urn:uuid:a', 'urn:uuid:b']);
    expect(r.problems).toEqual([
      { item: 1, line: 8, id: 'urn:uuid:c', message: 'TextQuoteSelector has no "exact" text' },
      { item: 3, line: 10, id: 'urn:uuid:z', message: 'type is "Note", not "Annotation"' },
      { item: 4, line: 11, message: 'not a JSON object' },
    ]);
  });

  it('gives no line numbers for a file laid out differently (pretty-printed by another tool)', () => {
    const pretty = JSON.stringify({ items: [toW3C(list[0], 'a.txt', { text: TEXT }), { type: 'Annotation' }] }, null, 2);
    const r = parseStore(pretty, { text: TEXT });
    expect(r.ok && r.problems).toEqual([{ item: 1, message: 'has no "id"' }]);
    expect(r.ok && r.annotations).toEqual([list[0]]);
  });

  it('rejects what is not a store with a reason', () => {
    expect(parseStore('{"items": [')).toMatchObject({ ok: false, message: expect.stringContaining('not valid JSON') });
    expect(parseStore('{"hello": 1}')).toEqual({ ok: false, message: 'not an annotation store (no "items" list)' });
    expect(parseStore('')).toEqual({ ok: true, annotations: [], problems: [] });
    expect(parseStore('\uFEFF' + serializeStore(list, 'a.txt', { text: TEXT }), { text: TEXT })).toMatchObject({ ok: true });
  });

  it('keeps the later version when a union merge left the same annotation twice', () => {
    const older = note('urn:uuid:a', 'Weather');
    const newer = { ...older, note: 'edited', modified: '2026-12-03T00:00:00Z' };
    const text = serializeStore([older], 'a.txt', { text: TEXT }).replace('null\n', `${JSON.stringify(toW3C(newer, 'a.txt', { text: TEXT, context: false }))},\nnull\n`);
    const r = parseStore(text, { text: TEXT });
    expect(r.ok && r.annotations).toEqual([newer]);
  });

  it('merges two people\'s additions cleanly with real git (merge=union)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anno-git-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const file = path.join(dir, 'article.txt.annotations.json');
    const write = (anns: ReaderAnnotation[]) => fs.writeFileSync(file, serializeStore(anns, 'article.txt', { text: TEXT }));
    git('init', '-q');
    fs.writeFileSync(path.join(dir, '.gitattributes'), '*.annotations.json merge=union\n');
    const base = [note('urn:uuid:base', 'mayor')];
    write(base);
    git('add', '-A');
    git('commit', '-qm', 'base');
    git('checkout', '-qb', 'ana');
    // both add right next to the same existing line: a plain three-way merge would conflict here
    write([...base, note('urn:uuid:ana1', 'bridge'), note('urn:uuid:ana2', 'today')]);
    git('commit', '-qam', 'ana');
    git('checkout', '-q', 'main');
    git('checkout', '-qb', 'ben');
    write([...base, note('urn:uuid:ben1', 'reopen'), note('urn:uuid:ben2', 'Weather')]);
    git('commit', '-qam', 'ben');
    git('merge', '-q', '--no-edit', 'ana'); // throws on a conflict
    const merged = fs.readFileSync(file, 'utf8');
    expect(merged).not.toMatch(/^(<<<<<<<|=======|>>>>>>>)/m);
    const r = parseStore(merged, { text: TEXT });
    if (!r.ok) throw new Error(r.message);
    expect(r.problems).toEqual([]);
    expect(r.annotations.map((a) => a.id).sort()).toEqual(['urn:uuid:ana1', 'urn:uuid:ana2', 'urn:uuid:base', 'urn:uuid:ben1', 'urn:uuid:ben2']);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
