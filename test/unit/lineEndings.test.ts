// The same article with LF, CRLF and CR line endings: every stage finds the same things at the
// same places. Spans are compared after mapping offsets back to the LF text.
import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/core/types';
import { unifyLineEnds } from '../../src/core/text/lineEnds';
import { testAnalyzer } from './helpers';

const LF = [
  'date 2025-03-12',
  '',
  'Harbour board will meet on Sunday to settle the ferry dispute',
  '',
  'PORTHAVEN, March 11 (Wire) - The harbour board will convene an emergency',
  'session on Sunday, its chairwoman Margit Olsen said on Tuesday.',
  '“We cannot let the ferries stop again,” Olsen told reporters at the quay.',
  'Last year the crossing closed for three weeks in July.',
  'Captain Henrik Dahl said the crews had waited long enough.',
  '"They deserve an answer this week," he said.',
  'The governmnet has not commented on the dispute, and the union said talks',
  'would resume next Monday.',
  '',
].join('\n');

const ENDINGS = { crlf: '\r\n', cr: '\r' } as const;

/** Offset in the converted text → offset in the LF text (each CRLF is one char longer). */
function toLfOffset(text: string): (o: number) => number {
  const map: number[] = [];
  let lf = 0;
  for (let i = 0; i <= text.length; i++) {
    map.push(lf);
    if (!(text[i] === '\r' && text[i + 1] === '\n')) lf++;
  }
  return (o) => map[o];
}

type Spans = Record<string, string[]>;

function spans(a: ArticleAnalysis, text: string): Spans {
  const at = toLfOffset(text);
  const span = (x: { start: number; end: number }) => `${at(x.start)}-${at(x.end)}`;
  return {
    header: a.header.span ? [span(a.header.span), a.header.published ?? ''] : [],
    title: [a.header.title],
    boilerplate: a.boilerplate.map(span),
    quotes: a.quotes.map((q) => `${span(q)} ${q.speaker ?? ''}`),
    entities: a.entities.map((e) => `${span(e)} ${e.type}`),
    dates: a.dates.map((d) => `${span(d)} ${d.value}`),
    typos: a.typos.map(span),
  };
}

describe('line endings', () => {
  const base = spans(testAnalyzer().analyze(LF), LF);

  it('the LF article has something for every stage', () => {
    expect(base.header[1]).toBe('2025-03-12');
    expect(base.title[0]).toBe('Harbour board will meet on Sunday to settle the ferry dispute');
    expect(base.quotes.length).toBeGreaterThanOrEqual(2);
    expect(base.dates.length).toBeGreaterThanOrEqual(5);
    expect(base.entities.length).toBeGreaterThanOrEqual(3);
    expect(base.typos.length).toBe(1);
  });

  for (const [name, eol] of Object.entries(ENDINGS)) {
    const text = LF.replace(/\n/g, eol);
    const got = spans(testAnalyzer().analyze(text), text);
    for (const stage of ['header', 'title', 'boilerplate', 'entities', 'dates', 'typos'] as const) {
      it(`${name}: ${stage} as with LF`, () => expect(got[stage]).toEqual(base[stage]));
    }
    it(`${name}: quotes as with LF`, () => expect(got.quotes).toEqual(base.quotes));
    it(`${name}: annotation texts are the source's own`, () => {
      const a = testAnalyzer().analyze(text);
      for (const x of [...a.quotes, ...a.entities, ...a.dates, ...a.typos]) expect(x.text).toBe(text.slice(x.start, x.end));
    });
  }
});

describe('unifyLineEnds', () => {
  it('turns lone CRs into LFs, leaves CRLF and the length alone', () => {
    expect(unifyLineEnds('a\rb\r\nc\r')).toBe('a\nb\r\nc\n');
    const s = 'one\rtwo\r\rthree';
    expect(unifyLineEnds(s)).toHaveLength(s.length);
    expect(unifyLineEnds('plain')).toBe('plain');
  });
});
