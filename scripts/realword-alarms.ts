// Real-word slip rules run on edited news, where every alarm is taken as false: prints alarms
// per 10,000 words for each folder of .txt files (words counted as the eval scorer counts them).
// Usage: npm run eval:realwords (or node scripts/run-ts.mjs scripts/realword-alarms.ts -- [--list] <dir> ...)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findRealWordSlips } from '../src/core/article/spelling/realWords';
import { wordTokens } from '../src/core/article/spelling/tokens';
import { decodeArticle } from '../src/core/text/decode';

const WORD = /\p{L}+(?:['\u2019]\p{L}+)*/gu;
const HEADER = /^date \d{4}-\d\d-\d\d\n\n/;
const args = process.argv.slice(2);
const list = args.includes('--list');
let allWords = 0;
let allAlarms = 0;
for (const dir of args.filter((a) => !a.startsWith('--'))) {
  let words = 0;
  let alarms = 0;
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const d = decodeArticle(fs.readFileSync(path.join(dir, f)));
    if (!d.ok) continue;
    const text = d.text;
    words += (text.replace(HEADER, '').match(WORD) ?? []).length;
    for (const s of findRealWordSlips(text, wordTokens(text))) {
      alarms++;
      if (list) console.log(`  ${f}: ${text.slice(Math.max(0, s.start - 50), s.start)}[${text.slice(s.start, s.end)}→${s.suggestions[0]}]${text.slice(s.end, s.end + 30)}`.replace(/\s+/g, ' '));
    }
  }
  allWords += words;
  allAlarms += alarms;
  console.log(`${dir}: ${alarms} alarms in ${words} words = ${((alarms / Math.max(1, words)) * 1e4).toFixed(2)} per 10k`);
}
console.log(`all: ${allAlarms} alarms in ${allWords} words = ${((allAlarms / Math.max(1, allWords)) * 1e4).toFixed(2)} per 10k`);
