import type { Span } from '../types';

/** True when [start, end) overlaps any of the (sorted or unsorted) spans. */
export function overlapsAny(start: number, end: number, spans: readonly Span[]): boolean {
  for (const s of spans) if (start < s.end && s.start < end) return true;
  return false;
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
