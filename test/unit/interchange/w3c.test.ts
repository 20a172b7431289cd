import Ajv from 'ajv';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { annotationSchema } from '../../../src/core/interchange/schema/annotationSchema';
import { ANNO_CONTEXT_URL, annoDocumentLoader } from '../../../src/core/interchange/schema/annoContext';
import { STORE_CONTEXT } from '../../../src/core/annotations/w3c';
import { writeW3CCollection } from '../../../src/core/interchange/w3cCollection';
import { parseW3C } from '../../../src/core/interchange/w3cCollectionRead';
import { ASTRAL_TEXT, article, reader, span } from './fixtures';

const OA = 'http://www.w3.org/ns/oa#';
const AS = 'https://www.w3.org/ns/activitystreams#'.replace('https', 'http');

function sample(pageSize = 2) {
  const r = reader(ASTRAL_TEXT, 'Ada Quill', 'claim', {
    note: 'two\nlines',
    replies: [{ id: 'urn:uuid:11111111-1111-4111-8111-111111111111', text: 'agreed', creator: 'Bo', created: '2026-01-03T00:00:00.000Z', modified: '2026-01-03T00:00:00.000Z' }],
  });
  const spans = [
    span(ASTRAL_TEXT, 'Ada Quill', 'Claim', { id: r.id, note: r.note, reader: r }),
    span(ASTRAL_TEXT, 'Dunmore', 'LOC', { layer: 'auto', detail: { canonical: 'Dunmore' } }),
    span(ASTRAL_TEXT, 'It took 🕐🕑 two years.', 'QUOTE', { layer: 'auto', detail: { speaker: 'Ada Quill' } }),
  ];
  return writeW3CCollection([article(ASTRAL_TEXT, spans), article('', [], 'empty.txt')], { id: 'urn:uuid:22222222-2222-4222-8222-222222222222', label: 'test', pageSize });
}

const validate = new Ajv({ allErrors: true }).compile(annotationSchema);

describe('W3C AnnotationCollection', () => {
  it('passes the JSON Schema of the Data Model', () => {
    const ok = validate(sample());
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('writes a valid collection without pages when there is nothing to export', () => {
    const empty = writeW3CCollection([article('', [])], { id: 'urn:x:empty', label: 'nothing' }) as any;
    expect(empty).toEqual({ '@context': STORE_CONTEXT, id: 'urn:x:empty', type: 'AnnotationCollection', label: 'nothing', total: 0 });
    expect(validate(empty)).toBe(true);
    expect(parseW3C(empty).documents).toEqual([]);
  });

  it('fails the schema when a MUST is broken', () => {
    const broken = (mutate: (c: any) => void) => {
      const c = sample(10) as any;
      mutate(c);
      return validate(c);
    };
    expect(broken((c) => delete c['@context'])).toBe(false);
    expect(broken((c) => (c.type = 'Collection'))).toBe(false);
    expect(broken((c) => delete c.first.items[0].target)).toBe(false);
    expect(broken((c) => (c.first.items[0].id = 'not an iri'))).toBe(false);
    expect(broken((c) => delete c.first.items[0].body[0].value)).toBe(false);
    expect(broken((c) => delete c.first.items[0].target.selector[0].exact)).toBe(false);
    expect(broken((c) => (c.first.items[0].target.selector[1].start = -1))).toBe(false);
    expect(broken((c) => delete c.first.items)).toBe(false);
    expect(broken((c) => (c.first.items[0].motivation = 'reviewing'))).toBe(false);
    const paged = sample(1) as any;
    paged.first.next = paged['@included'][0]; // the Data Model wants the next page's IRI
    expect(validate(paged)).toBe(false);
  });

  it('chains pages by IRI: first embedded, the rest @included, with counts and positions in code points', () => {
    const c = sample(2) as any;
    // The store's context: anno.jsonld first, then the na: terms of toW3C's mapping.
    expect(c['@context']).toEqual(STORE_CONTEXT);
    expect(c['@context'][0]).toBe(ANNO_CONTEXT_URL);
    expect(c.total).toBe(3);
    expect(c.first.items).toHaveLength(2);
    const [second] = c['@included'];
    expect(c.first.next).toBe(second.id);
    expect(second).toMatchObject({ type: 'AnnotationPage', prev: c.first.id, startIndex: 2, partOf: c.id });
    expect(second.items).toHaveLength(1);
    expect(second.next).toBeUndefined();
    expect(c.last).toBe(second.id);
    expect(sample(10)['@included']).toBeUndefined();
    const sel = c.first.items[0].target.selector;
    const cp = Array.from(ASTRAL_TEXT.slice(0, ASTRAL_TEXT.indexOf('Ada'))).length;
    expect(sel[1]).toEqual({ type: 'TextPositionSelector', start: cp, end: cp + 9 });
    expect(sel[0].exact).toBe('Ada Quill');
    expect(c.first.items[0].target.source).toBe('file:///ws/news/a.txt');
  });

  it('expands with a JSON-LD processor, offline, through the bundled context', async () => {
    const expanded = (await jsonld.expand(sample(2) as any, { documentLoader: annoDocumentLoader as any })) as any[];
    const collection = expanded[0];
    expect(collection['@type']).toEqual([`${AS}OrderedCollection`]);
    const page = collection[`${AS}first`][0];
    const items = page[`${AS}items`][0]['@list'];
    expect(items[0]['@type']).toEqual([`${OA}Annotation`]);
    const target = items[0][`${OA}hasTarget`][0];
    expect(target[`${OA}hasSource`]).toEqual([{ '@id': 'file:///ws/news/a.txt' }]);
    const position = target[`${OA}hasSelector`].find((s: any) => s['@type'][0] === `${OA}TextPositionSelector`);
    expect(position[`${OA}start`][0]['@type']).toBe('http://www.w3.org/2001/XMLSchema#nonNegativeInteger');
    const purposes = items[0][`${OA}hasBody`].map((b: any) => b[`${OA}hasPurpose`][0]['@id']);
    expect(purposes).toEqual([`${OA}tagging`, `${OA}commenting`, `${OA}replying`]);
    // The second page is a node of the same document, linked by its IRI.
    const second = collection['@included'][0];
    expect(page[`${AS}next`]).toEqual([{ '@id': second['@id'] }]);
    expect(second[`${AS}items`][0]['@list']).toHaveLength(1);
  });

  it('loses nothing in JSON-LD "safe mode": every term is defined by the W3C context', async () => {
    const doc = sample(1) as any;
    await expect(jsonld.expand(doc, { documentLoader: annoDocumentLoader as any, safe: true } as any)).resolves.toBeTruthy();
    const quads = await jsonld.toRDF(doc, { documentLoader: annoDocumentLoader as any, safe: true, format: 'application/n-quads' } as any);
    expect(String(quads)).toContain('<http://www.w3.org/ns/oa#hasSource> <file:///ws/news/a.txt>');
    // An undefined term is caught: the check is not vacuous.
    doc.first.items[0].flavour = 'sweet';
    await expect(jsonld.expand(doc, { documentLoader: annoDocumentLoader as any, safe: true } as any)).rejects.toThrow();
  });

  it('refuses to fetch any other context (no network)', async () => {
    await expect(jsonld.expand({ '@context': 'http://example.org/ctx.jsonld', a: 1 } as any, { documentLoader: annoDocumentLoader as any })).rejects.toThrow();
  });

  it('reads back labels, notes, replies, details and ids, grouped by source', () => {
    const { documents, problems } = parseW3C(JSON.stringify(sample(1)));
    expect(problems).toEqual([]);
    expect(documents[0].spans).toHaveLength(3); // three pages of one, followed by id
    expect(documents).toHaveLength(1);
    const [claim, loc, quote] = documents[0].spans;
    expect(documents[0].codePoints).toBe(true);
    // The label id (na:label), not its display name: the import maps either back to the id.
    expect(claim).toMatchObject({ id: 'urn:uuid:00000000-0000-4000-8000-000000000009', label: 'claim', note: 'two\nlines', exact: 'Ada Quill', creator: 'Tess' });
    expect(claim.replies).toEqual([{ id: 'urn:uuid:11111111-1111-4111-8111-111111111111', text: 'agreed', creator: 'Bo', created: '2026-01-03T00:00:00.000Z', modified: '2026-01-03T00:00:00.000Z' }]);
    expect(loc).toMatchObject({ label: 'LOC', detail: { canonical: 'Dunmore' } });
    expect(loc.id).toBeUndefined();
    expect(quote.detail).toEqual({ speaker: 'Ada Quill' });
  });

  it('reports what it cannot read', () => {
    const doc = {
      '@context': ANNO_CONTEXT_URL,
      id: 'urn:x:c',
      type: 'AnnotationCollection',
      first: {
        id: 'urn:x:p1',
        type: 'AnnotationPage',
        next: 'http://example.org/page2',
        items: [
          { id: 'urn:x:1', type: 'Annotation', target: 'http://example.org/whole' },
          { id: 'urn:x:2', type: 'Annotation', body: { type: 'TextualBody', value: 'hi' }, target: { source: 'file:///a.txt', selector: { type: 'TextQuoteSelector', exact: 'a' } } },
        ],
      },
    };
    const { documents, problems } = parseW3C(JSON.stringify(doc));
    expect(documents).toEqual([]);
    expect(problems.join('\n')).toMatch(/next page http:\/\/example.org\/page2 is not in the file/);
    expect(problems.join('\n')).toMatch(/urn:x:1: its target names a whole resource/);
    expect(problems.join('\n')).toMatch(/urn:x:2: no "tagging" body/);
    expect(parseW3C('{oops').problems[0]).toMatch(/not JSON/);
  });
});

describe('a single W3C Annotation', () => {
  const single = {
    '@context': ANNO_CONTEXT_URL,
    id: 'http://example.org/anno/7',
    type: 'Annotation',
    bodyValue: 'A plain comment',
    target: {
      source: 'file:///elsewhere/news/a.txt',
      selector: [
        { type: 'TextQuoteSelector', exact: 'Dunmore', prefix: 'in ', suffix: '.' },
        { type: 'TextPositionSelector', start: 41, end: 48 },
      ],
    },
  };

  it('passes the schema on its own; without @context it does not', () => {
    expect(validate(single)).toBe(true);
    const { '@context': _, ...bare } = single;
    expect(validate(bare)).toBe(false);
  });

  it('is read with its comment, and reported when no label names it', () => {
    const { documents, problems } = parseW3C(JSON.stringify(single));
    expect(documents).toEqual([]);
    expect(problems[0]).toMatch(/no "tagging" body/);
    const tagged = { ...single, bodyValue: undefined, body: [{ type: 'TextualBody', purpose: 'tagging', value: 'Claim' }, 'http://example.org/ref'] };
    const read = parseW3C(JSON.stringify(tagged)).documents[0];
    expect(read.file).toBe('file:///elsewhere/news/a.txt');
    expect(read.spans[0]).toMatchObject({ id: 'http://example.org/anno/7', label: 'Claim', note: '', start: 41, end: 48, exact: 'Dunmore', prefix: 'in ' });
  });
});
