import { describe, expect, it } from 'vitest';
import {
  associationsFor,
  escapeGlob,
  folderAssociationGlob,
  globKind,
  scanTargets,
  unescapeSegment,
} from '../../src/core/workspace/associationGlobs';

// A tiny glob -> RegExp for the subset VS Code uses here (*, **, ?, [...], {a,b}), to check that an
// escaped folder glob matches the folder's own files and not its look-alike siblings.
function globRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*' && glob[i + 2] === '/') { re += '(?:.*/)?'; i += 2; }
    else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') { const end = glob.indexOf(']', i + 2); re += `[${glob.slice(i + 1, end).replace(/[\\\]^[]/g, '\\$&')}]`; i = end; }
    else if (c === '{') { const end = glob.indexOf('}', i); re += `(?:${glob.slice(i + 1, end).split(',').join('|')})`; i = end; }
    else re += c.replace(/[.+^$()|\\\]}]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'i');
}

describe('folderAssociationGlob', () => {
  const cases = ['/home/ana/news', '/home/ana/my articles', '/data/press [2026]', '/data/{draft}', '/x/a*b?c', '/data/Mixed Case'];
  for (const folder of cases) {
    it(`matches every .txt under "${folder}" and nothing beside it`, () => {
      const re = globRegExp(folderAssociationGlob(folder));
      expect(re.test(`${folder}/one.txt`)).toBe(true);
      expect(re.test(`${folder}/deep/er/two.txt`)).toBe(true);
      expect(re.test(`${folder}/notes.md`)).toBe(false);
      expect(re.test(`${folder}x/one.txt`)).toBe(false);
      expect(re.test(`/elsewhere${folder}/one.txt`)).toBe(false);
    });
  }
  it('uses forward slashes for a Windows folder and drops a trailing slash', () => {
    expect(folderAssociationGlob('C:\\Users\\ana\\news\\')).toBe('C:/Users/ana/news/**/*.txt');
  });
  it('escapes only what a glob would read as syntax', () => {
    expect(escapeGlob('a [b] {c} d*?')).toBe('a [[]b] [{]c} d[*][?]');
  });
});

describe('scanTargets', () => {
  const ws = ['/w/one', '/w/two'];
  it('searches an absolute folder glob from its literal folder, unescaped', () => {
    for (const folder of ['/w/one/sub dir', '/w/one/press [2026]', '/out/{x}/y']) {
      expect(scanTargets(folderAssociationGlob(folder), ws)).toEqual([{ base: folder, pattern: '**/*.txt' }]);
    }
  });
  it('stops the base at the first segment with real globbing', () => {
    expect(scanTargets('/data/*/news/*.txt', ws)).toEqual([{ base: '/data', pattern: '*/news/*.txt' }]);
    expect(scanTargets('/data/news/a.txt', ws)).toEqual([{ base: '/data/news', pattern: 'a.txt' }]);
  });
  it('searches name and relative globs in every workspace folder', () => {
    expect(scanTargets('*.article', ws)).toEqual(ws.map((base) => ({ base, pattern: '**/*.article' })));
    expect(scanTargets('**/clips/*.txt', ws)).toEqual(ws.map((base) => ({ base, pattern: '**/clips/*.txt' })));
    expect(scanTargets('./clips/*.txt', ws)).toEqual(ws.map((base) => ({ base, pattern: 'clips/*.txt' })));
  });
  it('handles a Windows absolute glob and an empty one', () => {
    expect(scanTargets('C:\\news\\**\\*.txt', [])).toEqual([{ base: 'C:/news', pattern: '**/*.txt' }]);
    expect(scanTargets('  ', ws)).toEqual([]);
  });
  it('classifies globs as VS Code applies them', () => {
    expect(globKind('*.txt')).toBe('name');
    expect(globKind('/a/*.txt')).toBe('absolute');
    expect(globKind('**/a/*.txt')).toBe('anywhere');
    expect(globKind('a/*.txt')).toBe('relative');
  });
  it('unescapes one-character classes only', () => {
    expect(unescapeSegment('press [[]2026]')).toBe('press [2026]');
    expect(unescapeSegment('[ab]')).toBeNull();
    expect(unescapeSegment('*.txt')).toBeNull();
  });
});

describe('associationsFor', () => {
  it('keeps the globs mapped to the language', () => {
    expect(associationsFor({ '*.a': 'news', '*.b': 'markdown', '': 'news', '/x/**': 'news' }, 'news')).toEqual(['*.a', '/x/**']);
    expect(associationsFor(undefined, 'news')).toEqual([]);
  });
});
