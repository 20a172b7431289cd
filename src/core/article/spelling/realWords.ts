// Real-word slips: a correctly spelt word where another was meant ("negotiate and end to",
// "“keep calm” can carry on", "Russian has not yet commented"). No dictionary catches them and
// no other article shows them, so each rule is a narrow pattern that is almost never right
// English. Measured on edited news (npm run eval:realwords) to stay under one false alarm
// per 10,000 words; a rule that cannot be that precise does not belong here.
import type { WordToken } from './tokens';
import { COUNTRY_OF_DEMONYM } from '../../text/demonyms';

export interface RealWordSlip {
  start: number;
  end: number;
  suggestions: string[];
}

/** A text's tokens with their words in lower case, computed once. */
interface Words {
  text: string;
  toks: readonly WordToken[];
  low: string[];
}

/** Only blanks and quote marks (no line end) between tokens i-1 and i. */
function tight(c: Words, i: number): boolean {
  const gap = c.text.slice(c.toks[i - 1].end, c.toks[i].start);
  return /^[ \t"“”‘’']*$/.test(gap);
}

/** Tokens i..i+n-1 in lower case when only blanks and quote marks separate them, else null. */
function run(c: Words, i: number, n: number): string[] | null {
  if (i < 0 || i + n > c.toks.length) return null;
  for (let k = 1; k < n; k++) if (!tight(c, i + k)) return null;
  return c.low.slice(i, i + n);
}

/** Whether only blanks separate token i from the one before (no comma, no sentence end). */
const joinedToPrev = (c: Words, i: number) => i > 0 && /^[ \t]+$/.test(c.text.slice(c.toks[i - 1].end, c.toks[i].start));

// Fixed "X and Y" phrases. A word that is a slip of "and" in their middle is flagged.
const BINOMIALS = [
  'keep calm|carry on',
  'law|order',
  'pros|cons',
  'trial|error',
  'back|forth',
  'safe|sound',
  'first|foremost',
  'by|large',
  'wear|tear',
  'loud|clear',
  'bread|butter',
  'odds|ends',
  'rock|roll',
  'up|running',
  'touch|go',
  'hit|miss',
  'cat|mouse',
  'checks|balances',
  'supply|demand',
  'peace|quiet',
  'heart|soul',
  'null|void',
  'give|take',
  'once|for all',
].map((p) => p.split('|').map((side) => side.split(' ')));
// Real words one or two keystrokes from "and".
const AND_SLIPS = new Set(['an', 'can', 'any', 'add', 'end', 'ant']);

function binomialSlip(c: Words, i: number): RealWordSlip | null {
  if (!AND_SLIPS.has(c.low[i])) return null;
  for (const [left, right] of BINOMIALS) {
    if (c.low[i - 1] !== left[left.length - 1] || c.low[i + 1] !== right[0]) continue;
    const l = run(c, i - left.length, left.length + 1 + right.length);
    if (l && left.every((w, k) => l[k] === w) && right.every((w, k) => l[left.length + 1 + k] === w)) return slip(c, i, ['and']);
  }
  return null;
}

// "and" for "an" before the nouns of fixed "an X of/to" phrases: "put and end to", "and example of".
const AN_PHRASES: Record<string, string> = {
  end: 'to',
  example: 'of',
  estimated: '#',
  average: 'of',
  array: 'of',
  influx: 'of',
  outbreak: 'of',
  overview: 'of',
  upsurge: 'in',
};

function anPhraseSlip(c: Words, i: number): RealWordSlip | null {
  if (c.low[i] !== 'and') return null;
  const want = AN_PHRASES[c.low[i + 1]];
  if (!want || !run(c, i, 2)) return null;
  if (want === '#' ? !/^\s+\d/.test(c.text.slice(c.toks[i + 1].end, c.toks[i + 1].end + 3)) : c.low[i + 2] !== want || !tight(c, i + 2))
    return null;
  // "to begin and end to schedule": a verb pair.
  if (c.low[i + 1] === 'end' && /^(?:begin|began|start|started|starts|open|opens|opened)$/.test(c.low[i - 1] ?? '')) return null;
  return slip(c, i, ['an']);
}

// What a country does and a language or a person-noun without an article does not.
const STATE_VERBS = new Set([
  'said',
  'says',
  'denied',
  'denies',
  'announced',
  'accused',
  'claimed',
  'claims',
  'launched',
  'responded',
  'rejected',
  'rejects',
  'warned',
  'warns',
  'insisted',
  'insists',
  'vowed',
  'refused',
  'refuses',
  'agreed',
  'signed',
  'blamed',
  'blames',
  'demanded',
  'threatened',
  'threatens',
  'invaded',
  'retaliated',
  'condemned',
  'condemns',
  'declined',
  'confirmed',
  'recalled',
  'expelled',
]);
const AUX = new Set(['has', 'have', 'had', 'will', 'would', 'did', 'does', 'is', 'was']);
const AUX_THEN = /^(?:not|yet|also|already|repeatedly|previously|since|now|so|never)$/;
const CLAUSE_OPENERS = /^(?:and|but|while|whereas|as|that|because|though|although)$/;

function demonymSlip(c: Words, i: number, names: () => ReadonlySet<string>): RealWordSlip | null {
  const country = COUNTRY_OF_DEMONYM.get(c.toks[i].word);
  if (!country) return null;
  const w = run(c, i, 3);
  if (!w) return null;
  const verb =
    STATE_VERBS.has(w[1]) || (AUX.has(w[1]) && (STATE_VERBS.has(w[2]) || (AUX_THEN.test(w[2]) && w[1] !== 'is' && w[1] !== 'was')));
  if (!verb) return null;
  // As a subject only: "The Russian has" is a person, "Russian officials said" an adjective.
  const before = i > 0 ? c.text.slice(c.toks[i - 1].end, c.toks[i].start) : '';
  const opensClause = i === 0 || /[.;:!?,]\s*$|\n\s*$/.test(before) || (joinedToPrev(c, i) && CLAUSE_OPENERS.test(c.low[i - 1]));
  // A surname of the article ("Mark Cuban said") is no slip.
  if (!opensClause || names().has(c.toks[i].word)) return null;
  return slip(c, i, [country]);
}

// Doubled short words ("the the"): "had had" and "that that" are English, these never are
// (particles are left out: "did Romney in in 2012", "counting on on Nov. 8").
const NEVER_DOUBLED = new Set([
  'the',
  'a',
  'an',
  'to',
  'of',
  'for',
  'with',
  'at',
  'from',
  'and',
  'or',
  'are',
  'was',
  'were',
  'its',
  'their',
  'his',
  'our',
  'be',
]);

function doubledSlip(c: Words, i: number): RealWordSlip | null {
  if (i === 0 || c.low[i] !== c.low[i - 1] || !NEVER_DOUBLED.has(c.low[i])) return null;
  if (!/^ +$/.test(c.text.slice(c.toks[i - 1].end, c.toks[i].start))) return null;
  // "at AT&T": an acronym after the word.
  if (/^\p{Lu}{2,}$/u.test(c.toks[i].word) !== /^\p{Lu}{2,}$/u.test(c.toks[i - 1].word)) return null;
  const first = c.text.slice(c.toks[i - 1].start, c.toks[i - 1].end);
  return { start: c.toks[i - 1].start, end: c.toks[i].end, suggestions: [first] };
}

// Fixed pairs: the first word of the pair written for another ("could of", "their is", "more then expected").
const MODALS = new Set(['could', 'would', 'should', 'must', 'might']);
const COMPARATIVES =
  /^(?:more|less|fewer|rather|other|greater|higher|lower|larger|smaller|bigger|better|worse|faster|slower|longer|shorter|older|younger|earlier|later|stronger|weaker)$/;
const THAN_NEXT =
  /^(?:the|a|an|expected|forecast|predicted|anticipated|usual|ever|before|any|anyone|anything|those|that|half|double|twice|\d.*)$/;

function pairSlip(c: Words, i: number): RealWordSlip | null {
  const a = c.low[i];
  const b = c.low[i + 1];
  if (b === undefined) return null;
  const n = c.low[i + 2] ?? '';
  if (MODALS.has(a) && b === 'of' && n !== 'course' && tight(c, i + 1)) return slip(c, i + 1, ['have']);
  if (a === 'their' && /^(?:is|are|was|were)$/.test(b) && joinedToPrev(c, i + 1)) return slip(c, i, ['there']);
  if (a === 'there' && b === 'own' && tight(c, i + 1)) return slip(c, i, ['their']);
  if (a === 'it' && b === 'own' && /^it['’]s$/i.test(c.text.slice(c.toks[i].start, c.toks[i].end)) && tight(c, i + 1))
    return slip(c, i, ['its']);
  if (b === 'then' && COMPARATIVES.test(a) && THAN_NEXT.test(n) && joinedToPrev(c, i + 1) && joinedToPrev(c, i + 2))
    return slip(c, i + 1, ['than']);
  return null;
}

// "an" before a consonant ("an new plan"): a slip of "a" or "and". Not before "h" ("an historic",
// "an honour"), a capital ("an MP") or in a compound ("an x-ray", "an f-word").
function articleSlip(c: Words, i: number): RealWordSlip | null {
  if (c.low[i] !== 'an' || c.toks[i].word !== 'an') return null;
  const next = c.toks[i + 1];
  if (!next || !/^[bcdfgjklmnpqrstvwxyz][a-z]+$/.test(next.word) || !joinedToPrev(c, i + 1) || next.hyphenAfter) return null;
  return slip(c, i, ['a', 'and']);
}

/** A slip at token k; a capitalised slip gets a capitalised suggestion ("Their is" → "There"). */
function slip(c: Words, k: number, suggestions: string[]): RealWordSlip {
  const cap = /^\p{Lu}/u.test(c.toks[k].word);
  return { start: c.toks[k].start, end: c.toks[k].end, suggestions: suggestions.map((x) => (cap ? x[0].toUpperCase() + x.slice(1) : x)) };
}

/** Words of the article's person names ("Cuban" of "Mark Cuban"): a demonym among them is a surname. */
function personWords(text: string, persons: readonly { start: number; end: number }[]): Set<string> {
  const out = new Set<string>();
  for (const p of persons) for (const w of text.slice(p.start, p.end).match(/\p{L}+/gu) ?? []) out.add(w);
  // Without a tagger's help: a demonym after a capitalised given name ("Mark Cuban", "Dawn French").
  for (const m of text.matchAll(
    /\b(?!(?:The|A|An|In|On|At|And|But|For|Of|To|By|With|From|Pro|Anti|Ex|North|South|East|West|Northern|Southern|Eastern|Western|Central|New|Old|Great|Former)\b)\p{Lu}\p{Ll}+ (?=(\p{Lu}\p{Ll}+)\b)/gu,
  )) {
    if (COUNTRY_OF_DEMONYM.has(m[1]) && m.index > 0 && !/[.!?]\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index))) out.add(m[1]);
  }
  return out;
}

/**
 * The real-word slips of a text, in text order, at most one per word. `persons`: the article's
 * person names, whose words are never slips.
 */
export function findRealWordSlips(
  text: string,
  toks: readonly WordToken[],
  persons: readonly { start: number; end: number }[] = [],
): RealWordSlip[] {
  // Tokens hold words without a possessive "'s": "it's" reads as "it" here.
  const c: Words = { text, toks, low: toks.map((t) => t.word.toLowerCase()) };
  let names: Set<string> | undefined;
  const getNames = () => (names ??= personWords(text, persons));
  const out: RealWordSlip[] = [];
  let after = 0;
  for (let i = 0; i < toks.length; i++) {
    const s =
      binomialSlip(c, i) ?? anPhraseSlip(c, i) ?? demonymSlip(c, i, getNames) ?? pairSlip(c, i) ?? articleSlip(c, i) ?? doubledSlip(c, i);
    if (s && s.start >= after) {
      out.push(s);
      after = s.end;
    }
  }
  return out;
}
