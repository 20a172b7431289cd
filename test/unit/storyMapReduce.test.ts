import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Corpus } from '../../src/core/corpus/corpus';
import { parseHeader } from '../../src/core/article/header';
import { mapReduceStories, reduceComponent, finishStories, termStatsOf } from '../../src/core/corpus/storyReduce';
import { blockingKeys, Components, linkGroup, prepare, storyFeatures, type PreparedArticle } from '../../src/core/corpus/storyKeys';
import { Vocabulary } from '../../src/core/corpus/termVectors';
import type { ArticleAnalysis, CorpusDocument } from '../../src/core/types';
import { generateArticles, seedSentences } from '../../scripts/generate-articles';

// Header-only analyses keep the test fast: grouping reads the text, the header and the title.
function headerOnly(text: string): ArticleAnalysis {
  const header = parseHeader(text);
  const body = header.span ? text.slice(header.span.end) : text;
  header.title = (body.match(/\S[^\n]*/)?.[0] ?? '').slice(0, 100);
  return { header, boilerplate: [], quotes: [], entities: [], dates: [], typos: [], length: text.length, warnings: [] };
}

function corpusOf(count: number, seed: number): CorpusDocument[] {
  const sentences = seedSentences(path.join(__dirname, '../../seeds'));
  return generateArticles(count, sentences, seed).map((a) => ({ id: a.id, text: a.text, analysis: headerOnly(a.text) }));
}

// Two near-copies in made-up words: no term or shingle shared with the generated articles, so
// they form a component of their own, and the copy is a duplicate.
const ODD = [
  'Velmora quistan dorrel aplin faskenthor brovaline ustrek malvenheim pordaquil tessivane.',
  'Grennolith wavercast imbrosk talquen deverish oskalune pirrowand feltamour bruskovel ankertine.',
  'Quorrasine telvadrum ossipine marlequist dunhavrel pextolian virrakesh blomquitter salvendrix.',
  'Hollevrand iskatrope venquildor maskelline turpovane gladderquist emberlusk fanquorrel drisselwane.',
].join('\n');
const oddDocs = (): CorpusDocument[] =>
  [ODD, ODD + '\nNorvasquel pendrilux ammerkost.'].map((text, k) => ({ id: `odd/${k}.txt`, text, analysis: headerOnly(text) }));

function prepared(docs: CorpusDocument[]) {
  const vocab = new Vocabulary();
  const arts = docs.map((d) => prepare(d.id, storyFeatures(d), vocab));
  return { arts, stats: termStatsOf(arts, vocab) };
}

const strip = (stories: { id: string; label: string; articles: string[]; duplicates: [string, string][] }[]) =>
  stories.map(({ id, label, articles, duplicates }) => ({ id, label, articles, duplicates }));

describe('map-reduce story grouping', () => {
  it('gives the stories Corpus.stories() gives on a generated corpus', () => {
    for (const [count, seed] of [[400, 1], [700, 7]]) {
      const docs = [...corpusOf(count, seed), ...oddDocs()];
      const corpus = new Corpus();
      for (const d of docs) corpus.upsert(d);
      const expected = strip(corpus.stories());
      const { arts, stats } = prepared(docs);
      const got = mapReduceStories(arts, stats);
      expect(strip(got.stories)).toEqual(expected);
      expect(expected.some((s) => s.duplicates.length > 0)).toBe(true);
      expect(got.components).toBeGreaterThan(1); // the keys do split the corpus
    }
  });

  it('does not depend on the order of the articles', () => {
    const docs = corpusOf(300, 3);
    const a = prepared(docs);
    const b = prepared([...docs].reverse());
    expect(mapReduceStories(b.arts, b.stats).stories).toEqual(mapReduceStories(a.arts, a.stats).stories);
  });

  it('reduces components separately to the same result as all at once (keys, links, components)', () => {
    const docs = [...corpusOf(300, 5), ...oddDocs()];
    const { arts, stats } = prepared(docs);
    // The shuffle done by hand, as a cluster would: key -> ids, star links, union-find.
    const groups = new Map<string, string[]>();
    for (const a of arts) for (const k of blockingKeys(a, stats)) (groups.get(k) ?? groups.set(k, []).get(k)!).push(a.id);
    const comps = new Components();
    const capped = new Set<number>();
    for (const [k, ids] of groups) {
      const r = linkGroup(k, ids);
      for (const [x, y] of r.edges) comps.link(x, y);
      if (r.capped !== null) capped.add(r.capped);
    }
    const byComp = new Map<string, PreparedArticle[]>();
    for (const a of arts) {
      const c = comps.find(a.id);
      (byComp.get(c) ?? byComp.set(c, []).get(c)!).push(a);
    }
    expect(byComp.size).toBeGreaterThan(1);
    const partials = [...byComp.values()].reverse().flatMap((g) => reduceComponent(g, stats, capped));
    expect(finishStories(partials)).toEqual(mapReduceStories(arts, stats).stories);
  });

  it('links a key group as a star and caps crowded shingles', () => {
    expect(linkGroup('t:bridge', ['c', 'a', 'b', 'a'])).toEqual({ edges: [['a', 'b'], ['a', 'c']], capped: null });
    const many = Array.from({ length: 51 }, (_, k) => `id${k}`);
    expect(linkGroup('s:12', many)).toEqual({ edges: [], capped: 12 });
    expect(linkGroup('t:word', many).edges).toHaveLength(50);
  });

  it('names a component by its smallest id whatever the order of links', () => {
    const c = new Components();
    c.link('m', 'z');
    c.link('z', 'b');
    c.link('x', 'y');
    expect(c.find('m')).toBe('b');
    expect(c.find('y')).toBe('x');
    expect(new Map(c.entries()).get('z')).toBe('b');
  });
});
