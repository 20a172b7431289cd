// W3C Web Annotation export: one AnnotationCollection holding its AnnotationPages in one file. The
// Data Model wants `next`, `prev` and `last` to be page IRIs, so the first page is embedded as
// `first` and the others are nodes of the same document under JSON-LD's `@included`; a reader
// walks first → next by id. Each annotation targets its article (`source`) with a TextQuoteSelector and a
// TextPositionSelector (code points). Each annotation is the store's own mapping (toW3C), so the
// collection's @context is the store's (STORE_CONTEXT: anno.jsonld plus the `na:` terms); the
// automatic layer's speaker/canonical name are "identifying" bodies and a date's value a
// "describing" one.
import { makeTarget } from '../annotations/target';
import type { ReaderAnnotation } from '../annotations/model';
import { STORE_CONTEXT, toW3C } from '../annotations/w3c';
import type { AutoDetail, ExportArticle, ExportSpan } from './layers';
import { AUTO_ID_PREFIX, ID_NAMESPACE, type Json } from './w3cIds';

export const DEFAULT_PAGE_SIZE = 1000;

const IRI_RE = /^[A-Za-z][A-Za-z0-9+.-]*:\S*$/;
const DATE_TIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Our ids as IRIs: urn:uuid:… stays, anything else is wrapped so the file stays valid JSON-LD. */
export function toIri(id: string, namespace = ID_NAMESPACE): string {
  return IRI_RE.test(id) ? id : namespace + encodeURIComponent(id);
}

const textual = (purpose: string, value: string): Json => ({ type: 'TextualBody', purpose, value });

/** The automatic layer's speaker / canonical name ("identifying") and date value ("describing"). */
function detailBodies(label: string, d: AutoDetail | undefined): Json[] {
  if (!d) return [];
  if (d.speaker) return [textual('identifying', d.speaker)];
  if (d.canonical && label !== 'QUOTE') return [textual('identifying', d.canonical)];
  if (d.value) return [textual('describing', d.value)];
  return [];
}

/**
 * The span as the reader annotation toW3C maps: the store's own (at its place in the current
 * text), or, for the automatic layer and bare spans, one made for the export.
 */
function asReader(article: ExportArticle, span: ExportSpan): ReaderAnnotation {
  const target = makeTarget(article.text, span.start, span.end);
  if (span.reader) return { ...span.reader, target };
  const a: ReaderAnnotation = { id: span.id, label: span.label, note: span.note, replies: [], creator: '', created: '', modified: '', target };
  const bodies = span.layer === 'auto' ? detailBodies(span.label, span.detail) : [];
  if (bodies.length) a.extra = { body: bodies };
  return a;
}

/**
 * One span of one article as a W3C Annotation (no @context: the collection carries it), through
 * the store's mapping `toW3C` (label id in `na:label`, corrections in `na:correction`). What the
 * Data Model forbids in an export (non-IRI ids, empty dates) is mended here.
 */
export function spanToW3C(article: ExportArticle, span: ExportSpan): Json {
  const json = toW3C(asReader(article, span), article.source, { text: article.text, labelName: () => span.label, context: false }) as Json;
  if (span.layer === 'auto') {
    json.id = `${AUTO_ID_PREFIX}${encodeURIComponent(article.file)}:${span.id}`;
    json.motivation = 'identifying';
    json.creator = { type: 'Software', name: 'News Annotator' };
  } else json.id = toIri(span.id);
  for (const key of ['created', 'modified']) if (typeof json[key] !== 'string' || !DATE_TIME_RE.test(json[key] as string)) delete json[key];
  if (!(json.creator as Json | undefined)?.name) delete json.creator;
  for (const body of json.body as Json[]) {
    if (body.purpose !== 'replying') continue;
    if (typeof body.id === 'string' && body.id) body.id = toIri(body.id);
    else delete body.id;
    for (const key of ['created', 'modified']) if (typeof body[key] !== 'string' || !DATE_TIME_RE.test(body[key] as string)) delete body[key];
    if (!(body.creator as Json | undefined)?.name) delete body.creator;
  }
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
    for (const s of a.spans) yield spanToW3C(a, s);
    for (const s of a.corrections ?? []) yield spanToW3C(a, s);
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
  yield open({ '@context': STORE_CONTEXT, id: options.id, type: 'AnnotationCollection', label: options.label, total });
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

