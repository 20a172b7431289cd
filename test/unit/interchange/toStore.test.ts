import { describe, expect, it } from 'vitest';
import { mergeAnnotations, placeDocument, stableUuid } from '../../../src/core/interchange/toStore';
import { placeImported } from '../../../src/core/interchange/placement';
import { reader } from './fixtures';

const TEXT = 'The mayor 🎉 met the mayor of Leeds. Later the mayor left.';
const opts = { file: 'a.txt', labels: [{ id: 'claim', name: 'Claim', color: '#f00' }], now: '2026-02-02T00:00:00.000Z', creator: 'importer' };

describe('placing imported spans', () => {
  it('keeps offsets whose words still match, else finds the words by their context', () => {
    const i = TEXT.indexOf('mayor of');
    expect(placeImported(TEXT, { start: i, end: i + 5, exact: 'mayor', prefix: '', suffix: '' })).toMatchObject({ status: 'anchored', start: i, method: 'position' });
    const moved = placeImported(TEXT, { start: 0, end: 5, exact: 'mayor', prefix: 'Later the ', suffix: ' left' });
    expect(moved).toMatchObject({ status: 'anchored', start: TEXT.lastIndexOf('mayor'), method: 'quote' });
    expect(placeImported(TEXT, { start: -1, end: -1, exact: 'mayor', prefix: '', suffix: '' })).toEqual({ status: 'orphaned', reason: 'ambiguous' });
    expect(placeImported(TEXT, { start: 0, end: 4, exact: 'governor', prefix: '', suffix: '' })).toEqual({ status: 'orphaned', reason: 'missing' });
  });

  it('converts code point positions, maps label names to ids, skips the automatic layer, reports the rest', () => {
    const cp = (u: number) => Array.from(TEXT.slice(0, u)).length;
    const leeds = TEXT.indexOf('Leeds');
    const placed = placeDocument(
      {
        file: 'a.txt',
        text: null,
        codePoints: true,
        spans: [
          { label: 'Claim', start: cp(leeds), end: cp(leeds) + 5, exact: 'Leeds', note: 'n' },
          { label: 'LOC', start: cp(leeds), end: cp(leeds) + 5, exact: 'Leeds', note: '' },
          { label: 'Claim', start: -1, end: -1, exact: 'Paris', note: '' },
        ],
      },
      TEXT,
      opts,
    );
    expect(placed.automatic).toBe(1);
    expect(placed.notPlaced).toEqual([{ label: 'Claim', exact: 'Paris', reason: 'the words are not in the article' }]);
    expect(placed.annotations).toHaveLength(1);
    expect(placed.annotations[0]).toMatchObject({ label: 'claim', note: 'n', creator: 'importer', created: opts.now, target: { start: leeds, end: leeds + 5, exact: 'Leeds' } });
    expect(placed.annotations[0].id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('places spans of a changed copy of the article by their words', () => {
    const old = 'Intro. ' + TEXT;
    const i = old.indexOf('Leeds');
    const placed = placeDocument({ file: 'a.txt', text: old, spans: [{ label: 'Claim', start: i, end: i + 5, exact: 'Leeds', note: '' }] }, TEXT, opts);
    expect(placed.annotations[0].target.start).toBe(TEXT.indexOf('Leeds'));
  });
});

describe('merging into the store', () => {
  it('adds new annotations, skips the same id or the same label+span+note, updates a newer copy', () => {
    const a = reader(TEXT, 'Leeds', 'claim');
    const b = reader(TEXT, 'Later', 'claim');
    const newer = { ...a, note: 'edited', modified: '2027-01-01T00:00:00.000Z' };
    const sameSpan = { ...b, id: 'urn:uuid:other' };
    const r = mergeAnnotations([a], [a, b, sameSpan]);
    expect([r.added, r.duplicates, r.updated]).toEqual([1, 2, 0]);
    const r2 = mergeAnnotations(r.annotations, [newer]);
    expect(r2.updated).toBe(1);
    expect(r2.annotations.find((x) => x.id === a.id)?.note).toBe('edited');
    expect(r2.annotations).toHaveLength(2);
  });

  it('derives the same id from the same key', () => {
    expect(stableUuid('a')).toBe(stableUuid('a'));
    expect(stableUuid('a')).not.toBe(stableUuid('b'));
  });
});
