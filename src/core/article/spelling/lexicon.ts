// The merged stems of the loaded dictionaries (nearly all shared by both dialects), checked by
// affix stripping as Hunspell does. Loading stores stems only, no expansion to ~130k forms.
// A Bloom filter over the stems sits in front of the stem map: the suggester tests hundreds of
// junk strings per unknown word, and the filter rejects their stem probes in cache.
import { decodeBytes, forEachStem, parseAff, type AffixFile, type AffixRule } from './hunspell';

export type Dialect = 'en-GB' | 'en-US';
export const DIALECT_BIT: Record<Dialect, number> = { 'en-GB': 1, 'en-US': 2 };
export const ANY_DIALECT = 3;

interface AffixRef {
  flag: string;
  rule: AffixRule;
  cross: boolean;
}

export interface Lexicon {
  /** Stem → its entries joined by NUL; an entry is the dialect mask digit then the flags. */
  stems: Map<string, string>;
  /** Suffix rules by the text they add; prefix rules likewise. */
  suffixes: Map<string, AffixRef[]>;
  prefixes: Map<string, AffixRef[]>;
  maxSuffix: number;
  maxPrefix: number;
  noSuggestFlag: string | null;
  /** Sound-alike replacements (REP) of the dictionaries, for suggestions. */
  rep: [string, string][];
  dialects: Dialect[];
  /** Bloom filter over the stems: most affix-stripping probes of junk strings end there. */
  bloom: Uint32Array;
  /** First three letters (lower-cased) of capitalised stems: a name needs one ("lon" for "London"). */
  capitalHeads: Set<string>;
}

export interface DictionarySource {
  aff: Uint8Array | string;
  dic: Uint8Array | string;
}

export function buildLexicon(sources: Partial<Record<Dialect, DictionarySource>>): Lexicon {
  const lex: Lexicon = {
    stems: new Map(),
    suffixes: new Map(),
    prefixes: new Map(),
    maxSuffix: 0,
    maxPrefix: 0,
    noSuggestFlag: null,
    rep: [],
    dialects: [],
    bloom: new Uint32Array(BLOOM_BITS >>> 5),
    capitalHeads: new Set(),
  };
  let affText: string | null = null;
  let aff: AffixFile | null = null;
  for (const dialect of ['en-GB', 'en-US'] as const) {
    const src = sources[dialect];
    if (!src) continue;
    const text = decodeBytes(src.aff);
    // Both English dictionaries share one affix file; merging stems needs that.
    if (affText !== null && text !== affText) throw new Error(`${dialect}: affix file differs from the other dictionary's`);
    aff ??= parseAff(text);
    affText = text;
    const bit = DIALECT_BIT[dialect];
    forEachStem(aff, decodeBytes(src.dic), (stem, flags) => addStem(lex.stems, stem, flags, bit));
    lex.dialects.push(dialect);
  }
  if (!aff) throw new Error('no dictionary');
  indexAffixes(lex, aff);
  for (const stem of lex.stems.keys()) {
    bloomAdd(lex.bloom, BLOOM_BITS, stem);
    if (stem[0] !== stem[0].toLowerCase()) lex.capitalHeads.add(stem.slice(0, 3).toLowerCase());
  }
  return lex;
}

function indexAffixes(lex: Lexicon, aff: AffixFile): void {
  lex.noSuggestFlag = aff.noSuggest;
  lex.rep = aff.rep;
  for (const [flag, cls] of aff.classes) {
    const index = cls.prefix ? lex.prefixes : lex.suffixes;
    for (const rule of cls.rules) {
      const refs = index.get(rule.add) ?? index.set(rule.add, []).get(rule.add)!;
      refs.push({ flag, rule, cross: cls.cross });
      if (cls.prefix) lex.maxPrefix = Math.max(lex.maxPrefix, rule.add.length);
      else lex.maxSuffix = Math.max(lex.maxSuffix, rule.add.length);
    }
  }
}

// Entries are packed in strings, not objects: ~50k stems load noticeably faster that way.
function addStem(stems: Map<string, string>, stem: string, flags: string, bit: number): void {
  const prev = stems.get(stem);
  if (prev === undefined) return void stems.set(stem, bit + flags);
  // Fast path: the same line in both dictionaries (nearly all of them).
  if (prev.length === flags.length + 1 && prev.endsWith(flags)) return void stems.set(stem, (Number(prev[0]) | bit) + flags);
  const entries = prev.split('\0');
  const i = entries.findIndex((e) => e.slice(1) === flags);
  if (i < 0) entries.push(bit + flags);
  else entries[i] = (Number(entries[i][0]) | bit) + flags;
  stems.set(stem, entries.join('\0'));
}

// 2^20 bits (128 KB) with 3 probes: ~0.2% false positives for ~50k stems. A probe costs a
// short hash; a Map lookup of a fresh string misses the CPU cache several times.
const BLOOM_BITS = 1 << 20;
const PROBES = 3;

// The two hashes of the last `hash` call: module state instead of a returned pair, because
// loading hashes ~130k forms and a pair per form is measurable garbage.
let h1 = 0,
  h2 = 0;

/** Two 32-bit FNV-1a style hashes of a string (into h1, h2), for double hashing. */
function hash(w: string): void {
  let a = 0x811c9dc5,
    b = 0x01000193;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  h1 = a >>> 0;
  h2 = (b | 1) >>> 0;
}

function bloomAdd(bloom: Uint32Array, bits: number, w: string): void {
  hash(w);
  for (let i = 0; i < PROBES; i++) {
    const bit = (h1 + i * h2) & (bits - 1);
    bloom[bit >>> 5] |= 1 << (bit & 31);
  }
}

function bloomHas(bloom: Uint32Array, bits: number, w: string): boolean {
  hash(w);
  for (let i = 0; i < PROBES; i++) {
    const bit = (h1 + i * h2) & (bits - 1);
    if (!(bloom[bit >>> 5] & (1 << (bit & 31)))) return false;
  }
  return true;
}

function entryOk(lex: Lexicon, e: string, mask: number, sug: boolean, f1?: string, f2?: string): boolean {
  if (!(Number(e[0]) & mask)) return false;
  if (f1 && !e.includes(f1, 1)) return false;
  if (f2 && !e.includes(f2, 1)) return false;
  return !(sug && lex.noSuggestFlag && e.includes(lex.noSuggestFlag, 1));
}

/** Is there a stem `w` in the dialects `mask` carrying flags f1 and f2 (when given)? */
function hasStem(lex: Lexicon, w: string, mask: number, sug: boolean, f1?: string, f2?: string): boolean {
  if (!bloomHas(lex.bloom, BLOOM_BITS, w)) return false;
  const v = lex.stems.get(w);
  if (v === undefined) return false;
  if (!v.includes('\0')) return entryOk(lex, v, mask, sug, f1, f2);
  return v.split('\0').some((e) => entryOk(lex, e, mask, sug, f1, f2));
}

/** Undoes one prefix of `w` (with `sflag`: only cross-product prefixes of a stem with that suffix). */
function viaPrefix(lex: Lexicon, w: string, mask: number, sug: boolean, sflag?: string): boolean {
  for (let k = 1; k <= lex.maxPrefix && k < w.length; k++) {
    const refs = lex.prefixes.get(w.slice(0, k));
    if (!refs) continue;
    for (const { flag, rule, cross } of refs) {
      if (sflag && !cross) continue;
      const stem = rule.strip + w.slice(k);
      if (rule.cond && !rule.cond.test(stem)) continue;
      if (hasStem(lex, stem, mask, sug, flag, sflag)) return true;
    }
  }
  return false;
}

/** Exact-case membership of a word form (after ICONV); `suggestable` excludes NOSUGGEST words. */
export function hasForm(lex: Lexicon, w: string, mask: number, suggestable = false): boolean {
  if (hasStem(lex, w, mask, suggestable)) return true;
  for (let k = 1; k <= lex.maxSuffix && k < w.length; k++) {
    const refs = lex.suffixes.get(w.slice(w.length - k));
    if (!refs) continue;
    for (const { flag, rule, cross } of refs) {
      const stem = w.slice(0, w.length - k) + rule.strip;
      if (rule.cond && !rule.cond.test(stem)) continue;
      if (hasStem(lex, stem, mask, suggestable, flag)) return true;
      if (cross && viaPrefix(lex, stem, mask, suggestable, flag)) return true;
    }
  }
  return viaPrefix(lex, w, mask, suggestable);
}

const isLower = (s: string) => s === s.toLowerCase();
const isUpper = (s: string) => s === s.toUpperCase() && s !== s.toLowerCase();
export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Hunspell's case rules: "paris" ✗ for "Paris", but "Table" and "TABLE" ✓ for "table". */
export function isKnownForm(lex: Lexicon, word: string, mask: number): boolean {
  if (hasForm(lex, word, mask)) return true;
  if (isLower(word.slice(1))) return word !== word.toLowerCase() && hasForm(lex, word.toLowerCase(), mask);
  if (isUpper(word)) {
    const lower = word.toLowerCase();
    return hasForm(lex, lower, mask) || hasForm(lex, capitalise(lower), mask);
  }
  return false;
}

/** The listed spelling of a lower-case candidate ("london" → "London"), or null if unknown. */
export function listedSpelling(lex: Lexicon, lower: string, mask: number): string | null {
  if (hasForm(lex, lower, mask, true)) return lower;
  // Names take no prefixes here (no "unLondon"), so a capitalised form starts like its stem.
  if (!lex.capitalHeads.has(lower.slice(0, 3))) return null;
  const cap = capitalise(lower);
  return hasForm(lex, cap, mask, true) ? cap : null;
}
