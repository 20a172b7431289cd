// Spelling: which words of an article are typos, and what was meant.
// Rules, in order: addresses, codes, ALL-CAPS, user words and dictionary words pass; an unknown
// lower-case word is a typo; an unknown capitalised word is a name, unless it is one edit from a
// name frequent in the article/corpus while itself rare ("Rudsia" beside "Russia" ×20), or, used
// once, one edit from a common word ("Teh", "Durig").
import { oneEdits } from './spelling/edits';
import { buildLexicon, capitalise, DIALECT_BIT, isKnownForm, ANY_DIALECT, type Dialect, type Lexicon } from './spelling/lexicon';
import { COMMON_WORDS } from './spelling/common';
import { nearWords, rankSuggestions, type Candidate, type Frequency } from './spelling/suggest';
import { wordTokens, type WordToken } from './spelling/tokens';
import type { EntityAnnotation, TypoAnnotation } from './types';

export interface Dictionary {
  aff: Uint8Array | string;
  dic: Uint8Array | string;
}

export type Dictionaries = Partial<Record<Dialect, Dictionary>>;

export interface Speller {
  /** Spelt correctly in the given dialect (default: any loaded one), with Hunspell's case rules. */
  correct(word: string, dialect?: Dialect): boolean;
  /** Ranked corrections, best first, at most 5 (no context: see findTypos for context-aware ones). */
  suggest(word: string): string[];
  readonly lexicon: Lexicon;
  /** How long loading the dictionaries took (ms). */
  readonly loadMs: number;
}

export interface TypoContext {
  entities: readonly EntityAnnotation[];
  userWords?: Iterable<string>;
  /** Word counts over the corpus, from `countNames` (capitalised entries are its names). */
  corpusNames?: ReadonlyMap<string, number>;
  dialect?: 'en-GB' | 'en-US' | 'auto';
}

/** A name this many times in the article or corpus is "frequent"... */
const FREQUENT_NAME = 3;
/** ...and a variant needs to be this many times rarer to be its typo. */
const RARITY_RATIO = 3;
/** Corpus frequency from which a word counts as common, besides the built-in list. */
const COMMON_FREQ = 12;
/** Bound on cached verdicts, so a long-lived editor process does not grow without end. */
const CACHE_LIMIT = 200_000;

export function createSpeller(dicts: Dictionaries): Speller {
  const t0 = performance.now();
  const lexicon = buildLexicon(dicts);
  const loadMs = performance.now() - t0;
  const cache = new Map<string, boolean>();
  const correct = (word: string, dialect?: Dialect) => {
    const mask = dialect ? maskFor(lexicon, dialect) : ANY_DIALECT;
    const key = mask + word;
    let ok = cache.get(key);
    if (ok === undefined) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(key, (ok = isKnownForm(lexicon, word.replace(/’/g, "'"), mask)));
    }
    return ok;
  };
  const suggest = (word: string) => rankSuggestions(lexicon, ANY_DIALECT, word, () => 0);
  return { correct, suggest, lexicon, loadMs };
}

function maskFor(lex: Lexicon, dialect: Dialect): number {
  // Asking for a dialect that is not loaded falls back to whatever is.
  return lex.dialects.includes(dialect) ? DIALECT_BIT[dialect] : ANY_DIALECT;
}

/** The dialect whose spellings the text uses more; ties go to en-GB. */
export function detectDialect(speller: Speller, words: readonly string[]): Dialect {
  let gb = 0, us = 0;
  for (const w of words) {
    const inGb = speller.correct(w, 'en-GB'), inUs = speller.correct(w, 'en-US');
    if (inGb && !inUs) gb++;
    else if (inUs && !inGb) us++;
  }
  return us > gb ? 'en-US' : 'en-GB';
}

/** User words: a lower-case entry accepts any case, a capitalised one only itself (and ALL CAPS). */
export function userWordMatcher(words: Iterable<string> | undefined): (w: string) => boolean {
  const anyCase = new Set<string>(), exact = new Set<string>();
  for (const raw of words ?? []) {
    const w = raw.trim().replace(/’/g, "'");
    if (!w) continue;
    if (w === w.toLowerCase()) anyCase.add(w);
    else exact.add(w).add(w.toUpperCase());
  }
  return (w) => exact.has(w) || anyCase.has(w.toLowerCase());
}

const isAllCaps = (w: string) => w === w.toUpperCase();
const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);
const hasInnerCapital = (w: string) => /.\p{Lu}/u.test(w) && !isAllCaps(w);
const CONTRACTION = /^(.+)'(?:ll|ve|re|d|m|s|t)$/i;

/** Case-insensitive view of capitalised counts: lower → [most frequent form, its count]. */
type NameIndex = Map<string, [string, number]>;
const nameIndexes = new WeakMap<ReadonlyMap<string, number>, { size: number; index: NameIndex }>();

function buildNameIndex(counts: ReadonlyMap<string, number>): NameIndex {
  const index: NameIndex = new Map();
  for (const [w, n] of counts) {
    if (!isCapitalised(w)) continue;
    const lower = w.toLowerCase();
    const prev = index.get(lower);
    if (!prev || prev[1] < n) index.set(lower, [w, n]);
  }
  return index;
}

/** Corpus maps are large and reused across articles: index each once (again if it grew). */
function corpusNameIndex(counts: ReadonlyMap<string, number>): NameIndex {
  const hit = nameIndexes.get(counts);
  if (hit && hit.size === counts.size) return hit.index;
  const index = buildNameIndex(counts);
  nameIndexes.set(counts, { size: counts.size, index });
  return index;
}

/** Everything the per-word rules consult about the article and its corpus. */
interface Context {
  speller: Speller;
  /** The dialect to check against; undefined = any loaded one. */
  dialect: Dialect | undefined;
  mask: number;
  article: Map<string, number>;
  corpus: ReadonlyMap<string, number>;
  articleNames: NameIndex;
  corpusNames: NameIndex;
  freq: Frequency;
  userWord: (w: string) => boolean;
}

function countOf(ctx: Context, w: string): number {
  return Math.max(ctx.article.get(w) ?? 0, ctx.corpus.get(w) ?? 0);
}

/** Frequent names one edit from `w` of which `w` looks like a rare misspelling. */
export function frequentNameNeighbours(ctx: Context, w: string): Candidate[] {
  const own = countOf(ctx, w);
  const need = Math.max(FREQUENT_NAME, RARITY_RATIO * own);
  const best = new Map<string, number>();
  oneEdits(w.toLowerCase(), (cand, cost) => {
    const hits = [ctx.articleNames.get(cand), ctx.corpusNames.get(cand)];
    for (const hit of hits) {
      if (!hit) continue;
      const [name] = hit;
      const n = countOf(ctx, name);
      // "Russians" is not a typo of "Russian": plurals and possessives are a different word.
      if (n < need || name + 's' === w || w + 's' === name) continue;
      // Names outrank any dictionary word; more frequent ones first.
      const c = cost - 2 - Math.min(0.5, n / 100);
      if (c < (best.get(name) ?? Infinity)) best.set(name, c);
    }
  });
  return [...best].map(([word, cost]) => ({ word, cost }));
}

function isCommonWord(ctx: Context, lower: string): boolean {
  return COMMON_WORDS.has(lower) || ctx.freq(lower) >= COMMON_FREQ;
}

function inAnyEntity(entities: readonly EntityAnnotation[], t: WordToken): boolean {
  return entities.some((e) => e.start <= t.start && t.end <= e.end);
}

/** The dictionary-level verdict on one word: known, or a contraction of a known/name word. */
function known(ctx: Context, w: string): boolean {
  if (ctx.speller.correct(w, ctx.dialect)) return true;
  const m = CONTRACTION.exec(w);
  return m !== null && (isCapitalised(m[1]) || known(ctx, m[1]));
}

type Verdict = { typo: false } | { typo: true; extra: Candidate[] };
const OK: Verdict = { typo: false };

/** The rules for one word; see the file comment. */
function judge(ctx: Context, t: WordToken, next: WordToken | undefined, entities: readonly EntityAnnotation[]): Verdict {
  const w = t.word;
  if (w.length < 2 || isAllCaps(w) || ctx.userWord(w) || known(ctx, w)) return OK;
  // Short first parts of compounds ("pre-", "co-", "e-") are prefixes, not words.
  if (t.hyphenAfter && w.length <= 4) return OK;
  if (!isCapitalised(w)) {
    // Lower-case particles of foreign names: "de Gaulle", "bin Salman", "van Gogh".
    if (w.length <= 3 && next && next.start - t.end <= 1 && isCapitalised(next.word)) return OK;
    return { typo: true, extra: [] };
  }
  const names = frequentNameNeighbours(ctx, w);
  if (names.length) return { typo: true, extra: names };
  if (hasInnerCapital(w) || countOf(ctx, w) > 1 || inAnyEntity(entities, t)) return OK;
  for (const near of nearWords(ctx.speller.lexicon, ctx.mask, w.toLowerCase()).keys()) {
    if (near === near.toLowerCase() && isCommonWord(ctx, near)) return { typo: true, extra: [] };
  }
  return OK;
}

function makeContext(speller: Speller, tokens: readonly WordToken[], ctx: TypoContext): Context {
  const article = new Map<string, number>();
  for (const t of tokens) article.set(t.word, (article.get(t.word) ?? 0) + 1);
  const corpus = ctx.corpusNames ?? new Map<string, number>();
  const count = (w: string) => Math.max(article.get(w) ?? 0, corpus.get(w) ?? 0);
  const freq: Frequency = (lower) => count(lower) + count(capitalise(lower));
  const dialect = !ctx.dialect || ctx.dialect === 'auto' ? undefined : ctx.dialect;
  return {
    speller,
    dialect,
    mask: dialect ? maskFor(speller.lexicon, dialect) : ANY_DIALECT,
    article,
    corpus,
    articleNames: buildNameIndex(article),
    corpusNames: corpusNameIndex(corpus),
    freq,
    userWord: userWordMatcher(ctx.userWords),
  };
}

export function findTypos(speller: Speller, text: string, ctx: TypoContext): TypoAnnotation[] {
  const tokens = wordTokens(text);
  const c = makeContext(speller, tokens, ctx);
  const out: TypoAnnotation[] = [];
  tokens.forEach((t, i) => {
    const v = judge(c, t, tokens[i + 1], ctx.entities);
    if (!v.typo) return;
    const end = t.start + t.word.length;
    const suggestions = rankSuggestions(speller.lexicon, c.mask, t.word, c.freq, v.extra);
    out.push({ kind: 'typo', start: t.start, end, text: text.slice(t.start, end), suggestions });
  });
  return out;
}
