// Word counts over a corpus (workspace or CLI batch). Typo detection reads the capitalised
// entries as the corpus's names ("Russia" ×40 makes a lone "Rudsia" a typo) and all entries as
// word frequencies to rank suggestions. Possessives count as their word ("Russia’s" → "Russia"),
// and ’ is stored as ' so keys match the typo checker's tokens.
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

export function countNames(text: string, into: Map<string, number> = new Map()): Map<string, number> {
  for (const m of text.matchAll(WORD)) {
    const w = stripPossessive(m[0].replace(/’/g, "'"));
    into.set(w, (into.get(w) ?? 0) + 1);
  }
  return into;
}

export function stripPossessive(w: string): string {
  const n = w.length;
  return n > 2 && w[n - 2] === "'" && (w[n - 1] === 's' || w[n - 1] === 'S') ? w.slice(0, -2) : w;
}

/**
 * Corpus-wide counts kept up to date one document at a time: `set` replaces a document's
 * contribution, `delete` removes it. `counts` is one Map edited in place (the typo checker caches
 * its index per map object).
 */
export class CorpusNameCounts {
  readonly counts = new Map<string, number>();
  private readonly byKey = new Map<string, Map<string, number>>();

  set(key: string, text: string): void {
    this.delete(key);
    const mine = countNames(text);
    this.byKey.set(key, mine);
    for (const [w, n] of mine) this.counts.set(w, (this.counts.get(w) ?? 0) + n);
  }

  delete(key: string): void {
    const old = this.byKey.get(key);
    if (!old) return;
    for (const [w, n] of old) {
      const left = (this.counts.get(w) ?? 0) - n;
      if (left > 0) this.counts.set(w, left);
      else this.counts.delete(w);
    }
    this.byKey.delete(key);
  }
}
