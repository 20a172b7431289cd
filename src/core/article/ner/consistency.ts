// Document-level consistency for news copy: an article names someone in full once and then by
// surname; a one-word name keeps one type; names listed together are of one kind.
import { lookup, wordBit, wordKey, type Gazetteer } from './gazetteer';
import { hashString } from './hash';
import { isInside } from './labels';
import { isName, MISC, ORG, PER, runs, setRun, words } from './runs';
import type { Token } from './tokenize';

const B_MISC = 1 + 2 * MISC;
/** Nationality words and peoples ("Libyans", "Japanese") stay MISC. */
const NATIONALITY = /(?:ans?|ese|is|ish|ch)$/;

/**
 * "Aung San Suu Kyi ... Suu Kyi said": the end of a person's full name, used alone later in
 * the article, is that person (news names someone in full once, then by surname).
 */
export function surnames(sentences: readonly (readonly Token[])[], labels: Int32Array[], gaz: Gazetteer, prose: readonly boolean[]): void {
  const tails = new Set<string>();
  sentences.forEach((toks, s) => {
    for (const r of runs(labels[s])) {
      if (r.t !== PER || r.j - r.i < 2) continue;
      // Only full names that start with a given name (a word training text had first in a person's name).
      if (!(lookup(gaz, wordKey(hashString(toks[r.i].text.toLowerCase()))) & wordBit(PER, 0))) continue;
      for (let k = r.i + 1; k < r.j; k++) tails.add(words(toks, k, r.j).join(' '));
    }
  });
  if (!tails.size) return;
  sentences.forEach((toks, s) => {
    const lab = labels[s];
    if (!prose[s]) return;
    for (const r of runs(lab)) {
      if (r.t === PER || r.t === MISC || !tails.has(words(toks, r.i, r.j).join(' '))) continue;
      setRun(lab, r.i, r.j, PER);
    }
  });
}

/**
 * "Boeing unveils ... Boeing has unveiled": a one-word name the tagger typed in one way only
 * elsewhere in the article gets that type where the tagger missed it (one name, one referent).
 */
export function consistentNames(sentences: readonly (readonly Token[])[], labels: Int32Array[], prose: readonly boolean[]): void {
  const typeOf = new Map<string, number>(); // word -> type, or -1 when typed in several ways
  sentences.forEach((toks, s) => {
    for (const r of runs(labels[s])) {
      if (r.j - r.i !== 1 || r.t === MISC) continue;
      const w = toks[r.i].text;
      const t = typeOf.get(w);
      typeOf.set(w, t === undefined || t === r.t ? r.t : -1);
    }
  });
  if (!typeOf.size) return;
  sentences.forEach((toks, s) => {
    const lab = labels[s];
    if (!prose[s]) return;
    for (let k = 0; k < toks.length; k++) {
      if ((lab[k] !== 0 && lab[k] !== B_MISC) || (k + 1 < toks.length && isInside(lab[k + 1]))) continue;
      const t = typeOf.get(toks[k].text);
      if (t === undefined || t < 0 || !isName(toks[k].text)) continue;
      // A maker's name the tagger read as a product ("Boeing unveils") is the company; "Boeing 777" stays.
      if (lab[k] === B_MISC && (t !== ORG || NATIONALITY.test(toks[k].text) || (k + 1 < toks.length && /^[\p{Lu}\p{N}]/u.test(toks[k + 1].text)))) continue;
      // Not glued into a longer capitalised run the tagger chose to leave out ("Boeing Field").
      if ((k > 0 && isName(toks[k - 1].text) && k > 1) || (k + 1 < toks.length && isName(toks[k + 1].text))) continue;
      lab[k] = 1 + 2 * t;
    }
  });
}

/**
 * "GM and Chrysler", "Boeing and Lockheed Martin": a "person" listed next to organisations is
 * one of them when its first word is no given name training text knew (and, alone, no
 * surname either). Returns the retyped names so their other mentions follow.
 */
export function coordinated(toks: readonly Token[], lab: Int32Array, gaz: Gazetteer, retyped: Set<string>): void {
  const rs = runs(lab);
  // Gap between neighbouring runs: 2 a list word ("and", ", and", "&", "or"), 1 a comma, 0 none.
  const gap = (x: number) => {
    const a = rs[x].j;
    const n = rs[x + 1].i - a;
    const w = n >= 1 ? toks[n === 2 ? a + 1 : a].text : '';
    const list = w === 'and' || w === '&' || w === 'or';
    if (n === 1) return list ? 2 : w === ',' ? 1 : 0;
    return n === 2 && toks[a].text === ',' && list ? 2 : 0;
  };
  const gaps = rs.slice(0, -1).map((_, x) => gap(x));
  for (let x = 0; x < rs.length; x++) {
    const r = rs[x];
    if (r.t !== PER || r.j - r.i > 3) continue;
    // A list: linked runs with a list word somewhere ("A, B and C"); a lone comma is mostly an
    // apposition ("the United Nations, Jane Doe, arrived").
    let a = x;
    while (a > 0 && gaps[a - 1] > 0) a--;
    let b = x;
    while (b < gaps.length && gaps[b] > 0) b++;
    // ... or a headline-style subject list ("A, B offer buyouts"): a verb follows the last run.
    const next = rs[b].j < toks.length ? toks[rs[b].j].text : '';
    if (!gaps.slice(a, b).includes(2) && !(b > a && /^\p{Ll}/u.test(next))) continue;
    const org = (x > 0 && gaps[x - 1] > 0 && rs[x - 1].t === ORG) || (x < gaps.length && gaps[x] > 0 && rs[x + 1].t === ORG);
    if (!org) continue;
    const w = lookup(gaz, wordKey(hashString(toks[r.i].text.toLowerCase())));
    if (w & (r.j - r.i === 1 ? wordBit(PER, 1) | wordBit(PER, 3) : wordBit(PER, 0))) continue;
    setRun(lab, r.i, r.j, ORG);
    retyped.add(words(toks, r.i, r.j).join(' '));
  }
}

/** Other mentions of a name retyped as an organisation follow it. */
export function followRetyped(sentences: readonly (readonly Token[])[], labels: Int32Array[], retyped: ReadonlySet<string>): void {
  sentences.forEach((toks, s) => {
    for (const r of runs(labels[s])) if (r.t === PER && retyped.has(words(toks, r.i, r.j).join(' '))) setRun(labels[s], r.i, r.j, ORG);
  });
}
