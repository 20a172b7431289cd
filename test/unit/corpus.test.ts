import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Corpus, displayName } from '../../src/core/corpus/corpus';
import { parseHeader } from '../../src/core/article/header';
import { groupStories, leadSentences } from '../../src/core/corpus/stories';
import type { ArticleAnalysis, CorpusDocument, EntityAnnotation, QuoteAnnotation } from '../../src/core/types';
import { emptyAnalysis } from '../../src/core/article/analyze';
import { testAnalyzer } from './helpers';

/** A document with only the header analysed; tests add the annotations they need. */
function plainDoc(id: string, text: string): CorpusDocument {
  const header = parseHeader(text);
  const analysis = emptyAnalysis(header, text.length);
  header.title = leadSentences(header.span ? text.slice(header.span.end) : text)[0] ?? '';
  return { id, text, analysis };
}

const SEEDS = path.join(__dirname, '../../seeds');

function seedDocs(): CorpusDocument[] {
  const analyzer = testAnalyzer();
  return fs
    .readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = fs.readFileSync(path.join(SEEDS, f), 'utf8');
      return { id: f, text, analysis: analyzer.analyze(text) };
    });
}

/** Deterministic pseudo-random numbers. */
function rng(seed: number): () => number {
  let a = seed;
  return () => (a = (Math.imul(a, 1103515245) + 12345) >>> 0) / 4294967296;
}

/** Everything the Corpus derives, in a comparable form. */
function snapshot(c: Corpus) {
  return {
    stories: c.stories(),
    dates: c.ids().map((id) => c.publicationDate(id)),
    dups: c.ids().map((id) => c.duplicateOf(id) ?? null),
    entities: c.entitiesAcross(1),
    quotes: c.quotesAcross(),
  };
}

function fromScratch(docs: readonly CorpusDocument[]): Corpus {
  const c = new Corpus();
  for (const d of [...docs].sort((a, b) => (a.id < b.id ? -1 : 1))) c.upsert(d);
  return c;
}

describe('Corpus: incremental updates equal a fresh build', () => {
  const seeds = seedDocs();
  // Variants: edited versions of seeds under other ids, so that stories change as they come and go.
  const variants = seeds.map((d, k) => ({ ...d, id: `edit/${k}.txt`, text: d.text + '\nA late paragraph about the visit.' }));
  const pool = [...seeds, ...variants];

  it('after a random sequence of upserts, replacements and removals', () => {
    const r = rng(7);
    const corpus = new Corpus();
    const live = new Map<string, CorpusDocument>();
    for (let step = 0; step < 40; step++) {
      const d = pool[Math.floor(r() * pool.length)];
      if (live.has(d.id) && r() < 0.4) {
        corpus.remove(d.id);
        live.delete(d.id);
      } else {
        // Replacing a seed by the text of another one exercises index removal.
        const other = pool[Math.floor(r() * pool.length)];
        const doc = r() < 0.3 ? { ...other, id: d.id } : d;
        corpus.upsert(doc);
        live.set(doc.id, doc);
      }
      if (step % 5 === 4) {
        expect(snapshot(corpus)).toEqual(snapshot(fromScratch([...live.values()])));
        expect(corpus.stories()).toEqual(groupStories([...live.values()]));
      }
    }
  });

  it('stays equal to a fresh build after heavy editing (vocabulary compaction)', () => {
    const corpus = fromScratch(seeds);
    const r = rng(3);
    const word = () => Array.from({ length: 7 }, () => String.fromCharCode(97 + Math.floor(r() * 26))).join('');
    // Each edit brings 1,500 new words: enough for the vocabulary to fill with dead terms.
    for (let k = 0; k < 60; k++) corpus.upsert(plainDoc('draft.txt', Array.from({ length: 1500 }, word).join(' ')));
    corpus.remove('draft.txt');
    expect(snapshot(corpus)).toEqual(snapshot(fromScratch(seeds)));
  });

  it('caches stories until something changes', () => {
    const c = fromScratch(seeds);
    const first = c.stories();
    expect(c.stories()).toBe(first);
    c.upsert(seeds[0]); // same text, same analysis: no change
    expect(c.stories()).toBe(first);
    c.remove('nope.txt');
    expect(c.stories()).toBe(first);
    c.remove(seeds[0].id);
    expect(c.stories()).not.toBe(first);
    expect(c.has(seeds[0].id)).toBe(false);
    expect(c.storyOf(seeds[0].id)).toBeUndefined();
    expect(c.publicationDate(seeds[0].id)).toBeNull();
  });

  it('answers per article', () => {
    const c = fromScratch(seeds);
    expect(c.ids()).toEqual(seeds.map((d) => d.id));
    expect(c.get(seeds[2].id)?.text).toBe(seeds[2].text);
    expect(c.storyOf(seeds[1].id)?.articles).toContain(seeds[3].id);
  });
});

function entity(text: string, canonical: string, start: number, type: EntityAnnotation['type'] = 'person'): EntityAnnotation {
  return { kind: 'entity', type, text, canonical, start, end: start + text.length };
}

function withEntities(id: string, text: string, names: [string, string, EntityAnnotation['type']?][]): CorpusDocument {
  const d = plainDoc(id, text);
  d.analysis.entities = names.map(([t, canonical, type]) => entity(t, canonical, text.indexOf(t), type));
  return d;
}

describe('Corpus: entities across articles', () => {
  const a = withEntities('a.txt', 'Sir Keir Starmer met Mr Zelensky in Kyiv. Sir Keir spoke.', [
    ['Sir Keir Starmer', 'Sir Keir Starmer'],
    ['Mr Zelensky', 'Mr Zelensky'],
    ['Kyiv', 'Kyiv', 'place'],
    ['Sir Keir', 'Sir Keir Starmer'],
  ]);
  const b = withEntities('b.txt', 'Keir Starmer and Volodymyr Zelensky’s aides met in South Sudan.', [
    ['Keir Starmer', 'Keir Starmer'],
    ['Volodymyr Zelensky’s', 'Volodymyr Zelensky'],
    ['South Sudan', 'South Sudan', 'place'],
  ]);
  const c = withEntities('c.txt', 'Zelensky flew to Sudan.', [
    ['Zelensky', 'Zelensky'],
    ['Sudan', 'Sudan', 'place'],
  ]);

  it('joins forms of one name across articles, and a bare surname to its full name', () => {
    const corpus = fromScratch([a, b, c]);
    const byName = new Map(corpus.entitiesAcross().map((e) => [e.canonical, e]));
    expect(byName.get('Keir Starmer')?.articles).toEqual([
      { id: 'a.txt', count: 2 },
      { id: 'b.txt', count: 1 },
    ]);
    expect(byName.get('Volodymyr Zelensky')?.total).toBe(3);
    expect(byName.get('Volodymyr Zelensky')?.type).toBe('person');
    // Places are not shortened: Sudan is not South Sudan.
    expect(byName.has('Sudan')).toBe(false); // in one article only
    expect(corpus.entitiesAcross(1).map((e) => e.canonical)).toEqual(expect.arrayContaining(['Sudan', 'South Sudan']));
  });

  it('lists mentions by any form of the name', () => {
    const corpus = fromScratch([a, b, c]);
    const m = corpus.entityMentions('Mr Zelensky');
    expect(m.map((x) => x.id)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(m[0].spans).toEqual([{ start: a.text.indexOf('Mr Zelensky'), end: a.text.indexOf('Mr Zelensky') + 11 }]);
    expect(corpus.entityMentions('Sir Keir')).toEqual(corpus.entityMentions('Keir Starmer'));
    expect(corpus.entityMentions('Nobody')).toEqual([]);
  });

  it('forgets an article’s mentions when it is removed or replaced', () => {
    const corpus = fromScratch([a, b, c]);
    corpus.remove('b.txt');
    expect(corpus.entityMentions('Keir Starmer').map((x) => x.id)).toEqual(['a.txt']);
    corpus.upsert({ ...c, id: 'a.txt' });
    expect(corpus.entityMentions('Keir Starmer')).toEqual([]);
  });

  it('shows names without titles or possessives', () => {
    expect(displayName('President Volodymyr Zelensky.')).toBe('Volodymyr Zelensky');
    expect(displayName('Putin’s')).toBe('Putin');
    expect(displayName('Sir Keir')).toBe('Keir');
  });
});

function quote(text: string, start: number, speaker: string | null): QuoteAnnotation {
  return { kind: 'quote', text, start, end: start + text.length + 2, speaker };
}

describe('Corpus: quotes across sources', () => {
  const q1 = 'we will work with you and all of our allies on steps that would be robust enough';
  const q2 = 'we will work with you and our allies on steps that would be robust enough to guarantee security';
  const a = plainDoc('a.txt', `He said “${q1}”.`);
  a.analysis.quotes = [quote(q1, 9, 'Keir Starmer'), quote('historic day', 200, null)];
  const b = plainDoc('b.txt', `date 2025-01-15\nSir Keir said “${q2}”.`);
  b.analysis.quotes = [quote(q2, 30, 'Sir Keir Starmer')];
  const c = plainDoc('c.txt', 'An unrelated “statement about the weather in spring” here.');
  c.analysis.quotes = [quote('statement about the weather in spring', 14, 'Met Office')];

  it('finds the same quote in other articles, with a word diff', () => {
    const corpus = fromScratch([a, b, c]);
    const m = corpus.similarQuotes('a.txt', a.analysis.quotes[0]);
    expect(m).toHaveLength(1);
    expect(m[0].id).toBe('b.txt');
    expect(m[0].similarity).toBeGreaterThan(0.8);
    expect(m[0].sameSpeaker).toBe(true);
    expect(m[0].diff).toContainEqual({ op: 'removed', text: 'all of' });
    expect(m[0].diff).toContainEqual({ op: 'added', text: 'to guarantee security' });
    expect(corpus.similarQuotes('a.txt', a.analysis.quotes[1])).toEqual([]);
  });

  it('groups quotes carried by two or more articles, earliest article first', () => {
    const corpus = fromScratch([a, b, c]);
    const groups = corpus.quotesAcross();
    expect(groups).toHaveLength(1);
    expect(groups[0].members.map((m) => m.id)).toEqual(['b.txt', 'a.txt']);
    expect(groups[0].key).toBe('b.txt#30');
    expect(groups[0].text).toBe(q2);
    expect(groups[0].varies).toBe(true);
    expect(groups[0].speakers).toEqual(['Sir Keir Starmer']);
    corpus.remove('b.txt');
    expect(corpus.quotesAcross()).toEqual([]);
  });
});
