// Names in an article: the bank of names seen outside quotes, and a phrase to its fullest form.
import type { EntityAnnotation, Span } from '../../types';
import type { QuoteStretch } from '../quotes/stretch';
import { isTitleWord } from '../../text/titles';
import { lastIndexBelow, partitionPoint } from '../../text/search';
import { DAY_RE, PRONOUN, STOP } from './lexicon';
import type { Attribution, Context, Name } from './model';

/** Verbs a title-case headline puts after its subject ("Mayor Says …", "Senator Slams …"); never part of a name. */
const HEADLINE_VERBS = new Set(
  (
    'says tells warns slams blasts urges claims vows admits denies insists accuses praises defends rips mocks responds explains ' +
    'quotes calls reveals speaks talks goes gets wins takes makes joins picks tweets leads receives hits shows wants sees gives ' +
    'asks loses backs faces seeks pushes hails touts lashes returns announces unveils endorses launches rejects condemns ' +
    'criticizes attacks dismisses compares jokes weighs questions challenges threatens promises pledges demands argues ' +
    'suggests predicts confirms shares releases drops reacts tries keeps brings turns meets visits writes sings laughs'
  ).split(' '),
);

/** A name the tagger read through a title-case headline's verb ("Ann Pike Says"): the words before the verb. */
export function withoutHeadlineVerb(name: string): string {
  const ws = name.split(' ');
  for (let k = 1; k < ws.length; k++)
    if (/^\p{Lu}/u.test(ws[k]) && HEADLINE_VERBS.has(ws[k].toLowerCase())) return ws.slice(0, k).join(' ');
  return name;
}

export function insideAny(p: number, quotes: readonly QuoteStretch[]): boolean {
  // Quotes are sorted: the last one starting at or before p.
  const hi = partitionPoint(quotes.length, (i) => quotes[i].start <= p) - 1;
  return hi >= 0 && p < quotes[hi].end;
}

/** The trailing run of capitalised words (with initials, connectors, parentheticals dropped). */
export function nameRun(words: readonly string[]): string[] | null {
  const ws = words.filter((w) => !/^\(.*\)?$|\)$/.test(w));
  let i = ws.length;
  while (i > 0 && (/^\p{Lu}/u.test(ws[i - 1]) || (/^(?:de|van|von|der|bin|al|da|di|la|le|del)$/.test(ws[i - 1]) && i < ws.length))) i--;
  let from = i;
  // "Pakistan’s Prime Minister Shehbaz Sharif": the name after the last possessive, not the country.
  for (let k = ws.length - 2; k >= i; k--)
    if (/[’']s?$/.test(ws[k])) {
      from = k + 1;
      break;
    }
  const run = ws.slice(from).map((w) => w.replace(/[’']s$/, ''));
  while (run.length > 1 && isTitleWord(run[0])) run.shift();
  while (run.length > 1 && STOP.has(run[0].toLowerCase())) run.shift();
  if (!run.length || !/^\p{Lu}/u.test(run[0])) return null;
  if (run.length === 1 && (STOP.has(run[0].toLowerCase()) || PRONOUN.test(run[0]) || isTitleWord(run[0]) || DAY_RE.test(run[0])))
    return null;
  return run;
}

/** A capitalised name to the article's fullest form of it (entities first, then names seen). */
export function named(ctx: Context, name: string, at: number, q: QuoteStretch): Attribution | null {
  let ws = name.split(/\s+/).filter(Boolean);
  while (ws.length > 1 && isTitleWord(ws[0])) ws = ws.slice(1);
  if (!ws.length) return null;
  const span = { start: at + name.lastIndexOf(ws[0]), end: at + name.length };
  // An entity the tagger found there.
  const ent = entityAt(ctx.entities, span);
  if (ent) return { speaker: ent.canonical, span };
  const clean = ws.join(' ').replace(/[.,]$/, '');
  return { speaker: fullestName(ctx, clean, q.open) ?? normaliseCase(clean), span };
}

/** A person or organisation entity overlapping the span (entities are sorted by start). */
export function entityAt(entities: readonly EntityAnnotation[], span: Span): EntityAnnotation | null {
  const lo = partitionPoint(entities.length, (i) => entities[i].end <= span.start);
  // A person first: in "Pakistan’s Prime Minister Shehbaz Sharif" the speaker is the person.
  let other: EntityAnnotation | null = null;
  for (let i = lo; i < entities.length && entities[i].start < span.end; i++) {
    const e = entities[i];
    if (e.end <= span.start || e.type === 'place') continue;
    if (e.type === 'person') return e;
    other ??= e;
  }
  return other;
}

export function normaliseCase(name: string): string {
  if (!/\p{Lu}{4}/u.test(name)) return name;
  return name
    .split(' ')
    .map((w) => (w.length > 3 && !/\p{Ll}/u.test(w) ? w[0] + w.slice(1).toLowerCase() : w))
    .join(' ');
}

/** Last element of sorted `xs` below `pos`, or -1. */
export function lastBefore(xs: readonly number[], pos: number): number {
  const i = lastIndexBelow(xs, pos);
  return i >= 0 ? xs[i] : -1;
}

/** The longest name in the article that ends with (else starts with) the given one, nearest first. */
export function fullestName(ctx: Context, name: string, pos: number): string | null {
  const ws = name.toLowerCase().split(' ');
  for (const last of [true, false]) {
    const pool = (last ? ctx.byLast : ctx.byFirst).get(last ? ws[ws.length - 1] : ws[0]) ?? [];
    let best: Name | null = null;
    let bestPos = -2;
    for (const n of pool) {
      if (n.words.length <= ws.length) continue;
      const off = last ? n.words.length - ws.length : 0;
      if (!ws.every((w, j) => n.words[off + j] === w)) continue;
      // The most mentioned fits best ("Pike" is Ann, not her brother Tom); then the nearest before.
      const p = lastBefore(n.positions, pos);
      const better = !best || n.positions.length > best.positions.length || (n.positions.length === best.positions.length && p > bestPos);
      if (better) {
        best = n;
        bestPos = p;
      }
    }
    if (best) return best.full;
  }
  return null;
}

/** Names the article uses: person entities, then runs of two or more capitalised words outside quotes. */
export function nameBank(ctx: Context): void {
  const byFull = new Map<string, Name>();
  const add = (full: string, pos: number) => {
    let n = byFull.get(full);
    if (!n) {
      n = { full, words: full.toLowerCase().split(/\s+/), positions: [] };
      byFull.set(full, n);
    }
    n.positions.push(pos);
    ctx.bankPos.push(pos);
    ctx.bankAt.set(pos, full);
  };
  const found: { full: string; pos: number }[] = [];
  for (const e of ctx.entities) {
    if (e.type === 'person' && !insideAny(e.start, ctx.quotes)) {
      found.push({ full: e.canonical, pos: e.start });
      ctx.personNames.add(e.canonical);
    }
  }
  const re = /\p{Lu}[\p{L}'’-]*\.?(?:[ \t]+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*))+/gu;
  for (let m; (m = re.exec(ctx.text)); ) {
    if (insideAny(m.index, ctx.quotes)) continue;
    // The words with where each starts: the name kept is a slice of them, its position that of its first word.
    const at: number[] = [];
    const ws: string[] = [];
    for (const t of m[0].matchAll(/\S+/g)) {
      at.push(t.index);
      ws.push(t[0].replace(/['’]s$/, ''));
    }
    let a = 0;
    let b = ws.length;
    while (b - a > 1 && (isTitleWord(ws[a]) || STOP.has(ws[a].toLowerCase()))) a++;
    // A headline in title case: the name ends at its verb ("Ann Pike Says …"); a day is no part of it.
    for (let k = a + 1; k < b; k++)
      if (HEADLINE_VERBS.has(ws[k].toLowerCase())) {
        b = k;
        break;
      }
    while (b - a > 1 && DAY_RE.test(ws[b - 1])) b--;
    // "Given Hale’s record", "During Tuesday’s debate": a sentence's first word the article
    // also writes in lower case is a common word, not part of a name.
    if (b - a > 1 && a === 0 && opensSentenceAt(ctx.text, m.index) && writesInLowerCase(ctx.text, ws[0])) a++;
    if (b - a < 2) continue;
    if (entityAt(ctx.entities, { start: m.index, end: m.index + m[0].length })) continue;
    found.push({ full: normaliseCase(ws.slice(a, b).join(' ')), pos: m.index + at[a] });
  }
  found.sort((a, b) => a.pos - b.pos);
  for (const f of found) add(f.full, f.pos);
  for (const n of byFull.values()) {
    const l = n.words[n.words.length - 1];
    const f = n.words[0];
    ctx.byLast.get(l)?.push(n) ?? ctx.byLast.set(l, [n]);
    ctx.byFirst.get(f)?.push(n) ?? ctx.byFirst.set(f, [n]);
    ctx.namePositions.set(n.full, n.positions);
  }
}

/** True when `pos` starts a paragraph or follows a sentence's end mark. */
function opensSentenceAt(text: string, pos: number): boolean {
  const before = text.slice(Math.max(0, pos - 3), pos);
  return pos === 0 || /(?:\n|[.!?]["”’]?\s)\s*$/.test(before) || /\n\s*$/.test(before);
}

const LETTER = /[\p{L}'’-]/u;

/** True when the text has the word in lower case as a whole word (a native search: cheap on any text). */
function writesInLowerCase(text: string, word: string): boolean {
  const w = word.toLowerCase();
  if (w === word) return false;
  for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1))
    if (!LETTER.test(text[i - 1] ?? ' ') && !LETTER.test(text[i + w.length] ?? ' ')) return true;
  return false;
}

/** The last word of a name, lower case: the key a person keeps through "Ms Lowe", "Ann Lowe", "Lowe". */
export function surname(name: string): string {
  const ws = name.trim().split(/\s+/);
  return (ws[ws.length - 1] ?? '').replace(/['’]s$/, '').toLowerCase();
}

const HONORIFIC = /(?<![\p{L}])(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady)\.?\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,2}(\p{Lu}[\p{L}'’-]+)/gu;

/** Surname -> sex, from the honorifics the article gives ("Mr Gale", "Ms Varga"); a surname given both is left out. */
export function gendersByHonorific(text: string): Map<string, 'f' | 'm'> {
  const out = new Map<string, 'f' | 'm'>();
  const mixed = new Set<string>();
  HONORIFIC.lastIndex = 0;
  for (let m; (m = HONORIFIC.exec(text)); ) {
    const g = /^(?:Mr|Sir|Lord)$/.test(m[1]) ? 'm' : 'f';
    const k = surname(m[2]);
    if (out.has(k) && out.get(k) !== g) mixed.add(k);
    out.set(k, g);
  }
  for (const k of mixed) out.delete(k);
  return out;
}
