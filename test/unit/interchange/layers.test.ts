import { describe, expect, it } from 'vitest';
import type { Correction } from '../../../src/core/annotations/model';
import { correctedAnalyses } from '../../../src/core/interchange/autoLayer';
import { exportArticle, labelIdOf, type Layer } from '../../../src/core/interchange/layers';
import type { ArticleAnalysis } from '../../../src/core/types';
import { reader } from './fixtures';

const TEXT = 'Ada Quill said: “Leeds will win.” Ada Quill spoke on Monday in Leeds.';

function at(exact: string, from = 0) {
  const start = TEXT.indexOf(exact, from);
  return { start, end: start + exact.length, text: exact };
}

function analysis(): ArticleAnalysis {
  const q = at('Leeds will win.');
  return {
    header: { published: null, span: null, title: '', outlet: null },
    boilerplate: [],
    typos: [],
    quotes: [{ kind: 'quote', ...q, speaker: null }],
    entities: [
      { kind: 'entity', type: 'person', ...at('Ada Quill'), canonical: 'Ada Quill' },
      { kind: 'entity', type: 'person', ...at('Leeds'), canonical: 'Leeds' },
      { kind: 'entity', type: 'person', ...at('Ada Quill', 20), canonical: 'Ada Quill' },
      { kind: 'entity', type: 'place', ...at('Leeds', 40), canonical: 'Leeds' },
    ],
    dates: [{ kind: 'date', ...at('Monday'), value: null }],
    length: TEXT.length,
    warnings: [],
  };
}

function correction(exact: string, fix: Correction, scope?: 'mention' | 'name', modified = '2026-01-01T00:00:00.000Z') {
  return reader(TEXT, exact, 'correction', { correction: fix, scope, modified, id: `urn:uuid:${exact}-${fix.action}` });
}

// The automatic layer as the export makes it: through a CorpusService (here over a fixed analysis).
const fixed = { analyze: () => analysis() };
const run = (annotations: ReturnType<typeof reader>[], layers: Layer[] = ['auto', 'user']) => {
  const corrected = correctedAnalyses(fixed, [{ key: 'a.txt', text: TEXT, annotations }]).get('a.txt')!;
  return exportArticle({ file: 'a.txt', source: 'file:///a.txt', text: TEXT, analysis: corrected, annotations, labels: [{ id: 'claim', name: 'Claim', color: '#f00' }], layers: new Set(layers) });
};

const show = (a: ReturnType<typeof run>) => a.spans.map((s) => `${s.label}:${TEXT.slice(s.start, s.end)}${s.detail ? ':' + JSON.stringify(s.detail) : ''}`);

describe('export layers', () => {
  it('turns the automatic layer into labelled spans with their details', () => {
    expect(show(run([]))).toEqual([
      'PER:Ada Quill:{"canonical":"Ada Quill"}',
      'QUOTE:Leeds will win.:{"speaker":null}', // the longer of two spans at one place first
      'PER:Leeds:{"canonical":"Leeds"}',
      'PER:Ada Quill:{"canonical":"Ada Quill"}',
      'DATE:Monday:{"value":null}',
      'LOC:Leeds:{"canonical":"Leeds"}',
    ]);
  });

  it('applies corrections: type by name, reject, speaker, date value, added entity', () => {
    const out = run([
      correction('Leeds', { kind: 'entity', action: 'type', type: 'place' }, 'name'),
      correction('Ada Quill', { kind: 'entity', action: 'reject' }),
      correction('Leeds will win.', { kind: 'quote', action: 'speaker', speaker: 'Ada Quill' }),
      correction('Monday', { kind: 'date', action: 'value', value: '2026-03-02' }),
      correction('spoke', { kind: 'entity', action: 'add', type: 'organization' }),
    ]);
    expect(show(out)).toEqual([
      'QUOTE:Leeds will win.:{"speaker":"Ada Quill"}',
      'LOC:Leeds:{"canonical":"Leeds"}',
      'PER:Ada Quill:{"canonical":"Ada Quill"}', // the second mention: the reject was for one mention
      'ORG:spoke:{"canonical":"spoke"}',
      'DATE:Monday:{"value":"2026-03-02"}',
      'LOC:Leeds:{"canonical":"Leeds"}',
    ]);
  });

  it('lets the later of two corrections of the same span win', () => {
    const value = correction('Monday', { kind: 'date', action: 'value', value: '2026-03-09' }, undefined, '2026-02-01T00:00:00.000Z');
    const reject = correction('Monday', { kind: 'date', action: 'reject' }, undefined, '2026-01-01T00:00:00.000Z');
    expect(show(run([value, reject]))).toContain('DATE:Monday:{"value":"2026-03-09"}');
    expect(show(run([reject, value]))).toContain('DATE:Monday:{"value":"2026-03-09"}');
    // The other way round the reject is the later one.
    const laterReject = { ...reject, modified: '2026-03-01T00:00:00.000Z' };
    expect(show(run([value, laterReject])).some((x) => x.startsWith('DATE:'))).toBe(false);
  });

  it('holds a name-wide correction of one article in every article of the export', () => {
    const other = 'Leeds again: Leeds fans cheered.';
    const otherAnalysis = (): ArticleAnalysis => ({
      ...analysis(),
      quotes: [],
      dates: [],
      entities: [0, other.lastIndexOf('Leeds')].map((start) => ({ kind: 'entity' as const, type: 'person' as const, start, end: start + 5, text: 'Leeds', canonical: 'Leeds' })),
      length: other.length,
    });
    const analyzer = { analyze: (text: string) => (text === TEXT ? analysis() : otherAnalysis()) };
    const fix = correction('Leeds', { kind: 'entity', action: 'type', type: 'place' }, 'name');
    const out = correctedAnalyses(analyzer, [
      { key: 'b.txt', text: other, annotations: [] }, // before the article holding the correction
      { key: 'a.txt', text: TEXT, annotations: [fix] },
    ]);
    expect(out.get('b.txt')!.entities.map((e) => e.type)).toEqual(['place', 'place']);
    expect(out.get('a.txt')!.entities.filter((e) => e.text === 'Leeds').map((e) => e.type)).toEqual(['place', 'place']);
  });

  it('exports the reader’s annotations with label names, not the corrections', () => {
    const out = run([reader(TEXT, 'will win', 'claim', { note: 'n' }), correction('Monday', { kind: 'date', action: 'reject' })], ['user']);
    expect(out.spans.map((s) => [s.layer, s.label, s.note])).toEqual([['user', 'Claim', 'n']]);
  });

  it('reports a stored span outside the text instead of writing it', () => {
    const stale = reader(TEXT, 'Monday', 'claim');
    stale.target = { ...stale.target, start: TEXT.length - 2, end: TEXT.length + 5 };
    const out = run([stale], ['user']);
    expect(out.spans).toEqual([]);
    expect(out.problems[0]).toMatch(/outside the text/);
  });

  it('maps label names back to ids (name, brat-safe name, id; unknown names stay)', () => {
    const id = labelIdOf([{ id: 'false', name: 'False claim', color: '#f00' }]);
    expect(['False claim', 'False_claim', 'false claim', 'false', 'Other'].map(id)).toEqual(['false', 'false', 'false', 'false', 'Other']);
  });
});
