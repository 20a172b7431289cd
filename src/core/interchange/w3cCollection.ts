// W3C Web Annotation export: one AnnotationCollection holding its AnnotationPages in one file. The
// Data Model wants `next`, `prev` and `last` to be page IRIs, so the first page is embedded as
// `first` and the others are nodes of the same document under JSON-LD's `@included`; a reader
// walks first → next by id. Each annotation targets its article (`source`) with a TextQuoteSelector and a
// TextPositionSelector (code points); the label is a "tagging" body, the note a "commenting" one,
// replies "replying" ones; the automatic layer's speaker/canonical name are "identifying" bodies
// and a date's value a "describing" one.
import type { AnnotationReply } from '../annotations/model';
import type { AutoDetail, ExportArticle, ExportSpan } from './layers';
import { offsetMap, quoteContext } from './offsets';
import { ANNO_CONTEXT_URL } from './schema/annoContext';
import { AUTO_ID_PREFIX, ID_NAMESPACE, type Json } from './w3cIds';

export const DEFAULT_PAGE_SIZE = 1000;

const IRI_RE = /^[A-Za-z][A-Za-z0-9+.-]*:\S*$/;
const DATE_TIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Our ids as IRIs: urn:uuid:… stays, anything else is wrapped so the file stays valid JSON-LD. */
export function toIri(id: string, namespace = ID_NAMESPACE): string {
  return IRI_RE.test(id) ? id : namespace + encodeURIComponent(id);
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
  const context = span.reader ? span.reader.target : quoteContext(text, span.start, span.end);
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
    id: span.layer === 'auto' ? `${AUTO_ID_PREFIX}${encodeURIComponent(article.file)}:${span.id}` : toIri(span.id),
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
        prefix: context.prefix,
        suffix: context.suffix,
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

