// The seed articles: their two typos are found and corrected, and nothing else is flagged —
// no name (with no entity help), no British spelling. Corpus counts come from all seeds, as the
// CLI computes them for a batch.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHeader } from '../../src/core/article/header';
import { countNames } from '../../src/core/corpus/names';
import { createSpeller, findTypos } from '../../src/core/article/typos';
import { loadResources } from '../../src/node/resources';

const dir = path.join(__dirname, '../../seeds');
const seeds = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
const corpus = new Map<string, number>();
for (const s of seeds) countNames(s.text, corpus);
const speller = createSpeller(loadResources().dictionaries);

/** The body as analyze() passes it: the date header blanked with spaces (same offsets). */
function body(text: string): string {
  const span = parseHeader(text).span;
  return span ? text.slice(0, span.start) + ' '.repeat(span.end - span.start) + text.slice(span.end) : text;
}

const results = seeds.map((s) => ({ ...s, typos: findTypos(speller, body(s.text), { entities: [], corpusNames: corpus }) }));

describe('typos in the seed articles', () => {
  it('finds "Rudsia" and "depeen" in the first seed, with the right word in the top three', () => {
    const first = results[0].typos;
    const rudsia = first.find((t) => t.text === 'Rudsia');
    const depeen = first.find((t) => t.text === 'depeen');
    expect(rudsia?.suggestions.slice(0, 3)).toContain('Russia');
    expect(depeen?.suggestions.slice(0, 3)).toContain('deepen');
  });

  it('flags nothing else: no names, no British spellings', () => {
    const all = results.flatMap((r) => r.typos.map((t) => t.text));
    // Besides the two misspellings, the seeds' real-word slips: "and Russian has not yet
    // commented" (Russia) and, twice, "negotiate and end to" (an).
    expect(all.sort()).toEqual(['Rudsia', 'Russian', 'and', 'and', 'depeen']);
  });

  it('suggests what the real-word slips meant', () => {
    const slips = results.flatMap((r) => r.typos).filter((t) => t.text === 'Russian' || t.text === 'and');
    expect(slips.map((t) => t.suggestions[0]).sort()).toEqual(['Russia', 'an', 'an']);
  });

  it('has the names and British spellings this is about', () => {
    const text = seeds.map((s) => s.text).join('\n');
    for (const w of ['Zelensky', 'Kyiv', 'Starmer', 'Interflex', 'Alcluith', 'Forgemasters', 'Tambov', 'McFall', 'defences', 'galvanising']) {
      expect(text).toContain(w);
    }
  });

  it('reports spans whose text is the source text', () => {
    for (const r of results) for (const t of r.typos) expect(r.text.slice(t.start, t.end)).toBe(t.text);
  });
});
