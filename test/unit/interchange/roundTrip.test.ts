// Property tests: any text (emoji, combining marks, CR/LF, tabs), any spans on code point
// boundaries, any notes → each format → parsed back gives the same spans, labels and notes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnn, writeAnn } from '../../../src/core/interchange/brat';
import { parseDoccano, writeDoccanoLine } from '../../../src/core/interchange/doccano';
import { bratSafe, type ExportSpan } from '../../../src/core/interchange/layers';
import { offsetConverter } from '../../../src/core/annotations/codePoints';
import { writeW3CCollection } from '../../../src/core/interchange/w3cCollection';
import { parseW3C } from '../../../src/core/interchange/w3cCollectionRead';
import { article } from './fixtures';

const piece = fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }), fc.constantFrom('\r\n', '\n', '\r', '\t', '🎉', '👍🏽', '𝐍', 'é', ' '));
const label = fc.constantFrom('Claim', 'False claim', 'Source', 'x');
const note = fc.oneof(fc.constant(''), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom('a\nb', 'tab\tx', 'back\\slash', '\\n literal'));

/** A text and spans on code point boundaries (whatever the format, a span never splits an emoji). */
const doc = fc
  .array(piece, { minLength: 1, maxLength: 20 })
  .map((parts) => parts.join(''))
  .chain((text) => {
    const cps = Array.from(text).length;
    const map = offsetConverter(text);
    const spanArb = fc
      .tuple(fc.integer({ min: 0, max: cps - 1 }), fc.integer({ min: 1, max: cps }), label, note)
      .filter(([a, b]) => a < b)
      .map(([a, b, l, n]): ExportSpan => ({ id: `id-${a}-${b}`, layer: 'user', start: map.toUtf16(a), end: map.toUtf16(b), label: l, note: n }));
    return fc.tuple(fc.constant(text), fc.array(spanArb, { maxLength: 5 }));
  });

const key = (s: { label: string; start: number; end: number; note: string }) => `${s.label}|${s.start}|${s.end}|${s.note}`;
const keys = (spans: { label: string; start: number; end: number; note: string }[]) => spans.map(key).sort();

describe('round trips of arbitrary text and spans', () => {
  it('doccano', () => {
    fc.assert(
      fc.property(doc, ([text, spans]) => {
        const parsed = parseDoccano(writeDoccanoLine(article(text, spans)));
        expect(parsed.problems).toEqual([]);
        expect(keys(parsed.documents[0].spans)).toEqual(keys(spans));
      }),
      { numRuns: 300 },
    );
  });

  it('W3C (positions converted against the same text)', () => {
    fc.assert(
      fc.property(doc, ([text, spans]) => {
        const parsed = parseW3C(writeW3CCollection([article(text, spans)], { id: 'urn:x:c', label: 'p', pageSize: 2 }));
        expect(parsed.problems).toEqual([]);
        const map = offsetConverter(text);
        const back = (parsed.documents[0]?.spans ?? []).map((s) => ({ ...s, start: map.toUtf16(s.start), end: map.toUtf16(s.end) }));
        expect(keys(back)).toEqual(keys(spans));
        for (const s of back) expect(s.exact).toBe(text.slice(s.start, s.end));
      }),
      { numRuns: 300 },
    );
  });

  it('brat (line breaks at a span’s edges are dropped: brat cannot show them)', () => {
    const trimmed = (text: string, s: ExportSpan): ExportSpan | null => {
      let { start, end } = s;
      while (start < end && /[\r\n]/.test(text[start])) start++;
      while (end > start && /[\r\n]/.test(text[end - 1])) end--;
      return start < end ? { ...s, start, end } : null;
    };
    fc.assert(
      fc.property(doc, ([text, spans]) => {
        const parsed = parseAnn(writeAnn(article(text, spans)), text);
        // Words that differ only by the line breaks joined as spaces are fine; nothing else is reported.
        expect(parsed.problems.filter((p) => !/differs from the \.txt/.test(p))).toEqual([]);
        // brat type names have no spaces: "False claim" comes back as "False_claim" (the import maps it to its id).
        const expected = spans
          .map((s) => trimmed(text, s))
          .filter((s): s is ExportSpan => s !== null)
          .map((s) => ({ ...s, label: bratSafe(s.label) }));
        expect(keys(parsed.documents[0].spans)).toEqual(keys(expected));
      }),
      { numRuns: 300 },
    );
  });
});
