// Reading W3C Web Annotation JSON-LD back: an AnnotationCollection (first page, then `next` by
// id through `@included`), a page, single annotations or a `@graph`, from this tool or another.
// Annotations come out grouped by target source, positions still in code points. One annotation
// is read by the store's own mapping (fromW3C): one W3C mapping in the project.
import type { ReaderAnnotation } from '../annotations/model';
import { fromW3C } from '../annotations/w3c';
import type { ImportedDocument, ImportedSpan, ParseResult } from './imported';
import { AUTO_ID_PREFIX, ID_NAMESPACE, type Json } from './w3cIds';

function fromIri(iri: string): string {
  return iri.startsWith(ID_NAMESPACE) ? decodeURIComponent(iri.slice(ID_NAMESPACE.length)) : iri;
}

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
    if (typeof ref !== 'string') {
      visit(ref);
      return;
    }
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
    if (Array.isArray(n['@graph'])) {
      visit(n['@graph']);
      return;
    }
    problems.push(`an object of type ${JSON.stringify(n.type ?? null)} is neither an Annotation, a page nor a collection; skipped`);
  };
  visit(root);
  return out;
}

/**
 * Annotations of a W3C JSON-LD document, grouped by target source. Each annotation is read by the
 * store's mapping `fromW3C` (label id from `na:label`, corrections from `na:correction`, replies,
 * scope). Positions stay in code points (`codePoints: true`): only the matched article's text can
 * turn them into UTF-16.
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
    // Without a text, fromW3C keeps the positions as they are: code points here.
    const read = fromW3C({ ...a, target: { ...t, source } });
    if (!read.ok) {
      problems.push(`${label}: ${read.message}; not imported`);
      continue;
    }
    const span = toSpan(read.annotation, a);
    if (!span.label) {
      problems.push(`${label}: no "tagging" body naming a label; not imported`);
      continue;
    }
    let doc = bySource.get(source);
    if (!doc) {
      doc = { file: source, text: null, spans: [], codePoints: true };
      bySource.set(source, doc);
    }
    doc.spans.push(span);
  }
  return { documents: [...bySource.values()], problems };
}

/** A reader annotation (fromW3C) as an imported span: ids unwrapped, the automatic layer's details. */
function toSpan(r: ReaderAnnotation, raw: Json): ImportedSpan {
  const span: ImportedSpan = {
    label: r.label,
    start: r.target.start,
    end: r.target.end,
    exact: r.target.exact,
    prefix: r.target.prefix,
    suffix: r.target.suffix,
    // bodyValue is another tool's plain comment.
    note: r.note || (str(raw.bodyValue) ?? ''),
    creator: r.creator,
  };
  if (!r.id.startsWith(AUTO_ID_PREFIX)) span.id = fromIri(r.id);
  if (r.created) span.created = r.created;
  if (r.modified) span.modified = r.modified;
  if (r.replies.length) span.replies = r.replies.map((x) => ({ ...x, id: x.id ? fromIri(x.id) : '' }));
  if (r.resolved) span.resolved = true;
  if (r.correction) span.correction = r.correction;
  if (r.scope) span.scope = r.scope;
  const bodies = asArray(r.extra?.body).filter((b): b is Json => !!b && typeof b === 'object' && typeof (b as Json).value === 'string');
  const valueOf = (purpose: string) => str(bodies.find((b) => asArray(b.purpose).includes(purpose))?.value);
  if (span.label === 'QUOTE') span.detail = { speaker: valueOf('identifying') ?? null };
  else if (span.label === 'DATE') span.detail = { value: valueOf('describing') ?? null };
  else if (/^(PER|LOC|ORG)$/.test(span.label) && valueOf('identifying')) span.detail = { canonical: valueOf('identifying') };
  return span;
}
