// The per-article store file, W3C Web Annotation Data Model (JSON-LD), and one annotation ↔ W3C.
//
// Layout (merge-friendly): a fixed header, then ONE LINE PER ANNOTATION, each ending in a comma,
// in a stable order (target start, then id), then a fixed `null` that closes the list (JSON has no
// trailing commas; JSON-LD drops nulls from lists). Two people adding annotations change only lines
// of their own, so git's `merge=union` driver (`*.annotations.json merge=union` in .gitattributes)
// always yields a valid file; the same annotation edited on both sides then appears twice and the
// parser keeps the later `modified`. Without the attribute, additions at different places merge
// cleanly and additions at the same place conflict as whole lines.
import { type OffsetConverter, offsetConverter } from './codePoints';
import type { AnnotationReply, Correction, ReaderAnnotation, TextTarget } from './model';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const NA_NAMESPACE = 'https://news-annotator.example/ns#';
/** Our extension terms: compact IRIs under `na:`; a correction is kept as a JSON literal. */
export const NA_CONTEXT = { na: NA_NAMESPACE, 'na:correction': { '@type': '@json' } } as const;
export const STORE_CONTEXT = [ANNO_CONTEXT, NA_CONTEXT] as const;
export const STORE_VERSION = 1;

export interface W3COptions {
  /** The article text, to convert offsets to and from code points (without it: BMP assumed). */
  text?: string;
  /** Human-readable name of a label id for the tagging body's value (default: the id). */
  labelName?: (id: string) => string | undefined;
  /** Put `@context` on the annotation (standalone export). Default true. */
  context?: boolean;
}

const KNOWN = new Set(['@context', 'id', 'type', 'motivation', 'creator', 'created', 'modified', 'body', 'target', 'na:scope', 'na:resolved']);

/** One annotation as a W3C Web Annotation (JSON-LD object). `source` is the article's IRI. */
export function toW3C(a: ReaderAnnotation, source: string, opts: W3COptions = {}): Record<string, unknown> {
  const conv = converterFor(opts.text ?? '');
  const body: unknown[] = [];
  if (a.label) body.push({ type: 'TextualBody', purpose: 'tagging', value: opts.labelName?.(a.label) ?? a.label, 'na:label': a.label });
  if (a.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain' });
  if (a.correction) body.push({ type: 'TextualBody', purpose: 'editing', value: describeCorrection(a.correction), 'na:correction': a.correction });
  for (const r of a.replies) body.push({ type: 'TextualBody', purpose: 'replying', id: r.id, value: r.text, creator: person(r.creator), created: r.created, modified: r.modified });
  const extraBodies = Array.isArray(a.extra?.body) ? (a.extra!.body as unknown[]) : [];
  const out: Record<string, unknown> = {};
  if (opts.context !== false) out['@context'] = STORE_CONTEXT;
  Object.assign(out, {
    id: a.id,
    type: 'Annotation',
    motivation: a.correction ? 'editing' : a.note ? 'commenting' : 'tagging',
    creator: person(a.creator),
    created: a.created,
    modified: a.modified,
    body: [...body, ...extraBodies],
    target: {
      source,
      selector: [
        { type: 'TextQuoteSelector', exact: a.target.exact, prefix: a.target.prefix, suffix: a.target.suffix },
        // No position is known for an imported quote-only target (start −1).
        ...(a.target.start >= 0 && a.target.end >= a.target.start
          ? [{ type: 'TextPositionSelector', start: conv.toCodePoints(a.target.start), end: conv.toCodePoints(a.target.end) }]
          : []),
      ],
    },
  });
  if (a.scope) out['na:scope'] = a.scope;
  if (a.resolved) out['na:resolved'] = true;
  for (const [k, v] of Object.entries(a.extra ?? {})) if (k !== 'body' && !(k in out)) out[k] = v;
  return out;
}

export type FromW3CResult = { ok: true; annotation: ReaderAnnotation } | { ok: false; message: string };

/** Reads one W3C annotation (ours or another tool's). Unknown properties are kept in `extra`. */
export function fromW3C(json: unknown, opts: Pick<W3COptions, 'text'> = {}): FromW3CResult {
  if (!isObject(json)) return fail('not a JSON object');
  const types = ([] as unknown[]).concat(json.type ?? []);
  if (!types.includes('Annotation') && !types.includes('oa:Annotation')) return fail(`type is ${JSON.stringify(json.type)}, not "Annotation"`);
  if (typeof json.id !== 'string' || !json.id) return fail('has no "id"');
  const target = readTarget(json.target, opts.text);
  if (typeof target === 'string') return fail(target);
  let label = '';
  let note = '';
  let correction: Correction | undefined;
  const replies: AnnotationReply[] = [];
  const otherBodies: unknown[] = [];
  for (const b of ([] as unknown[]).concat(json.body ?? [])) {
    if (!isObject(b)) { otherBodies.push(b); continue; }
    const value = typeof b.value === 'string' ? b.value : '';
    if (b.purpose === 'tagging' && !label) label = typeof b['na:label'] === 'string' ? b['na:label'] : value;
    else if (b.purpose === 'commenting' && !note) note = value;
    else if (b.purpose === 'editing' && isCorrection(b['na:correction']) && !correction) correction = b['na:correction'];
    else if (b.purpose === 'replying') {
      replies.push({ id: typeof b.id === 'string' ? b.id : `${json.id}#reply-${replies.length + 1}`, text: value, creator: personName(b.creator), created: str(b.created), modified: str(b.modified) || str(b.created) });
    } else otherBodies.push(b);
  }
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(json)) if (!KNOWN.has(k)) extra[k] = v;
  if (otherBodies.length) extra.body = otherBodies;
  const annotation: ReaderAnnotation = {
    id: json.id,
    label: label || (correction ? 'correction' : ''),
    note,
    replies,
    creator: personName(json.creator),
    created: str(json.created),
    modified: str(json.modified) || str(json.created),
    target,
  };
  if (json['na:resolved'] === true) annotation.resolved = true;
  if (correction) annotation.correction = correction;
  if (json['na:scope'] === 'mention' || json['na:scope'] === 'name') annotation.scope = json['na:scope'];
  if (Object.keys(extra).length) annotation.extra = extra;
  return { ok: true, annotation };
}

/** A malformed item of a store file: which one (0-based, and its id when it has one) and why. */
export interface StoreProblem {
  item: number;
  line?: number;
  id?: string;
  message: string;
}

export type ParsedStore =
  | { ok: true; annotations: ReaderAnnotation[]; problems: StoreProblem[]; source?: string }
  | { ok: false; message: string };

/** The store file for one article: annotations in stable order, one line each (see top). */
export function serializeStore(annotations: readonly ReaderAnnotation[], source: string, opts: Omit<W3COptions, 'context'> = {}): string {
  const lines = sortAnnotations(annotations).map((a) => JSON.stringify(toW3C(a, source, { ...opts, context: false })) + ',');
  return [
    '{',
    `  "@context": ${JSON.stringify(STORE_CONTEXT)},`,
    '  "type": "AnnotationPage",',
    `  "na:storeVersion": ${STORE_VERSION},`,
    `  "na:source": ${JSON.stringify(source)},`,
    '  "items": [',
    ...lines,
    'null',
    '  ]',
    '}',
    '',
  ].join('\n');
}

/**
 * Parses a store file. A file that is not JSON, or not a store, is an error (the caller must then
 * leave it alone); a bad item is reported and skipped, the others are kept. The same id twice (a
 * union merge of two edits) keeps the later `modified`.
 */
export function parseStore(text: string, opts: Pick<W3COptions, 'text'> = {}): ParsedStore {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trim()) return { ok: true, annotations: [], problems: [] };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    return { ok: false, message: `not valid JSON: ${(e as Error).message}` };
  }
  let items: unknown;
  let source: string | undefined;
  if (Array.isArray(json)) items = json;
  else if (isObject(json)) {
    items = json.items ?? (isObject(json.first) ? json.first.items : undefined);
    if (typeof json['na:source'] === 'string') source = json['na:source'];
  }
  if (!Array.isArray(items)) return { ok: false, message: 'not an annotation store (no "items" list)' };
  const lineOf = itemLines(body, items.length);
  const problems: StoreProblem[] = [];
  const byId = new Map<string, ReaderAnnotation>();
  items.forEach((item, i) => {
    if (item === null) return; // the closing sentinel
    const r = fromW3C(item, opts);
    if (!r.ok) {
      const id = isObject(item) && typeof item.id === 'string' ? item.id : undefined;
      problems.push({ item: i, line: lineOf(i), ...(id ? { id } : {}), message: r.message });
      return;
    }
    const prev = byId.get(r.annotation.id);
    if (!prev || r.annotation.modified >= prev.modified) byId.set(r.annotation.id, r.annotation);
  });
  return { ok: true, annotations: sortAnnotations([...byId.values()]), problems, ...(source ? { source } : {}) };
}

/** Stable order: by target start, then end, then id. */
export function sortAnnotations(list: readonly ReaderAnnotation[]): ReaderAnnotation[] {
  return [...list].sort((a, b) => a.target.start - b.target.start || a.target.end - b.target.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function describeCorrection(c: Correction): string {
  switch (c.action) {
    case 'speaker': return `speaker is ${c.speaker}`;
    case 'reject': return `not a ${c.kind}`;
    case 'type': return `entity type is ${c.type}`;
    case 'sameAs': return `same as ${c.canonical}`;
    case 'add': return `missed entity (${c.type})`;
    case 'value': return `date is ${c.value}`;
  }
}

// ---- helpers ----

// The converter of the last text: a store or an export maps many annotations of one article in a
// row, and building a converter scans the whole text.
let lastText: string | undefined;
let lastConverter: OffsetConverter | undefined;
function converterFor(text: string): OffsetConverter {
  if (text !== lastText || !lastConverter) {
    lastConverter = offsetConverter(text);
    lastText = text;
  }
  return lastConverter;
}

function readTarget(t: unknown, text: string | undefined): TextTarget | string {
  const target = Array.isArray(t) ? t[0] : t;
  if (!isObject(target)) return 'has no "target" object';
  const selectors = ([] as unknown[]).concat(target.selector ?? []).filter(isObject);
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  if (!quote) return 'target has no TextQuoteSelector';
  if (typeof quote.exact !== 'string' || !quote.exact) return 'TextQuoteSelector has no "exact" text';
  const pos = selectors.find((s) => s.type === 'TextPositionSelector');
  let start = -1;
  let end = -1;
  if (pos) {
    if (!isOffset(pos.start) || !isOffset(pos.end) || pos.start > pos.end) return `TextPositionSelector start/end must be whole numbers with start ≤ end (got ${JSON.stringify(pos.start)}, ${JSON.stringify(pos.end)})`;
    const conv = converterFor(text ?? '');
    start = conv.toUtf16(pos.start);
    end = conv.toUtf16(pos.end);
  }
  // Without a position the quote alone anchors it; -1 never matches a position check.
  return { start, end: end < 0 ? -1 : end, exact: quote.exact, prefix: str(quote.prefix), suffix: str(quote.suffix) };
}

function isCorrection(x: unknown): x is Correction {
  if (!isObject(x) || typeof x.kind !== 'string' || typeof x.action !== 'string') return false;
  const k = `${x.kind}.${x.action}`;
  switch (k) {
    case 'quote.speaker': return typeof x.speaker === 'string';
    case 'entity.type': case 'entity.add': return typeof x.type === 'string';
    case 'entity.sameAs': return typeof x.canonical === 'string';
    case 'date.value': return typeof x.value === 'string';
    case 'quote.reject': case 'entity.reject': case 'date.reject': return true;
    default: return false;
  }
}

/** Index → 1-based line of each item, when the file has our one-line-per-item layout. */
function itemLines(body: string, count: number): (i: number) => number | undefined {
  const lines = body.split('\n');
  const open = lines.findIndex((l) => /"items"\s*:\s*\[\s*$/.test(l));
  const close = open < 0 ? -1 : lines.findIndex((l, i) => i > open && /^\s*\]/.test(l));
  if (open < 0 || close - open - 1 !== count) return () => undefined;
  return (i) => open + 2 + i;
}

const person = (name: string) => ({ type: 'Person', name });
function personName(c: unknown): string {
  if (typeof c === 'string') return c;
  if (isObject(c)) for (const k of ['name', 'nickname', 'id']) if (typeof c[k] === 'string') return c[k] as string;
  return '';
}
const str = (x: unknown) => (typeof x === 'string' ? x : '');
const isOffset = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;
function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
const fail = (message: string): FromW3CResult => ({ ok: false, message });
