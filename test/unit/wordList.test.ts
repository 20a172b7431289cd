import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addToWordList, parseWordList } from '../../src/core/article/spelling/wordList';
import { addWordsToFile, readWordListFile, writeAtomically } from '../../src/node/wordListFile';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'news-words-'));

describe('word list text', () => {
  it('parses one word a line, skips comments and blanks, reports other lines', () => {
    const r = parseWordList('# names\nKyiv\n\n  Zelensky \r\nnot a word\nO’Neill\n');
    expect(r.words).toEqual(['Kyiv', 'Zelensky', 'O’Neill']);
    expect(r.invalid).toEqual([{ line: 5, text: 'not a word' }]);
  });

  it('adds only new words and keeps everything already there', () => {
    const before = '# mine\nKyiv\nodd line here';
    const after = addToWordList(before, ['Kyiv', 'Tambov', 'Tambov', 'bad word']);
    expect(after).toBe('# mine\nKyiv\nodd line here\nTambov\n');
    expect(addToWordList(after!, ['Kyiv'])).toBeNull();
  });
});

describe('word list file', () => {
  it('creates the folder and file, and re-reads before writing', async () => {
    const dir = tmp();
    const file = path.join(dir, '.vscode', 'news-words.txt');
    expect(await addWordsToFile(file, ['Rudsia'])).toEqual({ added: 1 });
    fs.appendFileSync(file, 'Handmade\n'); // a hand edit between two adds
    expect(await addWordsToFile(file, ['Interflex'])).toEqual({ added: 1 });
    const r = await readWordListFile(file);
    expect(r.ok && r.words).toEqual(['Rudsia', 'Handmade', 'Interflex']);
  });

  it('loses no word when many writers add at the same time', async () => {
    const file = path.join(tmp(), 'words.txt');
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`);
    await Promise.all(words.map((w) => addWordsToFile(file, [w])));
    const r = await readWordListFile(file);
    expect(r.ok && [...r.words].sort()).toEqual([...words].sort());
    expect(fs.readdirSync(path.dirname(file))).toEqual(['words.txt']); // no temp or lock files left
  });

  it('leaves a malformed (binary) word list untouched and says why', async () => {
    const file = path.join(tmp(), 'words.txt');
    const junk = Buffer.from([0x4b, 0x00, 0xff, 0x10]);
    fs.writeFileSync(file, junk);
    const r = await addWordsToFile(file, ['Kyiv']);
    expect('error' in r && r.error).toMatch(/not a word list/);
    expect(fs.readFileSync(file)).toEqual(junk);
  });

  it('writes atomically: a failed write leaves the old content and no temp file', async () => {
    const dir = tmp();
    const file = path.join(dir, 'words.txt');
    fs.writeFileSync(file, 'Kyiv\n');
    await writeAtomically(file, 'Kyiv\nTambov\n');
    expect(fs.readFileSync(file, 'utf8')).toBe('Kyiv\nTambov\n');
    await expect(writeAtomically(path.join(dir, 'missing', 'x.txt'), 'a')).rejects.toThrow();
    expect(fs.readdirSync(dir)).toEqual(['words.txt']);
  });
});
