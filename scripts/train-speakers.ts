// Trains the speaker ranker (src/core/article/speakers/ranker.ts) on PolNeAR train only and writes
// src/core/article/speakers/rankerWeights.ts. Softmax regression over each quote's candidates, SGD
// in a seeded order: the same data and seed give the same weights. Prints held-out accuracy of the
// rules alone and of the ranker on a fifth of the documents before training on all of them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createAnalyzer } from '../src/core/article/analyze';
import { quoteStretches } from '../src/core/article/quotes';
import { speakerCandidates, type Candidate } from '../src/core/article/speakers';
import { blankOut } from '../src/core/text/spans';
import type { Span } from '../src/core/types';
import { loadResources } from '../src/node/resources';
import { rng } from './rng';

const root = process.env.PROJECT_ROOT ?? process.env.SPEAKERS_ROOT ?? process.cwd(); // PROJECT_ROOT: set by scripts/run-ts.mjs
const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const evalDir = process.env.EVAL_DIR ?? path.join(root, '..', 'shared', 'eval');
const data = path.resolve(arg('data', path.join(evalDir, 'polnear-train')));
const epochs = Number(arg('epochs', '12'));
const seed = Number(arg('seed', '1'));
const out = path.resolve(arg('out', path.join(root, 'src', 'core', 'article', 'speakers', 'rankerWeights.ts')));

interface GoldQuote {
  start: number;
  end: number;
  speaker: string | null;
  speakerPronoun?: boolean;
}
/** One quote to rank: its candidates, which of them are right, and whether the rules were right. */
interface Example {
  doc: number;
  cands: Candidate[];
  correct: boolean[];
  ruleOk: boolean;
}

// The scorer's notion of the same speaker: last capitalised words agree, or one name contains the other.
const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
function lastCap(s: string): string | null {
  const caps = s
    .split(/\s+/)
    .map((w) => w.replace(/['\u2019]s$/i, '').replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((w) => /^\p{Lu}/u.test(w));
  return caps.length ? caps[caps.length - 1].toLowerCase() : null;
}
const contains = (a: string[], b: string[]) =>
  b.length > 0 && b.length <= a.length && a.some((_, i) => i + b.length <= a.length && b.every((w, j) => a[i + j] === w));
function matches(pred: string | null, gold: string): boolean {
  if (!pred) return false;
  const lp = lastCap(pred);
  if (lp && lp === lastCap(gold)) return true;
  return contains(words(pred), words(gold)) || contains(words(gold), words(pred));
}

function loadExamples(): Example[] {
  const analyzer = createAnalyzer(loadResources());
  const gold = fs
    .readFileSync(path.join(data, 'gold.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const examples: Example[] = [];
  gold.forEach((g: { doc: string; annotations: (GoldQuote & { kind: string })[] }, d: number) => {
    let text = fs.readFileSync(path.join(data, 'docs', g.doc), 'utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const a = analyzer.analyze(text, { stages: new Set(['boilerplate', 'entities'] as const) });
    const excluded: Span[] = [...a.boilerplate];
    if (a.header.span) excluded.push(a.header.span);
    const { text: body, stretches } = quoteStretches(blankOut(text, excluded));
    const { rule, candidates } = speakerCandidates(body, stretches, a.entities);
    const quotes = g.annotations.filter((x) => x.kind === 'quote' && x.speaker && !x.speakerPronoun);
    stretches.forEach((q, k) => {
      const gq = quotes.find(
        (x) => Math.min(x.end, q.end) - Math.max(x.start, q.start) >= 0.5 * Math.min(x.end - x.start, q.end - q.start),
      );
      if (!gq?.speaker) return;
      const speaker = gq.speaker;
      examples.push({
        doc: d,
        cands: candidates[k],
        correct: candidates[k].map((c) => matches(c.speaker, speaker)),
        ruleOk: matches(rule[k].speaker, speaker),
      });
    });
  });
  return examples;
}

function scoreOf(c: Candidate, w: Map<string, number>): number {
  let s = 0;
  for (const f of c.features) s += w.get(f) ?? 0;
  return s;
}

function train(examples: Example[], nEpochs: number): Map<string, number> {
  const w = new Map<string, number>();
  const usable = examples.filter((e) => e.correct.some(Boolean) && e.cands.length > 1);
  const next = rng(seed);
  const order = usable.map((_, i) => i);
  for (let epoch = 0; epoch < nEpochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const lr = 0.2 / (1 + epoch);
    for (const idx of order) {
      const e = usable[idx];
      const s = e.cands.map((c) => scoreOf(c, w));
      const max = Math.max(...s);
      const p = s.map((x) => Math.exp(x - max));
      const z = p.reduce((a, b) => a + b, 0);
      const zc = p.reduce((a, b, k) => a + (e.correct[k] ? b : 0), 0);
      // Gradient of log P(any correct): posterior among the correct minus the model's distribution.
      e.cands.forEach((c, k) => {
        const g = (e.correct[k] ? p[k] / zc : 0) - p[k] / z;
        if (g === 0) return;
        for (const f of c.features) w.set(f, (w.get(f) ?? 0) + lr * g);
      });
    }
    for (const [f, v] of w) w.set(f, v * (1 - 1e-4)); // a little L2
  }
  w.set('rule', w.get('rule') ?? 0); // marks the weights as trained
  return w;
}

function accuracy(examples: Example[], w: Map<string, number>): { rule: number; ranker: number; oracle: number; n: number } {
  let rule = 0;
  let ranker = 0;
  let oracle = 0;
  for (const e of examples) {
    rule += e.ruleOk ? 1 : 0;
    oracle += e.ruleOk || e.correct.some(Boolean) ? 1 : 0;
    if (!e.cands.length) ranker += e.ruleOk ? 1 : 0;
    else {
      const s = e.cands.map((c) => scoreOf(c, w));
      ranker += e.correct[s.indexOf(Math.max(...s))] ? 1 : 0;
    }
  }
  return { rule: rule / examples.length, ranker: ranker / examples.length, oracle: oracle / examples.length, n: examples.length };
}

const examples = loadExamples();
const heldOut = (e: Example) => e.doc % 5 === 4;
const wFold = train(
  examples.filter((e) => !heldOut(e)),
  epochs,
);
const fold = accuracy(examples.filter(heldOut), wFold);
console.log(
  `held-out fifth: rules ${fold.rule.toFixed(3)}  ranker ${fold.ranker.toFixed(3)}  best candidate ${fold.oracle.toFixed(3)}  (${fold.n} quotes)`,
);
const w = train(examples, epochs);
const all = accuracy(examples, w);
console.log(`all train: rules ${all.rule.toFixed(3)}  ranker ${all.ranker.toFixed(3)}  (${all.n} quotes)`);
const entries = [...w.entries()].filter(([, v]) => Math.abs(v) >= 5e-4).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const body = entries.map(([f, v]) => `  '${f}': ${Number(v.toFixed(3))},`).join('\n');
fs.writeFileSync(
  out,
  `// Generated by scripts/train-speakers.ts (polnear-train, ${epochs} epochs, seed ${seed}): do not edit.\n// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: learned weights that only look like constants (0.434)\nimport type { Weights } from './ranker';\n\nexport const RANKER_WEIGHTS: Weights = {\n${body}\n};\n`,
);
console.log(`wrote ${path.relative(root, out)} (${entries.length} weights)`);
