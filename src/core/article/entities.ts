import type { EntityAnnotation, EntityType, Span } from '../types';
import type { RawEntity } from './ner/tagger';
import { isTitleWord } from '../text/titles';

/** Turns tagger spans into annotations with an article-level canonical name. */
export function resolveEntities(text: string, raw: readonly RawEntity[]): EntityAnnotation[] {
  const seen = new Set<string>();
  const mentions: RawEntity[] = [];
  const surnames = personSurnames(text, raw);
  for (const r of raw) {
    for (const part of splitList(text, r)) {
      const c = cleanSpan(text, part, surnames);
      if (!c) continue;
      const key = `${c.start}:${c.end}:${c.type}`;
      if (!seen.has(key)) seen.add(key), mentions.push(c);
    }
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  const canon = canonicalNames(text, mentions);
  const out: EntityAnnotation[] = mentions.map((m, i) => ({
    kind: 'entity',
    type: m.type,
    start: m.start,
    end: m.end,
    text: text.slice(m.start, m.end),
    canonical: canon[i],
  }));
  // Roles ("the PM", "the prime minister") stay out: outlets' readers and the real-news
  // measure take them as no names; speakers resolve them to office holders themselves.
  return out;
}

// ---------------------------------------------------------------- span cleaning

const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
/** Abbreviations whose final period belongs to the name. */
const KEEP_PERIOD = /(?:^|\s)(?:(?:\p{L}\.)+|Inc\.|Corp\.|Co\.|Ltd\.|Jr\.|Sr\.|Bros\.|St\.)$/u;
const TRAIL_JUNK = /[\s,;:!?"“”‘'’)\]\-–—]$/u;
const LEAD_JUNK = /^[\s,;:!?"“”‘'’([\-–—.]/u;

/** Lowercase words that occur inside names ("Bank of England", "Joaquin del Olmo"). */
const CONNECTOR = new Set([
  'of',
  'de',
  'del',
  'della',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'da',
  'di',
  'du',
  'and',
  'the',
  'for',
  'al',
  'bin',
  'y',
  'el',
  'on',
  'upon',
  'in',
  'at',
  'des',
  'dos',
  'das',
  'ter',
  'ten',
  'af',
  'ibn',
  'ben',
  'e',
  'et',
  '&',
]);

interface Tok {
  start: number;
  end: number;
  w: string;
}

function tokens(text: string, start: number, end: number): Tok[] {
  const out: Tok[] = [];
  const re = /\S+/g;
  const s = text.slice(start, end);
  for (let m; (m = re.exec(s)); ) out.push({ start: start + m.index, end: start + m.index + m[0].length, w: m[0] });
  return out;
}

/** A short bracketed code the tagger kept in a club's name ("Partizan (B)"): a city, not another entity. */
const CODE_PAREN = /^\(\p{Lu}{1,2}\)$/u;

/**
 * Trims punctuation, possessives (unless the tagger read the "'s" as part of the name, as in
 * "Moody's"), lowercase modifiers ("northern Iraq") and person titles.
 */
export function cleanSpan(
  text: string,
  r: RawEntity & { possessive?: boolean },
  surnames: ReadonlySet<string> = new Set(),
): RawEntity | null {
  let { start, end } = r;
  for (let guard = 0; guard < 20 && start < end; guard++) {
    const before = `${start}:${end}`;
    while (start < end && LEAD_JUNK.test(text[start])) start++;
    end = trimEnd(text, start, end, r.possessive === true);
    let toks = tokens(text, start, end);
    // A parenthetical after the name is another entity ("Wayne Riley (Australia)").
    const paren = toks.findIndex((t, i) => i > 0 && t.w.startsWith('(') && !(i === toks.length - 1 && CODE_PAREN.test(t.w)));
    if (paren > 0) toks = toks.slice(0, paren);
    // A common noun inside ("town of Bistrita") ends a descriptor: the name follows it.
    let noun = -1;
    for (let i = 1; i < toks.length - 1; i++) if (LOWER.test(toks[i].w) && !CONNECTOR.has(toks[i].w)) noun = i;
    if (noun > 0) toks = toks.slice(noun + 1).filter((t, i, a) => i > 0 || !CONNECTOR.has(t.w) || a.length === 1);
    // Lowercase words at the edges are descriptors ("northern", "news agency"), not the name.
    while (toks.length > 1 && LOWER.test(toks[0].w)) toks = toks.slice(1);
    while (toks.length > 1 && LOWER.test(toks[toks.length - 1].w)) toks = toks.slice(0, -1);
    if (r.type === 'person') {
      while (toks.length > 1 && isTitleWord(toks[0].w) && UPPER.test(toks[1].w)) toks = toks.slice(1);
    }
    if (!toks.length) return null;
    start = toks[0].start;
    end = toks[toks.length - 1].end;
    if (`${start}:${end}` === before) break;
  }
  if (end <= start || !/\p{L}/u.test(text.slice(start, end))) return null;
  // A bare title ("President", "Sir", "PM") names nobody, whatever type the tagger gave it,
  // unless it is the surname of a person the article names in full ("Billie Jean King").
  const one = text.slice(start, end);
  if (!/\s/.test(one) && isTitleWord(one) && !(r.type === 'person' && surnames.has(one))) return null;
  return { start, end, type: r.type };
}

/** Last words of the multi-word person names in `raw`. */
function personSurnames(text: string, raw: readonly RawEntity[]): Set<string> {
  const out = new Set<string>();
  for (const r of raw) {
    if (r.type !== 'person') continue;
    const ws = text.slice(r.start, r.end).split(/\s+/);
    if (ws.length > 1) out.add(ws[ws.length - 1]);
  }
  return out;
}

/** Drops trailing punctuation and possessive endings, keeping an abbreviation's period. */
function trimEnd(text: string, start: number, end: number, keepPossessive: boolean): number {
  for (;;) {
    const s = text.slice(start, end);
    if (keepPossessive && /\p{L}['’]s$/iu.test(s)) return end;
    if (/['’]s$/i.test(s) && end - start > 2) end -= 2;
    else if (/s['’]$/.test(s)) end -= 1;
    else if (s.endsWith(')') && s.includes('(')) return end;
    else if (s.endsWith('.') && !KEEP_PERIOD.test(s)) end -= 1;
    else if (end > start && TRAIL_JUNK.test(s[s.length - 1])) end -= 1;
    else return end;
  }
}

/** A merged list ("France, Poland and Germany") becomes one span per item. */
function splitList(text: string, r: RawEntity): RawEntity[] {
  if (r.type === 'organization') return [r];
  const s = text.slice(r.start, r.end);
  if (!/,\s|\s(?:and|&)\s/.test(s)) return [r];
  const parts: RawEntity[] = [];
  const re = /,\s+(?:and\s+)?|\s+(?:and|&)\s+/g;
  let pos = 0;
  for (let m; (m = re.exec(s)); ) {
    parts.push({ start: r.start + pos, end: r.start + m.index, type: r.type });
    pos = m.index + m[0].length;
  }
  parts.push({ start: r.start + pos, end: r.end, type: r.type });
  // Only a real list: every item is a capitalised name.
  const ok = parts.every((p) => UPPER.test(text.slice(p.start, p.end).trim()));
  return ok ? parts : [r];
}

// ---------------------------------------------------------------- canonical names

interface Mention extends Span {
  type: EntityType;
  words: string[]; // name words, titles stripped, case as written
  key: string; // lowercase words
}

/** The words of a name without leading titles and periods of initials kept. */
export function nameWords(name: string): string[] {
  const words = name.split(/\s+/).filter(Boolean);
  let k = 0;
  while (k < words.length - 1 && isTitleWord(words[k])) k++;
  return k ? words.slice(k) : words;
}

const isAllCaps = (w: string) => /\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w);
const titleCase = (w: string) => w.replace(/\p{L}+/gu, (p) => p[0] + p.slice(1).toLowerCase());

/** Case as the article writes it best: ALL-CAPS headline forms become Title Case. */
function displayForm(variants: readonly string[][], type: EntityType): string {
  const counts = new Map<string, number>();
  for (const v of variants) counts.set(v.join(' '), (counts.get(v.join(' ')) ?? 0) + 1);
  // Prefer a form that is not all caps; among those the most frequent (first on ties).
  let best = '';
  let bestScore = -1;
  for (const [form, n] of counts) {
    const caps = form.split(' ').every(isAllCaps);
    const score = n + (caps ? 0 : 1000);
    if (score > bestScore) (best = form), (bestScore = score);
  }
  const words = best.split(' ');
  if (!words.every(isAllCaps)) return words.map((w) => (isAllCaps(w) && w.length > 3 && type === 'person' ? titleCase(w) : w)).join(' ');
  // All caps everywhere: keep short acronyms (NATO, BBC), fix names (SIR KEIR STARMER, CHICAGO).
  if (words.length === 1 && words[0].replace(/\W/g, '').length <= 5 && type !== 'person') return best;
  return words.map((w) => (w.replace(/\W/g, '').length > 1 ? titleCase(w) : w)).join(' ');
}

const initials = (words: readonly string[]) =>
  words
    .filter((w) => UPPER.test(w))
    .map((w) => w[0])
    .join('')
    .toLowerCase();

/** Article-level canonical name for each mention: the fullest form of the same referent. */
export function canonicalNames(text: string, spans: readonly RawEntity[]): string[] {
  const ms: Mention[] = spans.map((s) => {
    const words = nameWords(text.slice(s.start, s.end));
    let key = words.join(' ').toLowerCase();
    if (key.includes('.')) key = key.replace(/\./g, '');
    return { start: s.start, end: s.end, type: s.type, words, key };
  });
  // Each distinct key points at a head key; heads are the longest forms.
  const byKey = new Map<string, Mention[]>();
  for (const m of ms) byKey.get(m.key)?.push(m) ?? byKey.set(m.key, [m]);
  const keys = [...byKey.keys()];
  const head = new Map<string, string>();
  for (const k of keys) head.set(k, k);
  const personKeys = keys.filter((k) => byKey.get(k)!.some((m) => m.type === 'person'));
  // Multi-word person names indexed by each of their words, so containment checks stay few.
  const byWord = new Map<string, string[][]>();
  for (const k of personKeys) {
    if (!k.includes(' ')) continue;
    const ws = k.split(' ');
    for (const w of new Set(ws)) byWord.get(w)?.push(ws) ?? byWord.set(w, [ws]);
  }
  for (const k of personKeys) {
    const kw = k.split(' ');
    // Longer person names that contain this one word-wise ("Starmer" in "Keir Starmer").
    const containing = (byWord.get(kw[0]) ?? []).filter((hw) => hw.length > kw.length && containsWords(hw, kw)).map((hw) => hw.join(' '));
    if (!containing.length) continue;
    const last = containing.filter((h) => h.endsWith(` ${kw[kw.length - 1]}`));
    const pool = last.length ? last : containing;
    head.set(k, pickHead(pool, byKey, byKey.get(k)![0].start));
  }
  // Acronyms of longer organisation/place names ("UN" for "United Nations").
  const longOrgs = keys.filter((k) => k.includes(' ') && byKey.get(k)!.some((m) => m.type !== 'person'));
  for (const k of keys) {
    if (k.includes(' ') || k.length < 2 || !byKey.get(k)!.every((m) => isAllCaps(text.slice(m.start, m.end)))) continue;
    const hit = longOrgs.filter((h) => initials(byKey.get(h)![0].words) === k);
    if (hit.length === 1) head.set(k, hit[0]);
  }
  const resolve = (k: string) => {
    for (let i = 0; i < 5 && head.get(k) !== k; i++) k = head.get(k)!;
    return k;
  };
  const display = new Map<string, string>();
  return ms.map((m) => {
    const h = resolve(m.key);
    let d = display.get(h);
    if (d === undefined) {
      const hm = byKey.get(h)!;
      d = displayForm(
        hm.map((x) => x.words),
        hm[0].type,
      );
      display.set(h, d);
    }
    return d;
  });
}

/** Among candidate heads, the one mentioned most recently before `pos` (else the most mentioned). */
function pickHead(pool: string[], byKey: Map<string, Mention[]>, pos: number): string {
  let best = pool[0];
  let bestPos = -1;
  for (const h of pool) {
    for (const m of byKey.get(h)!) if (m.start < pos && m.start > bestPos) (best = h), (bestPos = m.start);
  }
  if (bestPos >= 0) return best;
  return pool.reduce((a, b) => (byKey.get(b)!.length > byKey.get(a)!.length ? b : a));
}

function containsWords(a: readonly string[], b: readonly string[]): boolean {
  for (let i = 0; i + b.length <= a.length; i++) if (b.every((w, j) => a[i + j] === w)) return true;
  return false;
}
