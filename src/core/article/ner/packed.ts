// Runtime scoring: the passes' int8 weights interleaved per hashed row, so one memory fetch
// serves both passes. Pass 1's features are scored for pass 2 in the same sweep; pass 2 then
// only adds its own extra features. (The table lookups are the tagger's cost: cache misses.)
import type { SentenceFeatures } from './features';
import type { Model } from './model';

export interface PackedWeights {
  data: Int8Array;
  /** labels * passes values per row. */
  stride: number;
  labels: number;
  passes: number;
  mask: number;
}

export function packWeights(model: Model): PackedWeights {
  const L = model.labels;
  const P = model.passes.length;
  const rows = 2 ** model.hashBits;
  const stride = L * P;
  const data = new Int8Array(rows * stride);
  model.passes.forEach((p, k) => {
    const emit = p.emit;
    if (p.rows) {
      // Only the stored (non-zero) rows.
      for (const r of p.rows) for (let y = 0; y < L; y++) data[r * stride + k * L + y] = emit[r * L + y];
      return;
    }
    for (let r = 0; r < rows; r++) for (let y = 0; y < L; y++) data[r * stride + k * L + y] = emit[r * L + y];
  });
  return { data, stride, labels: L, passes: P, mask: rows - 1 };
}

/** Adds the weights of passes from..from+outs.length-1 for every feature of `sf` to outs. */
export function accumulate(w: PackedWeights, sf: SentenceFeatures, from: number, outs: Float64Array[]): void {
  const { data, stride, labels: L, mask } = w;
  const { offsets, feats, n } = sf;
  if (L === 9 && outs.length === 2 && from === 0 && stride === 18) {
    const [a, b] = outs;
    for (let i = 0; i < n; i++) {
      let a0 = 0,
        a1 = 0,
        a2 = 0,
        a3 = 0,
        a4 = 0,
        a5 = 0,
        a6 = 0,
        a7 = 0,
        a8 = 0;
      let b0 = 0,
        b1 = 0,
        b2 = 0,
        b3 = 0,
        b4 = 0,
        b5 = 0,
        b6 = 0,
        b7 = 0,
        b8 = 0;
      for (let k = offsets[i]; k < offsets[i + 1]; k++) {
        const r = (feats[k] & mask) * 18;
        a0 += data[r];
        a1 += data[r + 1];
        a2 += data[r + 2];
        a3 += data[r + 3];
        a4 += data[r + 4];
        a5 += data[r + 5];
        a6 += data[r + 6];
        a7 += data[r + 7];
        a8 += data[r + 8];
        b0 += data[r + 9];
        b1 += data[r + 10];
        b2 += data[r + 11];
        b3 += data[r + 12];
        b4 += data[r + 13];
        b5 += data[r + 14];
        b6 += data[r + 15];
        b7 += data[r + 16];
        b8 += data[r + 17];
      }
      const o = i * 9;
      a[o] += a0;
      a[o + 1] += a1;
      a[o + 2] += a2;
      a[o + 3] += a3;
      a[o + 4] += a4;
      a[o + 5] += a5;
      a[o + 6] += a6;
      a[o + 7] += a7;
      a[o + 8] += a8;
      b[o] += b0;
      b[o + 1] += b1;
      b[o + 2] += b2;
      b[o + 3] += b3;
      b[o + 4] += b4;
      b[o + 5] += b5;
      b[o + 6] += b6;
      b[o + 7] += b7;
      b[o + 8] += b8;
    }
    return;
  }
  for (let p = 0; p < outs.length; p++) {
    const out = outs[p];
    const base = (from + p) * L;
    for (let i = 0; i < n; i++) {
      for (let k = offsets[i]; k < offsets[i + 1]; k++) {
        const r = (feats[k] & mask) * stride + base;
        for (let y = 0; y < L; y++) out[i * L + y] += data[r + y];
      }
    }
  }
}
