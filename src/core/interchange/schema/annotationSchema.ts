// JSON Schema (draft-07) of the W3C Web Annotation Data Model as this project writes and reads it:
// an Annotation, an AnnotationCollection with its AnnotationPages. The MUSTs of the Data Model
// (and of the web-platform-tests annotation-model assertions) are required here: @context naming
// the anno.jsonld context, an IRI id, type Annotation, a target; TextualBody with a value; each
// selector's own required keys; the collection's and page's types, items and counts; `next`,
// `prev` and `last` as IRIs; motivations and purposes from the Data Model's list (or IRIs).
import { ANNO_CONTEXT_URL } from './annoContext';

const IRI = { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$' } as const;
const DATE_TIME = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$' } as const;
const NON_NEGATIVE = { type: 'integer', minimum: 0 } as const;
const MOTIVATIONS = [
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
];

/** "type" is a string or an array of strings; `name` must be among them. */
const typeIs = (name: string) => ({
  oneOf: [{ const: name }, { type: 'array', items: { type: 'string' }, contains: { const: name } }],
});
const oneOrMany = (schema: object) => ({ oneOf: [schema, { type: 'array', minItems: 1, items: schema }] });

export const annotationSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'W3C Web Annotation (AnnotationCollection, AnnotationPage or Annotation)',
  definitions: {
    context: {
      oneOf: [{ const: ANNO_CONTEXT_URL }, { type: 'array', contains: { const: ANNO_CONTEXT_URL } }],
    },
    motivation: { oneOf: [{ enum: MOTIVATIONS }, IRI] },
    agent: {
      oneOf: [
        IRI,
        {
          type: 'object',
          properties: {
            id: IRI,
            type: { oneOf: [{ enum: ['Person', 'Organization', 'Software'] }, { type: 'array', items: { type: 'string' } }] },
            name: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
            nickname: { type: 'string' },
            email: IRI,
            homepage: IRI,
          },
        },
      ],
    },
    textualBody: {
      type: 'object',
      required: ['type', 'value'],
      properties: {
        id: IRI,
        type: typeIs('TextualBody'),
        value: { type: 'string' },
        purpose: oneOrMany({ $ref: '#/definitions/motivation' }),
        format: { type: 'string', pattern: '^[a-z]+/[A-Za-z0-9.+-]+' },
        language: oneOrMany({ type: 'string' }),
        creator: oneOrMany({ $ref: '#/definitions/agent' }),
        created: DATE_TIME,
        modified: DATE_TIME,
      },
    },
    body: {
      oneOf: [
        IRI,
        {
          if: { type: 'object', properties: { type: typeIs('TextualBody') }, required: ['type'] },
          then: { $ref: '#/definitions/textualBody' },
          else: { $ref: '#/definitions/resource' },
        },
      ],
    },
    resource: {
      type: 'object',
      anyOf: [{ required: ['id'] }, { required: ['source'] }],
      properties: { id: IRI, source: IRI, selector: oneOrMany({ $ref: '#/definitions/selector' }) },
    },
    selector: {
      type: 'object',
      required: ['type'],
      properties: { type: { type: 'string' } },
      allOf: [
        {
          if: { properties: { type: { const: 'TextQuoteSelector' } } },
          then: {
            required: ['exact'],
            properties: { exact: { type: 'string' }, prefix: { type: 'string' }, suffix: { type: 'string' } },
          },
        },
        {
          if: { properties: { type: { const: 'TextPositionSelector' } } },
          then: { required: ['start', 'end'], properties: { start: NON_NEGATIVE, end: NON_NEGATIVE } },
        },
        {
          if: { properties: { type: { enum: ['FragmentSelector', 'CssSelector', 'XPathSelector', 'SvgSelector'] } } },
          then: { required: ['value'], properties: { value: { type: 'string' } } },
        },
      ],
    },
    specificResource: {
      type: 'object',
      required: ['source'],
      properties: {
        id: IRI,
        type: typeIs('SpecificResource'),
        source: IRI,
        selector: oneOrMany({ $ref: '#/definitions/selector' }),
      },
    },
    target: { oneOf: [IRI, { $ref: '#/definitions/specificResource' }] },
    annotation: {
      type: 'object',
      required: ['id', 'type', 'target'],
      properties: {
        '@context': { $ref: '#/definitions/context' },
        id: IRI,
        type: typeIs('Annotation'),
        body: oneOrMany({ $ref: '#/definitions/body' }),
        bodyValue: { type: 'string' },
        target: oneOrMany({ $ref: '#/definitions/target' }),
        motivation: oneOrMany({ $ref: '#/definitions/motivation' }),
        creator: oneOrMany({ $ref: '#/definitions/agent' }),
        generator: oneOrMany({ $ref: '#/definitions/agent' }),
        created: DATE_TIME,
        modified: DATE_TIME,
        generated: DATE_TIME,
      },
      // The Data Model: an annotation has body or bodyValue, never both.
      not: { required: ['body', 'bodyValue'], properties: { body: true, bodyValue: true } },
    },
    page: {
      type: 'object',
      required: ['id', 'type', 'items'],
      properties: {
        id: IRI,
        type: typeIs('AnnotationPage'),
        items: { type: 'array', items: { oneOf: [{ $ref: '#/definitions/annotation' }, IRI] } },
        partOf: { oneOf: [IRI, { type: 'object', required: ['id'], properties: { id: IRI } }] },
        next: IRI,
        prev: IRI,
        startIndex: NON_NEGATIVE,
      },
    },
    collection: {
      type: 'object',
      required: ['@context', 'id', 'type'],
      properties: {
        '@context': { $ref: '#/definitions/context' },
        id: IRI,
        type: typeIs('AnnotationCollection'),
        label: oneOrMany({ type: 'string' }),
        total: NON_NEGATIVE,
        first: { oneOf: [IRI, { $ref: '#/definitions/page' }] },
        last: IRI,
        // The pages after the first, in the same file (JSON-LD 1.1 @included).
        '@included': { type: 'array', items: { $ref: '#/definitions/page' } },
      },
    },
  },
  oneOf: [
    { $ref: '#/definitions/collection' },
    { allOf: [{ $ref: '#/definitions/annotation' }, { type: 'object', required: ['@context'] }] },
  ],
} as const;
