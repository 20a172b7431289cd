import type { EntityAnnotation, QuoteAnnotation } from './types';

// PLACEHOLDER: balanced straight/curly double quotes within a paragraph, no speaker.
export function findQuotes(text: string, _entities: readonly EntityAnnotation[]): QuoteAnnotation[] {
  const out: QuoteAnnotation[] = [];
  const re = /["\u201c]([^"\u201c\u201d\n]+)["\u201d]/g;
  for (let m; (m = re.exec(text)); ) {
    const start = m.index + 1;
    const end = start + m[1].length;
    out.push({ kind: 'quote', start, end, text: m[1], speaker: null });
  }
  return out;
}
