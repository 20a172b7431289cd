// Writes generated articles as JSON Lines ({"id","text"}) for the archive tests and benchmark.
// Usage: node generate.js <count> <seedsDir> [seed] > articles.jsonl
import * as fs from 'node:fs';
import { generateArticles, seedSentences } from '../generate-articles';

const [count, seeds, seed] = process.argv.slice(2);
const articles = generateArticles(Number(count), seedSentences(seeds), seed ? Number(seed) : 1);
let buf: string[] = [];
for (const a of articles) {
  buf.push(JSON.stringify({ id: a.id, text: a.text }));
  if (buf.length >= 1000) {
    fs.writeSync(1, buf.join('\n') + '\n');
    buf = [];
  }
}
if (buf.length) fs.writeSync(1, buf.join('\n') + '\n');
