// Per-article term features for story grouping: words (stemmed, stopwords out), names, numbers
// and resolved dates, taken from the non-boilerplate text. Weights (TF-IDF) are computed later
// against the corpus' document frequencies, so a doc's features never depend on other docs.
import { blankOut } from '../text/spans';
import { isTitleWord } from '../text/titles';
import type { CorpusDocument, Span } from '../types';

/** Raw features of one article: term -> count. Prefixes keep kinds apart: `n:` name, `#` number, `d:` date. */
export type TermCounts = Map<string, number>;

// Function words and newsroom verbs: they say nothing about which event an article reports.
const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have having ' +
    'he her here hers herself him himself his how i if in into is it its itself just me more most my myself no ' +
    'nor not now of off on once only or other our ours ourselves out over own same she should so some such than ' +
    'that the their theirs them themselves then there these they this those through to too under until up very ' +
    'was we were what when where which while who whom why will with would you your yours yourself yourselves ' +
    'said says say saying told tell according added adding also one two three new year years time last first ' +
    'mr mrs ms dr sir st like get got go going make made many much may might must us well still even back ' +
    'since around yet however another including via per week day today yesterday tomorrow monday tuesday ' +
    'wednesday thursday friday saturday sunday people s t re ve ll d m don didn doesn isn wasn aren weren ' +
    'can cannot won wouldn couldn shouldn hasn haven hadn let lets way want wanted told asked'
  ).split(' '),
);

// Honorifics and role words that precede names; dropped so "Mr Zelensky" and "Zelensky" meet.

/** A light suffix stripper (good enough to join "troops"/"troop", "visited"/"visit"). */
export function stem(w: string): string {
  if (w.length <= 4) return w;
  if (w.endsWith('ies') && w.length > 5) return w.slice(0, -3) + 'y';
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ing') && w.length > 6) return w.slice(0, -3);
  if (w.endsWith('ed') && w.length > 5) return w.slice(0, -2);
  if (w.endsWith('es') && w.length > 5 && /(?:sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

/** The text the similarity may look at: header line and boilerplate blanked (offsets kept). */
export function contentText(doc: CorpusDocument): string {
  const a = doc.analysis;
  const out: Span[] = [...a.boilerplate];
  if (a.header.span) out.push(a.header.span);
  return blankOut(doc.text, out);
}

/** Normalised key of a name: lower case, no possessive, no titles, no punctuation ("Sir Keir’s" -> "keir"). */
export function nameKey(name: string): string {
  const words = name
    .normalize('NFKC')
    .replace(/['’]s\b/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !isTitleWord(w));
  return words.join(' ');
}

const WORD = /\p{L}[\p{L}\p{M}'’]*|\d+(?:[.,:]\d+)*/gu;
const UPPER = /^\p{Lu}/u;
const ALL_UPPER = /^\p{Lu}+$/u;
/** A word right after one of these (spaces aside) opens a sentence: its capital proves nothing. */
const OPENERS = new Set(['.', '!', '?', ':', '"', '“', '”']);

/** Words, names, numbers and dates of an article, with counts. */
export function termCounts(doc: CorpusDocument): TermCounts {
  const counts: TermCounts = new Map();
  const add = (t: string) => counts.set(t, (counts.get(t) ?? 0) + 1);
  for (const line of contentText(doc).split('\n')) {
    const headline = isTitleCase(line);
    WORD.lastIndex = 0;
    let prevEnd = 0;
    for (let m = WORD.exec(line); m; m = WORD.exec(line)) {
      const raw = m[0];
      const opens = prevEnd === 0 || OPENERS.has(lastNonSpace(line, prevEnd, m.index));
      prevEnd = m.index + raw.length;
      if (raw.charCodeAt(0) <= 57) {
        // Numbers are distinctive (ages, tolls, scores, years): two events of one topic rarely share them.
        if (raw.length >= 2) add('#' + raw.replace(/,/g, ''));
        continue;
      }
      const lower = raw.replace(/['’](?:s)?$/i, '').toLowerCase();
      if (lower.length < 2 || STOPWORDS.has(lower) || isTitleWord(lower)) continue;
      add(stem(lower));
      // A capitalised word not opening a sentence or in a headline is (mostly) a name: an extra feature.
      if (!opens && !headline && UPPER.test(raw) && !ALL_UPPER.test(raw)) add('n:' + lower);
    }
  }
  for (const d of doc.analysis.dates) {
    if (d.value && d.value.length === 10 && isAnchored(doc, d)) add('d:' + d.value);
  }
  return counts;
}

/** The last non-space character of line[from, to), or '' when there is none. */
function lastNonSpace(line: string, from: number, to: number): string {
  for (let k = to - 1; k >= from; k--) if (line[k] !== ' ' && line[k] !== '\t') return line[k];
  return from === 0 ? '.' : '';
}

/** A line in headline case ("Fire Destroys Historic Dairy"): its capitals do not mark names. */
export function isTitleCase(line: string): boolean {
  if (line.length > 160) return false; // headlines are short
  let long = 0;
  let upper = 0;
  for (const w of line.match(/\p{L}{4,}/gu) ?? []) {
    long++;
    if (UPPER.test(w)) upper++;
  }
  return long >= 2 && upper >= 0.7 * long;
}

/** A resolved date means something only if it was written out, or relative to a known publication date. */
function isAnchored(doc: CorpusDocument, d: { text: string; relative?: boolean }): boolean {
  if (doc.analysis.header.published) return true;
  return d.relative !== true && /\b\d{4}\b/.test(d.text);
}

/**
 * Term strings <-> small integer ids, shared by the articles of one corpus: articles then hold
 * typed arrays instead of string maps (a tenth of the memory at 10,000 articles).
 */
export class Vocabulary {
  private readonly index = new Map<string, number>();
  readonly terms: string[] = [];

  id(term: string): number {
    let id = this.index.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.index.set(term, id);
      this.terms.push(term);
    }
    return id;
  }

  get size(): number {
    return this.terms.length;
  }
}

/** An article's term counts over a vocabulary, ids ascending. */
export interface TermVector {
  ids: Int32Array;
  counts: Float32Array;
}

/** Interns the terms of `counts`. */
export function toTermVector(counts: TermCounts, vocab: Vocabulary): TermVector {
  const pairs = [...counts].map(([t, c]) => [vocab.id(t), c] as const).sort((a, b) => a[0] - b[0]);
  return { ids: Int32Array.from(pairs, (p) => p[0]), counts: Float32Array.from(pairs, (p) => p[1]) };
}

/** Sparse vector over interned term ids, ids ascending. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float32Array;
}

/** Dot product of two sparse vectors (ids ascending). */
export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let s = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    const x = ai[i];
    const y = bi[j];
    if (x === y) s += a.weights[i++] * b.weights[j++];
    else if (x < y) i++;
    else j++;
  }
  return s;
}

/** Scales weights (ids ascending, in place) to unit length. */
export function unitVector(ids: Int32Array, weights: Float32Array): SparseVector {
  let norm = 0;
  for (const w of weights) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < weights.length; k++) weights[k] /= norm;
  return { ids, weights };
}
