// One-edit neighbours of a word, each with a cost that reflects how people mistype: swapped,
// doubled or keyboard-adjacent letters are likelier than arbitrary ones.

export interface Edit {
  word: string;
  cost: number;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const VOWELS = new Set('aeiouy');
/** Swapped neighbours: the commonest slip of all. */
export const SWAP_COST = 0.6;

/** QWERTY neighbours (same row ±1, rows above/below at the same or next column). */
const ADJACENT: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const pos = new Map<string, [number, number]>();
  ROWS.forEach((row, r) => [...row].forEach((ch, c) => pos.set(ch, [r, c + r * 0.5])));
  const m = new Map<string, Set<string>>();
  for (const [a, [ra, ca]] of pos) {
    const s = new Set<string>();
    for (const [b, [rb, cb]] of pos) if (a !== b && Math.abs(ra - rb) <= 1 && Math.abs(ca - cb) <= 1) s.add(b);
    m.set(a, s);
  }
  return m;
})();

export const isAdjacentKey = (a: string, b: string) => ADJACENT.get(a)?.has(b) ?? false;

function substitutionCost(from: string, to: string): number {
  if (isAdjacentKey(from, to)) return 0.7;
  if (VOWELS.has(from) && VOWELS.has(to)) return 0.8;
  return 1;
}

/** Does a[ai..] equal b[bi..]? (No slicing: this runs for many candidate pairs.) */
function sameTail(a: string, ai: number, b: string, bi: number): boolean {
  if (a.length - ai !== b.length - bi) return false;
  for (; ai < a.length; ai++, bi++) if (a.charCodeAt(ai) !== b.charCodeAt(bi)) return false;
  return true;
}

/** Cost of deleting w[i], as oneEdits prices it. */
function deletionCost(w: string, i: number): number {
  if (w[i] === w[i - 1] || w[i] === w[i + 1]) return 0.5;
  return isAdjacentKey(w[i], w[i - 1] ?? '') || isAdjacentKey(w[i], w[i + 1] ?? '') ? 0.75 : 0.9;
}

/** Cost of inserting c before w[i], as oneEdits prices it. */
const insertionCost = (w: string, i: number, c: string) => (c === w[i - 1] || c === w[i] ? 0.5 : 1);

/**
 * The cost of the one edit turning `from` into `to` (as oneEdits prices it), or -1 when they
 * are not one edit apart. Linear, for checking a few known words instead of generating edits.
 */
export function oneEditCost(from: string, to: string): number {
  const n = from.length,
    m = to.length;
  if (n - m > 1 || m - n > 1 || from === to) return -1;
  let i = 0;
  while (i < n && i < m && from[i] === to[i]) i++;
  if (n === m) {
    if (sameTail(from, i + 1, to, i + 1)) return substitutionCost(from[i], to[i]);
    const swapped = i + 1 < n && from[i] === to[i + 1] && from[i + 1] === to[i] && sameTail(from, i + 2, to, i + 2);
    return swapped ? SWAP_COST : -1;
  }
  if (n > m) return sameTail(from, i + 1, to, i) ? deletionCost(from, i) : -1;
  return sameTail(from, i, to, i + 1) ? insertionCost(from, i, to[i]) : -1;
}

/** Receives a candidate and its cost; returning true stops the enumeration. */
export type Emit = (word: string, cost: number) => boolean | void;

/**
 * All strings one edit (deletion, transposition, substitution, insertion) from `w`, with costs.
 * A word of n letters has about 54n+25 of them, cheap enough to look each up.
 */
export function oneEdits(w: string, emit: Emit): void {
  const n = w.length;
  // Deleting the second of a doubled letter, or a letter next to its key neighbour, is a slip.
  for (let i = 0; i < n; i++) if (emit(w.slice(0, i) + w.slice(i + 1), deletionCost(w, i))) return;
  for (let i = 0; i + 1 < n; i++) {
    if (w[i] !== w[i + 1] && emit(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2), SWAP_COST)) return;
  }
  for (let i = 0; i < n; i++) {
    const head = w.slice(0, i),
      tail = w.slice(i + 1);
    for (const c of LETTERS) if (c !== w[i] && emit(head + c + tail, substitutionCost(w[i], c))) return;
  }
  for (let i = 0; i <= n; i++) {
    const head = w.slice(0, i),
      tail = w.slice(i);
    // Dropping one of a double letter ("acess") is the commonest insertion to undo.
    for (const c of LETTERS) if (emit(head + c + tail, insertionCost(w, i, c))) return;
  }
}

/**
 * Only the cheapest edits of oneEdits (swapped letters, a doubled letter dropped or added):
 * about 3n candidates instead of 54n, for rules that only trust typical slips.
 */
export function slipEdits(w: string, emit: Emit): void {
  const n = w.length;
  for (let i = 0; i + 1 < n; i++) {
    if (w[i] !== w[i + 1] && emit(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2), SWAP_COST)) return;
  }
  for (let i = 1; i < n; i++) if (w[i] === w[i - 1] && emit(w.slice(0, i) + w.slice(i + 1), 0.5)) return;
  for (let i = 0; i < n; i++) if (emit(w.slice(0, i + 1) + w.slice(i), 0.5)) return;
}

/** Strings from applying one REP pair (a sound-alike spelling) at one position. */
export function repEdits(w: string, rep: readonly [string, string][], emit: Emit): void {
  for (const [from, to] of rep) {
    if (to.includes(' ')) continue;
    for (let i = w.indexOf(from); i >= 0; i = w.indexOf(from, i + 1)) {
      if (emit(w.slice(0, i) + to + w.slice(i + from.length), 0.8)) return;
    }
  }
}

/** One-edit then sound-alike candidates, stopping when `emit` returns true. */
export function nearEdits(w: string, rep: readonly [string, string][], emit: Emit): void {
  let stop = false;
  const guarded: Emit = (c, cost) => (stop = emit(c, cost) === true);
  oneEdits(w, guarded);
  if (!stop) repEdits(w, rep, guarded);
}

/**
 * Optimal-string-alignment distance, giving up (returning max+1) once it must exceed `max`.
 * Linear memory; used to scan a dictionary slice when no one-edit neighbour exists.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const m = b.length;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const sub = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + sub);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m];
}
