// Trains the two-pass NER model on CoNLL-2003 eng.train (IOB2) only and writes models/ner.bin.
// Gazetteer features and the pass-1 labels that pass 2 learns from are computed on held-out
// folds, so the model learns how much to trust them on unseen text. Defaults (18 hash bits,
// 5 bagged perceptrons per pass, words seen once trained without identity features) take
// about a minute on one core and give the same bytes on every run.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { docContext, pass1Features, pass2Features, type DocContext, type SentenceFeatures } from '../src/core/article/ner/features';
import { buildGazetteer, phraseKeyOf, wordBit, wordKey } from '../src/core/article/ner/gazetteer';
import { hashString } from '../src/core/article/ner/hash';
import { isInside, labelIndex, labelType, NUM_LABELS } from '../src/core/article/ner/labels';
import { decodeSentence, serializeModel, type Model, type PassWeights } from '../src/core/article/ner/model';
import { trainPass, type Example } from './ner-perceptron';
import { rng } from './rng';

interface Doc {
  sentences: string[][];
  gold: Int32Array[];
}

interface Options {
  data: string;
  out: string;
  seed: number;
  epochs1: number;
  epochs2: number;
  folds: number;
  bits: number;
  passes: number;
  /** Final passes are the mean of this many perceptrons trained in different orders. */
  bags: number;
  /** Words seen at most this often train without identity features (0: none). */
  rareMax: number;
  /** Share of capitalised tokens that train without identity features (0: none). */
  drop: number;
}

/** Mean of several perceptrons' weights (trained on different shuffles): less variance. */
function bagged(run: (seed: number) => PassWeights, seeds: number[]): PassWeights {
  const all = seeds.map(run);
  const emit = new Float32Array(all[0].emit.length);
  const trans = new Float64Array(all[0].trans.length);
  for (const w of all) {
    for (let i = 0; i < emit.length; i++) emit[i] += w.emit[i] / all.length;
    for (let i = 0; i < trans.length; i++) trans[i] += w.trans[i] / all.length;
  }
  return { emit, trans };
}

function readConll(file: string): Doc[] {
  const docs: Doc[] = [];
  let doc: Doc | null = null;
  let toks: string[] = [];
  let tags: number[] = [];
  const flush = () => {
    if (toks.length && doc) {
      doc.sentences.push(toks);
      doc.gold.push(Int32Array.from(tags));
    }
    toks = [];
    tags = [];
  };
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const l = line.trim();
    if (!l) {
      flush();
      continue;
    }
    const sp = l.lastIndexOf(' ');
    const word = l.slice(0, sp);
    const tag = l.slice(sp + 1);
    if (word === '-DOCSTART-') {
      flush();
      docs.push((doc = { sentences: [], gold: [] }));
      continue;
    }
    if (!doc) docs.push((doc = { sentences: [], gold: [] }));
    toks.push(word);
    tags.push(labelIndex(tag));
  }
  flush();
  return docs.filter((d) => d.sentences.length);
}

/** Gold entity phrases and their words as gazetteer keys -> type (and position) bits. */
function docPhrases(doc: Doc): [number, number][] {
  const out: [number, number][] = [];
  doc.sentences.forEach((s, k) => {
    const g = doc.gold[k];
    for (let i = 0; i < s.length; i++) {
      const t = labelType(g[i]);
      if (t < 0 || isInside(g[i])) continue;
      let j = i + 1;
      while (j < s.length && isInside(g[j])) j++;
      out.push([phraseKeyOf(s.slice(i, j)), 1 << t]);
      for (let k = i; k < j; k++) {
        const pos = j - i === 1 ? 3 : k === i ? 0 : k === j - 1 ? 1 : 2;
        out.push([wordKey(hashString(s[k].toLowerCase())), wordBit(t, pos)]);
      }
    }
  });
  return out;
}

function gazetteerOf(docs: Doc[], keep: (d: number) => boolean) {
  const m = new Map<number, number>();
  docs.forEach((d, i) => {
    if (!keep(i)) return;
    for (const [k, b] of docPhrases(d)) m.set(k, (m.get(k) ?? 0) | b);
  });
  return buildGazetteer(m);
}

export function train(o: Options, log: (s: string) => void = console.log): Model {
  const t0 = Date.now();
  const docs = readConll(o.data);
  const fold = (d: number) => d % o.folds;
  log(`${docs.length} docs, ${docs.reduce((s, d) => s + d.sentences.length, 0)} sentences`);
  const shell: Model = { hashBits: o.bits, labels: NUM_LABELS, passes: [], gazetteer: gazetteerOf(docs, () => true) };

  // Words seen once lose their identity features in training (see pass1Features).
  const freq = new Map<number, number>();
  for (const d of docs)
    for (const s of d.sentences)
      for (const w of s) {
        const h = hashString(w.toLowerCase());
        freq.set(h, (freq.get(h) ?? 0) + 1);
      }
  const dropRng = rng(o.seed + 77);
  const rare =
    o.rareMax > 0 || o.drop > 0
      ? (h: number, cap: boolean) => (freq.get(h) ?? 0) <= o.rareMax || (cap && o.drop > 0 && dropRng() < o.drop)
      : undefined;

  // Pass-1 features with a gazetteer built from the other folds.
  const ctxs: DocContext[] = docs.map((d) => docContext(d.sentences));
  const f1: SentenceFeatures[][] = [];
  for (let k = 0; k < o.folds; k++) {
    const gaz = gazetteerOf(docs, (d) => fold(d) !== k);
    docs.forEach((_, d) => {
      if (fold(d) === k) f1[d] = pass1Features(ctxs[d], gaz, rare);
    });
  }
  const examples = (feats: SentenceFeatures[][][], keep: (d: number) => boolean): Example[] =>
    docs.flatMap((doc, d) => (keep(d) ? doc.gold.map((gold, s) => ({ sfs: feats.map((f) => f[d][s]), gold })) : []));
  log(`features in ${Date.now() - t0} ms`);

  const bagSeeds = (base: number) => Array.from({ length: o.bags }, (_, b) => base + 1000 * b);
  const ex1 = examples([f1], () => true);
  const pass1 = bagged((seed) => trainPass(shell, ex1, o.epochs1, seed, log), bagSeeds(o.seed));
  shell.passes.push(pass1);
  log(`pass 1 trained at ${Date.now() - t0} ms`);
  if (o.passes > 1) {
    // Held-out pass-1 labels for every training document (jackknife).
    const l1: Int32Array[][] = [];
    for (let k = 0; k < o.folds; k++) {
      const w = trainPass(
        shell,
        examples([f1], (d) => fold(d) !== k),
        o.epochs1,
        o.seed + k + 1,
        () => {},
      );
      const m: Model = { ...shell, passes: [w] };
      docs.forEach((_, d) => {
        if (fold(d) === k) l1[d] = f1[d].map((sf) => decodeSentence(m, w, [sf]));
      });
      log(`fold ${k + 1}/${o.folds} at ${Date.now() - t0} ms`);
    }
    const f2 = docs.map((_, d) => pass2Features(ctxs[d], l1[d]));
    const ex2 = examples([f1, f2], () => true);
    shell.passes.push(bagged((seed) => trainPass(shell, ex2, o.epochs2, seed, log), bagSeeds(o.seed + 100)));
    log(`pass 2 trained at ${Date.now() - t0} ms`);
  }
  return shell;
}

function main() {
  const arg = (name: string, def: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : def;
  };
  const root = process.env.PROJECT_ROOT ?? process.cwd();
  const o: Options = {
    data: path.resolve(arg('data', path.join(root, '..', 'shared', 'eval', 'conll-train', 'eng.train.iob2.txt'))),
    out: path.resolve(arg('out', path.join(root, 'models', 'ner.bin'))),
    seed: Number(arg('seed', '1')),
    epochs1: Number(arg('epochs1', '10')),
    epochs2: Number(arg('epochs2', '10')),
    folds: Number(arg('folds', '4')),
    bits: Number(arg('bits', '18')),
    passes: Number(arg('passes', '2')),
    bags: Number(arg('bags', '5')),
    rareMax: Number(arg('rare', '1')),
    drop: Number(arg('drop', '0')),
  };
  const model = train(o);
  for (const p of model.passes) {
    const a = Float64Array.from(
      Array.from(p.emit as Float32Array)
        .filter((v) => v !== 0)
        .map(Math.abs),
    ).sort();
    const q = (x: number) => a[Math.floor(x * (a.length - 1))].toFixed(3);
    console.log(`weights: ${a.length} nonzero, median ${q(0.5)} p90 ${q(0.9)} p99 ${q(0.99)} p99.9 ${q(0.999)} max ${q(1)}`);
  }
  const bytes = serializeModel(model);
  fs.mkdirSync(path.dirname(o.out), { recursive: true });
  // Write then rename, so a half-written model is never on disk under the real name.
  const tmp = `${o.out}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, o.out);
  console.log(`wrote ${o.out} (${(bytes.length / 1e6).toFixed(2)} MB)`);
}

main();
