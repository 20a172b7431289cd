// Real-word slips: a correctly spelt word where another was meant ("negotiate and end to",
// "“keep calm” can carry on", "Russian has not yet commented"). No dictionary catches them and
// no other article shows them, so each rule is a narrow pattern that is almost never right
// English. Measured on edited news (scripts/realword-alarms.mjs) to stay under one false alarm
// per 10,000 words; a rule that cannot be that precise does not belong here.
import type { WordToken } from './tokens';

export interface RealWordSlip {
  start: number;
  end: number;
  suggestions: string[];
}

/** Tokens i..i+n-1 as written, in lower case, when only blanks and quote marks separate them, else null. */
function run(text: string, toks: readonly WordToken[], i: number, n: number): string[] | null {
  if (i < 0 || i + n > toks.length) return null;
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    if (k > 0 && !/^[\s"“”‘’']*$/.test(text.slice(toks[i + k - 1].end, toks[i + k].start))) return null;
    if (k > 0 && text.slice(toks[i + k - 1].end, toks[i + k].start).includes('\n')) return null;
    out.push(text.slice(toks[i + k].start, toks[i + k].end).toLowerCase().replace(/’/g, "'"));
  }
  return out;
}

/** Whether only blanks separate token i from the one before (no comma, no sentence end). */
const joinedToPrev = (text: string, toks: readonly WordToken[], i: number) => i > 0 && /^[ \t]+$/.test(text.slice(toks[i - 1].end, toks[i].start));

// Fixed "X and Y" phrases. A word that is a slip of "and" in their middle is flagged.
const BINOMIALS = [
  'keep calm|carry on', 'law|order', 'pros|cons', 'trial|error', 'back|forth', 'safe|sound', 'first|foremost', 'by|large',
  'wear|tear', 'loud|clear', 'bread|butter', 'odds|ends', 'rock|roll', 'up|running', 'touch|go', 'hit|miss', 'cat|mouse',
  'checks|balances', 'supply|demand', 'peace|quiet', 'heart|soul', 'null|void', 'give|take', 'once|for all',
].map((p) => p.split('|').map((side) => side.split(' ')));
// Real words one or two keystrokes from "and".
const AND_SLIPS = new Set(['an', 'can', 'any', 'add', 'end', 'ant']);

function binomialSlip(text: string, toks: readonly WordToken[], i: number): RealWordSlip | null {
  if (!AND_SLIPS.has(toks[i].word.toLowerCase())) return null;
  for (const [left, right] of BINOMIALS) {
    const l = run(text, toks, i - left.length, left.length + 1 + right.length);
    if (!l) continue;
    if (left.every((w, k) => l[k] === w) && right.every((w, k) => l[left.length + 1 + k] === w)) {
      return { start: toks[i].start, end: toks[i].end, suggestions: ['and'] };
    }
  }
  return null;
}

// "and" for "an" before the nouns of fixed "an X of/to" phrases: "put and end to", "and example of".
const AN_PHRASES: Record<string, string> = { end: 'to', example: 'of', estimated: '\\d', average: 'of', array: 'of', influx: 'of', outbreak: 'of', overview: 'of', upsurge: 'in' };

function anPhraseSlip(text: string, toks: readonly WordToken[], i: number): RealWordSlip | null {
  const w = run(text, toks, i, 2);
  if (!w || w[0] !== 'and' || !(w[1] in AN_PHRASES)) return null;
  const next = w[1] === 'estimated' ? text.slice(toks[i + 1].end, toks[i + 1].end + 3) : (run(text, toks, i + 1, 2)?.[1] ?? '');
  const want = AN_PHRASES[w[1]];
  if (want === '\\d' ? !/^\s+\d/.test(next) : next !== want) return null;
  // "to begin and end to schedule", "reviews and end to end": a verb pair or a compound.
  if (w[1] === 'end' && /^(?:begin|began|start|started|starts|open|opens|opened)$/.test(toks[i - 1]?.word.toLowerCase() ?? '')) return null;
  return { start: toks[i].start, end: toks[i].end, suggestions: ['an'] };
}

// Demonyms whose country the same slip gives ("Russian has not yet commented"). Left out: those
// that also name an airline or a company (American, Norwegian, Austrian, Swiss, Ethiopian).
const COUNTRY_OF: Record<string, string> = {
  Russian: 'Russia', Ukrainian: 'Ukraine', Chinese: 'China', Iranian: 'Iran', Iraqi: 'Iraq', Syrian: 'Syria', Turkish: 'Turkey',
  Israeli: 'Israel', Indian: 'India', Pakistani: 'Pakistan', Egyptian: 'Egypt', Italian: 'Italy', Spanish: 'Spain',
  Polish: 'Poland', Canadian: 'Canada', Mexican: 'Mexico', Brazilian: 'Brazil', Venezuelan: 'Venezuela', Cuban: 'Cuba',
  German: 'Germany', French: 'France', British: 'Britain', Japanese: 'Japan', Hungarian: 'Hungary', Romanian: 'Romania',
  Serbian: 'Serbia', Libyan: 'Libya', Lebanese: 'Lebanon', Qatari: 'Qatar', Nigerian: 'Nigeria', Kenyan: 'Kenya',
  Belarusian: 'Belarus', Taiwanese: 'Taiwan', Vietnamese: 'Vietnam', Indonesian: 'Indonesia', Australian: 'Australia',
  Argentine: 'Argentina', Colombian: 'Colombia', Swedish: 'Sweden', Finnish: 'Finland', Danish: 'Denmark', Dutch: 'the Netherlands',
};
// What a country does and a language or a person-noun without an article does not.
const STATE_VERBS = new Set([
  'said', 'says', 'denied', 'denies', 'announced', 'accused', 'claimed', 'claims', 'launched', 'responded', 'rejected', 'rejects',
  'warned', 'warns', 'insisted', 'insists', 'vowed', 'refused', 'refuses', 'agreed', 'signed', 'blamed', 'blames', 'demanded',
  'threatened', 'threatens', 'invaded', 'retaliated', 'condemned', 'condemns', 'declined', 'confirmed', 'recalled', 'expelled',
]);
const AUX = new Set(['has', 'have', 'had', 'will', 'would', 'did', 'does', 'is', 'was']);
const AUX_THEN = /^(?:not|yet|also|already|repeatedly|previously|since|now|so|never)$/;

function demonymSlip(text: string, toks: readonly WordToken[], i: number, names: ReadonlySet<string>): RealWordSlip | null {
  const country = COUNTRY_OF[toks[i].word];
  // A surname of the article ("Mark Cuban said") is no slip.
  if (!country || names.has(toks[i].word)) return null;
  const w = run(text, toks, i, 3);
  if (!w) return null;
  // As a subject only: "The Russian has" is a person, "Russian officials said" an adjective.
  const before = i > 0 ? text.slice(toks[i - 1].end, toks[i].start) : '';
  const prevWord = toks[i - 1]?.word.toLowerCase() ?? '';
  const opensClause = i === 0 || /[.;:!?]\s*$|\n\s*$/.test(before) || (joinedToPrev(text, toks, i) && /^(?:and|but|while|whereas|as|that|because|though|although)$/.test(prevWord)) || /,\s*$/.test(before);
  if (!opensClause) return null;
  const verb = STATE_VERBS.has(w[1]) || (AUX.has(w[1]) && (STATE_VERBS.has(w[2]) || (AUX_THEN.test(w[2]) && w[1] !== 'is' && w[1] !== 'was')));
  if (!verb) return null;
  return { start: toks[i].start, end: toks[i].end, suggestions: [country] };
}

// Doubled short words ("the the"): "had had" and "that that" are English, these never are
// (particles are left out: "did Romney in in 2012", "counting on on Nov. 8").
const NEVER_DOUBLED = new Set(['the', 'a', 'an', 'to', 'of', 'for', 'with', 'at', 'from', 'and', 'or', 'are', 'was', 'were', 'its', 'their', 'his', 'our', 'be']);

function doubledSlip(text: string, toks: readonly WordToken[], i: number): RealWordSlip | null {
  const w = run(text, toks, i - 1, 2);
  if (!w || w[0] !== w[1] || !NEVER_DOUBLED.has(w[1]) || !/^ +$/.test(text.slice(toks[i - 1].end, toks[i].start))) return null;
  // "at AT&T": an acronym after the word.
  if (/^\p{Lu}{2,}$/u.test(toks[i].word) !== /^\p{Lu}{2,}$/u.test(toks[i - 1].word)) return null;
  return { start: toks[i - 1].start, end: toks[i].end, suggestions: [text.slice(toks[i - 1].start, toks[i - 1].end)] };
}

// Fixed pairs: the first word of the pair written for another ("could of", "their is", "more then expected").
const COMPARATIVES = /^(?:more|less|fewer|rather|other|greater|higher|lower|larger|smaller|bigger|better|worse|faster|slower|longer|shorter|older|younger|earlier|later|stronger|weaker)$/;
const THAN_NEXT = /^(?:the|a|an|expected|forecast|predicted|anticipated|usual|ever|before|any|anyone|anything|those|that|half|double|twice|\d.*)$/;

function pairSlip(text: string, toks: readonly WordToken[], i: number): RealWordSlip | null {
  const w = run(text, toks, i, 2);
  if (!w) return null;
  w.push(run(text, toks, i + 1, 2)?.[1] ?? '');
  // A capitalised slip gets a capitalised suggestion ("Their is" → "There").
  const at = (k: number, suggestions: string[]): RealWordSlip => {
    const cap = /^\p{Lu}/u.test(toks[i + k].word);
    return { start: toks[i + k].start, end: toks[i + k].end, suggestions: suggestions.map((x) => (cap ? x[0].toUpperCase() + x.slice(1) : x)) };
  };
  if (/^(?:could|would|should|must|might)$/.test(w[0]) && w[1] === 'of' && w[2] !== 'course') return at(1, ['have']);
  if (w[0] === 'their' && /^(?:is|are|was|were)$/.test(w[1]) && joinedToPrev(text, toks, i + 1)) return at(0, ['there']);
  if (w[0] === 'there' && w[1] === 'own') return at(0, ['their']);
  if (w[0] === "it's" && w[1] === 'own') return at(0, ['its']);
  if (COMPARATIVES.test(w[0]) && w[1] === 'then' && THAN_NEXT.test(w[2]) && joinedToPrev(text, toks, i + 1) && joinedToPrev(text, toks, i + 2)) return at(1, ['than']);
  return null;
}

type Rule = (text: string, toks: readonly WordToken[], i: number, names: ReadonlySet<string>) => RealWordSlip | null;
const EMPTY: ReadonlySet<string> = new Set();
const RULES: Rule[] = [binomialSlip, anPhraseSlip, demonymSlip, pairSlip, doubledSlip];

/** Words of the article's person names ("Cuban" of "Mark Cuban"): a demonym among them is a surname. */
function personWords(text: string, persons: readonly { start: number; end: number }[]): Set<string> {
  const out = new Set<string>();
  for (const p of persons) for (const w of text.slice(p.start, p.end).match(/\p{L}+/gu) ?? []) out.add(w);
  // Without a tagger's help: a demonym after a capitalised given name ("Mark Cuban", "Dawn French").
  for (const m of text.matchAll(/\b(?!(?:The|A|An|In|On|At|And|But|For|Of|To|By|With|From|Pro|Anti|Ex|North|South|East|West|Northern|Southern|Eastern|Western|Central|New|Old|Great|Former)\b)\p{Lu}\p{Ll}+ (?=(\p{Lu}\p{Ll}+)\b)/gu)) {
    if (m[1] in COUNTRY_OF && m.index > 0 && !/[.!?]\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index))) out.add(m[1]);
  }
  return out;
}

/**
 * The real-word slips of a text, in text order, at most one per word. `persons`: the article's
 * person names, whose words are never slips.
 */
export function findRealWordSlips(text: string, toks: readonly WordToken[], persons: readonly { start: number; end: number }[] = []): RealWordSlip[] {
  const out: RealWordSlip[] = [];
  let after = 0;
  let names: Set<string> | undefined;
  for (let i = 0; i < toks.length; i++) {
    // Most words start no rule: skip the name scan until one might need it.
    if (toks[i].word in COUNTRY_OF) names ??= personWords(text, persons);
    for (const rule of RULES) {
      const s = rule(text, toks, i, names ?? EMPTY);
      if (s && s.start >= after) {
        out.push(s);
        after = s.end;
        break;
      }
    }
  }
  return out;
}
