// Word lists bucketed by length, so "which of these is one edit from w?" compares w with the
// few entries of lengths |w|-1..|w|+1 instead of generating and looking up ~500 edits.
import { oneEditCost } from './edits';

export interface IndexedWord {
  /** Lower-cased key the edit distance is measured on. */
  lower: string;
  /** The word as it is usually written ("Russia", "iPhone", "make"). */
  form: string;
  count: number;
}

export type WordIndex = Map<number, IndexedWord[]>;

/** Indexes words by length; for each lower-case key the most frequent written form wins. */
export function indexWords(entries: Iterable<[string, number]>): WordIndex {
  const best = new Map<string, IndexedWord>();
  for (const [form, count] of entries) {
    const lower = form.toLowerCase();
    const prev = best.get(lower);
    if (prev) {
      if (count > prev.count) prev.form = form;
      prev.count += count;
    } else best.set(lower, { lower, form, count });
  }
  const index: WordIndex = new Map();
  for (const w of best.values()) {
    const bucket = index.get(w.lower.length) ?? index.set(w.lower.length, []).get(w.lower.length)!;
    bucket.push(w);
  }
  return index;
}

/** Entries one edit from `lower`, with the edit's cost. */
export function oneEditNeighbours(index: WordIndex, lower: string): [IndexedWord, number][] {
  const out: [IndexedWord, number][] = [];
  for (let len = lower.length - 1; len <= lower.length + 1; len++) {
    for (const w of index.get(len) ?? []) {
      const cost = oneEditCost(lower, w.lower);
      if (cost >= 0) out.push([w, cost]);
    }
  }
  return out;
}
