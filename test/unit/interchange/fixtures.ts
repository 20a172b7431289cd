// Small hand-written articles and annotations for the interchange tests (none from the eval set).
import type { ReaderAnnotation } from '../../../src/core/annotations/model';
import type { ExportArticle, ExportSpan } from '../../../src/core/interchange/layers';

/** Astral characters (emoji, a math letter), CRLF line ends and a tab. */
export const ASTRAL_TEXT =
  'Mayor 🎉 Ada Quill opened the 𝐍ew bridge in Dunmore.\r\nShe said: “It took 🕐🕑 two years.”\r\nThe council\tagreed.';

export function span(text: string, exact: string, label: string, extra: Partial<ExportSpan> = {}, from = 0): ExportSpan {
  const start = text.indexOf(exact, from);
  if (start < 0) throw new Error(`fixture: ${exact} not in text`);
  return { id: `id-${label}-${start}`, layer: 'user', start, end: start + exact.length, label, note: '', ...extra };
}

export function article(text: string, spans: ExportSpan[], file = 'news/a.txt'): ExportArticle {
  return { file, source: `file:///ws/${file}`, text, spans, corrections: [], problems: [] };
}

export function reader(text: string, exact: string, label: string, extra: Partial<ReaderAnnotation> = {}): ReaderAnnotation {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`fixture: ${exact} not in text`);
  const end = start + exact.length;
  return {
    id: `urn:uuid:00000000-0000-4000-8000-${String(start).padStart(12, '0')}`,
    label,
    note: '',
    replies: [],
    creator: 'Tess',
    created: '2026-01-02T03:04:05.000Z',
    modified: '2026-01-02T03:04:05.000Z',
    target: { start, end, exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) },
    ...extra,
  };
}
