import type { Span } from '../types';
import { partitionPoint } from './search';

/** True when [start, end) overlaps any of the (sorted or unsorted) spans. */
export function overlapsAny(start: number, end: number, spans: readonly Span[]): boolean {
  for (const s of spans) if (start < s.end && s.start < end) return true;
  return false;
}

/** Spans sorted by start, with the largest end among the first k at maxEnd[k - 1]. */
function startIndex(spans: readonly Span[]): { starts: number[]; maxEnd: number[] } {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let m = -Infinity;
  return { starts: sorted.map((s) => s.start), maxEnd: sorted.map((s) => (m = Math.max(m, s.end))) };
}

/**
 * `overlapsAny` for many queries against the same spans: one sort, then a binary search per
 * query (a span overlaps [start, end) when it starts before `end` and ends after `start`).
 */
export function overlapTest(spans: readonly Span[]): (start: number, end: number) => boolean {
  const { starts, maxEnd } = startIndex(spans);
  return (start, end) => {
    const n = partitionPoint(starts.length, (i) => starts[i] < end);
    return n > 0 && maxEnd[n - 1] > start;
  };
}

/** Whether [start, end) lies inside one of the spans, for many queries: one sort, then a binary search each. */
export function containTest(spans: readonly Span[]): (start: number, end: number) => boolean {
  const { starts, maxEnd } = startIndex(spans);
  return (start, end) => {
    const n = partitionPoint(starts.length, (i) => starts[i] <= start);
    return n > 0 && maxEnd[n - 1] >= end;
  };
}

/** Sorts by start, then by longer first. Returns a new array. */
export function sortSpans<T extends Span>(spans: readonly T[]): T[] {
  return [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Merges overlapping or touching spans. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of sortSpans(spans)) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** Replaces the excluded spans by spaces (same length, so offsets stay valid; newlines kept). */
export function blankOut(text: string, spans: readonly Span[]): string {
  if (!spans.length) return text;
  let out = '';
  let pos = 0;
  for (const s of mergeSpans(spans)) {
    if (s.start < pos) continue;
    out += text.slice(pos, s.start) + text.slice(s.start, s.end).replace(/[^\n]/g, ' ');
    pos = s.end;
  }
  return out + text.slice(pos);
}
