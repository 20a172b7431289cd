import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeStore } from '../../../src/core/annotations/merge';
import type { ReaderAnnotation } from '../../../src/core/annotations/model';

const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
const time = fc.integer({ min: 0, max: 9 }).map((n) => `2026-12-0${n}T00:00:00Z`);
const annotation = fc
  .record({
    id: fc.constantFrom(...ids),
    note: fc.string({ maxLength: 5 }),
    modified: time,
    start: fc.nat(50),
    replies: fc.uniqueArray(fc.record({ id: fc.constantFrom('r1', 'r2', 'r3'), modified: time }), { selector: (r) => r.id, maxLength: 3 }),
  })
  .map(
    ({ id, note, modified, start, replies }): ReaderAnnotation => ({
      id,
      label: 'claim',
      note,
      creator: 'x',
      created: '2026-12-01T00:00:00Z',
      modified,
      replies: replies.map((r) => ({ id: r.id, text: r.id, creator: 'y', created: r.modified, modified: r.modified })),
      target: { start, end: start + 3, exact: 'abc', prefix: '', suffix: '' },
    }),
  );
const list = fc.uniqueArray(annotation, { selector: (a) => a.id, maxLength: 6 });
const changes = fc.record({ upserts: list, deleted: fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 3 }) });

describe('mergeStore', () => {
  it('property: loses nothing anyone added, honours deletes, keeps the later edit', () => {
    fc.assert(
      fc.property(list, changes, (disk, local) => {
        const out = mergeStore(disk, local);
        const byId = new Map(out.map((a) => [a.id, a]));
        expect(byId.size).toBe(out.length); // unique ids
        for (const id of local.deleted) expect(byId.has(id)).toBe(false);
        for (const a of [...disk, ...local.upserts]) {
          if (local.deleted.includes(a.id)) continue;
          const got = byId.get(a.id)!;
          expect(got).toBeDefined();
          expect(got.modified >= a.modified).toBe(true);
          for (const r of a.replies) expect(got.replies.some((x) => x.id === r.id && x.modified >= r.modified)).toBe(true);
        }
        for (const a of out) expect([...disk, ...local.upserts].some((b) => b.id === a.id)).toBe(true); // nothing invented
        // stable order
        for (let i = 1; i < out.length; i++) expect(out[i - 1].target.start <= out[i].target.start).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('property: saving the same changes twice changes nothing (idempotent)', () => {
    fc.assert(
      fc.property(list, changes, (disk, local) => {
        const once = mergeStore(disk, local);
        expect(mergeStore(once, local)).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });

  it('prefers ours on a tie and the disk when it is newer', () => {
    const base: ReaderAnnotation = {
      id: 'a',
      label: 'claim',
      note: 'disk',
      replies: [],
      creator: 'x',
      created: 't0',
      modified: '2026-12-02',
      target: { start: 0, end: 1, exact: 'a', prefix: '', suffix: '' },
    };
    expect(mergeStore([base], { upserts: [{ ...base, note: 'ours' }], deleted: [] })[0].note).toBe('ours');
    expect(mergeStore([base], { upserts: [{ ...base, note: 'ours', modified: '2026-12-01' }], deleted: [] })[0].note).toBe('disk');
  });

  it('a reply deleted here stays deleted although the disk still has it; other replies stay', () => {
    const reply = (id: string) => ({
      id,
      text: id,
      creator: 'y',
      created: `2026-12-0${id.slice(-1)}`,
      modified: `2026-12-0${id.slice(-1)}`,
    });
    const disk: ReaderAnnotation = {
      id: 'a',
      label: 'claim',
      note: 'n',
      replies: [reply('a#r1'), reply('a#r2')],
      creator: 'x',
      created: 't0',
      modified: '2026-12-02',
      target: { start: 0, end: 1, exact: 'a', prefix: '', suffix: '' },
    };
    const ours = { ...disk, replies: [reply('a#r2')], modified: '2026-12-03' };
    expect(mergeStore([disk], { upserts: [ours], deleted: ['a#r1'] })[0].replies.map((r) => r.id)).toEqual(['a#r2']);
    // Without the delete, a reply missing on our side is someone else's: it is kept.
    expect(mergeStore([disk], { upserts: [ours], deleted: [] })[0].replies.map((r) => r.id)).toEqual(['a#r1', 'a#r2']);
  });
});
