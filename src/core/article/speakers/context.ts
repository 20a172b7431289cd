// The per-article context of attribution, built once from the text, quotes and entities.
import type { EntityAnnotation } from '../../types';
import type { QuoteStretch } from '../quotes/stretch';
import type { Context } from './model';
import { gendersByHonorific, insideAny, nameBank, withoutHeadlineVerb } from './names';
import { findRoles } from './roles';

export function makeContext(text: string, quotes: readonly QuoteStretch[], entities: readonly EntityAnnotation[]): Context {
  // "Ann Pike Says" from a headline is Ann Pike wherever the article names her.
  const sorted = entities
    .map((e) => {
      const name = e.type === 'person' ? withoutHeadlineVerb(e.canonical) : e.canonical;
      return name === e.canonical ? e : { ...e, canonical: name };
    })
    .sort((a, b) => a.start - b.start);
  const ctx: Context = {
    text,
    quotes,
    entities: sorted,
    persons: sorted.filter((e) => e.type === 'person' && !insideAny(e.start, quotes)),
    byLast: new Map(),
    byFirst: new Map(),
    namePositions: new Map(),
    personNames: new Set(),
    bankPos: [],
    bankAt: new Map(),
    roles: new Map(),
    leaders: new Map(),
    genders: gendersByHonorific(text),
    mentions: [],
  };
  nameBank(ctx);
  ctx.roles = findRoles(text, ctx);
  return ctx;
}
