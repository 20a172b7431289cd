// A small learned ranker over candidate speakers. The cue rules give one answer; the ranker weighs
// it against every name mentioned around the quote (its paragraph and the one before) by features
// of the cue, the distance, the grammatical position and the mention type. Weights are trained on
// polnear-train by scripts/train-speakers.ts (deterministic) and shipped in rankerWeights.ts.
import type { EntityAnnotation, Span } from '../../types';
import { partitionPoint } from '../../text/search';
import { endsSentenceAt, sentenceStart } from '../../text/sentences';
import type { QuoteStretch } from '../quotes/stretch';
import { IRREGULAR_PAST, VERBS } from './lexicon';
import type { Attribution, Context } from './model';
import { insideAny } from './names';
import { opensSentence } from './resolve';
import { leaderOf } from './roles';

/** A name that might have said the quote, with the features the ranker scores. */
export interface Candidate {
  speaker: string;
  span?: Span;
  features: string[];
}

interface Mention {
  start: number;
  end: number;
  name: string;
  type: 'person' | 'organization' | 'name' | 'role' | 'pronoun' | 'description';
}

const VERB_AFTER = new RegExp(
  `^[\\s,]*(?:\\([^)]{0,30}\\)\\s*)?(?:(?:also|later|then|has|had|have|once|again|\\p{Ll}+ly|on\\s+\\p{Lu}\\p{Ll}+|,)\\s*){0,3}(?:${VERBS})(?![\\p{L}])`,
  'iu',
);
const VERB_AFTER_APPOSITIVE = new RegExp(
  `^\\s*,[^“”"\\n]{1,140}?,\\s*(?:(?:also|later|then|\\p{Ll}+ly)\\s+)?(?:${VERBS})(?![\\p{L}])`,
  'iu',
);
const VERB_BEFORE = new RegExp(`(?<![\\p{L}])(?:${VERBS}|according to)[\\s,]*(?:\\p{Lu}\\p{L}*\\.?\\s+)?$`, 'iu');
const PREPOSITION_BEFORE =
  /(?<![\p{L}])(?:of|to|with|by|from|about|for|against|on|at|in|into|over|than|like|and|or|nor|between|toward|towards|behind|under|via)\s+(?:the\s+)?$/iu;
const lastCapital = (s: string): string | null => {
  const caps = s
    .split(/\s+/)
    .map((w) => w.replace(/['’]s$/i, '').replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((w) => /^\p{Lu}/u.test(w));
  return caps.length ? caps[caps.length - 1].toLowerCase() : null;
};
/** Same person: the last capitalised words agree ("Keir Starmer" = "Starmer"). */
export const sameSpeaker = (a: string, b: string): boolean => {
  const la = lastCapital(a);
  return la !== null && la === lastCapital(b);
};

/** Every name mentioned outside quotes in the article, in text order: persons, organisations, names, held roles. */
export function articleMentions(ctx: Context, entities: readonly EntityAnnotation[]): Mention[] {
  const out: Mention[] = [];
  for (const e of entities) {
    if (insideAny(e.start, ctx.quotes)) continue;
    // A country stands for its leader when the article names one ("Pakistan said").
    const leader = e.type !== 'person' ? leaderOf(ctx, e.canonical, e.start) : null;
    if (leader) out.push({ start: e.start, end: e.end, name: leader, type: 'role' });
    else if (e.type === 'person' || e.type === 'organization') out.push({ start: e.start, end: e.end, name: e.canonical, type: e.type });
  }
  const taken = new Set(out.map((m) => m.start));
  for (const p of ctx.bankPos) {
    const name = ctx.bankAt.get(p);
    if (name && !taken.has(p)) out.push({ start: p, end: p + name.length, name, type: 'name' });
  }
  for (const m of ctx.mentions) if (!taken.has(m.start)) out.push({ start: m.start, end: m.start + 3, name: m.name, type: 'role' });
  return out.sort((a, b) => a.start - b.start);
}

function bucket(n: number): string {
  return n <= 0 ? '0' : n <= 2 ? '1-2' : n <= 5 ? '3-5' : n <= 10 ? '6-10' : n <= 20 ? '11-20' : '21+';
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** How many words: runs of letters and digits (counted in place, no arrays: this runs for every candidate). */
function words(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const w = c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : WORD_CHAR.test(s[i]);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

const SENTENCE_MARK = /[.!?]\s/g;

function crossesSentence(text: string, from: number, to: number): boolean {
  SENTENCE_MARK.lastIndex = from;
  for (let m; (m = SENTENCE_MARK.exec(text)) && m.index < to; ) if (endsSentenceAt(text, m.index)) return true;
  return false;
}

/** Start of the non-empty paragraph before the one starting at `lineStart`, looking back at most `reach`. */
function previousParagraph(text: string, lineStart: number, reach: number): number {
  const floor = Math.max(0, lineStart - reach);
  let i = lineStart - 1;
  while (i >= floor && /\s/.test(text[i])) i--;
  while (i >= floor && text[i] !== '\n') i--;
  return Math.max(floor, i + 1);
}

/** "The judge said", "A spokeswoman for the firm told": a determiner phrase, then a verb. */
const DESCRIPTION_SUBJECT = new RegExp(
  `^\\s*(?:(?:But|And|So|Yet|However,|Meanwhile,)\\s+)?((?:The|A|An|Another|One|This|That|Their|His|Her|Its)\\s+(?:[\\p{L}-]+\\s+){0,3}?[\\p{Ll}-]+)(?<!\\s(?:of|also|and|or|the|to|in|for|on|at|with|by|from|who|that))(\\s+(?:\\p{Ll}+ly\\s+|also\\s+|has\\s+|had\\s+|have\\s+)?(?:${VERBS}|${IRREGULAR_PAST}|\\p{Ll}+(?:ed|s))(?![\\p{L}]))`,
  'u',
);

/** How far around a quote names are candidates (characters): bounded work on any text. */
const REACH_BEFORE = 1200;
const REACH_AFTER = 600;
/** Some verb right after the name: it is a clause's subject, speech verb or not ("Hale referred to"). */
const PREDICATE_AFTER =
  /^\s*(?:\([^)]{0,30}\)\s*)?(?:,[^,“”"\n]{1,80},\s*)?(?:\p{Ll}+ly\s+)?(?:(?:has|had|have|was|is|were|are|also|then|will|would|did|does|later|again)\s+)?\p{Ll}+(?:ed|s)(?![\p{L}])/u;
/** A verb right before the name: it is an object ("attacked Romney"). */
const VERB_OBJECT_BEFORE = /(?<![\p{L}])\p{Ll}{3,}(?:ed|s)\s+$/u;
const LISTENER_BEFORE =
  /(?<![\p{L}])(?:told|tells|telling|tell|asked|asks|asking|warned|warning|urged|urging|reminded|assured|informed|thanked|addressed|praised|accused|called on)\s+(?:the\s+)?$/iu;

/** The candidates for quote `k`: the rule's answer and the names around the quote, each with features. */
export function candidatesFor(
  ctx: Context,
  mentions: readonly Mention[],
  k: number,
  rule: Attribution,
  paragraphs = new Map<number, number>(),
): Candidate[] {
  const { text, quotes } = ctx;
  const q = quotes[k];
  // Quotes of one paragraph share the look back (many quotes in one long paragraph stay linear).
  let prevPara = paragraphs.get(q.lineStart);
  if (prevPara === undefined) paragraphs.set(q.lineStart, (prevPara = previousParagraph(text, q.lineStart, REACH_BEFORE)));
  const from = Math.max(prevPara, q.open - REACH_BEFORE);
  const qEnd = q.close >= 0 ? q.close + 1 : q.end;
  const to = Math.min(q.lineEnd, qEnd + REACH_AFTER);
  const ruleKind = !rule.speaker
    ? 'none'
    : rule.span && /^(?:he|she)$/i.test(text.slice(rule.span.start, rule.span.end))
      ? 'pronoun'
      : lastCapital(rule.speaker)
        ? 'name'
        : 'description';
  // Which cue found the rule's answer: some (", X said") are near certain, others (a sentence's subject) weak.
  const via = rule.speaker ? `${rule.via ?? 'other'}${rule.pronounBy ? `/${rule.pronounBy}` : ''}` : 'none';
  const byName = new Map<string, Candidate & { d: number }>();
  let nearBefore = 0;
  let nearAfter = 0;
  const inRange: Mention[] = [];
  for (let i = partitionPoint(mentions.length, (j) => mentions[j].start < from); i < mentions.length && mentions[i].start < to; i++) {
    const m = mentions[i];
    if (m.end <= q.open || m.start >= qEnd) inRange.push(m);
  }
  // A description opening the quote's sentence as its subject ("The judge ruled that …"): a speaker the text gives no name.
  const ss = sentenceStart(text, q.open, Math.max(q.lineStart, q.open - 400));
  const desc = DESCRIPTION_SUBJECT.exec(text.slice(ss, q.open));
  // Capitals inside are modifiers ("The Florida senator"); a headline in capitals is no description.
  if (desc && !/\p{Lu}{2}/u.test(desc[1])) {
    const at = ss + desc.index + desc[0].length - desc[1].length - desc[2].length;
    inRange.push({ start: at, end: at + desc[1].length, name: desc[1], type: 'description' });
    inRange.sort((a, b) => a.start - b.start);
  }
  // A pronoun the rules resolved ("She told Tom: “…”") is a mention of its referent right where it stands.
  if (
    ruleKind === 'pronoun' &&
    rule.span &&
    rule.speaker &&
    rule.span.start >= from &&
    rule.span.start < to &&
    (rule.span.end <= q.open || rule.span.start >= qEnd)
  ) {
    inRange.push({ start: rule.span.start, end: rule.span.end, name: rule.speaker, type: 'pronoun' });
    inRange.sort((a, b) => a.start - b.start);
  }
  // Nearest first on each side, so the rank features count outward from the quote.
  const before = inRange.filter((m) => m.end <= q.open).reverse();
  const after = inRange.filter((m) => m.start >= qEnd);
  for (const m of [...before, ...after]) {
    const side = m.end <= q.open ? 'B' : 'A';
    const gap = side === 'B' ? text.slice(m.end, q.open) : text.slice(qEnd, m.start);
    // Past ~300 characters the distance bucket is "21+" anyway.
    const d = words(side === 'B' ? gap.slice(-300) : gap.slice(0, 300));
    const key = m.name.toLowerCase();
    const rank = side === 'B' ? ++nearBefore : ++nearAfter;
    const old = byName.get(key);
    if (old && old.d <= d) {
      old.features.push('repeat');
      // A farther mention of the same name that speaks ("Hale said …, and Hale’s aide …").
      if (m.start >= q.lineStart && VERB_AFTER.test(text.slice(m.end, Math.min(text.length, m.end + 160))))
        old.features.push(`repeatSpeaks${side}`);
      continue;
    }
    const f: string[] = [`type=${m.type}`, `side=${side}`, `d${side}=${bucket(d)}`, `rank${side}=${rank > 3 ? '4+' : rank}`];
    if (m.start < q.lineStart) f.push('prevPara');
    const crosses = side === 'B' ? crossesSentence(text, m.end, q.open) : crossesSentence(text, qEnd, m.start);
    f.push(crosses ? `otherSentence${side}` : `sameSentence${side}`);
    const lo = Math.min(m.start, q.open);
    const hi = Math.max(m.end, qEnd);
    if (quoteOpensBetween(quotes, k, lo, hi)) f.push('quoteBetween');
    const tail = text.slice(m.end, Math.min(text.length, m.end + 160));
    const head = text.slice(Math.max(0, m.start - 40), m.start);
    const speechVerb = VERB_AFTER.test(tail);
    if (speechVerb) f.push(`verbAfter${side}`);
    else if (VERB_AFTER_APPOSITIVE.test(tail)) f.push(`verbAfterAppositive${side}`);
    const predicate = !speechVerb && PREDICATE_AFTER.test(tail);
    if (predicate) f.push(`predicateAfter${side}`);
    if (VERB_OBJECT_BEFORE.test(head) && !PREPOSITION_BEFORE.test(head)) f.push('objectOfVerb');
    if (side === 'B' && !crosses && (speechVerb || predicate) && opensSentence(text, m.start)) f.push('sentenceSubjectB');
    if (VERB_BEFORE.test(head)) f.push(`verbBefore${side}`);
    // "according to CNN" is a source, not a prepositional aside.
    if (/(?<![\p{L}])according\s+to\s+(?:the\s+)?$/iu.test(head)) f.push('according');
    else if (PREPOSITION_BEFORE.test(head)) f.push('preposition');
    // A long run of capitalised words is a headline or a title, rarely a speaker's name.
    if (m.type === 'name' && m.name.split(' ').length > 3) f.push('longName');
    if (LISTENER_BEFORE.test(head)) f.push('listener');
    if (/^['’]s?(?![\p{L}])/u.test(tail)) f.push('possessive');
    if (/^\s*:\s*$/.test(gap)) f.push('colonBefore');
    if (opensSentence(text, m.start)) f.push('opensSentence');
    const seen = ctx.namePositions.get(m.name)?.length ?? 1;
    f.push(`seen=${seen <= 1 ? '1' : seen <= 3 ? '2-3' : '4+'}`);
    if (rule.speaker && sameSpeaker(rule.speaker, m.name)) f.push('rule', `rule=${ruleKind}`, `ruleVia=${via}`);
    else f.push(`other=${ruleKind}`, `otherVia=${via}`);
    byName.set(key, { speaker: m.name, span: { start: m.start, end: m.end }, features: f, d });
  }
  const out: Candidate[] = [...byName.values()].map(({ speaker, span, features }) => ({ speaker, span, features }));
  // The rule's answer when no mention around the quote carries it (a description, a pronoun's referent).
  if (rule.speaker && !out.some((c) => c.features.includes('rule')))
    out.push({ speaker: rule.speaker, span: rule.span, features: ['ruleOnly', `ruleOnly=${ruleKind}`, `ruleOnlyVia=${via}`] });
  return out;
}

/** True when a quote other than `k` opens strictly between lo and hi (quotes sorted by position). */
function quoteOpensBetween(quotes: readonly QuoteStretch[], k: number, lo: number, hi: number): boolean {
  for (let j = partitionPoint(quotes.length, (i) => quotes[i].open <= lo); j < quotes.length && quotes[j].open < hi; j++)
    if (j !== k) return true;
  return false;
}

export type Weights = Readonly<Record<string, number>>;

export function score(c: Candidate, w: Weights): number {
  let s = 0;
  for (const f of c.features) s += w[f] ?? 0;
  return s;
}

/** The ranker's choice among the candidates: the best-scoring one, or the rule's answer when there are none. */
export function choose(cands: readonly Candidate[], rule: Attribution, w: Weights): Attribution {
  if (!('rule' in w)) return rule; // untrained
  let best: Candidate | null = null;
  let bestScore = -Infinity;
  for (const c of cands) {
    const s = score(c, w);
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  if (!best || bestScore < (w.threshold ?? -Infinity)) return rule;
  return best.span ? { speaker: best.speaker, span: best.span } : { speaker: best.speaker };
}
