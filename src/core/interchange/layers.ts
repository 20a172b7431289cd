// What the exporters write: per article, spans with label NAMES, from two layers. "auto" is the
// automatic analysis (entities, quotes with speaker, dates with value) after the reader's
// corrections (applied by the CorpusService, as everywhere); "user" is the reader's own
// annotations from the store.
import type { LabelDefinition, ReaderAnnotation } from '../annotations/model';
import type { ArticleAnalysis, EntityType } from '../types';

export type Layer = 'user' | 'auto';

/** Label names of the automatic layer, as they appear in every format (CoNLL-2003 tag names). */
export const AUTO_LABELS = { person: 'PER', place: 'LOC', organization: 'ORG', date: 'DATE', quote: 'QUOTE' } as const;
export type AutoLabel = (typeof AUTO_LABELS)[keyof typeof AUTO_LABELS];
const AUTO_NAMES: ReadonlySet<string> = new Set(Object.values(AUTO_LABELS));
export const isAutoLabel = (name: string): name is AutoLabel => AUTO_NAMES.has(name);

/** Details the automatic layer carries beside the label. */
export interface AutoDetail {
  /** Quote: the speaker (canonical name), null when unknown. */
  speaker?: string | null;
  /** Date: the calendar value (YYYY-MM-DD, YYYY-MM, YYYY), null when unresolved. */
  value?: string | null;
  /** Entity: the fullest name the article uses. */
  canonical?: string;
}

export interface ExportSpan {
  /** Stable id: the reader annotation's id, or one derived from the kind and offsets. */
  id: string;
  layer: Layer;
  /** UTF-16 offsets, end exclusive. */
  start: number;
  end: number;
  /** The label's display name ("PER", "False claim"). */
  label: string;
  /** Empty when none. */
  note: string;
  detail?: AutoDetail;
  /** The store's annotation, for formats that keep everything (W3C). */
  reader?: ReaderAnnotation;
}

export interface ExportArticle {
  /** The article's name in the exported files: its path relative to the workspace, '/'-separated. */
  file: string;
  /** Absolute IRI of the article (W3C target source). */
  source: string;
  text: string;
  spans: ExportSpan[];
  /**
   * The reader's corrections themselves (user layer). Only W3C can carry them (as "editing"
   * annotations); the other formats get their effect on the automatic layer.
   */
  corrections: ExportSpan[];
  /** What could not be exported (e.g. a stored span past the end of the text). */
  problems: string[];
}

/** Label display names by id; an id not in the taxonomy is its own name. */
export function labelNamer(labels: readonly LabelDefinition[]): (id: string) => string {
  const byId = new Map(labels.map((l) => [l.id, l.name]));
  return (id) => byId.get(id) ?? id;
}

/** The reverse: label id of a name as a format wrote it (name, brat-safe name or id). */
export function labelIdOf(labels: readonly LabelDefinition[]): (name: string) => string {
  const byName = new Map<string, string>();
  for (const l of labels) {
    byName.set(l.id, l.id);
    byName.set(l.name, l.id);
    byName.set(l.name.toLowerCase(), l.id);
    byName.set(bratSafe(l.name), l.id);
  }
  return (name) => byName.get(name) ?? byName.get(name.toLowerCase()) ?? name;
}

/** brat type names may not contain whitespace or reserved characters. */
export function bratSafe(name: string): string {
  return name.trim().replace(/[\s|;:,=()[\]{}<>"'\\/]+/gu, '_') || '_';
}

const entityLabel = (t: EntityType) => AUTO_LABELS[t];

/**
 * The automatic layer as spans. `analysis` already has the reader's corrections applied: the
 * export runs its articles through a CorpusService (see exportLayer.ts), as `analyze` does.
 */
export function autoSpans(analysis: ArticleAnalysis): ExportSpan[] {
  const out: ExportSpan[] = [];
  for (const e of analysis.entities) out.push(auto(`entity-${e.start}-${e.end}`, e.start, e.end, entityLabel(e.type), { canonical: e.canonical }));
  for (const q of analysis.quotes) out.push(auto(`quote-${q.start}-${q.end}`, q.start, q.end, AUTO_LABELS.quote, { speaker: q.speaker }));
  for (const d of analysis.dates) out.push(auto(`date-${d.start}-${d.end}`, d.start, d.end, AUTO_LABELS.date, { value: d.value }));
  return sortSpans(out);
}

function auto(id: string, start: number, end: number, label: AutoLabel, detail: AutoDetail): ExportSpan {
  return { id, layer: 'auto', start, end, label, note: '', detail };
}

/** The reader's own annotations (not the corrections) as spans with label names. */
export function userSpans(annotations: readonly ReaderAnnotation[], labels: readonly LabelDefinition[]): ExportSpan[] {
  const name = labelNamer(labels);
  return sortSpans(
    annotations
      .filter((a) => !a.correction)
      .map((a) => ({ id: a.id, layer: 'user' as const, start: a.target.start, end: a.target.end, label: name(a.label), note: a.note, reader: a })),
  );
}

export function sortSpans(spans: ExportSpan[]): ExportSpan[] {
  return spans.sort((a, b) => a.start - b.start || b.end - a.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

/** One article ready to export: the layers asked for, in document order. */
export function exportArticle(input: {
  file: string;
  source: string;
  text: string;
  /** The automatic layer with the reader's corrections applied (null: none). */
  analysis: ArticleAnalysis | null;
  annotations: readonly ReaderAnnotation[];
  labels: readonly LabelDefinition[];
  layers: ReadonlySet<Layer>;
}): ExportArticle {
  const corrections = input.annotations.filter((a) => a.correction);
  const spans: ExportSpan[] = [];
  if (input.layers.has('auto') && input.analysis) spans.push(...autoSpans(input.analysis));
  if (input.layers.has('user')) spans.push(...userSpans(input.annotations, input.labels));
  // A stale store must not produce offsets past the end: such spans are reported, not written.
  const problems: string[] = [];
  const valid = spans.filter((s) => {
    const ok = s.start >= 0 && s.end <= input.text.length && s.start < s.end;
    if (!ok) problems.push(`${s.layer} annotation ${s.id} (${s.label}) lies outside the text [${s.start}, ${s.end}) and was not exported`);
    return ok;
  });
  const fixes = input.layers.has('user')
    ? corrections
        .filter((a) => a.target.start >= 0 && a.target.end <= input.text.length)
        .map((a) => ({ id: a.id, layer: 'user' as const, start: a.target.start, end: a.target.end, label: a.label, note: a.note, reader: a }))
    : [];
  return { file: input.file, source: input.source, text: input.text, spans: sortSpans(valid), corrections: fixes, problems };
}
