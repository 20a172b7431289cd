// Reading W3C Web Annotation JSON-LD back: an AnnotationCollection (first page, then `next` by
// id through `@included`), a page, single annotations or a `@graph`, from this tool or another.
// Annotations come out grouped by target source, positions still in code points.
import type { AnnotationReply, Correction } from '../annotations/model';
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
    if (id && !id.startsWith(AUTO_ID_PREFIX)) span.id = fromIri(id);
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
