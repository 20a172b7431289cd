// Named-entity tagger: two-pass averaged structured perceptron over hashed features with
// IOB2-constrained Viterbi decoding. Pass 2 sees pass 1's labels and how each word was
// labelled elsewhere in the document. Weights come in as bytes (models/ner.bin).
import type { EntityType, Span } from '../../types';
import * as arena from './arena';
import { documentRules } from './docRules';
import { labelledSpans } from './entitySpans';
import { newsRules } from './newsRules';
import { docContext, pass1Features, pass2Features } from './features';
import { NUM_LABELS } from './labels';
import { deserializeModel, emptyModel, type Model } from './model';
import { accumulate, packWeights, type PackedWeights } from './packed';
import { viterbi } from './viterbi';
import { tokenize } from './tokenize';

export interface RawEntity extends Span {
  type: EntityType;
}

export type NerModel = Model & { packed?: PackedWeights };

/** Without bytes the model is empty and finds nothing (the analysis still runs). */
export function loadNerModel(bytes?: Uint8Array): NerModel {
  if (!bytes || !bytes.length) return emptyModel(NUM_LABELS);
  const model: NerModel = deserializeModel(bytes);
  model.packed = packWeights(model);
  warmUp(model);
  return model;
}

/**
 * Tags a synthetic text a few times so the JIT has optimised the hot paths before the first
 * real article: articles tagged one at a time are then as fast as in a warm batch.
 */
function warmUp(model: NerModel): void {
  const text = syntheticText(700);
  for (let k = 0; k < 2; k++) tagEntities(model, text);
}

/**
 * Deterministic text with the shapes articles have: long sentences, capitalised runs joined
 * by "of", common words that occur inside names (so gazetteer paths run), repeated words
 * (document features), numbers, curly quotes, possessives, an ALL-CAPS line.
 */
function syntheticText(words: number): string {
  const syll = ['ka', 'lo', 'mer', 'tin', 'va', 'son', 'ri', 'del', 'an', 'bur'];
  const fill = ['the', 'of', 'and', 'said', 'in', 'to', 'a', 'was', 'on', 'for', 'with', 'that', 'by', 'at'];
  const inNames = [
    'North',
    'South',
    'New',
    'United',
    'National',
    'Street',
    'Bank',
    'Party',
    'Union',
    'Council',
    'City',
    'Sea',
    'Centre',
    'Palace',
  ];
  let seed = 7;
  const next = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
  const names = Array.from({ length: 30 }, () => {
    const w = syll[next(10)] + syll[next(10)] + (next(2) ? syll[next(10)] : '');
    return w[0].toUpperCase() + w.slice(1);
  });
  const out: string[] = ['SYNTHETIC', 'WARM-UP', 'LINE\n'];
  for (let i = 0; i < words; i++) {
    const r = next(24);
    let w =
      r < 11
        ? fill[next(fill.length)]
        : r < 14
          ? syll[next(10)] + syll[next(10)]
          : r < 18
            ? names[next(30)]
            : r < 20
              ? `${names[next(30)]} ${inNames[next(inNames.length)]}`
              : r < 21
                ? `${inNames[next(inNames.length)]} of ${names[next(30)]}`
                : r < 22
                  ? String(next(2000))
                  : r < 23
                    ? names[next(30)].toUpperCase()
                    : `${names[next(30)]}-${syll[next(10)]}`;
    if (next(12) === 0) w += next(2) ? '’s' : ',';
    if (next(15) === 0) w = `“${w}”`;
    out.push(w);
    if (next(30) === 0) out.push(next(3) ? '.\n' : '.');
  }
  return out.join(' ');
}

/** Per-token labels of pre-tokenised sentences (also used by evaluation tools). */
export function labelSentences(model: NerModel, sentences: readonly (readonly string[])[]): Int32Array[] {
  if (!model.passes.length) return sentences.map((s) => new Int32Array(s.length));
  const ctx = docContext(sentences);
  const f1 = pass1Features(ctx, model.gazetteer);
  const packed = (model.packed ??= packWeights(model));
  const L = model.labels;
  const two = model.passes.length > 1;
  // One sweep over pass 1's features scores them for both passes. Pass 1's scores are decoded
  // at once, so one scratch buffer serves every sentence; pass 2's are kept for its own features.
  const trans1 = model.passes[0].trans;
  const e2 = two ? f1.map((sf) => arena.f64(sf.n * L)) : [];
  const outs: Float64Array[] = [];
  let labels = f1.map((sf, k) => {
    const e1 = scratch(sf.n * L);
    outs[0] = e1;
    if (two) outs[1] = e2[k];
    accumulate(packed, sf, 0, outs);
    return viterbi(e1, sf.n, L, trans1);
  });
  if (two) {
    const f2 = pass2Features(ctx, labels);
    f2.forEach((sf, k) => accumulate(packed, sf, 1, [e2[k]]));
    labels = f2.map((sf, k) => viterbi(e2[k], sf.n, L, model.passes[1].trans));
  }
  return labels;
}

let scratchBuf = new Float64Array(1024);
/** A zeroed view of n values, valid until the next call. */
function scratch(n: number): Float64Array {
  if (scratchBuf.length < n) scratchBuf = new Float64Array(Math.max(n, scratchBuf.length * 2));
  const v = scratchBuf.subarray(0, n);
  v.fill(0);
  return v;
}

/** Finds entity spans in `text` (which has boilerplate blanked out). */
export function tagEntities(model: NerModel, text: string): RawEntity[] {
  const sentences = tokenize(text);
  return arena.withArena(() => {
    const words = sentences.map((s) => s.map((t) => t.text));
    const labels = labelSentences(model, words);
    if (model.passes.length) {
      documentRules(words, labels, model.gazetteer);
      newsRules(sentences, labels, model.gazetteer);
    }
    return sentences.flatMap((s, k) => labelledSpans(s, labels[k]));
  });
}
