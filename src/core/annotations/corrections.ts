// Corrections of the automatic layer, applied on top of an analysis: the reader fixes a mark once
// and every view (decorations, hovers, trees, cross-source lists, status bar, CLI) shows the fix.
// A correction is a reader annotation whose `correction` says what to change; its target has been
// anchored to the current text (start/end), so matching is by span.
import type { ArticleAnalysis, DateAnnotation, EntityAnnotation, QuoteAnnotation, Span } from '../types';
import type { Correction } from './model';

/** A correction anchored in the current text. */
export interface PlacedCorrection {
  start: number;
  end: number;
  exact: string;
  correction: Correction;
  scope?: 'mention' | 'name';
}

/** A name-wide correction of entities, keyed by the corrected canonical name (applies corpus-wide). */
export interface NameRule {
  canonical: string;
  correction: Extract<Correction, { kind: 'entity' }>;
}

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** The annotation of the list that the correction's span points at: the largest overlap, then the closest length. */
function pointedAt<T extends Span>(list: readonly T[], c: Span): T | undefined {
  let best: T | undefined;
  let bestScore = 0;
  for (const x of list) {
    const o = overlap(x, c);
    if (!o) continue;
    const score = o / Math.max(x.end - x.start, c.end - c.start);
    if (score > bestScore) (best = x), (bestScore = score);
  }
  return best;
}

/**
 * Name-wide rules from corrections with scope 'name' (entity type, reject, same-as), keyed by the
 * canonical name the corrected mention has in the automatic layer.
 */
export function nameRules(analysis: ArticleAnalysis, corrections: readonly PlacedCorrection[]): NameRule[] {
  const out: NameRule[] = [];
  for (const c of corrections) {
    if (c.scope !== 'name' || c.correction.kind !== 'entity' || c.correction.action === 'add') continue;
    const e = pointedAt(analysis.entities, c);
    if (e) out.push({ canonical: e.canonical, correction: c.correction });
  }
  return out;
}

/**
 * The analysis with the corrections applied (a new object; the input is not changed). `rules` are
 * name-wide entity corrections from any article of the corpus (this one's included).
 */
export function applyCorrections(
  text: string,
  analysis: ArticleAnalysis,
  corrections: readonly PlacedCorrection[],
  rules: readonly NameRule[] = nameRules(analysis, corrections),
): ArticleAnalysis {
  let entities: EntityAnnotation[] = analysis.entities.map((e) => ({ ...e }));
  let quotes: QuoteAnnotation[] = analysis.quotes.map((q) => ({ ...q }));
  let dates: DateAnnotation[] = analysis.dates.map((d) => ({ ...d }));
  const dropped = new Set<object>();

  // Name-wide rules first; a correction of one mention then overrides them for that mention.
  const byName = new Map<string, NameRule['correction'][]>();
  for (const r of rules) byName.set(r.canonical, [...(byName.get(r.canonical) ?? []), r.correction]);
  for (const e of entities) for (const c of byName.get(e.canonical) ?? []) applyToEntity(e, c, dropped);

  for (const c of corrections) {
    const k = c.correction;
    if (k.kind === 'entity') {
      if (k.action === 'add') {
        entities = entities.filter((e) => !overlap(e, c));
        for (const span of c.scope === 'name' ? occurrences(text, c.exact, c) : [c]) {
          entities = entities.filter((e) => !overlap(e, span));
          entities.push({ kind: 'entity', type: k.type, start: span.start, end: span.end, text: text.slice(span.start, span.end), canonical: c.exact, corrected: true });
        }
        continue;
      }
      if (c.scope === 'name') continue; // handled by the rules
      const e = pointedAt(entities, c);
      if (e) applyToEntity(e, k, dropped);
    } else if (k.kind === 'quote') {
      const q = pointedAt(quotes, c);
      if (!q) continue;
      if (k.action === 'reject') dropped.add(q);
      else {
        dropped.delete(q); // a later correction replaces an earlier reject (the list is in the order made)
        Object.assign(q, { speaker: k.speaker, corrected: true });
      }
    } else {
      const d = pointedAt(dates, c);
      if (!d) continue;
      if (k.action === 'reject') dropped.add(d);
      else {
        dropped.delete(d);
        Object.assign(d, { value: k.value, corrected: true });
        delete d.basis; // a value the reader set is never resolved again
        delete d.relative;
      }
    }
  }
  entities = entities.filter((e) => !dropped.has(e)).sort((a, b) => a.start - b.start || b.end - a.end);
  quotes = quotes.filter((q) => !dropped.has(q));
  dates = dates.filter((d) => !dropped.has(d));
  return { ...analysis, entities, quotes, dates };
}

function applyToEntity(e: EntityAnnotation, c: Extract<Correction, { kind: 'entity' }>, dropped: Set<object>): void {
  if (c.action === 'reject') return void dropped.add(e);
  dropped.delete(e); // a later correction replaces an earlier reject
  if (c.action === 'type') Object.assign(e, { type: c.type, corrected: true });
  else if (c.action === 'sameAs') Object.assign(e, { canonical: c.canonical, corrected: true });
}

/** Word-bounded occurrences of `exact` in the text (the corrected span first). */
function occurrences(text: string, exact: string, first: Span): Span[] {
  const out: Span[] = [first];
  if (!exact.trim()) return out;
  const isWord = (ch: string | undefined) => !!ch && /[\p{L}\p{N}]/u.test(ch);
  for (let i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + exact.length)) {
    if (i === first.start || isWord(text[i - 1]) || isWord(text[i + exact.length])) continue;
    out.push({ start: i, end: i + exact.length });
  }
  return out;
}
