// Imported spans → reader annotations placed in the workspace's article, and merged into what the
// store already holds. Nothing is dropped silently: every span not added says why.
import type { AnchorResult, LabelDefinition, ReaderAnnotation, TextTarget } from '../annotations/model';
import type { ImportedDocument, ImportedSpan } from './imported';
import { isAutoLabel, labelIdOf } from './layers';
import { makeTarget } from '../annotations/target';
import { offsetConverter } from '../annotations/codePoints';
import { placeImported } from './placement';

export interface NotPlaced {
  label: string;
  exact: string;
  reason: string;
}

export interface PlacedDocument {
  annotations: ReaderAnnotation[];
  notPlaced: NotPlaced[];
  /** Spans of the automatic layer (PER, LOC, ORG, DATE, QUOTE): the analysis makes those again. */
  automatic: number;
}

export interface PlaceOptions {
  /** The article's name in the workspace (seeds ids of spans that came without one). */
  file: string;
  labels: readonly LabelDefinition[];
  /** ISO time stamp for annotations the file did not date. */
  now: string;
  /** Creator for annotations the file did not sign. */
  creator: string;
  /** Anchoring; defaults to placeImported (anchor() without moving onto other words). */
  anchor?: (text: string, target: TextTarget) => AnchorResult;
}

/** A deterministic urn:uuid from a string (FNV-1a, four lanes), so re-importing yields the same ids. */
export function stableUuid(key: string): string {
  const lanes = [0x811c9dc5, 0x01000193, 0x050c5d1f, 0x3b9aca07];
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    for (let l = 0; l < 4; l++) lanes[l] = Math.imul(lanes[l] ^ (c + l), 0x01000193) >>> 0;
  }
  const hex = lanes.map((x) => x.toString(16).padStart(8, '0')).join('');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Places one imported document's spans in the article text (the workspace's version of it). */
export function placeDocument(doc: ImportedDocument, articleText: string, options: PlaceOptions): PlacedDocument {
  const idOf = labelIdOf(options.labels);
  // A label of the taxonomy spelt exactly like an automatic one (a workspace's own "PER") is imported.
  const own = new Set(options.labels.flatMap((l) => [l.id, l.name]));
  const anchor = options.anchor ?? placeImported;
  // Offsets count in the text the file came with: its own (brat .txt, doccano text) or the article.
  const source = doc.text ?? articleText;
  const map = doc.codePoints ? offsetConverter(source) : null;
  const out: PlacedDocument = { annotations: [], notPlaced: [], automatic: 0 };
  for (const span of doc.spans) {
    const labelId = idOf(span.label);
    if (isAutoLabel(span.label) && !own.has(span.label)) {
      out.automatic++;
      continue;
    }
    const start = span.start < 0 ? -1 : map ? map.toUtf16(span.start) : span.start;
    const end = span.end < 0 ? -1 : map ? map.toUtf16(span.end) : span.end;
    const target = targetOf(source, span, start, end);
    const placed = anchor(articleText, target);
    if (placed.status !== 'anchored') {
      out.notPlaced.push({ label: span.label, exact: target.exact, reason: placed.reason === 'ambiguous' ? 'the words occur more than once and nothing tells which' : 'the words are not in the article' });
      continue;
    }
    out.annotations.push(toReader(span, labelId, articleText, placed.start, placed.end, options));
  }
  return out;
}

function targetOf(own: string, span: ImportedSpan, start: number, end: number): TextTarget {
  if (start < 0) return { start: -1, end: -1, exact: span.exact, prefix: span.prefix ?? '', suffix: span.suffix ?? '' };
  return {
    start,
    end,
    // The file's own words win over the offsets' (a W3C quote with shifted positions).
    exact: span.exact || own.slice(start, end),
    prefix: span.prefix ?? makeTarget(own, start, end).prefix,
    suffix: span.suffix ?? makeTarget(own, start, end).suffix,
  };
}

function toReader(span: ImportedSpan, label: string, text: string, start: number, end: number, o: PlaceOptions): ReaderAnnotation {
  const exact = text.slice(start, end);
  const created = span.created || o.now;
  const a: ReaderAnnotation = {
    id: span.id ?? stableUuid(`${o.file}\u0000${label}\u0000${start}\u0000${end}\u0000${span.note}`),
    label,
    note: span.note,
    replies: span.replies ?? [],
    creator: span.creator || o.creator,
    created,
    modified: span.modified || created,
    target: makeTarget(text, start, end),
  };
  if (span.resolved) a.resolved = true;
  if (span.correction) a.correction = span.correction;
  if (span.scope) a.scope = span.scope;
  return a;
}

export interface MergeResult {
  annotations: ReaderAnnotation[];
  /** What is new or changed: the upserts for the store's save (others' concurrent additions stay). */
  changed: ReaderAnnotation[];
  added: number;
  updated: number;
  duplicates: number;
}

const sameSpan = (a: ReaderAnnotation, b: ReaderAnnotation) =>
  a.label === b.label && a.target.start === b.target.start && a.target.end === b.target.end && a.note === b.note && !a.correction;

/** Same content, whatever the time stamps say (formats without dates stamp imports with "now"). */
const sameContent = (a: ReaderAnnotation, b: ReaderAnnotation) =>
  sameSpan(a, b) && a.replies.length === b.replies.length && a.replies.every((r, i) => r.text === b.replies[i].text);

/**
 * The store's annotations with the imported ones merged in: same id → the newer one stays (when
 * the content differs);
 * same label, span and note under another id → a duplicate, not added.
 */
export function mergeAnnotations(existing: readonly ReaderAnnotation[], incoming: readonly ReaderAnnotation[]): MergeResult {
  const result: MergeResult = { annotations: [...existing], changed: [], added: 0, updated: 0, duplicates: 0 };
  const byId = new Map(result.annotations.map((a, i) => [a.id, i]));
  for (const a of incoming) {
    const at = byId.get(a.id);
    if (at !== undefined) {
      const old = result.annotations[at];
      if (!sameContent(a, old) && a.modified > old.modified) {
        result.annotations[at] = a;
        result.changed.push(a);
        result.updated++;
      } else result.duplicates++;
      continue;
    }
    if (result.annotations.some((b) => sameSpan(a, b))) {
      result.duplicates++;
      continue;
    }
    byId.set(a.id, result.annotations.length);
    result.annotations.push(a);
    result.changed.push(a);
    result.added++;
  }
  return result;
}
