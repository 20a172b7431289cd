// Spelling: which words of an article are typos, and what was meant.
// Rules, in order: addresses, codes, ALL-CAPS, user words and dictionary words pass; an unknown
// lower-case word is a typo; an unknown capitalised word is a name, unless it is one edit from a
// name frequent in the article/corpus while itself rare ("Rudsia" beside "Russia" ×20), or, used
// once, one edit from a common word ("Teh", "Durig").
import { nearEdits, oneEdits } from './spelling/edits';
import { ANY_DIALECT, buildLexicon, capitalise, DIALECT_BIT, isKnownForm, listedSpelling, type Dialect, type Lexicon } from './spelling/lexicon';
import { COMMON_WORDS } from './spelling/common';
import { rankSuggestions, twoEditWords, type Candidate, type Frequency } from './spelling/suggest';
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

/** How often a name must occur in the article, or in the corpus, to explain a once-seen variant. */
const ARTICLE_NAME = 1;
const CORPUS_NAME = 3;
/** Shorter capitalised words are never taken for misspelt names. */
const MIN_NAME = 4;
/** An unknown lower-case word this often in one article is its vocabulary, not a slip. */
const REPEATED = 2;
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

/**
 * Names one edit from `w` of which `w`, used once, looks like a misspelling: any other name of
 * the same article (the typo is one occurrence of a repeated name), or a frequent corpus name.
 */
export function nameNeighbours(ctx: Context, w: string): Candidate[] {
  // Short names are one edit from too many others ("Aso", "As").
  if (w.length < MIN_NAME || countOf(ctx, w) > 1) return [];
  const best = new Map<string, number>();
  const consider = (name: string, cost: number, enough: boolean) => {
    // "Russians" is not a typo of "Russian": plurals and possessives are a different word.
    if (!enough || name + 's' === w || w + 's' === name) return;
    // Names outrank any dictionary word; more frequent ones first.
    const c = cost - 2 - Math.min(0.5, countOf(ctx, name) / 100);
    if (c < (best.get(name) ?? Infinity)) best.set(name, c);
  };
  oneEdits(w.toLowerCase(), (cand, cost) => {
    const inArticle = ctx.articleNames.get(cand);
    if (inArticle) consider(inArticle[0], cost, inArticle[1] >= ARTICLE_NAME);
    const inCorpus = ctx.corpusNames.get(cand);
    if (inCorpus) consider(inCorpus[0], cost, inCorpus[1] >= CORPUS_NAME);
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
const TYPO: Verdict = { typo: true, extra: [] };

const SUFFIXES = ['s', 'es', 'd', 'ed', 'er', 'ers', 'ing', 'ings', 'ly'];
const PREFIXES = ['re', 'un', 'de', 'non', 'pre', 'co', 'mis', 'over', 'under', 'out', 'inter', 'multi', 'super'];
/** Bases that are already inflected take no second ending ("serer" + "s", "suffers" + "d"). */
const INFLECTED = /(?:s|ed|er|ing|ly|est)$/;
/** Edits this cheap (swapped or doubled letters) are slips even when the result looks derived. */
const SLIP_COST = 0.6;
const SWAP_COST = 0.6;

/** Does `suf` attach to `base` the regular way ("-d" only after "e", "-ed" never after it)? */
function regularEnding(base: string, suf: string): boolean {
  if (INFLECTED.test(base)) return false;
  if (suf === 'd' || suf === 'r' || suf === 'rs') return base.endsWith('e');
  if (suf === 'ed' || suf === 'er' || suf === 'ers' || suf === 'es') return !base.endsWith('e');
  return true;
}

/**
 * The known word an unlisted regular derivation is built on ("aircrafts" → "aircraft",
 * "reassumed" → "assumed"), or null.
 */
function derivationBase(ctx: Context, lower: string): string | null {
  const knows = (w: string) => ctx.speller.correct(w, ctx.dialect);
  for (const suf of SUFFIXES) {
    const base = lower.slice(0, -suf.length);
    if (lower.endsWith(suf) && base.length >= 4 && regularEnding(base, suf) && knows(base)) return base;
  }
  // Short bases would make too many slips look derived ("de" + "peen").
  const p = PREFIXES.find((p) => lower.startsWith(p) && lower.length - p.length >= 5 && knows(lower.slice(p.length)));
  return p ? lower.slice(p.length) : null;
}

/** Two known words written as one ("airtanker", "freefall"). */
function looksCompound(ctx: Context, lower: string): boolean {
  for (let i = 3; i + 3 <= lower.length; i++) {
    if (ctx.speller.correct(lower.slice(0, i), ctx.dialect) && ctx.speller.correct(lower.slice(i), ctx.dialect)) return true;
  }
  return false;
}

const commonSets = new WeakMap<ReadonlyMap<string, number>, { size: number; words: Set<string> }>();

/** Common words: the built-in list plus the corpus's frequent lower-case words (cached per corpus). */
function commonWords(ctx: Context): Set<string> {
  const hit = commonSets.get(ctx.corpus);
  if (hit && hit.size === ctx.corpus.size) return hit.words;
  const words = new Set(COMMON_WORDS);
  for (const [w, n] of ctx.corpus) if (n >= COMMON_FREQ && w === w.toLowerCase()) words.add(w);
  commonSets.set(ctx.corpus, { size: ctx.corpus.size, words });
  return words;
}

/** A common word two edits away ("mkea" → "make"): slips that one-edit lookup cannot see. */
function commonTwoEdits(ctx: Context, lower: string): boolean {
  return twoEditWords(lower, commonWords(ctx)).size > 0;
}

/**
 * What one edit from `lower` shows, stopping as soon as the answer is clear: a common word or
 * a cheap slip of a lower-case word ("typo"), any dictionary word at all ("near"), or nothing.
 * Only the few slip candidates and the first hit need a dictionary lookup; common words are a
 * set lookup, which keeps unknown names (most unknown words) cheap.
 */
function oneEditEvidence(ctx: Context, lower: string, skip: string | null, mode: 'all' | 'slips' | 'swaps'): 'typo' | 'near' | 'none' {
  const lex = ctx.speller.lexicon, common = commonWords(ctx);
  let result: 'typo' | 'near' | 'none' = 'none';
  nearEdits(lower, lex.rep, (cand, cost) => {
    if (cand === skip || !cand) return false;
    if (mode === 'swaps') {
      if (cost === SWAP_COST && isSwap(lower, cand) && listedSpelling(lex, cand, ctx.mask) === cand) result = 'typo';
      return result === 'typo';
    }
    if (common.has(cand)) return (result = 'typo') === 'typo';
    // Names only care for slips, and one non-slip neighbour is all "near" needs.
    if (cost > SLIP_COST && (mode === 'slips' || result === 'near')) return false;
    const listed = listedSpelling(lex, cand, ctx.mask);
    if (listed === null) return false;
    // A slip towards a proper noun is no evidence: names near names are common ("Merk", "Mark").
    if (cost <= SLIP_COST && listed === cand) result = 'typo';
    else if (result === 'none') result = 'near';
    return result === 'typo';
  });
  return result;
}

/**
 * An unknown lower-case word is a typo when it is one edit from a word it could be a slip of;
 * a word nothing is near is a coinage, jargon or a foreign word, not a slip. Derivations and
 * compounds of known words pass too, unless a common word is one edit away ("bedore") or the
 * edit is a typical slip ("acess", "sufferred").
 */
function judgeLowerCase(ctx: Context, t: WordToken, next: WordToken | undefined): Verdict {
  const w = t.word;
  // Lower-case particles of foreign names: "de Gaulle", "bin Salman", "van Gogh".
  if (w.length <= 3 && next && next.start - t.end <= 1 && isCapitalised(next.word)) return OK;
  // Units and ordinal suffixes after numbers: "7.2 bn", "15,599 th".
  if (t.afterNumber && w.length <= 3) return OK;
  // A word an article repeats is its vocabulary ("pitot", "nano"); a slip is rarely repeated.
  if ((ctx.article.get(w) ?? 0) >= REPEATED) return OK;
  const lower = w.toLowerCase();
  const base = derivationBase(ctx, lower);
  const evidence = oneEditEvidence(ctx, lower, base, 'all');
  if (evidence === 'typo') return TYPO;
  if (evidence === 'none') return base === null && commonTwoEdits(ctx, lower) ? TYPO : OK;
  return base !== null || looksCompound(ctx, lower) ? OK : TYPO;
}

/** A capitalised unknown word is a name unless a name or common word shows what was meant. */
function judgeCapitalised(ctx: Context, t: WordToken, entities: readonly EntityAnnotation[]): Verdict {
  const w = t.word;
  // Plural acronyms: "GMs", "CEOs", "MPs".
  if (/^\p{Lu}+s$/u.test(w)) return OK;
  const names = nameNeighbours(ctx, w);
  if (names.length) return { typo: true, extra: names };
  if (hasInnerCapital(w) || countOf(ctx, w) > 1 || inAnyEntity(entities, t)) return OK;
  const lower = w.toLowerCase();
  // Short names are often one edit from a short word ("Aso", "Der"): only a swap convinces.
  return oneEditEvidence(ctx, lower, derivationBase(ctx, lower), w.length <= 3 ? 'swaps' : 'slips') === 'typo' ? TYPO : OK;
}

function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** The rules for one word; see the file comment. */
function judge(ctx: Context, t: WordToken, next: WordToken | undefined, entities: readonly EntityAnnotation[]): Verdict {
  const w = t.word;
  if (w.length < 2 || isAllCaps(w) || ctx.userWord(w) || known(ctx, w)) return OK;
  // Short parts of compounds are prefixes or fragments ("pre-", "co-", "Wi-Fi").
  if ((t.hyphenAfter && w.length <= 4) || (t.hyphenBefore && w.length <= 3)) return OK;
  // Brand names of the "iCloud", "eBay", "vFinance" kind.
  if (/^\p{Ll}\p{Lu}/u.test(w)) return OK;
  if (hasInnerCapital(w) && !isCapitalised(w)) {
    const names = nameNeighbours(ctx, w);
    return names.length ? { typo: true, extra: names } : OK;
  }
  return isCapitalised(w) ? judgeCapitalised(ctx, t, entities) : judgeLowerCase(ctx, t, next);
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
    const suggestions = rankSuggestions(speller.lexicon, c.mask, t.word, c.freq, v.extra, commonWords(c));
    out.push({ kind: 'typo', start: t.start, end, text: text.slice(t.start, end), suggestions });
  });
  return out;
}
