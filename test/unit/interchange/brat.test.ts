import { describe, expect, it } from 'vitest';
import { escapeNote, parseAnn, unescapeNote, writeAnn, writeConf } from '../../../src/core/interchange/brat';
import { ASTRAL_TEXT, article, span } from './fixtures';

describe('brat standoff', () => {
  it('writes code point offsets: an emoji before a span shifts it by one, not two', () => {
    const a = article(ASTRAL_TEXT, [span(ASTRAL_TEXT, 'Ada Quill', 'Person')]);
    const line = writeAnn(a).split('\n')[0];
    const cp = Array.from(ASTRAL_TEXT.slice(0, ASTRAL_TEXT.indexOf('Ada'))).length;
    expect(line).toBe(`T1\tPerson ${cp} ${cp + 9}\tAda Quill`);
  });

  it('reads back the same spans, labels and notes (emoji, CRLF, tabs and newlines in notes)', () => {
    const note = 'first line\nsecond\tcolumn \\ backslash\r\nend';
    const spans = [
      span(ASTRAL_TEXT, 'Ada Quill', 'Person', { note }),
      span(ASTRAL_TEXT, '🕐🕑 two years', 'Claim'),
      span(ASTRAL_TEXT, 'council\tagreed', 'Fact_check', { note: 'tab inside the span' }),
    ];
    const parsed = parseAnn(writeAnn(article(ASTRAL_TEXT, spans)), ASTRAL_TEXT);
    expect(parsed.problems).toEqual([]);
    const got = parsed.documents[0].spans.map((s) => [s.label, s.start, s.end, s.exact, s.note]);
    expect(got).toEqual(spans.map((s) => [s.label, s.start, s.end, ASTRAL_TEXT.slice(s.start, s.end), s.note]));
  });

  it('splits a span across a line break into fragments and reads them back as one span', () => {
    const exact = 'Dunmore.\r\nShe said';
    const s = span(ASTRAL_TEXT, exact, 'Claim');
    const ann = writeAnn(article(ASTRAL_TEXT, [s]));
    expect(ann).toMatch(/^T1\tClaim \d+ \d+;\d+ \d+\tDunmore\. She said\n$/);
    const back = parseAnn(ann, ASTRAL_TEXT).documents[0].spans[0];
    expect([back.start, back.end]).toEqual([s.start, s.end]);
  });

  it('reads words and notes holding U+2028/U+2029 (not line ends in brat)', () => {
    const text = 'one\u2028two\u2029three';
    const back = parseAnn(writeAnn(article(text, [span(text, text, 'Claim', { note: 'a\u2028b' })])), text);
    expect(back.problems).toEqual([]);
    expect(back.documents[0].spans.map((s) => [s.start, s.end, s.note])).toEqual([[0, text.length, 'a\u2028b']]);
  });

  it('escapes notes to one line and back', () => {
    for (const n of ['a\nb', 'tab\there', 'back\\slash\\n not a newline', '\r\n']) {
      expect(escapeNote(n)).not.toMatch(/[\n\r\t]/);
      expect(unescapeNote(escapeNote(n))).toBe(n);
    }
  });

  it('reports discontinuous spans, bad ranges, text mismatches and unsupported lines', () => {
    const text = 'Ada met Bo in Leeds.';
    const ann = [
      'T1\tPerson 0 3\tAda',
      'T2\tPerson 0 3;8 10\tAda Bo',
      'T3\tPlace 14 99\tLeeds',
      'T4\tPlace 14 19\tLeedz',
      'R1\tMeets Arg1:T1 Arg2:T2',
      '#1\tAnnotatorNotes T9\tdangling',
      '#2\tAnnotatorNotes T1\tshe chairs',
    ].join('\n');
    const { documents, problems } = parseAnn(ann, text);
    expect(documents[0].spans.map((s) => [s.label, text.slice(s.start, s.end), s.note])).toEqual([
      ['Person', 'Ada', 'she chairs'],
      ['Place', 'Leeds', ''],
    ]);
    expect(problems.join('\n')).toMatch(/T2 is discontinuous/);
    expect(problems.join('\n')).toMatch(/T3 range 14 99 is outside the text/);
    expect(problems.join('\n')).toMatch(/T4 text "Leedz" differs/);
    expect(problems.join('\n')).toMatch(/note for T9/);
    expect(problems.join('\n')).toMatch(/1 line\(s\) of kind R/);
  });

  it('keeps the automatic layer’s details in notes and reads them back as details', () => {
    const text = '“We will,” said Ada Quill on 3 May.';
    const spans = [
      span(text, 'We will,', 'QUOTE', { layer: 'auto', detail: { speaker: 'Ada Quill' } }),
      span(text, 'Ada Quill', 'PER', { layer: 'auto', detail: { canonical: 'Ada Quill' } }),
      span(text, '3 May', 'DATE', { layer: 'auto', detail: { value: '2026-05-03' } }),
    ];
    const back = parseAnn(writeAnn(article(text, spans)), text).documents[0].spans;
    expect(back.map((s) => [s.label, s.detail, s.note])).toEqual([
      ['QUOTE', { speaker: 'Ada Quill' }, ''],
      ['PER', { canonical: 'Ada Quill' }, ''],
      ['DATE', { value: '2026-05-03' }, ''],
    ]);
  });

  it('writes an empty .ann for an article without spans, and a conf declaring every type once', () => {
    expect(writeAnn(article('', []))).toBe('');
    expect(parseAnn('', '').documents[0].spans).toEqual([]);
    const conf = writeConf(['PER', 'False claim', 'PER']);
    expect(conf.split('\n').slice(0, 3)).toEqual(['[entities]', 'False_claim', 'PER']);
    expect(conf).toMatch(/\[relations\][\s\S]*\[events\][\s\S]*\[attributes\]/);
  });
});
