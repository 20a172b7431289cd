// Short one-line forms of longer text, for labels, tooltips and summaries.

/** Collapses whitespace and cuts to at most `n` characters, ending with "…" when cut. */
export function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

/** Cuts to about `n` characters at a word boundary, ending with "…" when cut (text kept as is otherwise). */
export function clipAtWord(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 3).replace(/\s+\S*$/, '')}…` : s;
}
