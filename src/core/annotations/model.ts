// The reader's layer: annotations a person makes on an article, and corrections of the automatic
// layer. Declared once, here; the store (W3C Web Annotation JSON), the anchoring, the editor and
// the import/export formats all use these types.
//
// Offsets here are JavaScript string (UTF-16) indices, like the rest of the core. Formats that count
// Unicode code points (W3C TextPositionSelector, brat, doccano) convert at their edge.
import type { EntityType } from '../types';

/** Where an annotation sits, as W3C selectors describe it (TextQuoteSelector + TextPositionSelector). */
export interface TextTarget {
  /** UTF-16 offsets into the article text, end exclusive (the TextPositionSelector, converted). */
  start: number;
  end: number;
  /** The annotated words (TextQuoteSelector.exact). */
  exact: string;
  /** Up to ~32 characters before and after (TextQuoteSelector.prefix / suffix). */
  prefix: string;
  suffix: string;
}

/** A reply in the annotation's comment thread (a W3C body with purpose "replying"). */
export interface AnnotationReply {
  id: string;
  text: string;
  creator: string;
  created: string;
  modified: string;
}

/** A correction of the automatic layer (W3C motivation "editing"). */
export type Correction =
  | { kind: 'quote'; action: 'speaker'; speaker: string }
  | { kind: 'quote'; action: 'reject' }
  | { kind: 'entity'; action: 'type'; type: EntityType }
  | { kind: 'entity'; action: 'reject' }
  | { kind: 'entity'; action: 'sameAs'; canonical: string }
  | { kind: 'entity'; action: 'add'; type: EntityType }
  | { kind: 'date'; action: 'value'; value: string }
  | { kind: 'date'; action: 'reject' };

export interface ReaderAnnotation {
  /** Stable id, "urn:uuid:…" for annotations made here; imported ids are kept. */
  id: string;
  /** Label id from the taxonomy ("claim", "false", …). Corrections carry the label "correction". */
  label: string;
  /** The note (a W3C TextualBody with purpose "commenting"); empty when none. */
  note: string;
  replies: AnnotationReply[];
  creator: string;
  /** ISO 8601 timestamps. */
  created: string;
  modified: string;
  /** True once the thread is resolved in the editor. */
  resolved?: boolean;
  target: TextTarget;
  /** Set for a correction of an automatic annotation. */
  correction?: Correction;
  /** A correction that holds for every mention of the same name in the article (and corpus). */
  scope?: 'mention' | 'name';
  /**
   * For an automatic annotation accepted into the reader's layer (labels person, place,
   * organization, quote, date): the canonical name, speaker or date value accepted with it.
   */
  value?: string;
  /** Properties of the stored W3C annotation this tool does not know, written back unchanged. */
  extra?: Record<string, unknown>;
}

/** The outcome of anchoring one annotation against the current text. */
export type AnchorResult =
  | { status: 'anchored'; start: number; end: number; method: 'position' | 'quote' | 'fuzzy' }
  | { status: 'orphaned'; reason: 'missing' | 'ambiguous' | 'weak' };

/** One label of the taxonomy the reader picks from. */
export interface LabelDefinition {
  id: string;
  name: string;
  description?: string;
  /** A theme colour id (`newsAnnotator.label.<id>`) or a CSS colour (#rrggbb). */
  color: string;
}
