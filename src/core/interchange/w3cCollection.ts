// W3C Web Annotation export: one AnnotationCollection holding its AnnotationPages in one file. The
// Data Model wants `next`, `prev` and `last` to be page IRIs, so the first page is embedded as
// `first` and the others are nodes of the same document under JSON-LD's `@included`; a reader
// walks first → next by id. Each annotation targets its article (`source`) with a TextQuoteSelector and a
// TextPositionSelector (code points); the label is a "tagging" body, the note a "commenting" one,
// replies "replying" ones; the automatic layer's speaker/canonical name are "identifying" bodies
// and a date's value a "describing" one.
import type { AnnotationReply, Correction } from '../annotations/model';
import type { ImportedDocument, ImportedSpan, ParseResult } from './imported';
import type { AutoDetail, ExportArticle, ExportSpan } from './layers';
import { offsetMap } from './offsets';
import { ANNO_CONTEXT_URL } from './schema/annoContext';

export const QUOTE_CONTEXT = 32;
export const DEFAULT_PAGE_SIZE = 1000;

type Json = Record<string, unknown>;

const IRI_RE = /^[A-Za-z][A-Za-z0-9+.-]*:\S*$/;
const DATE_TIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Our ids as IRIs: urn:uuid:… stays, anything else is wrapped so the file stays valid JSON-LD. */
export function toIri(id: string, namespace = 'urn:news-annotator:id:'): string {
  return IRI_RE.test(id) ? id : namespace + encodeURIComponent(id);
}

function fromIri(iri: string): string {
  return iri.startsWith('urn:news-annotator:id:') ? decodeURIComponent(iri.slice('urn:news-annotator:id:'.length)) : iri;
}

const textual = (purpose: string, value: string, extra: Json = {}): Json => ({ type: 'TextualBody', purpose, value, ...extra });

function agent(name: string, type: 'Person' | 'Software'): Json | undefined {
  return name ? { type, name } : undefined;
}

function dated(json: Json, key: string, value: string | undefined) {
  if (value && DATE_TIME_RE.test(value)) json[key] = value;
}

function detailBodies(label: string, d: AutoDetail | undefined): Json[] {
  if (!d) return [];
  if (d.speaker) return [textual('identifying', d.speaker)];
  if (d.canonical && label !== 'QUOTE') return [textual('identifying', d.canonical)];
  if (d.value) return [textual('describing', d.value)];
  return [];
}

function replyBody(r: AnnotationReply): Json {
  const body = textual('replying', r.text, { format: 'text/plain' });
  if (r.id) body.id = toIri(r.id);
  const creator = agent(r.creator, 'Person');
  if (creator) body.creator = creator;
  dated(body, 'created', r.created);
  dated(body, 'modified', r.modified);
  return body;
}

/** One span of one article as a W3C Annotation (no @context: the collection carries it). */
export function spanToW3C(article: ExportArticle, span: ExportSpan, toCodePoint: (n: number) => number): Json {
  const { text } = article;
  const body: Json[] = [textual('tagging', span.label)];
  if (span.note) body.push(textual('commenting', span.note, { format: 'text/plain' }));
  body.push(...detailBodies(span.label, span.detail));
  const reader = span.reader;
  // A correction of the automatic layer: what it changes, as JSON in an "editing" body.
  if (reader?.correction) {
    const fix = reader.scope ? { ...reader.correction, scope: reader.scope } : reader.correction;
    body.push(textual('editing', JSON.stringify(fix), { format: 'application/json' }));
  }
  if (reader) body.push(...reader.replies.map(replyBody));
  const json: Json = {
    id: span.layer === 'auto' ? `urn:news-annotator:auto:${encodeURIComponent(article.file)}:${span.id}` : toIri(span.id),
    type: 'Annotation',
    motivation: span.layer === 'auto' ? 'identifying' : reader?.correction ? 'editing' : span.note ? ['tagging', 'commenting'] : 'tagging',
  };
  const creator = reader ? agent(reader.creator, 'Person') : agent('News Annotator', 'Software');
  if (creator) json.creator = creator;
  dated(json, 'created', reader?.created);
  dated(json, 'modified', reader?.modified);
  json.body = body;
  json.target = {
    type: 'SpecificResource',
    source: article.source,
    selector: [
      {
        type: 'TextQuoteSelector',
        exact: text.slice(span.start, span.end),
        prefix: reader?.target.prefix ?? text.slice(Math.max(0, span.start - QUOTE_CONTEXT), span.start),
        suffix: reader?.target.suffix ?? text.slice(span.end, span.end + QUOTE_CONTEXT),
      },
      { type: 'TextPositionSelector', start: toCodePoint(span.start), end: toCodePoint(span.end) },
    ],
  };
  return json;
}

export interface CollectionOptions {
  /** The collection's IRI; pages are `<id>/page<n>`. */
  id: string;
  label: string;
  pageSize?: number;
}

function* annotationsOf(articles: readonly ExportArticle[]): Generator<Json> {
  for (const a of articles) {
    const map = offsetMap(a.text);
    for (const s of a.spans) yield spanToW3C(a, s, map.toCodePoint);
    for (const s of a.corrections ?? []) yield spanToW3C(a, s, map.toCodePoint);
  }
}

/** The JSON object without its closing brace, so more keys can follow. */
const open = (json: Json) => JSON.stringify(json).slice(0, -1);

/**
 * The whole export as one AnnotationCollection, as JSON text in pieces: a corpus export is tens
 * of megabytes, and one string (or one object tree) of it all is what runs out of memory first.
 */
export function* w3cCollectionChunks(articles: readonly ExportArticle[], options: CollectionOptions): Generator<string> {
  const total = articles.reduce((n, a) => n + a.spans.length + (a.corrections?.length ?? 0), 0);
  const size = Math.max(1, options.pageSize ?? DEFAULT_PAGE_SIZE);
  const pageCount = Math.ceil(total / size);
  const pageId = (n: number) => `${options.id}/page${n + 1}`;
  yield open({ '@context': ANNO_CONTEXT_URL, id: options.id, type: 'AnnotationCollection', label: options.label, total });
  const items = annotationsOf(articles);
  for (let n = 0; n < pageCount; n++) {
    const page: Json = { id: pageId(n), type: 'AnnotationPage', partOf: options.id, startIndex: n * size };
    if (n > 0) page.prev = pageId(n - 1);
    if (n + 1 < pageCount) page.next = pageId(n + 1);
    if (n === 0) yield ',"first":';
    else if (n === 1) yield `,"last":${JSON.stringify(pageId(pageCount - 1))},"@included":[`;
    else yield ',';
    yield `${open(page)},"items":[`;
    for (let k = 0; k < size; k++) {
      const item = items.next();
      if (item.done) break;
      yield (k ? ',' : '') + JSON.stringify(item.value);
    }
    yield ']}';
  }
  if (pageCount === 1) yield `,"last":${JSON.stringify(pageId(0))}`;
  if (pageCount > 1) yield ']';
  yield '}';
}

/** The collection as a JSON value (tests, small exports). */
export function writeW3CCollection(articles: readonly ExportArticle[], options: CollectionOptions): Json {
  return JSON.parse([...w3cCollectionChunks(articles, options)].join(''));
}

// ---- reading ----

const asArray = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const hasType = (v: unknown, t: string) => asArray((v as Json | undefined)?.type).includes(t);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Pages (and other nodes) of the document that others refer to by id: `@included`, `@graph`. */
function nodesById(root: unknown): Map<string, Json> {
  const byId = new Map<string, Json>();
  const rootNodes = Array.isArray(root) ? root : [root];
  for (const r of rootNodes) {
    const node = r as Json | null;
    for (const n of [...asArray(node?.['@included']), ...asArray(node?.['@graph'])]) {
      const id = str((n as Json | null)?.id);
      if (id) byId.set(id, n as Json);
    }
  }
  return byId;
}

/**
 * Every annotation the JSON holds: a collection (first page, then `next` by id, then any page
 * left in `@included`), a page, an annotation, an array of them, or a `@graph`.
 */
function collectAnnotations(root: unknown, problems: string[]): Json[] {
  const out: Json[] = [];
  const seen = new Set<unknown>();
  const byId = nodesById(root);
  const follow = (ref: unknown, what: string) => {
    if (typeof ref !== 'string') return visit(ref);
    const node = byId.get(ref);
    if (node) visit(node);
    else problems.push(`${what} ${ref} is not in the file; not imported`);
  };
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      for (const n of node) visit(n);
      return;
    }
    const n = node as Json;
    if (hasType(n, 'Annotation')) {
      out.push(n);
      return;
    }
    if (hasType(n, 'AnnotationCollection')) {
      follow(n.first, `collection ${n.id}: its first page`);
      for (const page of asArray(n['@included'])) visit(page); // pages the chain missed
      return;
    }
    if (hasType(n, 'AnnotationPage')) {
      for (const item of asArray(n.items)) {
        if (typeof item === 'string') problems.push(`page ${n.id}: annotation ${item} is only referred to; not imported`);
        else visit(item);
      }
      if (n.next !== undefined) follow(n.next, `page ${n.id}: the next page`);
      return;
    }
    if (Array.isArray(n['@graph'])) return visit(n['@graph']);
    problems.push(`an object of type ${JSON.stringify(n.type ?? null)} is neither an Annotation, a page nor a collection; skipped`);
  };
  visit(root);
  return out;
}

function agentName(v: unknown): string {
  const a = asArray(v)[0];
  if (typeof a === 'string') return a;
  const name = (a as Json | undefined)?.name;
  return str(asArray(name)[0]) ?? str((a as Json | undefined)?.nickname) ?? '';
}

/**
 * Annotations of a W3C JSON-LD document, grouped by target source. Positions stay in code points
 * (`codePoints: true`): only the matched article's text can turn them into UTF-16.
 */
export function parseW3C(json: string | unknown, fileName = 'annotations.jsonld'): ParseResult {
  const problems: string[] = [];
  let root: unknown = json;
  if (typeof json === 'string') {
    try {
      root = JSON.parse(json.replace(/^\uFEFF/, ''));
    } catch (e) {
      return { documents: [], problems: [`${fileName}: not JSON (${(e as Error).message})`] };
    }
  }
  const bySource = new Map<string, ImportedDocument>();
  for (const a of collectAnnotations(root, problems)) {
    const id = str(a.id);
    const label = id ?? '(no id)';
    const targets = asArray(a.target);
    if (targets.length !== 1) {
      problems.push(`${label}: ${targets.length} targets; only annotations with one target are imported`);
      continue;
    }
    const target = targets[0];
    if (typeof target === 'string' || !target || typeof target !== 'object') {
      problems.push(`${label}: its target names a whole resource, no text span; not imported`);
      continue;
    }
    const t = target as Json;
    const source = str(t.source) ?? str((t.source as Json | undefined)?.id);
    if (!source) {
      problems.push(`${label}: target without a source; not imported`);
      continue;
    }
    const selectors = asArray(t.selector) as Json[];
    const quote = selectors.find((s) => hasType(s, 'TextQuoteSelector'));
    const position = selectors.find((s) => hasType(s, 'TextPositionSelector'));
    const start = Number(position?.start);
    const end = Number(position?.end);
    const hasPosition = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end;
    if (!quote && !hasPosition) {
      problems.push(`${label}: no TextQuoteSelector or TextPositionSelector; not imported`);
      continue;
    }
    const span = readBodies(asArray(a.body), str(a.bodyValue), {
      label: '',
      start: hasPosition ? start : -1,
      end: hasPosition ? end : -1,
      exact: str(quote?.exact) ?? '',
      prefix: str(quote?.prefix) ?? '',
      suffix: str(quote?.suffix) ?? '',
      note: '',
    });
    if (!span.label) {
      problems.push(`${label}: no "tagging" body naming a label; not imported`);
      continue;
    }
    if (id && !id.startsWith('urn:news-annotator:auto:')) span.id = fromIri(id);
    span.creator = agentName(a.creator);
    if (str(a.created)) span.created = str(a.created);
    if (str(a.modified)) span.modified = str(a.modified);
    let doc = bySource.get(source);
    if (!doc) {
      doc = { file: source, text: null, spans: [], codePoints: true };
      bySource.set(source, doc);
    }
    doc.spans.push(span);
  }
  return { documents: [...bySource.values()], problems };
}

function readBodies(bodies: unknown[], bodyValue: string | undefined, span: ImportedSpan): ImportedSpan {
  const identifying: string[] = [];
  let describing: string | undefined;
  const replies: AnnotationReply[] = [];
  const notes: string[] = bodyValue ? [bodyValue] : []; // bodyValue: a plain comment
  for (const b of bodies) {
    if (!b || typeof b !== 'object') continue; // a body by IRI: nothing to read here
    const body = b as Json;
    const value = str(body.value);
    if (value === undefined) continue;
    const purpose = str(asArray(body.purpose)[0]) ?? 'commenting';
    if (purpose === 'tagging' || purpose === 'classifying') {
      if (!span.label) span.label = value;
    } else if (purpose === 'replying') {
      const id = str(body.id);
      replies.push({ id: id ? fromIri(id) : '', text: value, creator: agentName(body.creator), created: str(body.created) ?? '', modified: str(body.modified) ?? '' });
    } else if (purpose === 'editing') {
      const fix = parseCorrection(value);
      if (fix) {
        span.correction = fix.correction;
        if (fix.scope) span.scope = fix.scope;
      } else notes.push(value);
    } else if (purpose === 'identifying') identifying.push(value);
    else if (purpose === 'describing') describing = value;
    else notes.push(value);
  }
  span.note = notes.join('\n');
  if (replies.length) span.replies = replies;
  if (span.label === 'QUOTE') span.detail = { speaker: identifying[0] ?? null };
  else if (span.label === 'DATE') span.detail = { value: describing ?? null };
  else if (identifying.length && /^(PER|LOC|ORG)$/.test(span.label)) span.detail = { canonical: identifying[0] };
  return span;
}

const CORRECTION_FIELDS: Record<string, Record<string, string | null>> = {
  quote: { speaker: 'speaker', reject: null },
  entity: { type: 'type', reject: null, sameAs: 'canonical', add: 'type' },
  date: { value: 'value', reject: null },
};
const ENTITY_TYPES = new Set(['person', 'place', 'organization']);

/** An "editing" body's JSON back to a Correction, or null when it is not one of ours. */
function parseCorrection(value: string): { correction: Correction; scope?: 'mention' | 'name' } | null {
  let json: Json;
  try {
    json = JSON.parse(value);
  } catch {
    return null;
  }
  const kind = str(json?.kind);
  const action = str(json?.action);
  const actions = kind ? CORRECTION_FIELDS[kind] : undefined;
  if (!kind || !action || !actions || !(action in actions)) return null;
  const field = actions[action];
  const arg = field ? str(json[field]) : undefined;
  if (field && (arg === undefined || (field === 'type' && !ENTITY_TYPES.has(arg)))) return null;
  const correction = (field ? { kind, action, [field]: arg } : { kind, action }) as Correction;
  const scope = json.scope === 'name' || json.scope === 'mention' ? json.scope : undefined;
  return { correction, scope };
}
