// Which way a relative expression points ("was sworn in on Monday" vs "will be sworn in on
// Monday"): the tense of the nearest verb cue in the same sentence decides.
import type { Direction } from './spec';
import { isAbbreviation } from '../../text/abbreviations';
import { partitionPoint } from '../../text/search';

const FUTURE = new Set([
  'will',
  "'ll",
  'shall',
  'going',
  'planning',
  'scheduled',
  'expected',
  'expects',
  'due',
  'set',
  'upcoming',
  'next',
  'would',
  'must',
  'should',
  'might',
  'can',
  'may',
  'plan',
  'plans',
  'planned',
  'hopes',
  'intends',
  'aims',
  'wants',
  'soon',
  'payable',
  'effective',
]);
// These look forward only when an infinitive follows ("plans to", "set to").
const NEED_TO = new Set(['expected', 'set', 'due', 'plan', 'plans', 'planned', 'hopes', 'intends', 'aims', 'wants', 'expects']);
// "was/were" followed by these looks forward ("were planning to", "was due to").
const FORWARD_AFTER_BE = new Set(['planning', 'going', 'due', 'scheduled', 'set', 'expected', 'to', 'supposed']);
// Present forms: an event dated with a present-tense verb in news is a scheduled one. A weak
// cue, like "until" and "expires": any past or future cue in the clause outweighs it
// ("Until Thursday, they had not called him a suspect").
const PRESENT = new Set([
  'is',
  'are',
  'am',
  'begins',
  'starts',
  'opens',
  'ends',
  'takes',
  'meets',
  'holds',
  'visits',
  'arrives',
  'leaves',
  'resumes',
  'returns',
  'closes',
  'faces',
  'goes',
  'comes',
  'expires',
  'expire',
  'until',
  'meet',
  'begin',
  'start',
  'open',
  'hold',
  'visit',
  'arrive',
  'resume',
  'convene',
  'convenes',
  'travel',
  'travels',
  'vote',
  'votes',
]);
// Irregular past forms that are also participles: after an auxiliary the auxiliary decides.
const PARTICIPLES = new Set([
  'held',
  'made',
  'set',
  'put',
  'cut',
  'hit',
  'led',
  'paid',
  'sold',
  'bought',
  'kept',
  'sent',
  'spent',
  'brought',
  'found',
  'left',
  'won',
  'lost',
  'read',
  'shot',
  'struck',
  'sought',
  'taught',
  'heard',
  'told',
  'said',
  'met',
  'got',
]);
const PAST = new Set([
  'was',
  'were',
  'had',
  'did',
  'said',
  'told',
  'met',
  'took',
  'made',
  'came',
  'went',
  'gave',
  'began',
  'saw',
  'found',
  'left',
  'won',
  'lost',
  'held',
  'sent',
  'spent',
  'led',
  'brought',
  'thought',
  'fell',
  'rose',
  'got',
  'became',
  'paid',
  'sold',
  'bought',
  'kept',
  'ran',
  'wrote',
  'spoke',
  'struck',
  'shot',
  'hit',
  'put',
  'cut',
  'set',
  'quit',
  'fled',
  'flew',
  'drove',
  'stood',
  'sat',
  'broke',
  'chose',
  'felt',
  'heard',
  'knew',
  'meant',
  'read',
  'said',
  'sought',
  'taught',
  'threw',
  'tried',
  'ago',
  'last',
  'earlier',
  'yesterday',
  'has',
  'have',
  'been',
  'since',
  'already',
  'previously',
  'recently',
  'ended',
]);
// Before an "-ed" word these make it an adjective ("a still unspecified date"), not a verb.
const BEFORE_ADJECTIVE = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
  'our',
  'your',
  'my',
  'no',
  'some',
  'any',
  'each',
  'every',
  'more',
  'most',
  'less',
  'very',
  'so',
  'too',
  'still',
  'newly',
  'fully',
  'highly',
  'well',
  'long',
  'much',
  'ill',
]);
const AUX_BEFORE_PARTICIPLE = new Set(['be', 'is', 'are', 'am', 'being', 'been', 'was', 'were', 'will', 'to', 'has', 'have', 'had']);
const NOT_VERBS = new Set([
  'need',
  'feed',
  'speed',
  'seed',
  'bed',
  'red',
  'shed',
  'hundred',
  'indeed',
  'proceed',
  'exceed',
  'succeed',
  'united',
  'limited',
  'related',
  'based',
  'armed',
  'so-called',
  'embed',
  'bred',
  'breed',
  'greed',
  'weed',
  'deed',
  'creed',
  'wed',
  'led',
]);

const WORD = /[A-Za-z]+(?:['’.][A-Za-z]+)*\.?|[.!?;]|\n\s*\n/g;
const REACH = 18; // words each way

interface Tok {
  w: string;
  start: number;
  cue?: Direction | 'present' | 'stop' | null;
}

function tokens(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) out.push({ w: m[0], start: m.index });
  return out;
}

const endsSentence = (t: Tok) =>
  /^[!?;]$|^\n/.test(t.w) || t.w === '.' || (t.w.endsWith('.') && t.w.length > 1 && !isAbbreviation(t.w.slice(0, -1)));

/** The tense a single word signals at position i, or null; 'present' is a weak forward cue. */
function cueAt(toks: Tok[], i: number): Direction | 'present' | null {
  const raw = toks[i].w.replace(/\.$/, '');
  const w = raw.toLowerCase().replace(/’/g, "'");
  const prev = (toks[i - 1]?.w ?? '').toLowerCase();
  const prev2 = (toks[i - 2]?.w ?? '').toLowerCase();
  if (w === 'to' && /^(?:is|are|was|were|am)$/.test(prev)) return 'future';
  if (w.endsWith("'ll") || w === "won't") return 'future';
  const next = (toks[i + 1]?.w ?? '').toLowerCase();
  if (FUTURE.has(w)) {
    if (w === 'may' && raw === 'May') return null; // the month
    if (w === 'next' && next === 'to') return null; // "next to the embassy"
    if (NEED_TO.has(w) && next !== 'to' && next !== 'for') return w === 'expected' ? 'past' : null;
    // "had been due to expire Friday": a plan already overtaken.
    if (prev === 'been' && prev2 === 'had') return 'past';
    return 'future';
  }
  if ((w === 'was' || w === 'were') && FORWARD_AFTER_BE.has(next)) return 'future';
  // "has until Friday to respond".
  if ((w === 'has' || w === 'have') && next === 'until') return 'future';
  if (PRESENT.has(w))
    return next === 'to' || next === 'going' || next === 'due' || next === 'set' || next === 'scheduled' ? 'future' : 'present';
  // A participle after an auxiliary takes the auxiliary's tense, found on its own.
  const afterAux = AUX_BEFORE_PARTICIPLE.has(prev) || AUX_BEFORE_PARTICIPLE.has(prev2);
  // Irregular forms need the auxiliary right before, or before an adverb ("was still held"):
  // "the ambassador to Venezuela said" is a past verb.
  const nextToAux =
    AUX_BEFORE_PARTICIPLE.has(prev) ||
    (AUX_BEFORE_PARTICIPLE.has(prev2) && /ly$|^(?:not|still|also|already|just|never|now|then|being)$/.test(prev));
  if (PAST.has(w)) return PARTICIPLES.has(w) && nextToAux ? null : 'past';
  if (w.length > 4 && w.endsWith('ed') && !NOT_VERBS.has(w) && /^[a-z]/.test(raw)) {
    if (afterAux || BEFORE_ADJECTIVE.has(prev)) return null;
    return 'past';
  }
  return null;
}

/**
 * A tense reader for one text: it is tokenised once, on first use. `weak`: whether a present
 * tense alone points forward (true for a day; a month named in the present tense is as often
 * behind as ahead: "worth $1m in October, now worth half").
 */
export function tenseReader(text: string): (start: number, end: number, weak: boolean) => Direction | null {
  let toks: Tok[] | null = null;
  return (start, end, weak) => tenseAt(text, (toks ??= tokens(text, 0, text.length)), start, end, weak);
}

type Cue = Direction | 'present' | 'stop' | null;

/** The cue of token i, computed once per token (many dates may look at the same words). */
function cueOf(toks: Tok[], i: number): Cue {
  const t = toks[i];
  if (t.cue === undefined) t.cue = endsSentence(t) ? 'stop' : cueAt(toks, i);
  return t.cue;
}

/** First token index starting at or after pos. */
function firstAtOrAfter(toks: Tok[], pos: number): number {
  return partitionPoint(toks.length, (i) => toks[i].start < pos);
}

const lowerAt = (toks: Tok[], i: number) => (i >= 0 ? toks[i].w.toLowerCase() : '');

/** 'past', 'future' or null (no cue) for an expression at [start, end). */
function tenseAt(text: string, toks: Tok[], start: number, end: number, weak: boolean): Direction | null {
  const first = firstAtOrAfter(toks, start);
  const after = firstAtOrAfter(toks, end);
  // "as early as Tuesday", "as soon as Friday": ahead.
  if (lowerAt(toks, first - 1) === 'as' && /^(?:early|soon)$/.test(lowerAt(toks, first - 2)) && lowerAt(toks, first - 3) === 'as')
    return 'future';
  // "by May", "until Friday": a deadline ahead, unless the clause is in the past perfect ("had
  // filed by Friday", "Until Thursday, they had not called him").
  if (/^(?:by|until)$/.test(lowerAt(toks, first - 1))) return pluperfect(toks, first, after) ? 'past' : 'future';
  let forward = false;
  let leftOpen = true;
  // The expression's own last word may carry the full stop ("on Sunday."): nothing after it counts.
  let rightOpen = !endsAt(toks, first, after);
  // The nearest past or future cue wins; a weak cue only counts when there is none
  // (in news, "X is sworn in on Monday" is a scheduled event).
  for (let k = 1; k <= REACH && (leftOpen || rightOpen); k++) {
    const l = first - k;
    if (leftOpen && l >= 0) {
      const c = cueOf(toks, l);
      if (c === 'stop') leftOpen = false;
      else if (c === 'present') forward ||= weak;
      // A present verb's clause ends at its conjunction: "It came days before the leader is sworn in on Monday".
      else if (forward && CLAUSE_BREAK.test(toks[l].w)) leftOpen = false;
      else if (c === 'past' && REGULAR_PAST.test(toks[l].w) && modalGoverns(text, toks, l, first - REACH)) return 'future';
      else if (c) return c;
    }
    const r = after + k - 1;
    if (rightOpen && r < toks.length) {
      const c = cueOf(toks, r);
      if (c === 'stop') rightOpen = false;
      else if (c === 'present') forward ||= weak;
      else if (c) return c;
    }
  }
  return forward ? 'future' : null;
}

/** Whether the expression's tokens [first, after) end its sentence. */
const endsAt = (toks: Tok[], first: number, after: number) => after > first && cueOf(toks, after - 1) === 'stop';

/** Whether the clause around [first, after) has a "had" (past perfect) near it. */
function pluperfect(toks: Tok[], first: number, after: number): boolean {
  const near = 10;
  for (let l = first - 1; l >= 0 && first - l <= near && cueOf(toks, l) !== 'stop'; l--) if (lowerAt(toks, l) === 'had') return true;
  if (endsAt(toks, first, after)) return false;
  for (let r = after; r < toks.length && r - after < near && cueOf(toks, r) !== 'stop'; r++) if (lowerAt(toks, r) === 'had') return true;
  return false;
}

const REGULAR_PAST = /^[a-z]+ed$/;
const MODALS = /^(?:will|would|shall|won't|won’t|[a-z]+['’]ll)$/i;
// Words that open another clause, whose verb the modal does not govern.
const CLAUSE_BREAK = /^(?:and|but|or|who|which|that|while|after|before|when|because|as|since|if|said|says)$/i;

/**
 * Whether an "-ed" word at l sits inside a modal's verb phrase: "will convene talks aimed at
 * ending the fighting on Sunday" is future. True when a modal comes first, leftwards, before a
 * clause break (a comma, a conjunction, a sentence end, another tense cue).
 */
function modalGoverns(text: string, toks: Tok[], l: number, limit: number): boolean {
  for (let j = l - 1; j >= 0 && j >= limit; j--) {
    if (/[,;:(]/.test(text.slice(toks[j].start + toks[j].w.length, toks[j + 1].start))) return false;
    const w = toks[j].w;
    if (MODALS.test(w)) return true;
    if (CLAUSE_BREAK.test(w) || cueOf(toks, j) === 'stop' || cueOf(toks, j) === 'past') return false;
  }
  return false;
}
