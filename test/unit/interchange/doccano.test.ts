import { describe, expect, it } from 'vitest';
import { parseDoccano, writeDoccanoLine } from '../../../src/core/interchange/doccano';
import { ASTRAL_TEXT, article, span } from './fixtures';

describe('doccano / Label Studio JSONL', () => {
  it('writes label names and code point offsets, the file in meta', () => {
    const s = span(ASTRAL_TEXT, 'Dunmore', 'Place name');
    const row = JSON.parse(writeDoccanoLine(article(ASTRAL_TEXT, [s], 'sub/a.txt')));
    const cp = Array.from(ASTRAL_TEXT.slice(0, s.start)).length;
    expect(row.text).toBe(ASTRAL_TEXT);
    expect(row.label).toEqual([[cp, cp + 7, 'Place name']]);
    expect(row.meta.file).toBe('sub/a.txt');
    // What a Python tool sees: slicing by code points gives the same words.
    expect(
      Array.from(row.text)
        .slice(cp, cp + 7)
        .join(''),
    ).toBe('Dunmore');
  });

  it('reads back spans, ids and notes (emoji, CRLF, an empty article)', () => {
    const spans = [span(ASTRAL_TEXT, '🕐🕑 two', 'Claim', { note: 'check\nthis' }), span(ASTRAL_TEXT, 'Ada Quill', 'Person')];
    const jsonl = [writeDoccanoLine(article(ASTRAL_TEXT, spans)), writeDoccanoLine(article('', [], 'empty.txt'))].join('\n');
    const { documents, problems } = parseDoccano(jsonl);
    expect(problems).toEqual([]);
    expect(documents.map((d) => d.file)).toEqual(['news/a.txt', 'empty.txt']);
    const got = documents[0].spans.map((s) => [s.id, s.label, s.start, s.end, s.note]);
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    expect(got.sort((a, b) => Number(a[2]) - Number(b[2]))).toEqual(sorted.map((s) => [s.id, s.label, s.start, s.end, s.note]));
    expect(documents[1].spans).toEqual([]);
  });

  it('matches notes by span even when a tool reorders the label list', () => {
    const text = 'Ada and Bo';
    const line = JSON.parse(
      writeDoccanoLine(article(text, [span(text, 'Ada', 'P', { note: 'one' }), span(text, 'Bo', 'P', { note: 'two' })])),
    );
    line.label.reverse();
    const back = parseDoccano(JSON.stringify(line)).documents[0].spans;
    expect(back.map((s) => [text.slice(s.start, s.end), s.note])).toEqual([
      ['Bo', 'two'],
      ['Ada', 'one'],
    ]);
  });

  it('reads doccano’s newer "entities" objects', () => {
    const text = 'I ❤️ Leeds';
    const row = { text, entities: [{ id: 1, label: 'LOC', start_offset: 5, end_offset: 10 }] };
    const s = parseDoccano(JSON.stringify(row)).documents[0].spans[0];
    expect(text.slice(s.start, s.end)).toBe('Leeds');
  });

  it('reports bad lines and bad spans, and keeps the good ones', () => {
    const jsonl = [
      '{not json',
      '{"label": []}',
      JSON.stringify({
        text: 'abc',
        label: [
          [0, 9, 'X'],
          [1, 2, 'Y'],
          [2, 1, 'Z'],
        ],
      }),
    ].join('\n');
    const { documents, problems } = parseDoccano(jsonl, 'in.jsonl');
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/in.jsonl line 1: not JSON/);
    expect(problems[1]).toMatch(/line 2: no "text"/);
    expect(documents[0].spans.map((s) => s.label)).toEqual(['Y']);
  });
});
