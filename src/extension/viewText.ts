// Small text helpers shared by the hovers and the tree views.
import * as path from 'node:path';
import type { WordDiff } from '../core/corpus/quoteMatch';

/** A short, readable name for an article id (a URI string): its file name. */
export function articleName(id: string): string {
  try {
    return path.basename(decodeURIComponent(new URL(id).pathname));
  } catch {
    return path.basename(id);
  }
}

/** Renders a word diff: removed words struck through, added words in bold. */
export function describeDiff(diff: readonly WordDiff[], esc: (s: string) => string = (s) => s): string {
  return diff.map((d) => (d.op === 'same' ? esc(d.text) : d.op === 'added' ? `**${esc(d.text)}**` : `~~${esc(d.text)}~~`)).join(' ');
}

/** Plain-text diff for tree descriptions and tooltips: [-removed-] {+added+}. */
export function plainDiff(diff: readonly WordDiff[]): string {
  return diff.map((d) => (d.op === 'same' ? d.text : d.op === 'added' ? `{+${d.text}+}` : `[-${d.text}-]`)).join(' ');
}
