// Articles generated from the seed articles' sentences with the names, places, numbers and dates
// varied per story, so many stories share a topic and wording but not the event: the hard case
// for story grouping. Used by the story and archive benchmarks and tests (deterministic per seed).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rng } from './rng';

// Names are built from syllables so that a 10,000-article corpus has thousands of distinct people and places.
const SYL = 'ka ro mi len tar vo si dan bel ur ga ne ho lis ma tev or zan pi ju'.split(' ');
const SUFFIX = ['ville', 'grad', 'ton', 'burg', 'port', 'ia'];
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
// Names in the seeds that each story replaces by its own.
const SEED_NAMES: [RegExp, 'person' | 'surname' | 'first' | 'place'][] = [
  [/\b(?:Keir Starmer|Volodymyr Zelensky|Vladimir Putin|Donald Trump|Emmanuel Macron)\b/g, 'person'],
  [/\b(?:Starmer|Zelensky|Putin|Trump|Macron)\b/g, 'surname'],
  [/\b(?:Keir|Volodymyr|Vladimir|Donald)\b/g, 'first'],
  [/\b(?:Kyiv|Kiev|London|Downing Street|Windsor Castle|Moscow|Washington)\b/g, 'place'],
];


export function seedSentences(dir: string): string[] {
  const out: string[] = [];
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const body = fs.readFileSync(path.join(dir, f), 'utf8').replace(/^\s*date \d{4}-\d\d-\d\d/, '');
    for (const s of body.split(/(?<=[.!?])\s+|\n+/)) if (s.split(/\s+/).length >= 8 && s.length < 400) out.push(s.trim());
  }
  return [...new Set(out)];
}

/** A generated article and the story it was generated for. */
export interface GeneratedArticle {
  id: string;
  text: string;
  story: number;
}

/** `count` articles in stories of 2..14 articles (deterministic for a seed). */
export function generateArticles(count: number, sentences: string[], seed = 1): GeneratedArticle[] {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)];
  const docs: GeneratedArticle[] = [];
  for (let story = 0; docs.length < count; story++) {
    const first = cap(pick(SYL) + pick(SYL));
    const last = cap(pick(SYL) + pick(SYL) + pick(SYL));
    const place = cap(pick(SYL) + pick(SYL) + pick(SUFFIX));
    const other = `${cap(pick(SYL) + pick(SYL))} ${cap(pick(SYL) + pick(SYL) + pick(SYL))}`;
    const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(r() * 2000) * 86400000);
    const shift = Math.floor(r() * 90) + 10; // numbers in the story's sentences are shifted by this
    // Each story draws its sentences from one slice of the seed sentences: stories of one slice share a topic.
    const start = Math.floor(r() * Math.max(1, sentences.length - 40));
    const pool = sentences.slice(start, start + 40);
    const size = Math.min(count - docs.length, 2 + Math.floor(r() * 13));
    for (let k = 0; k < size; k++) {
      const lines: string[] = [];
      for (const s of pool) if (r() < 0.45) lines.push(vary(s, { first, last, place, other, shift }));
      const date = new Date(day.getTime() + Math.floor(r() * 3) * 86400000).toISOString().slice(0, 10);
      const text = (r() < 0.7 ? `date ${date}\n` : '') + `${first} ${last} in ${place}: ${pick(lines) ?? ''}\n` + lines.join('\n');
      const id = `gen/${String(docs.length).padStart(6, '0')}.txt`;
      docs.push({ id, text, story });
    }
  }
  return docs;
}

function vary(s: string, v: { first: string; last: string; place: string; other: string; shift: number }): string {
  let out = s;
  for (const [re, kind] of SEED_NAMES)
    out = out.replace(re, (m) => (kind === 'person' ? (m.includes('Trump') || m.includes('Macron') ? v.other : `${v.first} ${v.last}`) : kind === 'surname' ? v.last : kind === 'first' ? v.first : v.place));
  return out.replace(/\b\d{1,3}\b/g, (n) => String(Number(n) + v.shift));
}

