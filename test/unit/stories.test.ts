import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Corpus } from '../../src/core/corpus/corpus';
import { datePenalty, groupStories, leadSentences } from '../../src/core/corpus/stories';
import { parseHeader } from '../../src/core/article/header';
import type { ArticleAnalysis, CorpusDocument } from '../../src/core/types';
import { emptyAnalysis } from '../../src/core/article/analyze';
import { testAnalyzer } from './helpers';

const SEEDS = path.join(__dirname, '../../seeds');
const seedIds = fs
  .readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const short = (id: string) => id.slice(0, 3);

function seedDocs(): CorpusDocument[] {
  const analyzer = testAnalyzer();
  return seedIds.map((f) => {
    const text = fs.readFileSync(path.join(SEEDS, f), 'utf8').replace(/^\uFEFF/, '');
    return { id: f, text, analysis: analyzer.analyze(text) };
  });
}

/** A document with only the header analysed: what grouping needs for texts of our own. */
function plainDoc(id: string, text: string): CorpusDocument {
  const header = parseHeader(text);
  const analysis = emptyAnalysis(header, text.length);
  header.title = leadSentences(header.span ? text.slice(header.span.end) : text)[0] ?? '';
  return { id, text, analysis };
}

describe('story grouping on the seed articles (real analyzer)', () => {
  const docs = seedDocs();
  const corpus = new Corpus();
  for (const d of docs) corpus.upsert(d);
  const stories = corpus.stories();

  it('finds the Kyiv visit and the Downing Street meeting as two stories', () => {
    expect(stories.map((s) => s.articles.map(short))).toEqual([['000', '001', '003', '004'], ['002']]);
  });

  it('dates stories by their earliest article and orders them by date', () => {
    expect(stories.map((s) => s.date)).toEqual(['2025-01-16', '2025-06-23']);
  });

  it('finds 004 as a cut-down copy of 003', () => {
    expect(stories[0].duplicates.map(([c, o]) => [short(c), short(o)])).toEqual([['004', '003']]);
    expect(corpus.duplicateOf(seedIds[4])).toBe(seedIds[3]);
    expect(corpus.duplicateOf(seedIds[3])).toBeUndefined();
  });

  it('infers the publication date of undated articles from their story', () => {
    expect(corpus.publicationDate(seedIds[0])).toEqual({ date: '2025-01-16', inferred: true });
    expect(corpus.publicationDate(seedIds[1])).toEqual({ date: '2025-01-16', inferred: true });
    expect(corpus.publicationDate(seedIds[3])).toEqual({ date: '2025-01-16', inferred: false });
    expect(corpus.publicationDate(seedIds[2])).toEqual({ date: '2025-06-23', inferred: false });
  });

  it('labels stories with a real opening sentence, not the donation banner', () => {
    for (const s of stories) {
      expect(s.label.split(/\s+/).length).toBeGreaterThanOrEqual(4);
      expect(s.label).not.toMatch(/Your support/);
    }
    expect(stories[1].label).toMatch(/Zelensky/);
  });

  it('derives story ids from the first article, and groupStories agrees with the Corpus', () => {
    expect(stories[0].id).toBe(`story:${seedIds[0]}`);
    expect(groupStories(docs)).toEqual(stories);
  });
});

// Two events of one topic, written for this test: two quakes, days apart, in different places.
const QUAKE_A = [
  'A magnitude 6.1 earthquake struck the coast of Lembata island on Tuesday, killing at least 12 people.',
  'The Lembata quake toppled houses in the port town of Lewoleba, officials at the disaster agency said.',
  'Rescuers in Lewoleba searched collapsed homes through the night after the 6.1 tremor.',
];
const QUAKE_B = [
  'A magnitude 5.4 earthquake shook the Atacama desert region of Chile on Friday, injuring 40 people.',
  'The Atacama quake cut power in Copiapo, where miners were evacuated from two copper pits.',
  'In Copiapo the 5.4 tremor cracked roads and the regional governor declared an emergency.',
];
const article = (lines: string[], extra: string) =>
  [...lines, extra, 'Aftershocks were felt across the area and the quake damaged roads and schools.'].join('\n');

describe('same topic, different events', () => {
  const docs = [
    plainDoc('a1.txt', article(QUAKE_A, 'The Lembata district chief said 300 families had lost their homes in Lewoleba.')),
    plainDoc('a2.txt', article([...QUAKE_A].reverse(), 'Hospitals in Lewoleba on Lembata treated dozens of injured residents.')),
    plainDoc('b1.txt', article(QUAKE_B, 'Chile’s interior ministry said Copiapo schools would stay shut on Monday.')),
    plainDoc('b2.txt', article([...QUAKE_B].reverse(), 'Mining companies near Copiapo in Atacama inspected their pits for damage.')),
  ];

  it('keeps two earthquakes apart and each together', () => {
    const stories = groupStories(docs);
    expect(stories.map((s) => s.articles).sort()).toEqual([
      ['a1.txt', 'a2.txt'],
      ['b1.txt', 'b2.txt'],
    ]);
  });

  it('splits the same words published months apart (another event with the same people)', () => {
    const dated = [
      plainDoc('x1.txt', `date 2025-01-16\n${article(QUAKE_A, 'Officials gave a toll.')}`),
      plainDoc('x2.txt', `date 2025-06-23\n${article(QUAKE_A, 'Officials gave a toll.')}`),
    ];
    expect(groupStories(dated)).toHaveLength(2);
    expect(datePenalty('2025-01-16', '2025-01-17')).toBe(1);
    expect(datePenalty('2025-01-16', '2025-06-23')).toBe(0);
  });

  it('handles an empty corpus and empty articles', () => {
    expect(groupStories([])).toEqual([]);
    const stories = groupStories([plainDoc('e.txt', ''), plainDoc('f.txt', '   \n')]);
    expect(stories.map((s) => s.articles)).toEqual([['e.txt'], ['f.txt']]);
  });
});
