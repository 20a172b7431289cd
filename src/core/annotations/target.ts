// Building a target from a selection, and moving it along with live edits in the editor.
import type { TextTarget } from './model';

/** How many characters of context a target keeps on each side (TextQuoteSelector prefix/suffix). */
export const CONTEXT_LENGTH = 32;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * The target for `text.slice(start, end)` (UTF-16 offsets, clamped to the text) with up to 32
 * characters of context each side. Never splits a surrogate pair (an emoji) at any edge.
 */
export function makeTarget(text: string, start: number, end: number): TextTarget {
  let s = clamp(Math.min(start, end), 0, text.length);
  let e = clamp(Math.max(start, end), 0, text.length);
  if (s > 0 && s < text.length && isLow(text.charCodeAt(s)) && isHigh(text.charCodeAt(s - 1))) s--;
  if (e > 0 && e < text.length && isLow(text.charCodeAt(e)) && isHigh(text.charCodeAt(e - 1))) e++;
  let ps = Math.max(0, s - CONTEXT_LENGTH);
  if (ps > 0 && isLow(text.charCodeAt(ps)) && isHigh(text.charCodeAt(ps - 1))) ps++;
  let se = Math.min(text.length, e + CONTEXT_LENGTH);
  if (se < text.length && isLow(text.charCodeAt(se)) && isHigh(text.charCodeAt(se - 1))) se--;
  return { start: s, end: e, exact: text.slice(s, e), prefix: text.slice(ps, s), suffix: text.slice(e, se) };
}

/** One change of the document: `deleted` UTF-16 units at `offset` replaced by `inserted`. */
export interface TextChange {
  offset: number;
  deleted: number;
  inserted: string;
}

export type ShiftResult =
  /** The edit did not touch the annotated words; start/end moved with the text. */
  | { status: 'moved'; target: TextTarget }
  /** The edit changed the annotated words: re-anchor (or ask the reader). start/end are a best guess. */
  | { status: 'damaged'; target: TextTarget };

/**
 * Moves a target along with one edit (pure, O(1)). Text inserted exactly at the start or the end
 * stays outside the annotation; deleting or replacing any annotated character, or inserting strictly
 * inside, damages it. exact/prefix/suffix are kept as the reader annotated them, so re-anchoring
 * still knows the original words. For several changes of one editor event (all in old-document
 * offsets, not overlapping), apply them from the highest offset to the lowest.
 */
export function shiftTarget(target: TextTarget, change: TextChange): ShiftResult {
  const o = Math.max(0, change.offset);
  const d = Math.max(0, change.deleted);
  const delta = change.inserted.length - d;
  const { start, end } = target;
  if (o + d <= start) {
    // Entirely before (an insertion exactly at the start also lands before the words).
    if (delta === 0) return { status: 'moved', target };
    return { status: 'moved', target: { ...target, start: start + delta, end: end + delta } };
  }
  if (o >= end) return { status: 'moved', target };
  // The change overlaps the annotated words (or inserts strictly inside them).
  // Best guess: the replacement text counts as part of the annotation.
  const newStart = Math.min(o, start);
  const newEnd = o + d >= end ? o + change.inserted.length : end + delta;
  return { status: 'damaged', target: { ...target, start: Math.min(newStart, newEnd), end: Math.max(newStart, newEnd) } };
}

function clamp(x: number, lo: number, hi: number): number {
  return Number.isFinite(x) ? Math.min(hi, Math.max(lo, Math.trunc(x))) : lo;
}
