import { describe, expect, it } from 'vitest';
import { commonFolder, looksLikeNews, newsSignals, sampleLooksLikeNews, spreadSample } from '../../src/core/workspace/looksLikeNews';

// Texts written for these tests.
const withHeader = 'date 2026-04-02\nThe council met on Tuesday.\n';
const dispatch =
  'BRIGHTON (Coastal Wire) — Harbour officials closed the marina on Monday after a storm.\n' +
  '"We could not risk another night like that," said Priya Malhotra, the harbour master.\n' +
  'Councillor Tom Becker and Dr Ines Moreau visited the site.\n';
const quotesAndNames =
  'Residents of Eastfield packed the hall.\n“The bus route is our lifeline,” said Martha Quinn.\n' +
  'Transport chief Oliver Grant promised a review, and Mayor Lena Hoff agreed.\n';
const notes = 'todo: buy milk\nfix the bike\ncall the bank about the card\n';
const readme = 'Project Setup\n\nRun the build, then open the folder. See the docs for details.\n';
const recipe = 'Tomato Soup\n\n2 tomatoes\n1 onion\nSimmer for 20 minutes and blend.\n';

describe('looksLikeNews', () => {
  it('accepts a date header on its own, also after a BOM and with CRLF', () => {
    expect(looksLikeNews(withHeader)).toBe(true);
    expect(looksLikeNews(`\uFEFF${withHeader.replace(/\n/g, '\r\n')}`)).toBe(true);
  });
  it('accepts a dispatch with a dateline, speech and names', () => {
    const s = newsSignals(dispatch);
    expect(s.dateline).toBe(true);
    expect(s.quotedSpeech).toBe(true);
    expect(s.names).toBeGreaterThanOrEqual(3);
    expect(looksLikeNews(dispatch)).toBe(true);
  });
  it('accepts quoted speech with several names without a dateline', () => {
    expect(newsSignals(quotesAndNames).dateline).toBe(false);
    expect(looksLikeNews(quotesAndNames)).toBe(true);
  });
  it('rejects notes, a README and a recipe, and odd input', () => {
    for (const t of [notes, readme, recipe, '', '😀'.repeat(5000), '\r\r\r']) expect(looksLikeNews(t)).toBe(false);
  });
  it('looks only at the first lines (cheap on a huge file)', () => {
    const huge = notes + 'x '.repeat(2_000_000) + dispatch;
    const t0 = performance.now();
    expect(looksLikeNews(huge)).toBe(false);
    expect(performance.now() - t0).toBeLessThan(200);
  });
});

describe('sampleLooksLikeNews', () => {
  it('needs two thirds of the sample', () => {
    expect(sampleLooksLikeNews([dispatch, withHeader, readme])).toBe(true);
    expect(sampleLooksLikeNews([dispatch, readme, notes])).toBe(false);
    expect(sampleLooksLikeNews([])).toBe(false);
  });
});

describe('spreadSample / commonFolder', () => {
  it('spreads a sample over the whole list', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i);
    expect(spreadSample(xs, 5)).toEqual([0, 25, 50, 74, 99]);
    expect(spreadSample(xs.slice(0, 3), 5)).toEqual([0, 1, 2]);
    expect(spreadSample(xs, 1)).toEqual([0]);
  });
  it('finds the deepest shared folder', () => {
    expect(commonFolder(['/w/news/a.txt', '/w/news/b/c.txt'])).toBe('/w/news');
    expect(commonFolder(['/w/news/a.txt'])).toBe('/w/news');
    expect(commonFolder(['/a/x.txt', '/b/y.txt'])).toBe('/');
  });
});
