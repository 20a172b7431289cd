// Averaged structured perceptron over hashed features (training side only). Averaging uses
// the usual trick: acc holds sum(c * delta), the average is w - acc / c.
import type { SentenceFeatures } from '../src/core/article/ner/features';
import { emissions, type Model, type PassWeights } from '../src/core/article/ner/model';
import { viterbi } from '../src/core/article/ner/viterbi';
import { rng } from './rng';

export interface Example {
  /** Feature lists of one sentence (pass 2: the pass-1 list plus its own). */
  sfs: SentenceFeatures[];
  gold: Int32Array;
}

export function trainPass(shell: Model, examples: readonly Example[], epochs: number, seed: number, log: (s: string) => void): PassWeights {
  const L = shell.labels;
  const rows = 2 ** shell.hashBits;
  const mask = rows - 1;
  const w = new Float32Array(rows * L);
  const acc = new Float64Array(rows * L);
  const T = L * L + L;
  const tw = new Float64Array(T);
  const tacc = new Float64Array(T);
  const cur: PassWeights = { emit: w, trans: tw };
  const random = rng(seed);
  const order = examples.map((_, i) => i);
  let c = 1;
  const bump = (sfs: SentenceFeatures[], i: number, y: number, d: number) => {
    for (const sf of sfs) {
      for (let k = sf.offsets[i]; k < sf.offsets[i + 1]; k++) {
        const r = (sf.feats[k] & mask) * L + y;
        w[r] += d;
        acc[r] += c * d;
      }
    }
  };
  const bumpT = (idx: number, d: number) => {
    tw[idx] += d;
    tacc[idx] += c * d;
  };
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let wrong = 0;
    let total = 0;
    for (const ix of order) {
      const { sfs, gold } = examples[ix];
      const n = gold.length;
      const pred = viterbi(emissions(shell, cur, sfs), n, L, tw);
      total += n;
      for (let i = 0; i < n; i++) {
        const g = gold[i];
        const p = pred[i];
        if (g !== p) {
          wrong++;
          bump(sfs, i, g, 1);
          bump(sfs, i, p, -1);
        }
        const tg = i ? gold[i - 1] * L + g : L * L + g;
        const tp = i ? pred[i - 1] * L + p : L * L + p;
        if (tg !== tp) {
          bumpT(tg, 1);
          bumpT(tp, -1);
        }
      }
      c++;
    }
    log(`  epoch ${e + 1}: train token error ${((100 * wrong) / total).toFixed(2)}%`);
  }
  // Average in place (w becomes the averaged weights).
  for (let i = 0; i < w.length; i++) w[i] -= acc[i] / c;
  for (let i = 0; i < T; i++) tw[i] -= tacc[i] / c;
  return { emit: w, trans: tw };
}
