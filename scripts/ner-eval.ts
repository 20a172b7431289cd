// Quick NER-only evaluation on a dev set (measuring only): tags docs/*.txt with the tagger and
// compares with gold.jsonl. Usage: npm run eval:ner -- <set dir> [model file]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadNerModel, tagEntities, type RawEntity } from '../src/core/article/ner/tagger';

const [set, modelFile = path.join(process.env.PROJECT_ROOT ?? '.', 'models', 'ner.bin')] = process.argv.slice(2);
const t0 = performance.now();
const model = loadNerModel(new Uint8Array(fs.readFileSync(modelFile)));
const loadMs = performance.now() - t0;
if (process.env.NER_PASSES) model.passes.length = Number(process.env.NER_PASSES);
const types = ['person', 'place', 'organization'];
const c = Object.fromEntries(types.map((t) => [t, { tp: 0, pred: 0, gold: 0, ptp: 0, pgold: 0 }]));
let ms = 0;
let chars = 0;
const errors: string[] = [];
for (const line of fs.readFileSync(path.join(set, 'gold.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const g = JSON.parse(line);
  let text = fs.readFileSync(path.join(set, 'docs', g.doc), 'utf8');
  if (text.startsWith('date ')) text = ' '.repeat(text.indexOf('\n')) + text.slice(text.indexOf('\n'));
  const t1 = performance.now();
  const pred: RawEntity[] = tagEntities(model, text);
  ms += performance.now() - t1;
  chars += text.length;
  const gold = g.annotations.filter((a: any) => a.kind === 'entity');
  const key = (a: any) => `${a.start}:${a.end}:${a.type}`;
  const gk = new Set(gold.map(key));
  const pk = new Set(pred.map(key));
  for (const p of pred) {
    c[p.type].pred++;
    if (gk.has(key(p))) c[p.type].tp++;
    else if (process.env.SHOW) errors.push(`FP ${p.type} ${JSON.stringify(text.slice(p.start, p.end))}`);
    if (gold.some((a: any) => a.type === p.type && a.start < p.end && p.start < a.end)) c[p.type].ptp++;
    else if (process.env.SHOWP) {
      const o = gold.find((a: any) => a.start < p.end && p.start < a.end);
      errors.push(`pFP ${p.type} ${JSON.stringify(text.slice(p.start, p.end))}${o ? ` (gold ${o.type})` : ''}`);
    }
  }
  for (const a of gold) {
    c[a.type].gold++;
    if (!pk.has(key(a)) && process.env.SHOW) errors.push(`FN ${a.type} ${JSON.stringify(text.slice(a.start, a.end))}`);
    if (pred.some((p) => a.type === p.type && a.start < p.end && p.start < a.end)) c[a.type].pgold++;
    else if (process.env.SHOWP) {
      const o = pred.find((p) => a.start < p.end && p.start < a.end);
      errors.push(`pFN ${a.type} ${JSON.stringify(text.slice(a.start, a.end))}${o ? ` (pred ${o.type})` : ''}`);
    }
  }
}
const f = (tp: number, pred: number, tp2: number, gold: number) => {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp2 / gold : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
};
const sum = (k: string) => types.reduce((s, t) => s + (c[t] as any)[k], 0);
console.log(
  `${path.basename(set)} exact F1 ${f(sum('tp'), sum('pred'), sum('tp'), sum('gold')).toFixed(4)} partial F1 ${f(sum('ptp'), sum('pred'), sum('pgold'), sum('gold')).toFixed(4)} | ` +
    types
      .map(
        (t) => `${t} ${f(c[t].tp, c[t].pred, c[t].tp, c[t].gold).toFixed(3)}/${f(c[t].ptp, c[t].pred, c[t].pgold, c[t].gold).toFixed(3)}`,
      )
      .join(' ') +
    ` | load ${loadMs.toFixed(0)} ms, ${((ms / chars) * 5000).toFixed(2)} ms per 5 KB`,
);
if (process.env.PR)
  for (const t of types)
    console.log(
      `${t}: pred ${c[t].pred} gold ${c[t].gold} partial P ${(c[t].ptp / c[t].pred).toFixed(3)} R ${(c[t].pgold / c[t].gold).toFixed(3)}`,
    );
if (process.env.SHOW || process.env.SHOWP) console.log(errors.join('\n'));
