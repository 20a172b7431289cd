// Spelling: which words of an article are typos, and what was meant.
// Rules, in order: addresses, codes, ALL-CAPS, user words and dictionary words pass. An unknown
// lower-case word is a typo when it is one edit from a word it is a likely slip of. An unknown
// capitalised word is a name, unless, used once, it is one edit from another name of the
// article or a frequent corpus name ("Rudsia" beside "Russia"), or a slip of a common word
// ("Teh", "Durig").
import { MONTH_NAMES, WEEKDAY_NAMES } from './dates/lexicon';
import { slipEdits, SWAP_COST } from './spelling/edits';
import {
  ANY_DIALECT,
  buildLexicon,
  capitalise,
  DIALECT_BIT,
  isKnownForm,
  listedSpelling,
  type Dialect,
  type Lexicon,
} from './spelling/lexicon';
import { COMMON_WORDS } from './spelling/common';
import { nearWords, rankSuggestions, twoEditWords, type Candidate, type Frequency } from './spelling/suggest';
import { findRealWordSlips } from './spelling/realWords';
import { wordTokens, type WordToken } from './spelling/tokens';
import { indexWords, oneEditNeighbours, type WordIndex } from './spelling/wordIndex';
import { containTest } from '../text/spans';
import type { EntityAnnotation, TypoAnnotation } from '../types';

export interface Dictionary {
  aff: Uint8Array | string;
  dic: Uint8Array | string;
}

export type Dictionaries = Partial<Record<Dialect, Dictionary>>;

export interface Speller {
  /** Spelt correctly in the given dialect (default: any loaded one), with Hunspell's case rules. */
  correct(word: string, dialect?: Dialect): boolean;
  /** Ranked corrections, best first, at most 5 (without context; findTypos ranks with it). */
  suggest(word: string): string[];
  /** Dictionary words one edit or one sound-alike replacement from a lower-case word (cached). */
  near(lower: string, dialect?: Dialect): ReadonlyMap<string, number>;
  readonly lexicon: Lexicon;
  /** How long loading the dictionaries took (ms). */
  readonly loadMs: number;
}

export interface TypoContext {
  entities: readonly EntityAnnotation[];
  userWords?: Iterable<string>;
  /** Word counts over the corpus, from `countNames` (its capitalised entries are the names). */
  corpusNames?: ReadonlyMap<string, number>;
  dialect?: 'en-GB' | 'en-US' | 'auto';
}

/** A corpus name this frequent explains a once-seen variant (an article's own names always do). */
const CORPUS_NAME = 3;
/** Shorter capitalised words are never taken for misspelt names ("Aso" is not "As"). */
const MIN_NAME = 4;
/** An unknown lower-case word this often in one article is its vocabulary, not a slip. */
const REPEATED = 2;
/** Corpus frequency from which a lower-case word counts as common, besides the built-in list. */
const COMMON_FREQ = 12;
/** Longest word checked: longer letter runs are data, not prose. */
const MAX_WORD = 40;
/** Bound on cached verdicts, so a long-lived editor process does not grow without end. */
const CACHE_LIMIT = 100_000;

function boundedCache<V>(): (key: string, make: () => V) => V {
  const cache = new Map<string, V>();
  return (key, make) => {
    let v = cache.get(key);
    if (v === undefined) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(key, (v = make()));
    }
    return v;
  };
}

export function createSpeller(dicts: Dictionaries): Speller {
  const t0 = performance.now();
  const lexicon = buildLexicon(dicts);
  const loadMs = performance.now() - t0;
  // One cache per dialect mask (1-3), so a lookup builds no key string.
  const known = [0, 1, 2, 3].map(() => boundedCache<boolean>());
  const near = [0, 1, 2, 3].map(() => boundedCache<ReadonlyMap<string, number>>());
  const mask = (dialect?: Dialect) => (dialect ? maskFor(lexicon, dialect) : ANY_DIALECT);
  return {
    correct: (word, dialect) => {
      const m = mask(dialect);
      return known[m](word, () => isKnownForm(lexicon, word.replace(/’/g, "'"), m));
    },
    near: (lower, dialect) => {
      const m = mask(dialect);
      return near[m](lower, () => nearWords(lexicon, m, lower));
    },
    suggest: (word) => rankSuggestions(word, nearWords(lexicon, ANY_DIALECT, word.toLowerCase()), () => 0),
    lexicon,
    loadMs,
  };
}

function maskFor(lex: Lexicon, dialect: Dialect): number {
  // Asking for a dialect that is not loaded falls back to whatever is.
  return lex.dialects.includes(dialect) ? DIALECT_BIT[dialect] : ANY_DIALECT;
}

/** User words: a lower-case entry accepts any case, a capitalised one only itself (and ALL CAPS). */
export function userWordMatcher(words: Iterable<string> | undefined): (w: string) => boolean {
  const anyCase = new Set<string>(),
    exact = new Set<string>();
  for (const raw of words ?? []) {
    const w = raw.trim().replace(/’/g, "'");
    if (!w) continue;
    if (w === w.toLowerCase()) anyCase.add(w);
    else exact.add(w).add(w.toUpperCase());
  }
  return (w) => exact.has(w) || anyCase.has(w.toLowerCase());
}

// These run on every word: ASCII is decided by char code, the rest by the Unicode regex.
const isAsciiLower = (c: number) => c >= 97 && c <= 122;
const isAsciiUpper = (c: number) => c >= 65 && c <= 90;
const isAllCaps = (w: string) => !isAsciiLower(w.charCodeAt(0)) && w === w.toUpperCase();
function isCapitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? isAsciiUpper(c) : /^\p{Lu}/u.test(w);
}
function hasInnerCapital(w: string): boolean {
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (isAsciiUpper(c)) return !isAllCaps(w);
    if (c >= 128) return /.\p{Lu}/u.test(w) && !isAllCaps(w);
  }
  return false;
}
const CONTRACTION = /^(.+)'(?:ll|ve|re|d|m|s|t)$/i;

const corpusIndexes = new WeakMap<ReadonlyMap<string, number>, { size: number; names: WordIndex }>();

/**
 * The corpus's frequent capitalised words by length, built once per corpus map and rebuilt
 * when it gains or loses words (the editor's worker updates its map in place).
 */
function corpusNameIndex(corpus: ReadonlyMap<string, number>): WordIndex {
  const hit = corpusIndexes.get(corpus);
  if (hit && hit.size === corpus.size) return hit.names;
  const frequent: [string, number][] = [];
  for (const [w, n] of corpus) if (n >= CORPUS_NAME && isCapitalised(w)) frequent.push([w, n]);
  const names = indexWords(frequent);
  corpusIndexes.set(corpus, { size: corpus.size, names });
  return names;
}

/** The built-in common words by length, for one-edit comparisons (built on first use). */
let commonIndex: WordIndex | undefined;
const commonByLength = () => (commonIndex ??= indexWords([...COMMON_WORDS].map((w) => [w, 1])));

/** Everything the per-word rules consult about the article and its corpus. */
interface Context {
  speller: Speller;
  /** The dialect to check against; undefined = any loaded one. */
  dialect: Dialect | undefined;
  mask: number;
  article: Map<string, number>;
  articleNames: WordIndex;
  corpusNames: WordIndex;
  /** Large and possibly changing between calls: read by lookups, indexed only via corpusNameIndex. */
  corpus: ReadonlyMap<string, number>;
  freq: Frequency;
  userWord: (w: string) => boolean;
}

function countOf(ctx: Context, w: string): number {
  return Math.max(ctx.article.get(w) ?? 0, ctx.corpus.get(w) ?? 0);
}

/**
 * Names one edit from `w` of which `w`, used once, looks like a misspelling: another name of
 * the same article (the typo is one occurrence of a repeated name), or a frequent corpus name.
 */
export function nameNeighbours(ctx: Context, w: string): Candidate[] {
  if (w.length < MIN_NAME || countOf(ctx, w) > 1) return [];
  const lower = w.toLowerCase();
  const best = new Map<string, number>();
  const found = [...oneEditNeighbours(ctx.articleNames, lower), ...oneEditNeighbours(ctx.corpusNames, lower)];
  for (const [{ form }, cost] of found) {
    // "Russians" is not a typo of "Russian": plurals and possessives are a different word.
    if (form + 's' === w || w + 's' === form) continue;
    // Names outrank any dictionary word; more frequent ones first.
    const c = cost - 2 - Math.min(0.5, countOf(ctx, form) / 100);
    if (c < (best.get(form) ?? Infinity)) best.set(form, c);
  }
  return [...best].map(([word, cost]) => ({ word, cost }));
}

/** Whether a word lies inside an entity. */
type EntityTest = (t: WordToken) => boolean;
function entityTest(entities: readonly EntityAnnotation[]): EntityTest {
  const inside = containTest(entities);
  return (t) => inside(t.start, t.end);
}

/** The dictionary-level verdict on one word: known, or a contraction of a known word or name. */
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

/** Does `suf` attach to `base` the regular way ("-d" only after "e", "-ed" never after it)? */
function regularEnding(base: string, suf: string): boolean {
  if (INFLECTED.test(base)) return false;
  if (suf === 'd') return base.endsWith('e');
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
  // Latin plurals the dictionary lacks: "ultimata" (ultimatum), "stimuli" (stimulus).
  if (lower.length >= 6 && lower.endsWith('a') && knows(`${lower.slice(0, -1)}um`)) return `${lower.slice(0, -1)}um`;
  if (lower.length >= 6 && lower.endsWith('i') && knows(`${lower.slice(0, -1)}us`)) return `${lower.slice(0, -1)}us`;
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

const isFrequent = (ctx: Context, lower: string) => (ctx.corpus.get(lower) ?? 0) >= COMMON_FREQ;

/** A built-in common word one edit away, other than `skip` (the base of a derivation). */
function commonNeighbour(lower: string, skip: string | null): boolean {
  return oneEditNeighbours(commonByLength(), lower).some(([w]) => w.lower !== skip);
}

/** Swapped or doubled letters that turn `lower` into a lower-case dictionary word. */
function slipNeighbour(ctx: Context, lower: string, skip: string | null, swapsOnly: boolean): boolean {
  let found = false;
  slipEdits(lower, (cand, cost) => {
    if (cand === skip || (swapsOnly && cost !== SWAP_COST)) return false;
    return (found = listedSpelling(ctx.speller.lexicon, cand, ctx.mask) === cand);
  });
  return found;
}

/**
 * An unknown lower-case word is a typo when it is one edit from a word it could be a slip of;
 * a word nothing is near is a coinage, jargon or a foreign word, not a slip. Derivations and
 * compounds of known words pass too, unless a common word is one edit away ("bedore") or the
 * edit is a typical slip ("acess", "sufferred").
 */
function judgeLowerCase(ctx: Context, t: WordToken, next: WordToken | undefined, prev: WordToken | undefined): Verdict {
  const w = t.word;
  // Lower-case particles of foreign names: "de Gaulle", "bin Salman", "van Gogh".
  if (w.length <= 3 && next && next.start - t.end <= 1 && isCapitalised(next.word)) return OK;
  // The lower-case syllable of a hyphenated given name: "Lai Ching-te", "Wang Hsiao-ching".
  if (t.hyphenBefore && prev && prev.hyphenAfter && t.start - prev.end === 1 && isCapitalised(prev.word) && !known(ctx, prev.word))
    return OK;
  // Units and ordinal suffixes after numbers: "7.2 bn", "15,599 th".
  if (t.afterNumber && w.length <= 3) return OK;
  // A word an article repeats is its vocabulary ("pitot", "nano"); a slip is rarely repeated.
  if ((ctx.article.get(w) ?? 0) >= REPEATED) return OK;
  const lower = w.toLowerCase();
  const base = derivationBase(ctx, lower);
  // Cheap evidence first, then the full one-edit neighbourhood (cached per word).
  if (commonNeighbour(lower, base) || slipNeighbour(ctx, lower, base, false)) return TYPO;
  const near = [...ctx.speller.near(lower, ctx.dialect).keys()].filter((n) => n !== base);
  if (!near.length) return base === null && twoEditWords(lower, COMMON_WORDS).size > 0 ? TYPO : OK;
  // Near a word this corpus uses a lot, a derivation or compound is a slip ("availsable").
  if (near.some((n) => isFrequent(ctx, n))) return TYPO;
  // Only names near: a lower-case slip rarely aims at a name, so this is a word of its own
  // (the model "nano" of "iPod nano" is one edit from "Nan" and "Kano" only).
  if (near.every((n) => isCapitalised(n))) return OK;
  return base !== null || looksCompound(ctx, lower) ? OK : TYPO;
}

/** A capitalised unknown word is a name unless a name or common word shows what was meant. */
function judgeCapitalised(ctx: Context, t: WordToken, inEntity: EntityTest, afterParticle: boolean): Verdict {
  const w = t.word;
  // Plural acronyms: "GMs", "CEOs", "MPs".
  if (/^\p{Lu}+s$/u.test(w)) return OK;
  const names = nameNeighbours(ctx, w);
  if (names.length) return { typo: true, extra: names };
  if (hasInnerCapital(w) || countOf(ctx, w) > 1) return OK;
  const lower = w.toLowerCase();
  const base = derivationBase(ctx, lower);
  // Short names are often one edit from a short word ("Aso", "Der"), the tagger's names are
  // names, and so are the parts of a hyphenated name ("Ching" of "Lai Ching-te", "Jean-Luc"):
  // there only swapped letters of a longer word ("Vice Chariman") convince (a short name's
  // letters swap into a word by chance: "Bakr", "Omar").
  if (w.length <= 3) return w.length === 3 && slipNeighbour(ctx, lower, base, true) ? TYPO : OK;
  if (inEntity(t) || afterParticle || t.hyphenAfter || t.hyphenBefore)
    return w.length >= 5 && slipNeighbour(ctx, lower, base, true) ? TYPO : OK;
  return commonNeighbour(lower, base) || slipNeighbour(ctx, lower, base, false) ? TYPO : OK;
}

/** Particles of names ("Ursula von der Leyen", "Abu Bakr al-Baghdadi"), in either case. */
const NAME_PARTICLES = new Set([
  'von',
  'van',
  'der',
  'den',
  'ter',
  'ten',
  'zu',
  'de',
  'du',
  'da',
  'di',
  'do',
  'dos',
  'das',
  'des',
  'del',
  'della',
  'degli',
  'le',
  'la',
  'al',
  'el',
  'bin',
  'bint',
  'ibn',
  'ben',
  'abu',
  'ould',
  'af',
  'av',
]);

/** A particle in a name: before a capitalised word, directly or through another particle. */
function isNameParticle(t: WordToken, next: WordToken | undefined, after: WordToken | undefined): boolean {
  if (!NAME_PARTICLES.has(t.word.toLowerCase()) || !next || next.start - t.end > 1) return false;
  if (isCapitalised(next.word) && !NAME_PARTICLES.has(next.word.toLowerCase())) return true;
  return NAME_PARTICLES.has(next.word.toLowerCase()) && !!after && after.start - next.end <= 1 && isCapitalised(after.word);
}

/** Months and weekdays: capitalised common words, never names, often misspelt ("Wensday"). */
// Months and weekdays ("may" is a common word, never a misspelt month).
const CALENDAR_WORDS = [...MONTH_NAMES.filter((m) => m !== 'may'), ...WEEKDAY_NAMES];

// Words before a month or weekday ("on Wensday", "last Febuary"); a name rarely follows them.
const DATE_CUES = new Set([
  'on',
  'by',
  'until',
  'till',
  'since',
  'last',
  'next',
  'this',
  'every',
  'each',
  'early',
  'late',
  'mid',
  'from',
  'before',
  'after',
  'through',
  'between',
  'in',
]);

/** Where a month or weekday would stand: after a date cue or a number, or before a number. */
function inDateContext(tokens: readonly WordToken[], i: number): boolean {
  const prev = tokens[i - 1];
  const cue = prev !== undefined && tokens[i].start - prev.end <= 1 && DATE_CUES.has(prev.word.toLowerCase());
  return cue || tokens[i].afterNumber || tokens[i].beforeNumber;
}

/** The rules for one word; see the file comment. */
function judge(ctx: Context, tokens: readonly WordToken[], i: number, inEntity: EntityTest): Verdict {
  const t = tokens[i];
  const next = tokens[i + 1];
  const w = t.word;
  // Over-long "words" are data, not prose (and would make edit generation quadratic).
  if (w.length < 2 || w.length > MAX_WORD || isAllCaps(w) || ctx.userWord(w) || known(ctx, w)) return OK;
  // With a dialect chosen, the other dialect's spelling ("colour" in en-US) is the typo.
  if (ctx.dialect && ctx.speller.correct(w)) return TYPO;
  // Short parts of compounds are prefixes or fragments ("pre-", "co-", "Wi-Fi").
  if ((t.hyphenAfter && w.length <= 4) || (t.hyphenBefore && w.length <= 3)) return OK;
  // Brand names of the "iCloud", "eBay", "vFinance" kind, and an acronym run into a name
  // ("AFPKeir": a picture credit glued to the caption by scraping).
  if (/^\p{Ll}\p{Lu}|^\p{Lu}{2,}\p{Ll}/u.test(w)) return OK;
  if (isNameParticle(t, next, tokens[i + 2])) return OK;
  if (isCapitalised(w) && w.length >= 5 && inDateContext(tokens, i)) {
    const calendar = twoEditWords(w.toLowerCase(), CALENDAR_WORDS);
    if (calendar.size) return { typo: true, extra: [...calendar].map(([word, cost]) => ({ word, cost: cost - 1 })) };
  }
  const prev = tokens[i - 1];
  if (!(isCapitalised(w) || hasInnerCapital(w))) return judgeLowerCase(ctx, t, next, prev);
  // The surname after a particle ("von Trapp", "de Klerk") is a name even when the tagger missed it.
  const afterParticle = !!prev && t.start - prev.end <= 1 && NAME_PARTICLES.has(prev.word.toLowerCase());
  return judgeCapitalised(ctx, t, inEntity, afterParticle);
}

function makeContext(speller: Speller, tokens: readonly WordToken[], ctx: TypoContext): Context {
  const article = new Map<string, number>();
  for (const t of tokens) article.set(t.word, (article.get(t.word) ?? 0) + 1);
  const corpus = ctx.corpusNames ?? new Map<string, number>();
  const count = (w: string) => Math.max(article.get(w) ?? 0, corpus.get(w) ?? 0);
  const dialect = !ctx.dialect || ctx.dialect === 'auto' ? undefined : ctx.dialect;
  return {
    speller,
    dialect,
    mask: dialect ? maskFor(speller.lexicon, dialect) : ANY_DIALECT,
    article,
    articleNames: indexWords([...article].filter(([w]) => isCapitalised(w))),
    corpus,
    corpusNames: corpusNameIndex(corpus),
    freq: (lower) => count(lower) + count(capitalise(lower)),
    userWord: userWordMatcher(ctx.userWords),
  };
}

/** "pullin’", "nothin'": a dropped g written with its apostrophe is speech as spoken, not a slip. */
function isDroppedG(speller: Speller, text: string, t: WordToken, dialect: Context['dialect']): boolean {
  const end = t.start + t.word.length;
  return /in$/i.test(t.word) && (text[end] === '’' || text[end] === "'") && speller.correct(`${t.word}g`, dialect);
}

export function findTypos(speller: Speller, text: string, ctx: TypoContext): TypoAnnotation[] {
  const tokens = wordTokens(text);
  const c = makeContext(speller, tokens, ctx);
  const out: TypoAnnotation[] = [];
  const inEntity = entityTest(ctx.entities);
  tokens.forEach((t, i) => {
    if (isDroppedG(speller, text, t, c.dialect)) return;
    const v = judge(c, tokens, i, inEntity);
    if (!v.typo) return;
    const end = t.start + t.word.length;
    const near = speller.near(t.word.toLowerCase(), c.dialect);
    const suggestions = rankSuggestions(t.word, near, c.freq, v.extra);
    out.push({ kind: 'typo', start: t.start, end, text: text.slice(t.start, end), suggestions });
  });
  // Real-word slips where no word is misspelt.
  const persons = ctx.entities.filter((e) => e.type === 'person');
  const slips = findRealWordSlips(text, tokens, persons).filter((s) => !out.some((o) => o.start < s.end && s.start < o.end));
  if (!slips.length) return out;
  for (const s of slips)
    out.push({ kind: 'typo', start: s.start, end: s.end, text: text.slice(s.start, s.end), suggestions: s.suggestions });
  return out.sort((a, b) => a.start - b.start);
}
