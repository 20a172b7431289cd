import type { EntityAnnotation, QuoteAnnotation } from '../../types';
import { attributeSpeakers } from '../speakers';
import { isTitleCased, keepQuote } from './filter';
import { scanQuotes } from './scan';

export type { QuoteStretch } from './stretch';
export { scanQuotes } from './scan';

/** Direct quotes between double quote marks, each with its speaker when the text says who. */
export function findQuotes(text: string, entities: readonly EntityAnnotation[]): QuoteAnnotation[] {
  const stretches = scanQuotes(text).filter((q) => keepQuote(text, q));
  const speakers = attributeSpeakers(text, stretches, entities);
  const out: QuoteAnnotation[] = [];
  stretches.forEach((q, i) => {
    const s = text.slice(q.start, q.end);
    // A short Title Case name nobody is said to have said is a title ("Face the Nation"), not a quote.
    if (!speakers[i].speaker && s.split(/\s+/).length <= TITLE_MAX_WORDS && isTitleCased(s)) return;
    const a: QuoteAnnotation = { kind: 'quote', start: q.start, end: q.end, text: s, speaker: speakers[i].speaker };
    if (speakers[i].span) a.speakerSpan = speakers[i].span;
    out.push(a);
  });
  return out;
}

const TITLE_MAX_WORDS = 5;
