import type { CorpusDocument, Story } from './types';

// PLACEHOLDER: every article its own story.
export function groupStories(docs: readonly CorpusDocument[]): Story[] {
  return docs.map((d, i) => ({
    id: `s${i + 1}`,
    label: d.analysis.header.title,
    date: d.analysis.header.published,
    articles: [d.id],
    duplicates: [],
  }));
}
