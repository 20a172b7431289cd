// Generated corpora for the grouping benchmarks: the articles of scripts/generate-articles.ts (the
// seed articles' sentences with names, places, numbers and dates varied per story), each with the
// header-only analysis, which is all grouping reads besides the text.
import { emptyAnalysis } from '../../src/core/article/analyze';
import { parseHeader } from '../../src/core/article/header';
import type { ArticleAnalysis, CorpusDocument } from '../../src/core/types';
import { generateArticles, seedSentences } from '../../scripts/generate-articles';

export { seedSentences };

/** `count` articles in stories of 2..14 articles; returns them with the true story of each. */
export function generate(count: number, sentences: string[], seed = 1): { docs: CorpusDocument[]; truth: Map<string, number> } {
  const articles = generateArticles(count, sentences, seed);
  return {
    docs: articles.map((a) => ({ id: a.id, text: a.text, analysis: headerOnly(a.text) })),
    truth: new Map(articles.map((a) => [a.id, a.story])),
  };
}

/** The analysis grouping needs when the full analysis is skipped: header, title, nothing else. */
export function headerOnly(text: string): ArticleAnalysis {
  const header = parseHeader(text);
  const body = header.span ? text.slice(header.span.end) : text;
  header.title = (body.match(/\S[^\n]*/)?.[0] ?? '').slice(0, 100);
  return emptyAnalysis(header, text.length);
}
