// PLACEHOLDER until the trained tagger lands: compromise's people/places/organizations.
import nlp from 'compromise';
import type { EntityType, Span } from '../types';

export interface RawEntity extends Span {
  type: EntityType;
}

export interface NerModel {
  readonly kind: 'placeholder';
}

export function loadNerModel(_bytes?: Uint8Array): NerModel {
  return { kind: 'placeholder' };
}

/** Finds entity spans in `text` (which has boilerplate blanked out). */
export function tagEntities(_model: NerModel, text: string): RawEntity[] {
  const doc = nlp(text);
  const out: RawEntity[] = [];
  const add = (view: any, type: EntityType) => {
    for (const o of view.json({ offset: true, text: true })) {
      const off = o.offset;
      if (off) out.push({ start: off.start, end: off.start + off.length, type });
    }
  };
  add(doc.people(), 'person');
  add(doc.places(), 'place');
  add(doc.organizations(), 'organization');
  return out.sort((a, b) => a.start - b.start);
}
