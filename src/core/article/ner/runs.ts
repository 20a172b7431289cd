// Labelled runs of tokens (a span of one type in IOB2 labels) and the word tests the news
// rules share. Labels: 0 = O, type t has B = 1 + 2t and I = 2 + 2t.
import { isInside, labelType } from './labels';
import type { Token } from './tokenize';

export const PER = 0;
export const LOC = 1;
export const ORG = 2;
export const MISC = 3;

const NAME_SHAPE = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
/** First letter an ASCII capital: every curated name and credit starts so. */
export const isCap = (w: string) => {
  const c = w.charCodeAt(0);
  return c >= 65 && c <= 90;
};

/** A capitalised word ("Kyiv", "O'Neill", "U.S."); ASCII fast path, the regex for the rest. */
export function isName(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128 && (c < 65 || c > 90)) return false;
  for (let k = 1; k < w.length; k++) {
    const d = w.charCodeAt(k);
    if (d >= 128) return NAME_SHAPE.test(w);
    if (!((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || d === 39 || d === 46 || d === 45)) return false;
  }
  return c < 128 || NAME_SHAPE.test(w);
}

export interface Run {
  i: number; // first token
  j: number; // end (exclusive)
  t: number; // CoNLL type index
}

export function runs(lab: Int32Array): Run[] {
  const out: Run[] = [];
  for (let i = 0; i < lab.length; i++) {
    const t = labelType(lab[i]);
    if (t < 0) continue;
    let j = i + 1;
    while (j < lab.length && isInside(lab[j]) && labelType(lab[j]) === t) j++;
    out.push({ i, j, t });
    i = j - 1;
  }
  return out;
}

export function setRun(lab: Int32Array, i: number, j: number, t: number): void {
  if (t < 0) {
    for (let k = i; k < j; k++) lab[k] = 0;
    return;
  }
  lab[i] = 1 + 2 * t;
  for (let k = i + 1; k < j; k++) lab[k] = 2 + 2 * t;
  // A following I- label of the old run now needs its own B-.
  if (j < lab.length && isInside(lab[j])) lab[j] = lab[j] - 1;
}

export const words = (toks: readonly Token[], i: number, j: number) => toks.slice(i, j).map((t) => t.text);
export const glued = (a: Token, b: Token) => a.end === b.start;

/** A sentence with a lowercase word (not a headline in capitals or a results table): rules apply. */
export function plainProse(toks: readonly Token[]): boolean {
  for (const t of toks) {
    const a = t.text.charCodeAt(0);
    const b = t.text.charCodeAt(1);
    if (a >= 97 && a <= 122 && b >= 97 && b <= 122) return true;
  }
  for (const t of toks) if (/^\p{Ll}{2,}$/u.test(t.text)) return true;
  return false;
}
