// The tagger's fast paths must give exactly what the plain versions give: the compact weight
// layout scores like the int8 table (up to one shift per token, which Viterbi cannot see), and the
// 9-label Viterbi picks the textbook path, ties included.
import { describe, expect, it } from 'vitest';
import type { SentenceFeatures } from '../../src/core/article/ner/features';
import * as arena from '../../src/core/article/ner/arena';
import { emptyGazetteer } from '../../src/core/article/ner/gazetteer';
import type { Model } from '../../src/core/article/ner/model';
import { accumulate, packWeights } from '../../src/core/article/ner/packed';
import { allowed } from '../../src/core/article/ner/labels';
import { viterbi } from '../../src/core/article/ner/viterbi';

const L = 9;
const BITS = 6;
const ROWS = 1 << BITS;

function rng(seed: number) {
  return (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return seed % n;
  };
}

/** Random int8 weights for two passes; some rows extreme (O-relative beyond a byte), some -128 apart. */
function model(seed: number): Model {
  const next = rng(seed);
  const passes = [0, 1].map((p) => {
    const emit = new Int8Array(ROWS * L);
    for (let r = 0; r < ROWS; r++) {
      const kind = (r + p) % 5;
      for (let y = 0; y < L; y++) {
        if (kind === 0)
          emit[r * L + y] = y === 0 ? 127 : -127 + next(3); // does not fit
        else if (kind === 1)
          emit[r * L + y] = y === 0 ? 100 : y <= 4 ? -28 : next(50); // exactly -128 apart
        else if (kind === 2) emit[r * L + y] = 0;
        else if (kind === 3)
          emit[r * L + y] = y === 0 ? -100 : 27 - next(3); // near the top of a byte
        else emit[r * L + y] = next(255) - 127;
      }
    }
    const trans = Float64Array.from({ length: L * L + L }, () => next(41) - 20);
    return { emit, trans };
  });
  return { hashBits: BITS, labels: L, passes, gazetteer: emptyGazetteer() };
}

/** A sentence whose token 1 has more (high-scoring) features than a 16-bit lane sum can take at once. */
function sentence(seed: number): SentenceFeatures {
  const next = rng(seed);
  const counts = [37, 2000, 5, 0, 90];
  const offsets = new Int32Array(counts.length + 1);
  counts.forEach((c, i) => {
    offsets[i + 1] = offsets[i] + c;
  });
  const feats = Uint32Array.from({ length: offsets[counts.length] }, () => (next(0x7fffffff) * 2 + next(2)) >>> 0);
  // Row 3 is a high-scoring row in pass 1 (kind 3).
  for (let k = offsets[1]; k < offsets[2]; k++) feats[k] = ((next(1 << 20) << BITS) | 3) >>> 0;
  return { n: counts.length, offsets, feats };
}

function reference(m: Model, sf: SentenceFeatures, pass: number): Float64Array {
  const out = new Float64Array(sf.n * L);
  const emit = m.passes[pass].emit;
  for (let i = 0; i < sf.n; i++)
    for (let k = sf.offsets[i]; k < sf.offsets[i + 1]; k++)
      for (let y = 0; y < L; y++) out[i * L + y] += emit[(sf.feats[k] & (ROWS - 1)) * L + y];
  return out;
}

/** Scores relative to label O, the form in which the compact layout returns them. */
const relative = (e: Float64Array) => Array.from(e, (v, j) => v - e[j - (j % L)]);

describe('ner packed weights', () => {
  for (const seed of [1, 2, 3]) {
    it(`scores both passes and one pass exactly (seed ${seed})`, () => {
      const m = model(seed);
      const packed = packWeights(m);
      const sf = sentence(seed * 7);
      const a = new Float64Array(sf.n * L);
      const b = new Float64Array(sf.n * L);
      accumulate(packed, sf, 0, [a, b]);
      const one = new Float64Array(sf.n * L);
      accumulate(packed, sf, 1, [one]);
      const ra = reference(m, sf, 0);
      const rb = reference(m, sf, 1);
      expect(relative(a)).toEqual(relative(ra));
      expect(relative(b)).toEqual(relative(rb));
      expect(relative(one)).toEqual(relative(rb));
      expect(Array.from(viterbi(a, sf.n, L, m.passes[0].trans))).toEqual(Array.from(viterbi(ra, sf.n, L, m.passes[0].trans)));
    });
  }
});

/** Textbook Viterbi under the IOB2 constraint: lowest predecessor wins ties, as the tagger's. */
function referenceViterbi(e: Float64Array, n: number, trans: Float64Array): number[] {
  const score: number[][] = [];
  const back: number[][] = [];
  score.push(Array.from({ length: L }, (_, y) => (allowed(-1, y) ? e[y] + trans[L * L + y] : -1e30)));
  for (let i = 1; i < n; i++) {
    score.push([]);
    back.push([]);
    for (let y = 0; y < L; y++) {
      let best = -1e30;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!allowed(p, y)) continue;
        const s = score[i - 1][p] + trans[p * L + y];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i].push(best + e[i * L + y]);
      back[i - 1].push(arg);
    }
  }
  let arg = 0;
  for (let y = 1; y < L; y++) if (score[n - 1][y] > score[n - 1][arg]) arg = y;
  const out = [arg];
  for (let i = n - 1; i > 0; i--) out.unshift((arg = back[i - 1][arg]));
  return out;
}

describe('ner viterbi (9 labels)', () => {
  it('picks the same path as the textbook decoder, ties included', () => {
    const next = rng(11);
    for (let t = 0; t < 200; t++) {
      const n = 1 + next(12);
      // Few distinct values, so many paths tie.
      const spread = t % 2 ? 3 : 400;
      const e = Float64Array.from({ length: n * L }, () => next(spread));
      const trans = Float64Array.from({ length: L * L + L }, () => next(spread) - (spread >> 1));
      expect(Array.from(viterbi(e, n, L, trans))).toEqual(referenceViterbi(e, n, trans));
    }
  });
});

describe('ner scratch arena', () => {
  it('hands out zeroed views, also where an earlier article wrote', () => {
    for (let round = 0; round < 3; round++) {
      arena.withArena(() => {
        // Small views in the kept chunk, then views big enough to need fresh chunks.
        for (const n of [10, 1000, 200_000, 300_000]) {
          const views = [arena.f64(n), arena.i32(n), arena.u32(n), arena.u16(n), arena.u8(n)];
          for (const v of views) {
            expect(v.every((x) => x === 0)).toBe(true);
            v.fill(7);
          }
        }
      });
    }
  });
});
