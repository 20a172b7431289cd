import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTarget } from '../../../src/core/annotations/anchor';
import type { ReaderAnnotation } from '../../../src/core/annotations/model';
import { moveStore, readStore, saveChanges, storePathFor } from '../../../src/node/annotations/storeFile';

const TEXT = 'The minister 🎤 said the plan was "on track" despite delays.';
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'anno-store-'));
function ann(id: string, word = 'plan'): ReaderAnnotation {
  const i = TEXT.indexOf(word);
  return {
    id,
    label: 'claim',
    note: id,
    replies: [],
    creator: 'ana',
    created: '2026-12-01T00:00:00Z',
    modified: '2026-12-01T00:00:00Z',
    target: makeTarget(TEXT, i, i + word.length),
  };
}

describe('store file', () => {
  it('lives beside the article and round-trips through disk', async () => {
    const dir = tmp();
    const article = path.join(dir, 'story.txt');
    fs.writeFileSync(article, TEXT);
    expect(storePathFor(article)).toBe(path.join(dir, 'story.txt.annotations.json'));
    expect(await readStore(storePathFor(article), TEXT)).toEqual({ ok: true, exists: false, annotations: [], problems: [] });
    const saved = await saveChanges(article, { upserts: [ann('urn:uuid:1'), ann('urn:uuid:2', 'track')], deleted: [] }, TEXT);
    expect(saved).toMatchObject({ ok: true, written: true });
    const r = await readStore(storePathFor(article), TEXT);
    expect(r.ok && r.annotations).toEqual([ann('urn:uuid:1'), ann('urn:uuid:2', 'track')]);
    // saving the same again does not touch the file
    expect(await saveChanges(article, { upserts: [ann('urn:uuid:1')], deleted: [] }, TEXT)).toMatchObject({ ok: true, written: false });
    expect(fs.readdirSync(dir).sort()).toEqual(['story.txt', 'story.txt.annotations.json']); // no temp or lock files left
  });

  it('keeps what another writer added meanwhile, and deletes only what we deleted', async () => {
    const article = path.join(tmp(), 'a.txt');
    await saveChanges(article, { upserts: [ann('urn:uuid:1')], deleted: [] }, TEXT);
    await saveChanges(article, { upserts: [ann('urn:uuid:2')], deleted: [] }, TEXT); // another window
    await saveChanges(article, { upserts: [], deleted: ['urn:uuid:1'] }, TEXT);
    const r = await readStore(storePathFor(article), TEXT);
    expect(r.ok && r.annotations.map((a) => a.id)).toEqual(['urn:uuid:2']);
  });

  it('loses nothing when many writers save at once', async () => {
    const article = path.join(tmp(), 'busy.txt');
    const n = 30;
    await Promise.all(Array.from({ length: n }, (_, i) => saveChanges(article, { upserts: [ann(`urn:uuid:${i}`)], deleted: [] }, TEXT)));
    const r = await readStore(storePathFor(article), TEXT);
    expect(r.ok && r.annotations.length).toBe(n);
  });

  it('never overwrites a malformed store, and says why', async () => {
    const article = path.join(tmp(), 'bad.txt');
    const file = storePathFor(article);
    const cases: [string, RegExp][] = [
      ['{"items": [ {"id": "x"', /not valid JSON/],
      ['{"items": [{"id":"urn:uuid:q","type":"Annotation"}]}', /1 malformed annotation .*item 1 urn:uuid:q: has no "target" object/],
      ['\u0000\u0001binary', /binary file/],
    ];
    for (const [bad, why] of cases) {
      fs.writeFileSync(file, bad);
      const r = await saveChanges(article, { upserts: [ann('urn:uuid:1')], deleted: [] }, TEXT);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.message).toMatch(/bad\.txt\.annotations\.json/);
      expect(!r.ok && r.message).toMatch(why);
      expect(fs.readFileSync(file, 'utf8')).toBe(bad);
    }
  });

  it('moves the store with a renamed article, merging into one already there', async () => {
    const dir = tmp();
    const from = path.join(dir, 'old.txt');
    const to = path.join(dir, 'sub', 'new name.txt');
    await saveChanges(from, { upserts: [ann('urn:uuid:1')], deleted: [] }, TEXT);
    await saveChanges(to, { upserts: [ann('urn:uuid:2')], deleted: [] }, TEXT);
    expect(await moveStore(from, to, TEXT)).toEqual({ ok: true, moved: true });
    expect(fs.existsSync(storePathFor(from))).toBe(false);
    const r = await readStore(storePathFor(to), TEXT);
    expect(r.ok && r.annotations.map((a) => a.id)).toEqual(['urn:uuid:1', 'urn:uuid:2']);
    expect(JSON.parse(fs.readFileSync(storePathFor(to), 'utf8'))['na:source']).toBe('new%20name.txt');
    expect(await moveStore(path.join(dir, 'none.txt'), to, TEXT)).toEqual({ ok: true, moved: false });
  });
});
