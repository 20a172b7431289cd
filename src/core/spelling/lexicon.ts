// The merged word forms of the loaded dictionaries. Stems shared by both dialects (nearly all)
// are expanded once; every check is then one hash lookup, which the suggester needs: it tests
// hundreds of candidate strings per unknown word.
import { decodeBytes, expandStem, forEachStem, parseAff, type AffixFile } from './hunspell';

export type Dialect = 'en-GB' | 'en-US';
export const DIALECT_BIT: Record<Dialect, number> = { 'en-GB': 1, 'en-US': 2 };
export const ANY_DIALECT = 3;

export interface Lexicon {
  noSuggestFlag: string | null;
  /** Sound-alike replacements (REP) of the dictionaries, for suggestions. */
  rep: [string, string][];
  dialects: Dialect[];
  /** Every word form → dialect mask: built once, so a check is one hash lookup. */
  forms: Map<string, number>;
  /** Forms of NOSUGGEST stems (offensive words): correct, but never proposed. */
  noSuggest: Set<string>;
  /** Lower-cased forms of capitalised entries ("london"): spares most candidates a second lookup. */
  capitalisedLower: Set<string>;
  /** Bloom filter over `forms`: rejects almost all of a suggester's junk candidates in cache. */
  bloom: Uint32Array;
}

export interface DictionarySource {
  aff: Uint8Array | string;
  dic: Uint8Array | string;
}

export function buildLexicon(sources: Partial<Record<Dialect, DictionarySource>>): Lexicon {
  const lex: Lexicon = {
    noSuggestFlag: null,
    rep: [],
    dialects: [],
    forms: new Map(),
    noSuggest: new Set(),
    capitalisedLower: new Set(),
    bloom: new Uint32Array(BLOOM_WORDS),
  };
  // Stem → its entries joined by NUL; an entry is the dialect mask digit then the flags.
  const stems = new Map<string, string>();
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
    forEachStem(aff, decodeBytes(src.dic), (stem, flags) => addStem(stems, stem, flags, bit));
    lex.dialects.push(dialect);
  }
  if (!aff) throw new Error('no dictionary');
  lex.noSuggestFlag = aff.noSuggest;
  lex.rep = aff.rep;
  expandAll(lex, stems, aff);
  return lex;
}

/** Expands each merged stem once (most are shared by both dialects) into the form map. */
function expandAll(lex: Lexicon, stems: Map<string, string>, aff: AffixFile): void {
  const buf: string[] = [];
  for (const [stem, value] of stems) {
    for (const entry of value.split('\0')) {
      const mask = Number(entry[0]), flags = entry.slice(1);
      buf.length = 0;
      expandStem(stem, flags, aff, buf);
      const noSug = lex.noSuggestFlag !== null && flags.includes(lex.noSuggestFlag);
      const capitalised = stem[0] !== stem[0].toLowerCase();
      for (const f of buf) {
        if (capitalised) lex.capitalisedLower.add(f.toLowerCase());
        bloomAdd(lex.bloom, f);
        // Nearly every stem is in both dialects: then no merge, so no lookup, is needed.
        if (mask === ANY_DIALECT) lex.forms.set(f, mask);
        else lex.forms.set(f, (lex.forms.get(f) ?? 0) | mask);
        if (noSug) lex.noSuggest.add(f);
      }
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

// A 2^21-bit filter (256 KB) with 3 probes: ~0.5% false positives for ~130k forms. Probing
// costs a short hash; a Map lookup of a fresh string misses the CPU cache several times.
const BLOOM_BITS = 1 << 21;
const BLOOM_WORDS = BLOOM_BITS >>> 5;
const PROBES = 3;

/** Two 32-bit FNV-1a style hashes of a string, for double hashing. */
function hashes(w: string): [number, number] {
  let h1 = 0x811c9dc5, h2 = 0x01000193;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return [h1 >>> 0, (h2 | 1) >>> 0];
}

function bloomAdd(bloom: Uint32Array, w: string): void {
  const [h1, h2] = hashes(w);
  for (let i = 0; i < PROBES; i++) {
    const bit = (h1 + i * h2) & (BLOOM_BITS - 1);
    bloom[bit >>> 5] |= 1 << (bit & 31);
  }
}

function bloomHas(bloom: Uint32Array, w: string): boolean {
  const [h1, h2] = hashes(w);
  for (let i = 0; i < PROBES; i++) {
    const bit = (h1 + i * h2) & (BLOOM_BITS - 1);
    if (!(bloom[bit >>> 5] & (1 << (bit & 31)))) return false;
  }
  return true;
}

/** Exact-case membership of a word form (after ICONV). */
export function hasForm(lex: Lexicon, w: string, mask: number, suggestable = false): boolean {
  if (!bloomHas(lex.bloom, w)) return false;
  const m = lex.forms.get(w);
  return m !== undefined && (m & mask) !== 0 && !(suggestable && lex.noSuggest.has(w));
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
  if (!lex.capitalisedLower.has(lower)) return null;
  const cap = capitalise(lower);
  return hasForm(lex, cap, mask, true) ? cap : null;
}
