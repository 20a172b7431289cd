import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnalysisClient, SupersededError } from '../../src/node/worker/analysisClient';
import { testAnalyzer } from './helpers';

const TEXT = 'date 2025-03-04\n\nAngela Merkel said “we will see” in Berlin on Monday.';
const workerFile = path.join(__dirname, '../../dist/analysisWorker.js');

describe('AnalysisClient', () => {
  it('supersedes a queued request for the same document by the newer one', async () => {
    const client = new AnalysisClient(null, testAnalyzer); // in-process
    const busy = client.analyze('other', TEXT);
    const old = client.analyze('doc', 'old text');
    const fresh = client.analyze('doc', TEXT);
    await expect(old).rejects.toBeInstanceOf(SupersededError);
    const [, a] = await Promise.all([busy, fresh]);
    expect(a.header.published).toBe('2025-03-04');
    client.dispose();
  });

  it('runs editor documents before queued workspace files', async () => {
    const client = new AnalysisClient(null, testAnalyzer);
    const order: string[] = [];
    const track = (key: string, p: Promise<unknown>) => p.then(() => order.push(key));
    const jobs = [
      track('running', client.analyze('running', TEXT, {}, 'low')),
      track('low1', client.analyze('low1', TEXT, {}, 'low')),
      track('low2', client.analyze('low2', TEXT, {}, 'low')),
      track('editor', client.analyze('editor', TEXT, {}, 'high')),
    ];
    await Promise.all(jobs);
    expect(order).toEqual(['running', 'editor', 'low1', 'low2']);
    client.dispose();
  });

  it('rejects pending requests when disposed', async () => {
    const client = new AnalysisClient(null, testAnalyzer);
    const p = client.analyze('a', TEXT);
    client.dispose();
    await expect(p).rejects.toThrow(/disposed/);
  });

  it.skipIf(!fs.existsSync(workerFile))('gives the same analysis in the worker thread as in-process', async () => {
    const client = new AnalysisClient(workerFile);
    const viaWorker = await client.analyze('doc', TEXT);
    client.dispose();
    const direct = testAnalyzer().analyze(TEXT, { corpusNames: new Map() });
    expect(viaWorker.quotes).toEqual(direct.quotes);
    expect(viaWorker.dates).toEqual(direct.dates);
    expect(viaWorker.entities.map((e) => e.text)).toEqual(direct.entities.map((e) => e.text));
  });
});

describe('CorpusNameCounts', () => {
  it('replaces and removes one document’s contribution, in the same map', async () => {
    const { CorpusNameCounts } = await import('../../src/core/corpus/names');
    const names = new CorpusNameCounts();
    const map = names.counts;
    names.set('a', 'Russia and Russia’s Kyiv');
    names.set('b', 'Russia');
    expect(map.get('Russia')).toBe(3);
    names.set('a', 'Kyiv');
    expect(map.get('Russia')).toBe(1);
    names.delete('b');
    expect(map.has('Russia')).toBe(false);
    expect(map.get('Kyiv')).toBe(1);
    expect(names.counts).toBe(map);
  });
});
