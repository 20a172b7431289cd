// Feature extraction shared by training and runtime: each token gets a list of 32-bit
// feature hashes (template id mixed with attribute hashes); the model folds them into rows.
// Casing-robust on purpose: lowercase identity, affixes, shape, ALL-CAPS-line handling and
// how the same word is cased elsewhere in the document carry over to non-Reuters text.
import { MAX_PHRASE, lookup, phraseKey, wordKey, type Gazetteer } from './gazetteer';
import * as arena from './arena';
import { hashString, mix, mix3 } from './hash';
import { isInside, labelType, NUM_LABELS } from './labels';

export interface SentenceFeatures {
  n: number;
  /** Token i's features are feats[offsets[i] .. offsets[i+1]). */
  offsets: Int32Array;
  feats: Uint32Array;
}

/** Per-token attributes of one sentence, hashed once. */
interface SentenceAttrs {
  n: number;
  low: Uint32Array;
  raw: Uint32Array;
  shape: Uint32Array;
  sshape: Uint32Array;
  cls: Uint8Array;
  /** Lowercase prefix hashes (length 1-4) at i*8, suffix hashes at i*8+4. */
  affix: Uint32Array;
  nAffix: Uint8Array;
  caps: number; // 1 when the sentence is an ALL-CAPS line (headline, dateline)
  /** Line kind: bit 0 has a lowercase word, bit 1 has a number (tables of results). */
  kind: number;
}

/** Everything the features need about a document. */
export interface DocContext {
  sentences: SentenceAttrs[];
  /** lowercase hash -> bits: 1 capitalised, 2 lowercase (mid-sentence, mixed-case lines only). */
  docCase: Map<number, number>;
}

enum Cls {
  Lower = 0,
  InitCap = 1,
  AllCaps = 2,
  OneCap = 3,
  Mixed = 4,
  Digits = 5,
  Punct = 6,
  AlnumMix = 7,
}

const BOS = 0x1f3a5b7c;
const EOS = 0x7c5b3a1f;

const FNV = 0x811c9dc5;
const fnv = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);

/** Shape code of one UTF-16 unit: 1 upper, 2 lower, 3 digit, else the unit itself. */
function charKind(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? 1 : c >= 97 && c <= 122 ? 2 : c >= 48 && c <= 57 ? 3 : c;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase() ? 1 : ch !== ch.toUpperCase() ? 2 : c;
}

/**
 * One pass over a token: word class, full shape (runs cut to 4) and short shape (runs cut
 * to 1) hashes, and lowercase prefix/suffix hashes of length 1-4, without building strings.
 */
function tokenAttrs(a: SentenceAttrs, i: number, w: string, lw: string): void {
  let up = 0;
  let lo = 0;
  let dg = 0;
  let full = FNV;
  let short = FNV;
  let prev = -1;
  let run = 0;
  let firstUp = false;
  let restLower = true;
  for (let k = 0; k < w.length; k++) {
    const kind = charKind(w.charCodeAt(k));
    if (kind === 1) {
      up++;
      if (k === 0) firstUp = true;
      else restLower = false;
    } else if (kind === 2) lo++;
    else if (kind === 3) dg++;
    run = kind === prev ? run + 1 : 1;
    if (run <= 4) full = fnv(full, kind);
    if (run === 1) short = fnv(short, kind);
    prev = kind;
  }
  let cls: Cls;
  if (!up && !lo) cls = dg ? Cls.Digits : Cls.Punct;
  else if (dg) cls = Cls.AlnumMix;
  else if (!up) cls = Cls.Lower;
  else if (!lo) cls = up === 1 ? Cls.OneCap : Cls.AllCaps;
  else cls = firstUp && restLower ? Cls.InitCap : Cls.Mixed;
  a.cls[i] = cls;
  a.shape[i] = full >>> 0;
  a.sshape[i] = short >>> 0;
  const n = lw.length;
  const m = Math.min(4, n);
  a.nAffix[i] = m;
  let h = FNV;
  for (let k = 0; k < m; k++) a.affix[i * 8 + k] = (h = fnv(h, lw.charCodeAt(k))) >>> 0;
  h = FNV;
  for (let k = 0; k < m; k++) a.affix[i * 8 + 4 + k] = (h = fnv(h, lw.charCodeAt(n - 1 - k))) >>> 0;
}

function sentenceAttrs(tokens: readonly string[]): SentenceAttrs {
  const n = tokens.length;
  const a: SentenceAttrs = {
    n,
    low: arena.u32(n),
    raw: arena.u32(n),
    shape: arena.u32(n),
    sshape: arena.u32(n),
    cls: arena.u8(n),
    affix: arena.u32(n * 8),
    nAffix: arena.u8(n),
    caps: 0,
    kind: 0,
  };
  let alpha = 0;
  let upper = 0;
  for (let i = 0; i < n; i++) {
    const w = tokens[i];
    const lw = w.toLowerCase();
    a.low[i] = hashString(lw);
    a.raw[i] = lw === w ? a.low[i] : hashString(w);
    tokenAttrs(a, i, w, lw);
    const c = a.cls[i];
    if (c === Cls.Lower) a.kind |= 1;
    else if (c === Cls.Digits) a.kind |= 2;
    if (w.length > 1 && (c === Cls.Lower || c === Cls.InitCap || c === Cls.AllCaps || c === Cls.Mixed)) {
      alpha++;
      if (c === Cls.AllCaps) upper++;
    }
  }
  a.caps = alpha > 0 && upper / alpha >= 0.7 ? 1 : 0;
  return a;
}

/** Sentence-initial: first token, or first after an opening quote/bracket/dash. */
function isInitial(a: SentenceAttrs, i: number): number {
  if (i === 0) return 1;
  return i === 1 && a.cls[0] === Cls.Punct ? 1 : 0;
}

export function docContext(sentences: readonly (readonly string[])[]): DocContext {
  const attrs = sentences.map(sentenceAttrs);
  const docCase = new Map<number, number>();
  for (const a of attrs) {
    if (a.caps) continue;
    for (let i = 0; i < a.n; i++) {
      if (isInitial(a, i)) continue;
      const c = a.cls[i];
      const bit = c === Cls.InitCap || c === Cls.AllCaps || c === Cls.OneCap || c === Cls.Mixed ? 1 : c === Cls.Lower ? 2 : 0;
      if (bit) docCase.set(a.low[i], (docCase.get(a.low[i]) ?? 0) | bit);
    }
  }
  return { sentences: attrs, docCase };
}

// Template ids (distinct small integers mixed into every feature hash; changing one needs a retrain).
const T = {
  // pass 1: the token
  bias: 1,
  low: 2,
  raw: 3,
  shape: 4,
  sshapeInit: 5,
  pre: 10,
  suf: 20,
  // pass 1: context
  lowM1: 30,
  lowP1: 31,
  lowM2: 32,
  lowP2: 33,
  sshM1: 34,
  sshP1: 35,
  bigM: 36,
  bigP: 37,
  cls3: 38,
  rawM1: 52,
  lowCapsP1: 54,
  rawP1: 55,
  ctxM1: 56,
  ctxP1: 57,
  kind: 58,
  bag: 59,
  // pass 1: gazetteers, document casing, capitalised runs
  gaz: 40,
  gazCls: 41,
  gazLen: 42,
  docCase: 50,
  docCaseCls: 51,
  word: 80,
  wordCls: 81,
  capRun: 82,
  connector: 83,
  runHead: 84,
  runHeadSuf: 85,
  runFirst: 86,
  runHeadGaz: 87,
  runFirstGaz: 88,
  // pass 2: pass-1 labels and document consistency
  p1: 60,
  p1M1: 61,
  p1P1: 62,
  p1M2: 63,
  p1P2: 64,
  p1Bi: 65,
  p1Tri: 66,
  p1Low: 67,
  dm: 70,
  dmCtx: 71,
  dmP1: 72,
  dmFrac: 73,
  dmAny: 74,
  spanUse: 75,
  spanUseIn: 76,
} as const;

const PHRASE_KEYS = new Uint32Array(MAX_PHRASE + 1);

/** Per-token gazetteer matches: bits 0-3 begin-of-type, 4-7 inside-of-type; plus match length. */
function gazetteerMatches(g: Gazetteer, a: SentenceAttrs): { tags: Uint8Array; len: Uint8Array } {
  const tags = arena.u8(a.n);
  const len = arena.u8(a.n);
  if (g.keys.length <= 1) return { tags, len };
  const keys = PHRASE_KEYS;
  for (let i = 0; i < a.n; i++) {
    // Entity phrases start with a capitalised word (in training; ALL-CAPS lines included).
    const c = a.cls[i];
    if (c === Cls.Punct || c === Cls.Digits || c === Cls.Lower) continue;
    const maxL = Math.min(MAX_PHRASE, a.n - i);
    for (let L = 1; L <= maxL; L++) keys[L] = phraseKey(a.low, i, i + L);
    for (let L = maxL; L >= 1; L--) {
      // Names end in a capitalised word or a number: skip the lookups that cannot match.
      const e = a.cls[i + L - 1];
      if (e === Cls.Lower || e === Cls.Punct) continue;
      const m = lookup(g, keys[L]);
      if (!m) continue;
      for (let t = 0; t < 4; t++) {
        if (!(m & (1 << t))) continue;
        for (let j = i; j < i + L; j++) tags[j] |= 1 << (j === i ? t : t + 4);
      }
      for (let j = i; j < i + L; j++) if (len[j] < L) len[j] = L;
      break; // longest match from this start only
    }
  }
  return { tags, len };
}

/** Growable feature buffer (avoids boxing in plain arrays). */
class FeatureBuffer {
  data = new Uint32Array(4096);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const d = new Uint32Array(this.data.length * 2);
      d.set(this.data);
      this.data = d;
    }
    this.data[this.length++] = v;
  }
  take(): Uint32Array {
    const out = arena.u32(this.length);
    out.set(this.data.subarray(0, this.length));
    this.length = 0;
    return out;
  }
}

const shared = new FeatureBuffer();

const isCap = (c: number) => c === Cls.InitCap || c === Cls.AllCaps || c === Cls.OneCap || c === Cls.Mixed;

interface Runs {
  /** 0 outside a capitalised run, else run length (max 5) * 4 + position (0 alone, 1 first, 2 middle, 3 last). */
  code: Uint8Array;
  /** Index of the run's first and last token (-1 outside a run). */
  first: Int32Array;
  last: Int32Array;
}

/** Runs of capitalised words, which may bridge one short lowercase word (Sea of Azov). */
function capitalisedRuns(a: SentenceAttrs): Runs {
  const code = arena.u8(a.n);
  const first = arena.i32(a.n).fill(-1);
  const last = arena.i32(a.n).fill(-1);
  let i = 0;
  while (i < a.n) {
    if (!isCap(a.cls[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      if (j < a.n && isCap(a.cls[j])) j++;
      else if (j + 1 < a.n && a.cls[j] === Cls.Lower && isCap(a.cls[j + 1])) j += 2;
      else break;
    }
    const len = Math.min(5, j - i);
    for (let k = i; k < j; k++) {
      code[k] = len * 4 + (j - i === 1 ? 0 : k === i ? 1 : k === j - 1 ? 3 : 2);
      first[k] = i;
      last[k] = j - 1;
    }
    i = j;
  }
  return { code, first, last };
}

const docCaseCode = (ctx: DocContext, h: number) => ctx.docCase.get(h) ?? 0;

/**
 * First-pass features of every sentence of a document. Training passes `rare` (rare words,
 * or a random share of capitalised tokens): those tokens lose their identity features so the
 * model learns to tag unknown names from shape, affixes and context, as it must on text from
 * another domain.
 */
export function pass1Features(ctx: DocContext, gaz: Gazetteer, rare?: (lowHash: number, cap: boolean) => boolean): SentenceFeatures[] {
  return ctx.sentences.map((a) => sentenceFeatures(ctx, a, gaz, rare));
}

function sentenceFeatures(
  ctx: DocContext,
  a: SentenceAttrs,
  gaz: Gazetteer,
  rare?: (lowHash: number, cap: boolean) => boolean,
): SentenceFeatures {
  const n = a.n;
  const offsets = arena.i32(n + 1);
  const buf = shared;
  const { tags: gz, len: gzLen } = gazetteerMatches(gaz, a);
  const caps = a.caps;
  const lowAt = (i: number) => (i < 0 ? BOS : i >= n ? EOS : a.low[i]);
  const sshAt = (i: number) => (i < 0 ? BOS : i >= n ? EOS : a.sshape[i]);
  const clsAt = (i: number) => (i < 0 ? 9 : i >= n ? 10 : a.cls[i]);
  const runs = capitalisedRuns(a);
  // Word-level gazetteer bits of every token (how each word was used inside entities).
  const wordGaz = arena.u16(n);
  if (gaz.keys.length > 1) {
    for (let i = 0; i < n; i++) if (a.cls[i] !== Cls.Punct && a.cls[i] !== Cls.Digits) wordGaz[i] = lookup(gaz, wordKey(a.low[i]));
  }
  for (let i = 0; i < n; i++) {
    offsets[i] = buf.length;
    const low = a.low[i];
    const init = isInitial(a, i);
    const cls = a.cls[i];
    const known = !rare || !rare(low, isCap(cls));
    buf.push(T.bias);
    if (known) buf.push(mix(T.low, low));
    buf.push(mix(T.shape, mix(a.shape[i], caps)));
    buf.push(mix3(T.sshapeInit, a.sshape[i], init * 2 + caps));
    if (!caps) {
      if (known) buf.push(mix(T.raw, a.raw[i]));
      buf.push(mix(T.rawM1, i > 0 ? a.raw[i - 1] : BOS));
      buf.push(mix(T.rawP1, i + 1 < n ? a.raw[i + 1] : EOS));
    }
    for (let k = 0; k < a.nAffix[i]; k++) {
      buf.push(mix(T.pre + k, a.affix[i * 8 + k]));
      buf.push(mix(T.suf + k, a.affix[i * 8 + 4 + k]));
    }
    buf.push(mix(T.lowM1, lowAt(i - 1)));
    buf.push(mix(T.lowP1, lowAt(i + 1)));
    buf.push(mix(T.lowM2, lowAt(i - 2)));
    buf.push(mix(T.lowP2, lowAt(i + 2)));
    buf.push(mix3(T.sshM1, sshAt(i - 1), mix(a.sshape[i], caps)));
    buf.push(mix3(T.sshP1, sshAt(i + 1), mix(a.sshape[i], caps)));
    buf.push(mix3(T.ctxM1, lowAt(i - 1), mix(a.sshape[i], caps)));
    buf.push(mix3(T.ctxP1, lowAt(i + 1), mix(a.sshape[i], caps)));
    if (known) {
      buf.push(mix3(T.bigM, lowAt(i - 1), low));
      buf.push(mix3(T.bigP, low, lowAt(i + 1)));
    }
    buf.push(mix3(T.cls3, (clsAt(i - 1) << 8) | (cls << 4) | clsAt(i + 1), caps));
    if (known) buf.push(mix3(T.lowCapsP1, mix(low, caps), clsAt(i + 1)));
    buf.push(mix3(T.kind, a.kind * 2 + caps, cls));
    // Where the token sits in a run of capitalised words (joined by of/for/and...): names.
    buf.push(mix3(T.capRun, runs.code[i], caps));
    if (runs.code[i] >= 8) {
      // The run's head (last word) and first word type the whole name: Street, Palace, Centre.
      const h = runs.last[i];
      buf.push(mix3(T.runHead, a.low[h], caps));
      buf.push(mix3(T.runHeadSuf, a.affix[h * 8 + 4 + Math.min(3, a.nAffix[h]) - 1], h === i ? 1 : 0));
      buf.push(mix3(T.runFirst, a.low[runs.first[i]], runs.first[i] === i ? 1 : 0));
      const hm = wordGaz[h];
      const fm = wordGaz[runs.first[i]];
      for (let b = 0; hm >> b; b++) if ((hm >> b) & 1) buf.push(mix3(T.runHeadGaz, b, h === i ? 1 : 0));
      for (let b = 0; fm >> b; b++) if ((fm >> b) & 1) buf.push(mix3(T.runFirstGaz, b, runs.first[i] === i ? 1 : 0));
    }
    if (cls === Cls.Lower) buf.push(mix3(T.connector, low, (clsAt(i - 1) << 4) | clsAt(i + 1)));
    // Bag of words 3-4 tokens away: topic cues (shares, club, minister) beyond the ±2 window.
    for (let d = 3; d <= 4; d++) {
      if (i - d >= 0) buf.push(mix(T.bag, a.low[i - d]));
      if (i + d < n) buf.push(mix(T.bag, a.low[i + d]));
    }
    const g = gz[i];
    if (g) {
      for (let b = 0; b < 8; b++) {
        if (!(g & (1 << b))) continue;
        buf.push(mix(T.gaz, b));
        buf.push(mix3(T.gazCls, b, cls * 2 + caps));
        buf.push(mix3(T.gazLen, b, Math.min(gzLen[i], 4)));
      }
    }
    if (cls !== Cls.Punct && cls !== Cls.Digits) {
      // How this word was used inside entities elsewhere (held-out folds in training).
      const wm = known ? wordGaz[i] : 0;
      for (let b = 0; wm >> b; b++) {
        if (!((wm >> b) & 1)) continue;
        buf.push(mix(T.word, b));
        buf.push(mix3(T.wordCls, b, cls * 2 + caps));
      }
      const dc = docCaseCode(ctx, low);
      buf.push(mix3(T.docCase, dc, caps * 2 + init));
      buf.push(mix3(T.docCaseCls, dc, cls * 4 + caps * 2 + init));
    }
  }
  offsets[n] = buf.length;
  return { n, offsets, feats: buf.take() };
}

/**
 * Second-pass extra features (used together with the pass-1 features): pass 1's labels
 * around the token, and how the same word was labelled elsewhere in the document.
 */
export function pass2Features(ctx: DocContext, labels: readonly Int32Array[]): SentenceFeatures[] {
  // Per lowercase word: counts of pass-1 types over the whole document (O = slot 4).
  const counts = new Map<number, number[]>();
  ctx.sentences.forEach((a, s) => {
    for (let i = 0; i < a.n; i++) {
      if (a.cls[i] === Cls.Punct || a.cls[i] === Cls.Digits) continue;
      let c = counts.get(a.low[i]);
      if (!c) counts.set(a.low[i], (c = [0, 0, 0, 0, 0]));
      const t = labelType(labels[s][i]);
      c[t < 0 ? 4 : t]++;
    }
  });
  // Per lowercase word, how pass 1 used it in spans: a lone capitalised word that never
  // ends a full person name in the document is more likely an organisation or place.
  const spanUse = new Map<number, number>();
  ctx.sentences.forEach((a, s) => {
    const lab = labels[s];
    for (let i = 0; i < a.n; i++) {
      const t = labelType(lab[i]);
      if (t < 0 || isInside(lab[i])) continue;
      let j = i + 1;
      while (j < a.n && isInside(lab[j])) j++;
      for (let k = i; k < j; k++) {
        const bit = j - i === 1 ? 1 : k === j - 1 ? 2 << t : 32 << t;
        spanUse.set(a.low[k], (spanUse.get(a.low[k]) ?? 0) | bit);
      }
    }
  });
  return ctx.sentences.map((a, s) => {
    const lab = labels[s];
    const n = a.n;
    const labAt = (i: number) => (i < 0 ? NUM_LABELS : i >= n ? NUM_LABELS + 1 : lab[i]);
    const offsets = arena.i32(n + 1);
    const buf = shared;
    for (let i = 0; i < n; i++) {
      offsets[i] = buf.length;
      const l = lab[i];
      buf.push(mix(T.p1, l));
      buf.push(mix(T.p1M1, labAt(i - 1)));
      buf.push(mix(T.p1P1, labAt(i + 1)));
      buf.push(mix(T.p1M2, labAt(i - 2)));
      buf.push(mix(T.p1P2, labAt(i + 2)));
      buf.push(mix3(T.p1Bi, labAt(i - 1), l));
      buf.push(mix3(T.p1Tri, (labAt(i - 1) << 8) | labAt(i + 1), l));
      buf.push(mix3(T.p1Low, l, a.low[i]));
      const use = spanUse.get(a.low[i]) ?? 0;
      buf.push(mix3(T.spanUse, use & 31, l));
      buf.push(mix3(T.spanUseIn, use >> 5, l));
      const c = counts.get(a.low[i]);
      if (!c) continue;
      // Other occurrences only: remove this token's own vote.
      const own = labelType(l);
      let best = -1;
      let bestN = 0;
      let ent = 0;
      for (let t = 0; t < 4; t++) {
        const v = c[t] - (own === t ? 1 : 0);
        ent += v;
        if (v > bestN) {
          best = t;
          bestN = v;
        }
      }
      for (let t = 0; t < 4; t++) if (c[t] - (own === t ? 1 : 0) > 0) buf.push(mix3(T.dmAny, t, l));
      const others = ent + c[4] - (own < 0 ? 1 : 0);
      if (others <= 0) continue;
      const frac = Math.min(3, Math.floor((4 * ent) / others));
      const init = isInitial(a, i);
      buf.push(mix(T.dm, best + 1));
      buf.push(mix3(T.dmCtx, best + 1, a.caps * 2 + init));
      buf.push(mix3(T.dmP1, best + 1, l));
      buf.push(mix3(T.dmFrac, best + 1, frac * 2 + a.caps));
    }
    offsets[n] = buf.length;
    return { n, offsets, feats: buf.take() };
  });
}
