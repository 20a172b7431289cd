// Ranked corrections for a flagged word: one-edit and sound-alike neighbours found by direct
// lookup (well under a millisecond), then a two-edit scan of one dictionary slice only when
// nothing is one edit away. Ranking = edit cost minus a frequency prior from the corpus.
import { COMMON_WORDS } from './common';
import { boundedDistance, oneEdits, repEdits } from './edits';
import { allForms, capitalise, listedSpelling, type Lexicon } from './lexicon';

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
  oneEdits(lower, emit);
  repEdits(lower, lex.rep, emit);
  return found;
}

const slices = new WeakMap<Lexicon, Map<string, string[]>>();

/** Word forms grouped by first letter: a two-edit scan reads one group (typos rarely hit it). */
function formsStartingWith(lex: Lexicon, first: string): string[] {
  let bySlice = slices.get(lex);
  if (!bySlice) {
    bySlice = new Map();
    for (const f of allForms(lex)) {
      const list = bySlice.get(f[0]) ?? bySlice.set(f[0], []).get(f[0])!;
      list.push(f);
    }
    slices.set(lex, bySlice);
  }
  return bySlice.get(first) ?? [];
}

function twoEditWords(lex: Lexicon, mask: number, lower: string): Map<string, number> {
  const found = new Map<string, number>();
  if (lower.length < 4) return found;
  for (const f of formsStartingWith(lex, lower[0])) {
    if (Math.abs(f.length - lower.length) > 2 || boundedDistance(lower, f, 2) > 2) continue;
    const listed = listedSpelling(lex, f, mask);
    if (listed !== null) found.set(listed, 1.8);
  }
  return found;
}

/** Candidates for `word` as written, best first; `extra` adds context candidates (names). */
export function rankSuggestions(
  lex: Lexicon,
  mask: number,
  word: string,
  freq: Frequency,
  extra: readonly Candidate[] = [],
): string[] {
  const lower = word.toLowerCase();
  let near = nearWords(lex, mask, lower);
  if (!near.size && !extra.length) near = twoEditWords(lex, mask, lower);
  const capital = /^\p{Lu}/u.test(word);
  const scored = new Map<string, number>();
  const add = (w: string, cost: number) => {
    const shown = capital ? capitalise(w) : w;
    // A lower-case slip rarely aims at a proper noun.
    const caseCost = !capital && w !== w.toLowerCase() ? 0.3 : 0;
    const score = cost + caseCost - prior(w.toLowerCase(), freq);
    if (score < (scored.get(shown) ?? Infinity)) scored.set(shown, score);
  };
  for (const [w, cost] of near) add(w, cost);
  for (const c of extra) add(c.word, c.cost);
  return [...scored]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_SUGGESTIONS)
    .map(([w]) => w);
}
