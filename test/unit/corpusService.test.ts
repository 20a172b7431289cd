import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates, recogniseDates, resolveDates } from '../../src/core/article/dates/find';
import { makeTarget } from '../../src/core/annotations/anchor';
import type { ReaderAnnotation } from '../../src/core/annotations/model';
import { CorpusService } from '../../src/core/corpus/service';
import { CorpusView } from '../../src/core/corpus/snapshot';
import { AnalysisClient } from '../../src/node/worker/analysisClient';
import { ChunkAssembler, splitValue } from '../../src/node/worker/chunks';
import { testAnalyzer } from './helpers';

// Our own two-article story: the dated report and an undated follow-up that says "on Thursday".
const DATED = 'date 2025-01-16\n\nMarta Kowalski, the mayor of Gdansk, opened the new harbour bridge on Thursday. The bridge cost 40 million euros, Kowalski said.';
const UNDATED = 'Marta Kowalski, the mayor of Gdansk, opened the harbour bridge on Thursday. Kowalski said the bridge cost 40 million euros.';
const workerFile = path.join(__dirname, '../../dist/analysisWorker.js');

describe('CorpusService (the corpus where the analyses live)', () => {
  it('gives an undated article its story date and resolves its relative dates against it', () => {
    const s = new CorpusService(testAnalyzer());
    s.analyze('a', DATED);
    const raw = s.analyze('b', UNDATED);
    expect(raw.dates.find((d) => d.text.includes('Thursday'))?.value).toBeNull();
    const view = new CorpusView(s.query({ q: 'snapshot', across: false }));
    expect(view.storyOf('a')?.id).toBe(view.storyOf('b')?.id);
    expect(view.publicationDate('b')).toEqual({ date: '2025-01-16', inferred: true });
    expect(view.inferredDate('a')).toBeNull();
    const b = s.query({ q: 'article', key: 'b' });
    expect(b?.dates.find((d) => d.text.includes('Thursday'))?.value).toBe('2025-01-16');
  });

  it('answers mention queries with each mention and its line', () => {
    const s = new CorpusService(testAnalyzer());
    s.analyze('a', DATED);
    s.analyze('b', UNDATED);
    const mentions = s.query({ q: 'mentions', canonical: 'Marta Kowalski' });
    expect(mentions.map((m) => m.id).sort()).toEqual(['a', 'b']);
    for (const m of mentions) for (const sp of m.spans) expect(sp.line).toContain(sp.text);
  });

  it('forgets a removed article and counts generations', () => {
    const s = new CorpusService(testAnalyzer());
    s.analyze('a', DATED);
    const g1 = s.query({ q: 'snapshot', across: false }).generation;
    s.remove('a');
    const snap = s.query({ q: 'snapshot', across: true });
    expect(snap.generation).toBeGreaterThan(g1);
    expect(snap.articles).toEqual([]);
    expect(snap.across).toEqual({ entities: [], quotes: [] });
  });

  it('a batch corrects every article once at the end, with the same answers as one by one', () => {
    const fixOf = (text: string, word: string): ReaderAnnotation => {
      const i = text.indexOf(word);
      const t = '2026-01-01T00:00:00.000Z';
      return { id: `urn:uuid:${word}`, label: 'correction', note: '', replies: [], creator: 'x', created: t, modified: t, target: makeTarget(text, i, i + word.length), correction: { kind: 'entity', action: 'type', type: 'organization' }, scope: 'name' };
    };
    const docs = [
      { key: 'b', text: UNDATED, corrections: [] as ReaderAnnotation[] },
      { key: 'a', text: DATED, corrections: [fixOf(DATED, 'Gdansk')] },
    ];
    const single = new CorpusService(testAnalyzer());
    for (const d of docs) single.analyze(d.key, d.text, { corrections: d.corrections });
    const batched = new CorpusService(testAnalyzer());
    const upserts: string[] = [];
    const upsert = batched.corpus.upsert.bind(batched.corpus);
    batched.corpus.upsert = (doc) => (upserts.push(doc.id), upsert(doc));
    batched.batch(() => {
      for (const d of docs) batched.analyze(d.key, d.text, { corrections: d.corrections });
      // Inside the batch the rule from 'a' has not reached 'b' yet.
      expect(batched.query({ q: 'article', key: 'b' })?.entities.find((e) => e.text === 'Gdansk')?.type).not.toBe('organization');
    });
    for (const key of ['a', 'b']) expect(batched.query({ q: 'article', key })).toEqual(single.query({ q: 'article', key }));
    expect(batched.query({ q: 'article', key: 'b' })?.entities.find((e) => e.text === 'Gdansk')?.type).toBe('organization');
    // Once each while analysing, once each at the end.
    expect(upserts.sort()).toEqual(['a', 'a', 'b', 'b']);
  });

  it('an analysis without joining leaves the corpus as it was', () => {
    const s = new CorpusService(testAnalyzer());
    s.analyze('a', DATED, {}, false);
    expect(s.query({ q: 'snapshot', across: false }).articles).toHaveLength(0);
  });

  it('runs in the worker thread with the same answers as in-process', async () => {
    expect(fs.existsSync(workerFile)).toBe(true); // npm test builds dist/ first
    const worker = new AnalysisClient(workerFile);
    const local = new AnalysisClient(null, testAnalyzer);
    for (const c of [worker, local]) {
      await c.analyze('a', DATED);
      await c.analyze('b', UNDATED);
    }
    const [w, l] = await Promise.all([worker.query({ q: 'snapshot', across: true }), local.query({ q: 'snapshot', across: true })]);
    expect(w).toEqual(l);
    expect(w.articles.map((a) => a.id)).toEqual(['a', 'b']);
    worker.forget('b');
    expect((await worker.query({ q: 'snapshot', across: false })).articles.map((a) => a.id)).toEqual(['a']);
    worker.dispose();
    local.dispose();
  });
});

describe('snapshot chunks', () => {
  it('split and reassembled give back the same value, and the original is untouched', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 2000 }), fc.array(fc.string(), { maxLength: 900 }), (articles, entities) => {
        const value = { generation: 3, stories: articles.map((n) => ({ n })), articles, across: { entities, quotes: [] } };
        const copy = structuredClone(value);
        const { chunks, rest } = splitValue(value);
        expect(value).toEqual(copy);
        const asm = new ChunkAssembler();
        for (const c of chunks) asm.add(structuredClone(c));
        expect(asm.finish(structuredClone(rest))).toEqual(copy);
      }),
      { numRuns: 30 },
    );
  });
});

describe('resolveDates', () => {
  const texts = [
    'On Thursday the council met; last Friday it had voted. Next month it meets again, on 3 March.',
    'The talks will resume on Sunday at 10 a.m. Yesterday the minister said nothing. That year was hard.',
    'In 2019 the plant closed. The following year it reopened, two weeks ago it closed again.',
  ];
  it('recognising then resolving equals finding against the same date', () => {
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.date({ min: new Date('1990-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }), (text, d) => {
        const pub = d.toISOString().slice(0, 10);
        expect(resolveDates(recogniseDates(text), pub)).toEqual(findDates(text, pub));
      }),
      { numRuns: 60 },
    );
  });
  it('an undated analysis keeps relative dates unresolved until a date is known', () => {
    const found = findDates(texts[0], null);
    const thursday = found.find((x) => x.text.includes('Thursday'))!;
    expect(thursday.value).toBeNull();
    expect(resolveDates(found, '2025-01-16').find((x) => x.start === thursday.start)?.value).toBe('2025-01-16');
  });
});
