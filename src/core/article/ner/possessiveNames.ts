// Names written in the possessive ("Sainsbury's", "Moody's", "Lord's"): where the "'s" is
// followed by a verb of reporting or by punctuation, it is hardly a possessive
// ("Moody's said", "shopping at Sainsbury's."), so the name includes it; every other
// "X's" of that name in the article then includes it too (one name, one form). A name the
// article also writes without the "'s" ("Labour said ... the plan was Labour's.") is left alone.
import { LOC, ORG, runs, words } from './runs';
import type { Token } from './tokenize';

/**
 * Words that follow a name as subject, never a possessive ("is", "has", "will" may be either:
 * "Crohn's is", "Britain's will to fight"); and punctuation, which can follow a possessive only
 * in an ellipsis ("than Britain's)"), so quotes and brackets are left out.
 */
const AFTER_NAME = new Set('said says added reported announced confirmed declined denied warned'.split(' '));
const AFTER_NAME_PUNCT = new Set(['.', ',', ';', ':', '!', '?', '--']);

const isClitic = (toks: readonly Token[], k: number) =>
  k < toks.length && toks[k].text.toLowerCase() === "'s" && toks[k - 1].end === toks[k].start;

/** Marks the "'s" of organisation and place names written in the possessive as inside the name. */
export function possessiveNames(sentences: readonly (readonly Token[])[], labels: Int32Array[], prose: readonly boolean[]): void {
  const names = new Set<string>();
  const bare = new Set<string>(); // names also written without the "'s": theirs is a possessive
  sentences.forEach((toks, s) => {
    for (const r of runs(labels[s])) {
      if (r.t !== ORG && r.t !== LOC) continue;
      const name = words(toks, r.i, r.j).join(' ');
      if (!isClitic(toks, r.j)) {
        bare.add(name);
        continue;
      }
      const next = toks[r.j + 1]?.text;
      if (prose[s] && (next === undefined || AFTER_NAME.has(next) || AFTER_NAME_PUNCT.has(next))) names.add(name);
    }
  });
  for (const n of bare) names.delete(n);
  if (!names.size) return;
  sentences.forEach((toks, s) => {
    const lab = labels[s];
    for (const r of runs(lab)) {
      if ((r.t === ORG || r.t === LOC) && isClitic(toks, r.j) && lab[r.j] === 0 && names.has(words(toks, r.i, r.j).join(' ')))
        lab[r.j] = 2 + 2 * r.t;
    }
  });
}
