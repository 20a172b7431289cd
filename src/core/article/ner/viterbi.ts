// Viterbi decoding of one sentence under the IOB2 constraint.
import * as arena from './arena';
import { allowed } from './labels';

const NEG = -1e30;

// Scratch tables reused across calls (fully rewritten for the first n*L cells each time).
let scoreBuf = new Float64Array(0);
let backBuf = new Int32Array(0);

// Allowed predecessors of each label (IOB2: I-X only after B-X or I-X), per label count:
// preds[predStart[y] .. predStart[y+1]) lists them, so the inner loop has no branch.
interface Preds {
  start: Int32Array;
  list: Int32Array;
}
const predTables = new Map<number, Preds>();
function predecessors(L: number): Preds {
  let t = predTables.get(L);
  if (!t) {
    const start = new Int32Array(L + 1);
    const list: number[] = [];
    for (let y = 0; y < L; y++) {
      start[y] = list.length;
      for (let p = 0; p < L; p++) if (allowed(p, y)) list.push(p);
    }
    start[L] = list.length;
    predTables.set(L, (t = { start, list: Int32Array.from(list) }));
  }
  return t;
}

// allowed(prev, cur) as a table per label count; row L is the sentence start.
const tables = new Map<number, Uint8Array>();
function allowedTable(L: number): Uint8Array {
  let t = tables.get(L);
  if (!t) {
    t = new Uint8Array((L + 1) * L);
    for (let p = -1; p < L; p++) for (let y = 0; y < L; y++) t[(p < 0 ? L : p) * L + y] = allowed(p, y) ? 1 : 0;
    tables.set(L, t);
  }
  return t;
}

/**
 * emissions: n*L scores (token-major); trans: L*L (prev-major) then L start scores.
 * Returns the best label per token.
 */
export function viterbi(emissions: ArrayLike<number>, n: number, L: number, trans: ArrayLike<number>): Int32Array {
  const out = arena.i32(n);
  if (n === 0) return out;
  const ok = allowedTable(L);
  if (scoreBuf.length < n * L) {
    scoreBuf = new Float64Array(n * L * 2);
    backBuf = new Int32Array(n * L * 2);
  }
  const score = scoreBuf;
  const back = backBuf;
  for (let y = 0; y < L; y++) score[y] = ok[L * L + y] ? emissions[y] + trans[L * L + y] : NEG;
  if (L === 9) forward9(emissions, n, trans, score, back);
  else forward(emissions, n, L, trans, score, back);
  let best = NEG;
  let arg = 0;
  for (let y = 0; y < L; y++) {
    if (score[(n - 1) * L + y] > best) {
      best = score[(n - 1) * L + y];
      arg = y;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * L + arg];
  }
  return out;
}

/** The forward sweep for any label count: allowed predecessors from a table. */
function forward(
  emissions: ArrayLike<number>,
  n: number,
  L: number,
  trans: ArrayLike<number>,
  score: Float64Array,
  back: Int32Array,
): void {
  const { start, list } = predecessors(L);
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L;
    for (let y = 0; y < L; y++) {
      let best = NEG;
      let arg = 0;
      for (let q = start[y]; q < start[y + 1]; q++) {
        const p = list[q];
        const s = score[prev + p] + trans[p * L + y];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * L + y] = best + emissions[i * L + y];
      back[i * L + y] = arg;
    }
  }
}

/**
 * The forward sweep for the 9 IOB2 labels (O, then B/I per type): O and B-X may follow any
 * label, I-X only B-X or I-X. Same order and ties as `forward` (lowest predecessor wins).
 */
function forward9(emissions: ArrayLike<number>, n: number, trans: ArrayLike<number>, score: Float64Array, back: Int32Array): void {
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * 9;
    const o = i * 9;
    const s0 = score[prev];
    const s1 = score[prev + 1];
    const s2 = score[prev + 2];
    const s3 = score[prev + 3];
    const s4 = score[prev + 4];
    const s5 = score[prev + 5];
    const s6 = score[prev + 6];
    const s7 = score[prev + 7];
    const s8 = score[prev + 8];
    for (let y = 0; y < 9; y++) {
      let best: number;
      let arg: number;
      if (y > 0 && (y & 1) === 0) {
        // I-X: from B-X (y - 1) or I-X (y).
        best = NEG;
        arg = 0;
        const b = score[prev + y - 1] + trans[(y - 1) * 9 + y];
        if (b > best) {
          best = b;
          arg = y - 1;
        }
        const c = score[prev + y] + trans[y * 9 + y];
        if (c > best) {
          best = c;
          arg = y;
        }
      } else {
        best = s0 + trans[y];
        arg = 0;
        if (!(best > NEG)) {
          best = NEG;
        }
        let s = s1 + trans[9 + y];
        if (s > best) {
          best = s;
          arg = 1;
        }
        s = s2 + trans[18 + y];
        if (s > best) {
          best = s;
          arg = 2;
        }
        s = s3 + trans[27 + y];
        if (s > best) {
          best = s;
          arg = 3;
        }
        s = s4 + trans[36 + y];
        if (s > best) {
          best = s;
          arg = 4;
        }
        s = s5 + trans[45 + y];
        if (s > best) {
          best = s;
          arg = 5;
        }
        s = s6 + trans[54 + y];
        if (s > best) {
          best = s;
          arg = 6;
        }
        s = s7 + trans[63 + y];
        if (s > best) {
          best = s;
          arg = 7;
        }
        s = s8 + trans[72 + y];
        if (s > best) {
          best = s;
          arg = 8;
        }
      }
      score[o + y] = best + emissions[o + y];
      back[o + y] = arg;
    }
  }
}
