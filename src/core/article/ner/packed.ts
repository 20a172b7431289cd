// Runtime scoring: the passes' int8 weights interleaved per hashed row, so one memory fetch
// serves both passes. Pass 1's features are scored for pass 2 in the same sweep; pass 2 then
// only adds its own extra features. (The table lookups are the tagger's cost: cache misses.)
//
// The shipped shape (9 labels, 2 passes) uses a compact layout: each row stores, per pass,
// the 8 non-O weights relative to O (w[y] - w[O]) as biased bytes, so a row is 16 bytes
// (4 int32 words, one cache line holds 4 rows) and is summed four labels per word (SWAR).
// Emissions are then O-relative: every label of a token is shifted by the same amount,
// which Viterbi cannot see (scores are exact integers), so the labels are identical.
import type { SentenceFeatures } from './features';
import type { Model } from './model';

/** Rows whose O-relative weights do not fit a byte: their words are 0, exact values kept aside. */
const ESCAPE = 0;
/** A 16-bit lane holds the sum of up to 257 biased bytes; tokens with more go in chunks. */
const CHUNK = 256;
const BIAS = 128;
const LOW = 0x00ff00ff;

export interface PackedWeights {
  labels: number;
  passes: number;
  mask: number;
  /** Compact layout (9 labels, 2 passes): 4 words per row. */
  words?: Int32Array;
  /** Compact layout: exact O-relative weights (16 per row) of the escaped rows. */
  escapes?: Map<number, Int32Array>;
  /** Generic layout: labels * passes int8 values per row. */
  data?: Int8Array;
  stride: number;
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
  const mask = rows - 1;
  if (L === 9 && P === 2) return { ...compact(data, rows), labels: L, passes: P, mask, stride };
  return { data, stride, labels: L, passes: P, mask };
}

/** The compact layout of an interleaved 9-label, 2-pass table. */
function compact(data: Int8Array, rows: number): { words: Int32Array; escapes: Map<number, Int32Array> } {
  const words = new Int32Array(rows * 4);
  const bytes = new Uint8Array(words.buffer);
  const escapes = new Map<number, Int32Array>();
  const rel = new Int32Array(16);
  for (let r = 0; r < rows; r++) {
    let fits = true;
    for (let p = 0; p < 2; p++) {
      const o = data[r * 18 + p * 9];
      for (let y = 1; y < 9; y++) {
        const d = data[r * 18 + p * 9 + y] - o;
        rel[p * 8 + y - 1] = d;
        if (d < -BIAS || d >= BIAS) fits = false;
      }
    }
    // Little-endian words (byte j of a row is lane j); a fitting row whose first word would
    // read as ESCAPE is escaped too, so the marker is unambiguous.
    if (fits) for (let j = 0; j < 16; j++) bytes[r * 16 + j] = rel[j] + BIAS;
    if (!fits || words[r * 4] === ESCAPE) {
      words.fill(0, r * 4, r * 4 + 4);
      escapes.set(r, rel.slice());
    }
  }
  if (!LITTLE_ENDIAN) for (let i = 0; i < words.length; i++) words[i] = swap(words[i]);
  return { words, escapes };
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const swap = (x: number) => ((x & 0xff) << 24) | ((x & 0xff00) << 8) | ((x >>> 8) & 0xff00) | (x >>> 24);

/** Adds the weights of passes from..from+outs.length-1 for every feature of `sf` to outs. */
export function accumulate(w: PackedWeights, sf: SentenceFeatures, from: number, outs: Float64Array[]): void {
  if (w.words && w.escapes) {
    if (from === 0 && outs.length === 2) accumulateBoth(w.words, w.escapes, w.mask, sf, outs[0], outs[1]);
    else for (let p = 0; p < outs.length; p++) accumulateOne(w.words, w.escapes, w.mask, sf, from + p, outs[p]);
    return;
  }
  const { data, stride, labels: L, mask } = w;
  if (!data) return;
  const { offsets, feats, n } = sf;
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

/** Both passes at once (compact layout): 4 words per feature, eight 16-bit lane sums. */
function accumulateBoth(
  words: Int32Array,
  escapes: Map<number, Int32Array>,
  mask: number,
  sf: SentenceFeatures,
  a: Float64Array,
  b: Float64Array,
): void {
  const { offsets, feats, n } = sf;
  for (let i = 0; i < n; i++) {
    const o = i * 9;
    const end = offsets[i + 1];
    for (let s = offsets[i]; s < end; s += CHUNK) {
      const e = Math.min(end, s + CHUNK);
      let l0 = 0,
        h0 = 0,
        l1 = 0,
        h1 = 0,
        l2 = 0,
        h2 = 0,
        l3 = 0,
        h3 = 0,
        escaped = 0;
      for (let k = s; k < e; k++) {
        const r = (feats[k] & mask) << 2;
        const x0 = words[r];
        if (x0 === ESCAPE) {
          addEscape(escapes.get(feats[k] & mask), a, o, 0);
          addEscape(escapes.get(feats[k] & mask), b, o, 8);
          escaped++;
          continue;
        }
        const x1 = words[r + 1];
        const x2 = words[r + 2];
        const x3 = words[r + 3];
        l0 = (l0 + (x0 & LOW)) | 0;
        h0 = (h0 + ((x0 >>> 8) & LOW)) | 0;
        l1 = (l1 + (x1 & LOW)) | 0;
        h1 = (h1 + ((x1 >>> 8) & LOW)) | 0;
        l2 = (l2 + (x2 & LOW)) | 0;
        h2 = (h2 + ((x2 >>> 8) & LOW)) | 0;
        l3 = (l3 + (x3 & LOW)) | 0;
        h3 = (h3 + ((x3 >>> 8) & LOW)) | 0;
      }
      // Only the non-escaped features added a bias; escapes were added exactly.
      const c = (e - s - escaped) * BIAS;
      a[o + 1] += (l0 & 0xffff) - c;
      a[o + 2] += (h0 & 0xffff) - c;
      a[o + 3] += (l0 >>> 16) - c;
      a[o + 4] += (h0 >>> 16) - c;
      a[o + 5] += (l1 & 0xffff) - c;
      a[o + 6] += (h1 & 0xffff) - c;
      a[o + 7] += (l1 >>> 16) - c;
      a[o + 8] += (h1 >>> 16) - c;
      b[o + 1] += (l2 & 0xffff) - c;
      b[o + 2] += (h2 & 0xffff) - c;
      b[o + 3] += (l2 >>> 16) - c;
      b[o + 4] += (h2 >>> 16) - c;
      b[o + 5] += (l3 & 0xffff) - c;
      b[o + 6] += (h3 & 0xffff) - c;
      b[o + 7] += (l3 >>> 16) - c;
      b[o + 8] += (h3 >>> 16) - c;
    }
  }
}

/** One pass (compact layout): 2 words per feature. */
function accumulateOne(
  words: Int32Array,
  escapes: Map<number, Int32Array>,
  mask: number,
  sf: SentenceFeatures,
  pass: number,
  a: Float64Array,
): void {
  const { offsets, feats, n } = sf;
  const w = pass * 2;
  for (let i = 0; i < n; i++) {
    const o = i * 9;
    const end = offsets[i + 1];
    for (let s = offsets[i]; s < end; s += CHUNK) {
      const e = Math.min(end, s + CHUNK);
      let l0 = 0,
        h0 = 0,
        l1 = 0,
        h1 = 0,
        escaped = 0;
      for (let k = s; k < e; k++) {
        const row = feats[k] & mask;
        const r = row << 2;
        if (words[r] === ESCAPE) {
          addEscape(escapes.get(row), a, o, pass * 8);
          escaped++;
          continue;
        }
        const x0 = words[r + w];
        const x1 = words[r + w + 1];
        l0 = (l0 + (x0 & LOW)) | 0;
        h0 = (h0 + ((x0 >>> 8) & LOW)) | 0;
        l1 = (l1 + (x1 & LOW)) | 0;
        h1 = (h1 + ((x1 >>> 8) & LOW)) | 0;
      }
      const c = (e - s - escaped) * BIAS;
      a[o + 1] += (l0 & 0xffff) - c;
      a[o + 2] += (h0 & 0xffff) - c;
      a[o + 3] += (l0 >>> 16) - c;
      a[o + 4] += (h0 >>> 16) - c;
      a[o + 5] += (l1 & 0xffff) - c;
      a[o + 6] += (h1 & 0xffff) - c;
      a[o + 7] += (l1 >>> 16) - c;
      a[o + 8] += (h1 >>> 16) - c;
    }
  }
}

/** Adds one escaped row's exact O-relative weights (lanes from..from+7) to token `o`. */
function addEscape(rel: Int32Array | undefined, out: Float64Array, o: number, from: number): void {
  if (!rel) return;
  for (let y = 1; y < 9; y++) out[o + y] += rel[from + y - 1];
}
