import * as chrono from 'chrono-node/en';
import type { DateAnnotation } from './types';

// PLACEHOLDER: chrono-node as documented.
export function findDates(text: string, published: string | null): DateAnnotation[] {
  const ref = published ? new Date(`${published}T12:00:00Z`) : new Date();
  return chrono.parse(text, ref).map((r) => {
    const c = r.start;
    const value = c.isCertain('day') || c.isCertain('weekday') || published
      ? `${c.get('year')}-${String(c.get('month')).padStart(2, '0')}-${String(c.get('day')).padStart(2, '0')}`
      : null;
    return { kind: 'date', start: r.index, end: r.index + r.text.length, text: r.text, value };
  });
}
