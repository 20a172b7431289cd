// The export/import commands read and write the same store as the editor: <article>.annotations.json
// beside the article, a malformed store is reported and left as it was, and the editor's label file
// is the taxonomy.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStore, storePathFor } from '../../../src/node/annotations/storeFile';
import { openStore } from '../../../src/node/cli/storeAccess';
import { reader } from './fixtures';

const TEXT = 'Lina Ortega 🙂 opened the ferry line on Monday.\n';

function workspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-store-access-'));
  fs.mkdirSync(path.join(dir, 'news'));
  fs.writeFileSync(path.join(dir, 'news', 'ferry.txt'), TEXT);
  return dir;
}

describe('openStore (the commands’ door to the editor’s store)', () => {
  it('saves beside the article, in the file the editor reads', async () => {
    const dir = workspace();
    await openStore(dir).save('news/ferry.txt', [reader(TEXT, 'opened the ferry line', 'claim', { note: 'when?' })]);
    const read = await readStore(storePathFor(path.join(dir, 'news', 'ferry.txt')), TEXT);
    expect(read.ok && read.annotations.map((a) => [a.label, a.note, a.target.exact])).toEqual([
      ['claim', 'when?', 'opened the ferry line'],
    ]);
    expect(fs.existsSync(path.join(dir, '.news-annotations'))).toBe(false);
    expect((await openStore(dir).load('news/ferry.txt')).map((a) => a.target.start)).toEqual([TEXT.indexOf('opened')]);
  });

  it('a malformed store is reported on load and never overwritten on save', async () => {
    const dir = workspace();
    const store = storePathFor(path.join(dir, 'news', 'ferry.txt'));
    fs.writeFileSync(store, '{ not json');
    await expect(openStore(dir).load('news/ferry.txt')).rejects.toThrow(/not an annotation store/);
    await expect(openStore(dir).save('news/ferry.txt', [reader(TEXT, 'Monday', 'claim')])).rejects.toThrow();
    expect(fs.readFileSync(store, 'utf8')).toBe('{ not json');
  });

  it('labels come from .vscode/news-labels.json; none there: empty', async () => {
    const dir = workspace();
    expect(await openStore(dir).labels()).toEqual([]);
    fs.mkdirSync(path.join(dir, '.vscode'));
    fs.writeFileSync(
      path.join(dir, '.vscode', 'news-labels.json'),
      JSON.stringify({ replaceDefaults: true, labels: [{ id: 'spin', name: 'Spin', color: '#123456' }] }),
    );
    const labels = await openStore(dir).labels();
    expect(labels[0]).toMatchObject({ id: 'spin', name: 'Spin', color: '#123456' });
    expect(labels.map((l) => l.id)).not.toContain('claim'); // replaceDefaults drops the default reader labels
  });
});
