// Ranked corrections for a flagged word: one-edit and sound-alike neighbours found by direct
// lookup (well under a millisecond), then a two-edit scan of the common words only when nothing
// is one edit away. Ranking = edit cost minus a frequency prior from the corpus.
import { COMMON_WORDS } from './common';
import { boundedDistance, nearEdits } from './edits';
import { capitalise, listedSpelling, type Lexicon } from './lexicon';

export const MAX_SUGGESTIONS = 5;

/** How often a lower-cased word occurs in the article and the corpus (any case). */
export type Frequency = (lower: string) => number;

export interface Candidate {
  word: string;
  cost: number;
}

/** Cheaper is likelier: common and frequent words win ties between equal edits. */
export function prior(lower: string, freq: Frequency): number {
  const f = freq(lower);
  return Math.min(0.6, Math.log2(1 + f) * 0.12) + (COMMON_WORDS.has(lower) ? 0.35 : 0);
}

/** Dictionary words one edit (or one REP replacement) from `lower`, keyed by listed spelling. */
export function nearWords(lex: Lexicon, mask: number, lower: string): Map<string, number> {
  const found = new Map<string, number>();
  const seen = new Map<string, string | null>();
  const emit = (cand: string, cost: number) => {
    if (cand === lower || !cand) return;
    let listed = seen.get(cand);
    if (listed === undefined) seen.set(cand, (listed = listedSpelling(lex, cand, mask)));
    if (listed !== null && cost < (found.get(listed) ?? Infinity)) found.set(listed, cost);
  };
  nearEdits(lower, lex.rep, emit);
  return found;
}

/** Common words two edits away ("mkea" → "make"), for words with no one-edit neighbour. */
export function twoEditWords(lower: string, common: Iterable<string>): Map<string, number> {
  const found = new Map<string, number>();
  if (lower.length < 4) return found;
  for (const c of common) if (c[0] === lower[0] && boundedDistance(lower, c, 2) <= 2) found.set(c, 1.8);
  return found;
}

/**
 * Candidates for `word` as written, best first: `near` are its dictionary neighbours (from
 * nearWords), `extra` context candidates (names); common words two edits away are the fallback.
 */
export function rankSuggestions(
  word: string,
  near: ReadonlyMap<string, number>,
  freq: Frequency,
  extra: readonly Candidate[] = [],
  common: Iterable<string> = COMMON_WORDS,
): string[] {
  const lower = word.toLowerCase();
  const candidates = near.size || extra.length ? near : twoEditWords(lower, common);
  const capital = /^\p{Lu}/u.test(word);
  const scored = new Map<string, number>();
  const add = (w: string, cost: number) => {
    const shown = capital ? capitalise(w) : w;
    // A lower-case slip rarely aims at a proper noun.
    const caseCost = !capital && w !== w.toLowerCase() ? 0.3 : 0;
    const score = cost + caseCost - prior(w.toLowerCase(), freq);
    if (score < (scored.get(shown) ?? Infinity)) scored.set(shown, score);
  };
  for (const [w, cost] of candidates) add(w, cost);
  for (const c of extra) add(c.word, c.cost);
  return [...scored]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_SUGGESTIONS)
    .map(([w]) => w);
}
