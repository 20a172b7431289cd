// What the readers (brat, doccano, W3C) give back: spans in UTF-16 offsets of the text they came
// with, label names as written, and whatever else the format kept.
import type { AnnotationReply, Correction } from '../annotations/model';
import type { AutoDetail } from './layers';

export interface ImportedSpan {
  /** The annotation's id when the format kept one (W3C id, our doccano meta); brat ids are local. */
  id?: string;
  label: string;
  /** UTF-16 offsets, end exclusive, into the text the format came with (or the matched article). */
  start: number;
  end: number;
  /** The annotated words as the file states them. */
  exact: string;
  prefix?: string;
  suffix?: string;
  note: string;
  detail?: AutoDetail;
  /** W3C: the rest of the reader annotation. */
  creator?: string;
  created?: string;
  modified?: string;
  replies?: AnnotationReply[];
  resolved?: boolean;
  /** W3C "editing" annotations: a correction of the automatic layer. */
  correction?: Correction;
  scope?: 'mention' | 'name';
}

/** One article's worth of imported spans, named as the file names it. */
export interface ImportedDocument {
  /** The article's name or IRI as the file gives it (brat: the .ann's name, doccano: meta.file, W3C: target source). */
  file: string | null;
  /** The text the offsets count in, when the format carries it (brat .txt, doccano text). */
  text: string | null;
  spans: ImportedSpan[];
  /** Offsets still count code points (W3C: the file has no text to convert them against). */
  codePoints?: boolean;
}

/** A reader's result: documents and everything it could not take, in words. */
export interface ParseResult {
  documents: ImportedDocument[];
  problems: string[];
}
