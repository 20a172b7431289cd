// The trained model: hashed emission weights and transition scores for each pass, plus the
// hashed gazetteer. Binary format (little endian):
//   "NER2", u32 hashBits, u32 labels, u32 passes,
//   per pass: f32 scale, i32 trans[L*L + L], u32 stored rows, u8 row bitmap[rows/8], i8 rows*L,
//   u32 gazetteer size, u32 keys[size], u16 masks[size].
// Emission weights are int8 (one scale per pass); all-zero rows are not stored.
import { emptyGazetteer, type Gazetteer } from './gazetteer';
import type { SentenceFeatures } from './features';
import { viterbi } from './viterbi';

export interface PassWeights {
  /** rows * labels, row-major. */
  emit: ArrayLike<number>;
  /** labels*labels (prev-major) then labels start scores. */
  trans: ArrayLike<number>;
  /** Indices of the rows that are not all zero, when known (a loaded model): packing skips the rest. */
  rows?: Int32Array;
}

export interface Model {
  hashBits: number;
  labels: number;
  passes: PassWeights[];
  gazetteer: Gazetteer;
}

const MAGIC = 0x3252454e; // "NER2"
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export function emptyModel(labels: number): Model {
  return { hashBits: 0, labels, passes: [], gazetteer: emptyGazetteer() };
}

/** Emission scores (n * labels) of one sentence, summed over one or more feature lists. */
export function emissions(model: Model, w: PassWeights, lists: readonly SentenceFeatures[]): Float64Array {
  const L = model.labels;
  const mask = (1 << model.hashBits) - 1;
  const n = lists[0].n;
  const out = new Float64Array(n * L);
  const emit = w.emit;
  for (const sf of lists) {
    const { offsets, feats } = sf;
    for (let i = 0; i < n; i++) {
      const o = i * L;
      // Nine labels in registers: this loop is the tagger's hot spot (one table row per feature).
      if (L === 9) {
        let s0 = 0,
          s1 = 0,
          s2 = 0,
          s3 = 0,
          s4 = 0,
          s5 = 0,
          s6 = 0,
          s7 = 0,
          s8 = 0;
        for (let k = offsets[i]; k < offsets[i + 1]; k++) {
          const r = (feats[k] & mask) * 9;
          s0 += emit[r];
          s1 += emit[r + 1];
          s2 += emit[r + 2];
          s3 += emit[r + 3];
          s4 += emit[r + 4];
          s5 += emit[r + 5];
          s6 += emit[r + 6];
          s7 += emit[r + 7];
          s8 += emit[r + 8];
        }
        out[o] += s0;
        out[o + 1] += s1;
        out[o + 2] += s2;
        out[o + 3] += s3;
        out[o + 4] += s4;
        out[o + 5] += s5;
        out[o + 6] += s6;
        out[o + 7] += s7;
        out[o + 8] += s8;
        continue;
      }
      for (let k = offsets[i]; k < offsets[i + 1]; k++) {
        const r = (feats[k] & mask) * L;
        for (let y = 0; y < L; y++) out[o + y] += emit[r + y];
      }
    }
  }
  return out;
}

export function decodeSentence(model: Model, w: PassWeights, lists: readonly SentenceFeatures[]): Int32Array {
  return viterbi(emissions(model, w, lists), lists[0].n, model.labels, w.trans);
}

export function serializeModel(model: Model): Uint8Array {
  const L = model.labels;
  const rows = 2 ** model.hashBits;
  const parts: Uint8Array[] = [];
  const u32 = (...v: number[]) => parts.push(new Uint8Array(new Uint32Array(v).buffer));
  u32(MAGIC, model.hashBits, L, model.passes.length);
  for (const p of model.passes) {
    let max = 0;
    for (let i = 0; i < p.emit.length; i++) max = Math.max(max, Math.abs(p.emit[i]));
    const scale = max > 0 ? 127 / max : 1;
    parts.push(new Uint8Array(new Float32Array([scale]).buffer));
    parts.push(new Uint8Array(Int32Array.from(Array.from(p.trans as ArrayLike<number>, (v) => Math.round(v * scale))).buffer));
    const bitmap = new Uint8Array(rows / 8);
    const q = new Int8Array(rows * L);
    let stored = 0;
    for (let r = 0; r < rows; r++) {
      let any = false;
      for (let y = 0; y < L; y++) {
        const v = Math.round(p.emit[r * L + y] * scale);
        q[stored * L + y] = v;
        if (v) any = true;
      }
      if (any) {
        bitmap[r >> 3] |= 1 << (r & 7);
        stored++;
      }
    }
    u32(stored);
    parts.push(bitmap, new Uint8Array(q.buffer, 0, stored * L));
  }
  const g = model.gazetteer;
  u32(g.keys.length);
  parts.push(
    new Uint8Array(g.keys.buffer, g.keys.byteOffset, g.keys.byteLength),
    new Uint8Array(g.masks.buffer, g.masks.byteOffset, g.masks.byteLength),
  );
  const total = parts.reduce((s, p) => s + p.length, 0);
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

export function deserializeModel(bytes: Uint8Array): Model {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let o = 0;
  const u32 = () => {
    const v = dv.getUint32(o, true);
    o += 4;
    return v;
  };
  if (u32() !== MAGIC) throw new Error('not a NER2 model');
  const hashBits = u32();
  const L = u32();
  const nPasses = u32();
  const rows = 2 ** hashBits;
  const passes: PassWeights[] = [];
  for (let p = 0; p < nPasses; p++) {
    dv.getFloat32(o, true);
    o += 4;
    const trans = new Float64Array(L * L + L);
    for (let i = 0; i < trans.length; i++, o += 4) trans[i] = dv.getInt32(o, true);
    const stored = u32();
    const bitmap = bytes.subarray(o, o + rows / 8);
    o += rows / 8;
    const data = new Int8Array(bytes.buffer, bytes.byteOffset + o, stored * L);
    o += stored * L;
    const emit = new Int8Array(rows * L);
    const stored_ = new Int32Array(stored);
    let k = 0;
    for (let b = 0; b < bitmap.length; b++) {
      const byte = bitmap[b];
      if (!byte) continue;
      for (let bit = 0; bit < 8; bit++) {
        if (!(byte & (1 << bit))) continue;
        const r = (b << 3) | bit;
        for (let y = 0; y < L; y++) emit[r * L + y] = data[k * L + y];
        stored_[k++] = r;
      }
    }
    passes.push({ emit, trans, rows: stored_ });
  }
  const size = u32();
  let keys: Uint32Array;
  let masks: Uint16Array;
  if (LITTLE_ENDIAN) {
    // One copy each (the table is large; element-wise DataView reads cost load time).
    keys = new Uint32Array(bytes.slice(o, o + 4 * size).buffer);
    o += 4 * size;
    masks = new Uint16Array(bytes.slice(o, o + 2 * size).buffer);
    o += 2 * size;
  } else {
    keys = new Uint32Array(size);
    for (let i = 0; i < size; i++, o += 4) keys[i] = dv.getUint32(o, true);
    masks = new Uint16Array(size);
    for (let i = 0; i < size; i++, o += 2) masks[i] = dv.getUint16(o, true);
  }
  return { hashBits, labels: L, passes, gazetteer: { keys, masks } };
}
