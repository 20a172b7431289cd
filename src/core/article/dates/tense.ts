// Which way a relative expression points ("was sworn in on Monday" vs "will be sworn in on
// Monday"): the tense of the nearest verb cue in the same sentence decides.
import type { Direction } from './spec';
import { isAbbreviation } from '../../text/abbreviations';
import { partitionPoint } from '../../text/search';

const FUTURE = new Set(['will', "'ll", 'shall', 'going', 'planning', 'scheduled', 'expected', 'expects', 'due', 'set', 'upcoming', 'next', 'would', 'must', 'should', 'might', 'can', 'may', 'until', 'plan', 'plans', 'planned', 'hopes', 'intends', 'aims', 'wants', 'soon', 'payable', 'effective', 'expire', 'expires']);
// These look forward only when an infinitive follows ("plans to", "set to").
const NEED_TO = new Set(['expected', 'set', 'due', 'plan', 'plans', 'planned', 'hopes', 'intends', 'aims', 'wants', 'expects']);
// "was/were" followed by these looks forward ("were planning to", "was due to").
const FORWARD_AFTER_BE = new Set(['planning', 'going', 'due', 'scheduled', 'set', 'expected', 'to', 'supposed']);
// Present forms: an event dated with a present-tense verb in news is a scheduled one.
const PRESENT = new Set(['is', 'are', 'am', 'begins', 'starts', 'opens', 'ends', 'takes', 'meets', 'holds', 'visits', 'arrives', 'leaves', 'resumes', 'returns', 'closes', 'faces', 'goes', 'comes', 'expires']);
const PAST = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'met', 'took', 'made', 'came', 'went', 'gave', 'began', 'saw', 'found',
  'left', 'won', 'lost', 'held', 'sent', 'spent', 'led', 'brought', 'thought', 'fell', 'rose', 'got', 'became', 'paid',
  'sold', 'bought', 'kept', 'ran', 'wrote', 'spoke', 'struck', 'shot', 'hit', 'put', 'cut', 'set', 'quit', 'fled', 'flew',
  'drove', 'stood', 'sat', 'broke', 'chose', 'felt', 'heard', 'knew', 'meant', 'read', 'said', 'sought', 'taught', 'threw',
  'tried', 'ago', 'last', 'earlier', 'yesterday', 'has', 'have', 'been', 'since', 'already', 'previously', 'recently', 'ended',
]);
const AUX_BEFORE_PARTICIPLE = new Set(['be', 'is', 'are', 'am', 'being', 'been', 'was', 'were', 'will', 'to', 'has', 'have', 'had']);
const NOT_VERBS = new Set(['need', 'feed', 'speed', 'seed', 'bed', 'red', 'shed', 'hundred', 'indeed', 'proceed', 'exceed', 'succeed', 'united', 'limited', 'related', 'based', 'armed', 'so-called', 'embed', 'bred', 'breed', 'greed', 'weed', 'deed', 'creed', 'wed', 'led']);

const WORD = /[A-Za-z]+(?:['’.][A-Za-z]+)*\.?|[.!?;]|\n\s*\n/g;
const REACH = 14; // words each way

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

const endsSentence = (t: Tok) => /^[!?;]$|^\n/.test(t.w) || (t.w === '.') || (t.w.endsWith('.') && t.w.length > 1 && !isAbbreviation(t.w.slice(0, -1)));

/** The tense a single word signals at position i, or null. */
function cueAt(toks: Tok[], i: number): Direction | 'present' | null {
  const raw = toks[i].w.replace(/\.$/, '');
  const w = raw.toLowerCase().replace(/’/g, "'");
  if (w === 'to' && /^(?:is|are|was|were|am)$/i.test(toks[i - 1]?.w ?? '')) return 'future';
  if (w.endsWith("'ll") || w === "won't") return 'future';
  const next = (toks[i + 1]?.w ?? '').toLowerCase();
  if (FUTURE.has(w)) {
    if (w === 'may' && raw === 'May') return null; // the month
    if (w === 'next' && next === 'to') return null; // "next to the embassy"
    if (NEED_TO.has(w) && next !== 'to' && next !== 'for') return w === 'expected' ? 'past' : null;
    return 'future';
  }
  if ((w === 'was' || w === 'were') && FORWARD_AFTER_BE.has(next)) return 'future';
  if (PRESENT.has(w)) return next === 'to' || next === 'going' || next === 'due' || next === 'set' || next === 'scheduled' ? 'future' : 'present';
  if (PAST.has(w)) return 'past';
  if (w.length > 4 && w.endsWith('ed') && !NOT_VERBS.has(w) && /^[a-z]/.test(raw)) {
    // A participle after an auxiliary takes the auxiliary's tense, found on its own.
    const prev = (toks[i - 1]?.w ?? '').toLowerCase();
    const prev2 = (toks[i - 2]?.w ?? '').toLowerCase();
    if (AUX_BEFORE_PARTICIPLE.has(prev) || AUX_BEFORE_PARTICIPLE.has(prev2)) return null;
    return 'past';
  }
  return null;
}

/** A tense reader for one text: it is tokenised once, on first use. */
export function tenseReader(text: string): (start: number, end: number) => Direction | null {
  let toks: Tok[] | null = null;
  return (start, end) => tenseAt((toks ??= tokens(text, 0, text.length)), start, end);
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

/** 'past', 'future' or null (no cue) for an expression at [start, end). */
function tenseAt(toks: Tok[], start: number, end: number): Direction | null {
  const first = firstAtOrAfter(toks, start);
  const after = firstAtOrAfter(toks, end);
  // "by May", "by Friday": a deadline ahead.
  if (first > 0 && /^by$/i.test(toks[first - 1].w)) return 'future';
  let leftOpen = true;
  let rightOpen = true;
  let present = false;
  // The nearest past or future cue wins; a present-tense verb only counts when there is none
  // (in news, "X is sworn in on Monday" is a scheduled event).
  for (let k = 1; k <= REACH && (leftOpen || rightOpen); k++) {
    const l = first - k;
    if (leftOpen && l >= 0) {
      const c = cueOf(toks, l);
      if (c === 'stop') leftOpen = false;
      else if (c === 'present') present = true;
      else if (c) return c;
    }
    const r = after + k - 1;
    if (rightOpen && r < toks.length) {
      const c = cueOf(toks, r);
      if (c === 'stop') rightOpen = false;
      else if (c === 'present') present = true;
      else if (c) return c;
    }
  }
  return present ? 'future' : null;
}
