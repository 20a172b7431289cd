// Decides, cheaply and from text alone, whether plain-text files look like news articles: used to
// offer "Annotate these N articles as news?" for a folder the extension does not know yet.

export interface NewsSignals {
  /** A `date YYYY-MM-DD` header line: enough on its own. */
  dateHeader: boolean;
  /** "LONDON (Reuters) -", "PARIS —", "Kyiv, 3 June:" at the start of a line. */
  dateline: boolean;
  /** Quoted speech with a speech verb nearby ("…," she said). */
  quotedSpeech: boolean;
  /** Distinct capitalised two-word names ("Keir Starmer") in the first lines. */
  names: number;
}

/** How much of each file is looked at: the first lines are enough, and reading more costs. */
export const HEAD_CHARS = 3000;

const DATE_HEADER = /^\uFEFF?\s*date\s+\d{4}-\d{2}-\d{2}\s*$/im;
const DATELINE = /^[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,2}(?:, [A-Z][A-Za-z.]+(?: \d{1,2})?)?(?: \([A-Za-z .]+\))? ?(?:—|–|--| - |:)/m;
const QUOTE = /["“][^"”\n]{8,}[,.!?]?["”][^.\n]{0,40}?\b(?:said|says|told|added|asked|stated|warned|explained)\b|\b(?:said|says|told)\b[^.\n]{0,40}?[:,] ?["“][^"”\n]{8,}["”]/;
const NAME = /\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?) ([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\b/g;
// Capitalised pairs that are usually not people or organisations in running text.
const NOT_NAMES = new Set(['The', 'This', 'That', 'These', 'Those', 'And', 'But', 'When', 'What', 'Then', 'There', 'Here', 'Please', 'Note', 'See', 'Step', 'Chapter', 'Section', 'Table', 'Figure', 'Dear']);

export function newsSignals(text: string): NewsSignals {
  const head = text.slice(0, HEAD_CHARS);
  const names = new Set<string>();
  for (const m of head.matchAll(NAME)) if (!NOT_NAMES.has(m[1])) names.add(m[0]);
  return {
    dateHeader: DATE_HEADER.test(head),
    dateline: DATELINE.test(head),
    quotedSpeech: QUOTE.test(head),
    names: names.size,
  };
}

/** One file: a date header, or two of dateline / quoted speech / at least three names. */
export function looksLikeNews(text: string): boolean {
  const s = newsSignals(text);
  if (s.dateHeader) return true;
  return [s.dateline, s.quotedSpeech, s.names >= 3].filter(Boolean).length >= 2;
}

/**
 * A sample of files: news when at least two thirds look like news (a folder of articles has the
 * odd README; a folder of notes has the odd quote). An empty sample is not news.
 */
export function sampleLooksLikeNews(heads: readonly string[]): boolean {
  if (!heads.length) return false;
  const yes = heads.filter(looksLikeNews).length;
  return yes * 3 >= heads.length * 2;
}

/** Up to `max` items spread evenly over the list (first, last and between): a cheap, fair sample. */
export function spreadSample<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  if (max <= 0) return [];
  if (max === 1) return [items[0]];
  const out: T[] = [];
  for (let i = 0; i < max; i++) out.push(items[Math.round((i * (items.length - 1)) / (max - 1))]);
  return out;
}

/** The deepest folder containing every path (posix paths; "/" when they share nothing). */
export function commonFolder(paths: readonly string[]): string {
  if (!paths.length) return '/';
  const dirs = paths.map((p) => p.split('/').slice(0, -1));
  const first = dirs[0];
  let n = first.length;
  for (const d of dirs) {
    let i = 0;
    while (i < n && i < d.length && d[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, n).join('/') || '/';
}
