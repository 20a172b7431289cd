// Cross-source quote matching: the same words quoted by several articles, exactly or with small
// changes (a word dropped, a partial quote). Word-level LCS gives both the similarity and the diff.
import { nameKey } from './termVectors';
import type { QuoteAnnotation } from '../types';

/** One step of a word-level diff from one quote to another. */
export interface WordDiff {
  op: 'same' | 'added' | 'removed';
  /** The words (joined by spaces) as written in the quote they come from. */
  text: string;
}

/** A same or similar quote in another article. */
export interface QuoteMatch {
  /** The other article. */
  id: string;
  quote: QuoteAnnotation;
  /** 0..1: 2·(common words in order) / (words of both). 1 = same words. */
  similarity: number;
  /** From the asked-about quote to this one: 'removed' = only in the asked-about quote. */
  diff: WordDiff[];
  /** Both attributed to the same person (or both unattributed). */
  sameSpeaker: boolean;
}

/** A quote carried by two or more articles. */
export interface QuoteGroup {
  /** Stable while the group's first member stays: `${id}#${start}` of that member. */
  key: string;
  /** The first member's wording. */
  text: string;
  /** Ordered by the article's publication date, then id. */
  members: { id: string; quote: QuoteAnnotation }[];
  /** Distinct speakers the members attribute it to (unknown left out). */
  speakers: string[];
  /** True when the wording differs between members. */
  varies: boolean;
}

/** Quotes shorter than this (in words) are scare quotes ("historic"), not worth matching. */
export const MIN_QUOTE_WORDS = 3;
/** Similar enough: share of words in common, in order. */
export const MIN_SIMILARITY = 0.6;
/** A partial quote: this share of the shorter quote's words appear, in order, in the longer one. */
export const MIN_CONTAINMENT = 0.8;
/** Longer quotes are compared on their first words only (keeps LCS cost bounded). */
const MAX_WORDS = 200;

/** Display words of a quote. */
export function quoteTokens(text: string): string[] {
  return (text.normalize('NFKC').match(/[\p{L}\p{N}][\p{L}\p{N}'’\-.,]*/gu) ?? []).map((w) => w.replace(/[.,]+$/, ''));
}

/** Comparison form of a word: case, curly apostrophes and punctuation do not count. */
export function normWord(w: string): string {
  return w
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/[^\p{L}\p{N}']/gu, '');
}

/** LCS table over word arrays; `lcs[i][j]` = LCS length of a[i..], b[j..]. */
function lcsTable(a: readonly string[], b: readonly string[]): Uint16Array[] {
  const t = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) t[i][j] = a[i] === b[j] ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
  return t;
}

/** Word-level diff from quote text `a` to quote text `b`; runs of one kind are joined. */
export function wordDiff(a: string, b: string): WordDiff[] {
  const wa = quoteTokens(a).slice(0, MAX_WORDS);
  const wb = quoteTokens(b).slice(0, MAX_WORDS);
  const na = wa.map(normWord);
  const nb = wb.map(normWord);
  const t = lcsTable(na, nb);
  const out: WordDiff[] = [];
  const push = (op: WordDiff['op'], text: string) => {
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += ' ' + text;
    else out.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < wa.length || j < wb.length) {
    if (i < wa.length && j < wb.length && na[i] === nb[j]) {
      push('same', wb[j]);
      i++;
      j++;
    } else if (j < wb.length && (i === wa.length || t[i][j + 1] >= t[i + 1][j])) push('added', wb[j++]);
    else push('removed', wa[i++]);
  }
  return out;
}

/** Similarity of two quotes' normalised words: dice over the LCS, and containment of the shorter. */
export function quoteSimilarity(a: readonly string[], b: readonly string[]): { similarity: number; containment: number } {
  if (!a.length || !b.length) return { similarity: 0, containment: 0 };
  const common = lcsTable(a.slice(0, MAX_WORDS), b.slice(0, MAX_WORDS))[0][0];
  return {
    similarity: (2 * common) / (Math.min(a.length, MAX_WORDS) + Math.min(b.length, MAX_WORDS)),
    containment: common / Math.min(a.length, b.length, MAX_WORDS),
  };
}

/** Same quote: similar overall, or one is (mostly) a part of the other. */
export function isSameQuote(s: { similarity: number; containment: number }, shorter: number): boolean {
  return s.similarity >= MIN_SIMILARITY || (s.containment >= MIN_CONTAINMENT && shorter >= 5);
}

/** Same speaker: equal names, or one is the other's surname ("Zelensky" / "Volodymyr Zelensky"). */
export function sameSpeaker(a: string | null, b: string | null): boolean {
  if (!a || !b) return !a && !b;
  const ka = nameKey(a);
  const kb = nameKey(b);
  return ka === kb || ka.endsWith(' ' + kb) || kb.endsWith(' ' + ka);
}

interface Entry {
  id: string;
  quote: QuoteAnnotation;
  words: string[];
}

/** Word pairs of a quote: the index keys (a 3-word quote has two). */
function bigrams(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) out.add(words[i] + ' ' + words[i + 1]);
  return [...out];
}

/** Bigrams carried by more quotes than this are stock phrases ("of the"), not candidates. */
const POSTING_CAP = 200;

/** Quotes of all articles, indexed by word pairs; updated per article. */
export class QuoteIndex {
  private readonly byDoc = new Map<string, Entry[]>();
  private readonly postings = new Map<string, Set<Entry>>();

  /** Replaces the quotes of one article. */
  set(id: string, quotes: readonly QuoteAnnotation[]): void {
    this.delete(id);
    const entries: Entry[] = [];
    for (const quote of quotes) {
      const words = quoteTokens(quote.text).map(normWord).filter(Boolean);
      if (words.length < MIN_QUOTE_WORDS) continue;
      const e = { id, quote, words };
      entries.push(e);
      for (const g of bigrams(words)) (this.postings.get(g) ?? this.postings.set(g, new Set()).get(g)!).add(e);
    }
    if (entries.length) this.byDoc.set(id, entries);
  }

  delete(id: string): void {
    for (const e of this.byDoc.get(id) ?? [])
      for (const g of bigrams(e.words)) {
        const p = this.postings.get(g);
        p?.delete(e);
        if (p && !p.size) this.postings.delete(g);
      }
    this.byDoc.delete(id);
  }

  /** Same or similar quotes in other articles than `id`, best first (one per other quote). */
  matches(id: string, quote: QuoteAnnotation): QuoteMatch[] {
    const words = quoteTokens(quote.text).map(normWord).filter(Boolean);
    if (words.length < MIN_QUOTE_WORDS) return [];
    const out: QuoteMatch[] = [];
    for (const e of this.candidates(words)) {
      if (e.id === id) continue;
      const s = quoteSimilarity(words, e.words);
      if (!isSameQuote(s, Math.min(words.length, e.words.length))) continue;
      out.push({
        id: e.id,
        quote: e.quote,
        similarity: s.similarity,
        diff: wordDiff(quote.text, e.quote.text),
        sameSpeaker: sameSpeaker(quote.speaker, e.quote.speaker),
      });
    }
    return out.sort((x, y) => y.similarity - x.similarity || cmp(x.id, y.id) || x.quote.start - y.quote.start);
  }

  /**
   * Quotes carried by two or more articles; `order` sorts members (e.g. by publication date).
   * Groups are the connected components of the "same quote" relation.
   */
  groups(order: (a: string, b: string) => number): QuoteGroup[] {
    const all = [...this.byDoc.values()].flat();
    const at = new Map(all.map((e, k) => [e, k]));
    const parent = all.map((_, k) => k);
    const find = (k: number): number => {
      while (parent[k] !== k) k = parent[k] = parent[parent[k]];
      return k;
    };
    all.forEach((e, k) => {
      for (const c of this.candidates(e.words)) {
        const j = at.get(c)!;
        if (j <= k || c.id === e.id || find(j) === find(k)) continue;
        const s = quoteSimilarity(e.words, c.words);
        if (isSameQuote(s, Math.min(e.words.length, c.words.length))) parent[find(j)] = find(k);
      }
    });
    const comps = new Map<number, Entry[]>();
    all.forEach((e, k) => (comps.get(find(k)) ?? comps.set(find(k), []).get(find(k))!).push(e));
    const out: QuoteGroup[] = [];
    for (const members of comps.values()) {
      if (new Set(members.map((m) => m.id)).size < 2) continue;
      members.sort((x, y) => order(x.id, y.id) || x.quote.start - y.quote.start);
      const first = members[0];
      const speakers: string[] = [];
      for (const m of members)
        if (m.quote.speaker && !speakers.some((s) => sameSpeaker(s, m.quote.speaker))) speakers.push(m.quote.speaker);
      out.push({
        key: `${first.id}#${first.quote.start}`,
        text: first.quote.text,
        members: members.map((m) => ({ id: m.id, quote: m.quote })),
        speakers,
        varies: members.some((m) => m.words.join(' ') !== first.words.join(' ')),
      });
    }
    return out.sort((a, b) => b.members.length - a.members.length || cmp(a.key, b.key));
  }

  /** Indexed quotes sharing a (not too common) word pair with `words`. */
  private candidates(words: readonly string[]): Set<Entry> {
    const out = new Set<Entry>();
    for (const g of bigrams(words)) {
      const p = this.postings.get(g);
      if (p && p.size <= POSTING_CAP) for (const e of p) out.add(e);
    }
    return out;
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
