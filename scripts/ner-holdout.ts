// Phrase-level F1 of the model alone (labelSentences plus the document rules) on an IOB2 file,
// per CoNLL type. For checking a training change on documents held out of the training data
// (e.g. every fifth conll-train document) as well as on the dev set, so that choices are not
// fitted to dev. Usage: node scripts/run-ts.mjs scripts/ner-holdout.ts -- <file.iob2.txt> [model file]
// (split: awk 'BEGIN{d=-1} /^-DOCSTART-/{d++} {print > (d%5 ? "train.txt" : "heldout.txt")}' eng.train.iob2.txt;
// train with npm run train:ner -- --data train.txt --out ho.bin)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { documentRules } from '../src/core/article/ner/docRules';
import { ENTITY_TYPES, isInside, labelIndex, labelType } from '../src/core/article/ner/labels';
import { labelSentences, loadNerModel, tagEntities } from '../src/core/article/ner/tagger';

const [file, modelFile = path.join(process.env.PROJECT_ROOT ?? '.', 'models', 'ner.bin')] = process.argv.slice(2);
const model = loadNerModel(new Uint8Array(fs.readFileSync(modelFile)));

/** Documents of an IOB2 file: sentences of words and gold labels. */
function readIob2(text: string): { words: string[][]; gold: number[][] }[] {
  const docs: { words: string[][]; gold: number[][] }[] = [];
  let words: string[] = [];
  let gold: number[] = [];
  const flush = () => {
    if (words.length) {
      if (!docs.length) docs.push({ words: [], gold: [] });
      docs[docs.length - 1].words.push(words);
      docs[docs.length - 1].gold.push(gold);
    }
    words = [];
    gold = [];
  };
  for (const line of text.split('\n')) {
    const l = line.trim();
    if (!l) {
      flush();
      continue;
    }
    const sp = l.lastIndexOf(' ');
    if (l.slice(0, sp) === '-DOCSTART-') {
      flush();
      docs.push({ words: [], gold: [] });
      continue;
    }
    words.push(l.slice(0, sp));
    gold.push(labelIndex(l.slice(sp + 1)));
  }
  flush();
  return docs.filter((d) => d.words.length);
}

/** "s:i:j:t" keys of the labelled phrases of a sentence. */
function phrases(s: number, lab: ArrayLike<number>, out: string[]): void {
  for (let i = 0; i < lab.length; i++) {
    const t = labelType(lab[i]);
    if (t < 0 || isInside(lab[i])) continue;
    let j = i + 1;
    while (j < lab.length && isInside(lab[j])) j++;
    out.push(`${s}:${i}:${j}:${t}`);
  }
}

/**
 * The document as text (tokens joined by spaces, none before closing punctuation and clitics)
 * with the character span of every gold PER/LOC/ORG phrase, so the whole span pipeline runs.
 */
const GLUE = /^(?:[.,;:!?)\]%]|'s|n't|'re|'ve|'ll|'d|'m)$/i;
const OUT_TYPES = ['person', 'place', 'organization'];
function asText(doc: { words: string[][]; gold: number[][] }): { text: string; gold: string[] } {
  let text = '';
  const gold: string[] = [];
  doc.words.forEach((ws, s) => {
    const at: number[] = [];
    ws.forEach((w, k) => {
      if (k && !GLUE.test(w) && ws[k - 1] !== '(') text += ' ';
      at.push(text.length);
      text += w;
    });
    const p: string[] = [];
    phrases(s, doc.gold[s], p);
    for (const key of p) {
      const [, i, j, t] = key.split(':').map(Number);
      if (t < 3) gold.push(`${at[i]}:${at[j - 1] + ws[j - 1].length}:${OUT_TYPES[t]}`);
    }
    text += '\n';
  });
  return { text, gold };
}

const c = ENTITY_TYPES.map(() => ({ tp: 0, pred: 0, gold: 0 }));
const spans = OUT_TYPES.map(() => ({ tp: 0, pred: 0, gold: 0 }));
for (const doc of readIob2(fs.readFileSync(file, 'utf8'))) {
  const labels = labelSentences(model, doc.words);
  documentRules(doc.words, labels, model.gazetteer);
  const p: string[] = [];
  const g: string[] = [];
  labels.forEach((l, s) => phrases(s, l, p));
  doc.gold.forEach((l, s) => phrases(s, l, g));
  const gs = new Set(g);
  for (const k of p) {
    const t = Number(k.split(':')[3]);
    c[t].pred++;
    if (gs.has(k)) c[t].tp++;
  }
  for (const k of g) c[Number(k.split(':')[3])].gold++;
  const { text, gold } = asText(doc);
  const gset = new Set(gold);
  for (const e of tagEntities(model, text)) {
    const x = spans[OUT_TYPES.indexOf(e.type)];
    x.pred++;
    if (gset.has(`${e.start}:${e.end}:${e.type}`)) x.tp++;
    else if (process.env.SHOW) console.log(`FP ${e.type} ${JSON.stringify(text.slice(e.start, e.end))}`);
  }
  for (const k of gold) spans[OUT_TYPES.indexOf(k.split(':')[2])].gold++;
}
const f = (x: { tp: number; pred: number; gold: number }) => (x.pred + x.gold ? (2 * x.tp) / (x.pred + x.gold) : 0);
const total = (xs: { tp: number; pred: number; gold: number }[]) =>
  xs.reduce((a, x) => ({ tp: a.tp + x.tp, pred: a.pred + x.pred, gold: a.gold + x.gold }), { tp: 0, pred: 0, gold: 0 });
const name = path.basename(file);
console.log(
  `${name} labels: PER/LOC/ORG F1 ${f(total(c.slice(0, 3))).toFixed(4)} | ${ENTITY_TYPES.map((t, i) => `${t} ${f(c[i]).toFixed(4)}`).join(' ')}`,
);
console.log(
  `${name} spans (all rules): F1 ${f(total(spans)).toFixed(4)} | ${OUT_TYPES.map((t, i) => `${t} ${f(spans[i]).toFixed(4)}`).join(' ')}`,
);
