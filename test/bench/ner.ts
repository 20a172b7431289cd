// Speed of the NER tagger: model load time, the first article in a fresh process (cold JIT),
// articles tagged one at a time, and a warm loop; all normalised to ms per 5 KB.
// Usage: npm run bench:ner -- [dir of .txt articles] [model file]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadNerModel, tagEntities } from '../../src/core/article/ner/tagger';

const root = process.env.PROJECT_ROOT ?? '.';
const [dir = path.join(root, 'seeds'), modelFile = path.join(root, 'models', 'ner.bin')] = process.argv.slice(2);
const texts = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
const per5k = (ms: number, chars: number) => ((ms / chars) * 5000).toFixed(2);

// CPU time too: on a shared machine wall time mostly measures the neighbours.
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let c = cpu();
let t = performance.now();
const bytes = new Uint8Array(fs.readFileSync(modelFile));
const model = loadNerModel(bytes);
console.log(
  `model ${(bytes.length / 1e6).toFixed(2)} MB, load ${(performance.now() - t).toFixed(1)} ms (cpu ${(cpu() - c).toFixed(1)} ms)`,
);

t = performance.now();
c = cpu();
tagEntities(model, texts[0]);
console.log(
  `first article (cold): ${per5k(performance.now() - t, texts[0].length)} ms per 5 KB (cpu ${per5k(cpu() - c, texts[0].length)})`,
);

const single: number[] = [];
const singleCpu: number[] = [];
for (const x of texts.slice(1)) {
  t = performance.now();
  c = cpu();
  tagEntities(model, x);
  single.push(((performance.now() - t) / x.length) * 5000);
  singleCpu.push(((cpu() - c) / x.length) * 5000);
}
const med = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1].toFixed(2);
const max = (v: number[]) => Math.max(...v).toFixed(2);
console.log(
  `next ${single.length} articles one at a time: median ${med(single)} (cpu ${med(singleCpu)}), max ${max(single)} (cpu ${max(singleCpu)}) ms per 5 KB`,
);

const chars = texts.reduce((s, x) => s + x.length, 0);
for (let r = 0; r < 3; r++) for (const x of texts) tagEntities(model, x);
t = performance.now();
c = cpu();
const reps = 5;
for (let r = 0; r < reps; r++) for (const x of texts) tagEntities(model, x);
console.log(`warm: ${per5k((performance.now() - t) / reps, chars)} ms per 5 KB (cpu ${per5k((cpu() - c) / reps, chars)})`);
