// Named-entity tagger: two-pass averaged structured perceptron over hashed features with
// IOB2-constrained Viterbi decoding. Pass 2 sees pass 1's labels and how each word was
// labelled elsewhere in the document. Weights come in as bytes (models/ner.bin).
import type { EntityType, Span } from '../types';
import { labelledSpans } from './entitySpans';
import { docContext, pass1Features, pass2Features } from './features';
import { NUM_LABELS } from './labels';
import { decodeSentence, deserializeModel, emptyModel, type Model } from './model';
import { tokenize } from './tokenize';

export interface RawEntity extends Span {
  type: EntityType;
}

export type NerModel = Model;

/** Without bytes the model is empty and finds nothing (the analysis still runs). */
export function loadNerModel(bytes?: Uint8Array): NerModel {
  return bytes && bytes.length ? deserializeModel(bytes) : emptyModel(NUM_LABELS);
}

/** Per-token labels of pre-tokenised sentences (also used by training and evaluation). */
export function labelSentences(model: NerModel, sentences: readonly (readonly string[])[]): Int32Array[] {
  if (!model.passes.length) return sentences.map((s) => new Int32Array(s.length));
  const ctx = docContext(sentences);
  const f1 = pass1Features(ctx, model.gazetteer);
  let labels = f1.map((sf) => decodeSentence(model, model.passes[0], [sf]));
  if (model.passes.length > 1) {
    const f2 = pass2Features(ctx, labels);
    labels = f2.map((sf, k) => decodeSentence(model, model.passes[1], [f1[k], sf]));
  }
  return labels;
}

/** Finds entity spans in `text` (which has boilerplate blanked out). */
export function tagEntities(model: NerModel, text: string): RawEntity[] {
  const sentences = tokenize(text);
  const labels = labelSentences(model, sentences.map((s) => s.map((t) => t.text)));
  return sentences.flatMap((s, k) => labelledSpans(s, labels[k]));
}
