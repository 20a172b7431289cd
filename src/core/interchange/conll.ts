// CoNLL-2003 style: one token a line ("word _ _ TAG", the POS and chunk columns left empty), IOB2
// tags (B-PER, I-PER, B-LOC, B-ORG, O), a blank line between sentences and a -DOCSTART- line
// before each article. Tokens and sentences come from the NER tokenizer, so the tags line up with
// what the tagger was trained on. Quotes and dates span too much to be token tags and stay out.
import { tokenize } from '../article/ner/tokenize';
import { bratSafe, type ExportArticle, type ExportSpan } from './layers';

export const DOCSTART = '-DOCSTART- -X- -X- O';
const NOT_TAGS: ReadonlySet<string> = new Set(['QUOTE', 'DATE']);

export interface ConllResult {
  text: string;
  /** Spans left out because a token of theirs already had a tag (overlaps), per article file. */
  overlapping: { file: string; span: ExportSpan; exact: string }[];
}

/** Tags of the tokens of one article; automatic entities first, then the reader's spans. */
function tagArticle(article: ExportArticle, out: string[], overlapping: ConllResult['overlapping']): void {
  const sentences = tokenize(article.text);
  const tokens = sentences.flat();
  const tags = new Array<string>(tokens.length).fill('O');
  const spans = article.spans.filter((s) => !NOT_TAGS.has(s.label));
  spans.sort((a, b) => (a.layer === b.layer ? a.start - b.start : a.layer === 'auto' ? -1 : 1));
  for (const s of spans) {
    const first = firstTokenEndingAfter(tokens, s.start);
    let last = first;
    while (last < tokens.length && tokens[last].start < s.end) last++;
    if (last === first) continue; // the span covers no token (whitespace, punctuation only)
    let free = true;
    for (let i = first; i < last; i++) if (tags[i] !== 'O') free = false;
    if (!free) {
      overlapping.push({ file: article.file, span: s, exact: article.text.slice(s.start, s.end) });
      continue;
    }
    const name = bratSafe(s.label);
    for (let i = first; i < last; i++) tags[i] = `${i === first ? 'B' : 'I'}-${name}`;
  }
  let k = 0;
  for (const sentence of sentences) {
    const lines: string[] = [];
    for (const t of sentence) {
      const raw = article.text.slice(t.start, t.end);
      const tag = tags[k++];
      // The columns are space-separated: a token of white space (U+3000, form feed) is no token.
      if (!/^\s+$/u.test(raw)) lines.push(`${raw.replace(/\s/gu, '_')} _ _ ${tag}`);
    }
    if (lines.length) out.push(lines.join('\n') + '\n');
  }
}

/** Index of the first token whose end is after `offset` (binary search; tokens are in order). */
function firstTokenEndingAfter(tokens: { end: number }[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function writeConll(articles: Iterable<ExportArticle>): ConllResult {
  const blocks: string[] = [];
  const overlapping: ConllResult['overlapping'] = [];
  for (const a of articles) {
    blocks.push(DOCSTART + '\n');
    tagArticle(a, blocks, overlapping);
  }
  return { text: blocks.join('\n'), overlapping };
}

export interface ConllToken {
  word: string;
  tag: string;
}

/** Documents → sentences → tokens of a CoNLL file (for checking an export, and other tools' files). */
export function parseConll(text: string): ConllToken[][][] {
  const docs: ConllToken[][][] = [];
  let doc: ConllToken[][] | null = null;
  let sentence: ConllToken[] = [];
  const endSentence = () => {
    if (!sentence.length) return;
    if (!doc) {
      doc = [];
      docs.push(doc); // a file without -DOCSTART- is one document
    }
    doc.push(sentence);
    sentence = [];
  };
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.startsWith('-DOCSTART-')) {
      endSentence();
      doc = [];
      docs.push(doc);
      continue;
    }
    if (!line.trim()) {
      endSentence();
      continue;
    }
    const cols = line.split(/[ \t]+/);
    sentence.push({ word: cols[0], tag: cols[cols.length - 1] });
  }
  endSentence();
  return docs;
}
