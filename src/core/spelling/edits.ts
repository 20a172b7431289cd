// One-edit neighbours of a word, each with a cost that reflects how people mistype: swapped,
// doubled or keyboard-adjacent letters are likelier than arbitrary ones.

export interface Edit {
  word: string;
  cost: number;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const VOWELS = new Set('aeiouy');

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

/**
 * All strings one edit (deletion, transposition, substitution, insertion) from `w`, with costs.
 * A word of n letters has about 54n+25 of them, cheap enough to look each up.
 */
export function oneEdits(w: string, emit: (word: string, cost: number) => void): void {
  const n = w.length;
  for (let i = 0; i < n; i++) {
    // Deleting the second of a doubled letter, or a letter next to its key neighbour, is a slip.
    const doubled = w[i] === w[i - 1] || w[i] === w[i + 1];
    const slip = isAdjacentKey(w[i], w[i - 1] ?? '') || isAdjacentKey(w[i], w[i + 1] ?? '');
    emit(w.slice(0, i) + w.slice(i + 1), doubled ? 0.5 : slip ? 0.75 : 0.9);
  }
  for (let i = 0; i + 1 < n; i++) {
    if (w[i] !== w[i + 1]) emit(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2), 0.6);
  }
  for (let i = 0; i < n; i++) {
    const head = w.slice(0, i), tail = w.slice(i + 1);
    for (const c of LETTERS) if (c !== w[i]) emit(head + c + tail, substitutionCost(w[i], c));
  }
  for (let i = 0; i <= n; i++) {
    const head = w.slice(0, i), tail = w.slice(i);
    // Dropping one of a double letter ("acess") is the commonest insertion to undo.
    for (const c of LETTERS) emit(head + c + tail, c === w[i - 1] || c === w[i] ? 0.5 : 1);
  }
}

/** Strings from applying one REP pair (a sound-alike spelling) at one position. */
export function repEdits(w: string, rep: readonly [string, string][], emit: (word: string, cost: number) => void): void {
  for (const [from, to] of rep) {
    if (to.includes(' ')) continue;
    for (let i = w.indexOf(from); i >= 0; i = w.indexOf(from, i + 1)) emit(w.slice(0, i) + to + w.slice(i + from.length), 0.8);
  }
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
