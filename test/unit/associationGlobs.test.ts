import { describe, expect, it } from 'vitest';
import {
  associationsFor,
  escapeGlob,
  folderAssociationGlob,
  globKind,
  scanTargets,
  unescapeSegment,
} from '../../src/core/workspace/associationGlobs';

import { vscodeGlobMatches } from './vscodeGlob';

describe('folderAssociationGlob', () => {
  const cases = ['/home/ana/news', '/home/ana/my articles', '/data/press [2026]', '/data/{draft}', '/data/odd } { ] [', '/data/{open/x', '/x/a*b?c', '/data/Mixed Case'];
  for (const folder of cases) {
    it(`matches every .txt under "${folder}" and nothing beside it`, () => {
      const glob = folderAssociationGlob(folder);
      const m = (p: string) => vscodeGlobMatches(glob, p);
      expect(m(`${folder}/one.txt`)).toBe(true);
      expect(m(`${folder}/deep/er/two.txt`)).toBe(true);
      expect(m(`${folder.toUpperCase()}/one.TXT`)).toBe(true);
      expect(m(`${folder}/notes.md`)).toBe(false);
      expect(m(`${folder}x/one.txt`)).toBe(false);
      expect(m(`/elsewhere${folder}/one.txt`)).toBe(false);
    });
  }
  it('uses forward slashes for a Windows folder and drops a trailing slash', () => {
    expect(folderAssociationGlob('C:\\Users\\ana\\news\\')).toBe('C:/Users/ana/news/**/*.txt');
  });
  it('escapes only what a glob would read as syntax', () => {
    expect(escapeGlob('a [b] {c} d*?')).toBe('a [[]b[]] [{]c[}] d[*][?]');
    expect(escapeGlob('x{/y')).toBe('x?/y');
  });
});

describe('scanTargets', () => {
  const ws = ['/w/one', '/w/two'];
  it('searches an absolute folder glob from its literal folder, unescaped', () => {
    for (const folder of ['/w/one/sub dir', '/w/one/press [2026]', '/out/{x}/y', '/w/odd } ] [']) {
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
  it('starts the search above a folder whose unclosed "{" had to become "?"', () => {
    expect(scanTargets(folderAssociationGlob('/w/{open'), ws)).toEqual([{ base: '/w', pattern: '?open/**/*.txt' }]);
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
    expect(unescapeSegment('press [[]2026[]]')).toBe('press [2026]');
    expect(unescapeSegment('press [2026]')).toBeNull();
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
