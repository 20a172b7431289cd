// The texts and the statistic every benchmark here shares: the seeds, the 5 KB article made of
// their paragraphs, longer articles made by repeating it, and the median.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const KB5 = 5 * 1024;

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** The seed articles in file-name order. */
export function seedArticles(root: string): { name: string; text: string }[] {
  const dir = path.join(root, 'seeds');
  return fs
    .readdirSync(dir)
    .sort()
    .map((f) => ({ name: f.slice(0, 3), text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

/** A ~5 KB article: seed paragraphs in order until 5 KB. */
export function article5k(all: { text: string }[]): string {
  const paras = all.flatMap((s) => s.text.split('\n')).filter((p) => p.trim().length > 40 && !/Your support/.test(p));
  let out = '';
  for (let i = 0; out.length < KB5; i++) out += `${paras[i % paras.length]}\n`;
  return out.slice(0, KB5);
}

/** `text` repeated up to exactly `chars` characters (the 1 MB article). */
export function repeatTo(text: string, chars: number): string {
  let out = '';
  while (out.length < chars) out += text;
  return out.slice(0, chars);
}
