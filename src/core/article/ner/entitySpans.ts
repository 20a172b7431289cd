// Turns per-token labels into output spans: PER/LOC/ORG only, titles trimmed off the front of
// person spans ("President Ann Pike" -> "Ann Pike"), never a trailing
// possessive or punctuation token.
import type { EntityType } from '../../types';
import { isInside, labelType } from './labels';
import type { Token } from './tokenize';
import { isHonorific, isTitleWord } from '../../text/titles';

export interface LabelledSpan {
  start: number;
  end: number;
  type: EntityType;
  /** The name ends in a possessive the tagger read as part of it ("Moody's", "Queen's Park" cut short). */
  possessive?: boolean;
}

const OUTPUT: (EntityType | null)[] = ['person', 'place', 'organization', null];

// Closed-class words never start a name; a capitalised one at a span start is a sentence
// opener the tagger swept in ("While Downing Street ..."). "The" is kept ("The Hague").
const OPENERS = new Set(
  (
    'a an and or but so as if while when whenever after before since until although though because ' +
    'in on at for from with without by of to into onto over under between during despite meanwhile ' +
    'however yesterday today tomorrow tonight later earlier also then there here this that these those its his her ' +
    'their our my your we they he she it i you not no yes according unlike like'
  ).split(' '),
);

// Time-zone abbreviations ("16:08 UTC"), in capitals, are not names of places or organisations.
const TIME_ZONES = new Set(
  'UTC GMT EST EDT CST CDT MST MDT PST PDT AKST AKDT HST CET CEST EET EEST BST IST JST KST AEST AEDT MSK'.split(' '),
);

// Office words: a "person" ending in one is a job title ("Chief Executive Officer").
const OFFICES = new Set(
  (
    'officer executive president director chairman chairwoman secretary minister spokesman spokeswoman ' +
    'manager governor commissioner ambassador chancellor'
  ).split(' '),
);

// Camel-case words that start in lowercase (iPhone, eBay) are product and brand names: CoNLL's
// MISC, not one of the output types.
const CAMEL = /^\p{Ll}+\p{Lu}/u;

const isWordy = (t: string) => /[\p{L}\p{N}]/u.test(t) && !/^'(s|re|ve|ll|d|m)$|^n't$/i.test(t);
const POSSESSIVE = /^'s$/i;

/** Token b-1 is ")" and the span a..b-1 opens a bracket it has not closed. */
function closesBracket(tokens: readonly Token[], a: number, b: number): boolean {
  if (tokens[b - 1].text !== ')') return false;
  let depth = 0;
  for (let k = a; k < b; k++) depth += tokens[k].text === '(' ? 1 : tokens[k].text === ')' ? -1 : 0;
  return depth === 0 && b - a > 3;
}

export function labelledSpans(tokens: readonly Token[], labels: ArrayLike<number>): LabelledSpan[] {
  const out: LabelledSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = labelType(labels[i]);
    if (t < 0) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && isInside(labels[j]) && labelType(labels[j]) === t) j++;
    const type = OUTPUT[t];
    if (type) {
      let a = i;
      let b = j;
      // An honorific before a name makes it a person, whatever the tagger thought ("Sir Keir").
      const kind = b - a > 1 && isHonorific(tokens[a].text) ? 'person' : type;
      if (kind === 'person') while (b - a > 1 && isTitleWord(tokens[a].text)) a++;
      while (b - a > 1 && OPENERS.has(tokens[a].text.toLowerCase())) a++;
      while (a < b && !isWordy(tokens[a].text)) a++;
      // Trailing punctuation and clitics go, except a closing bracket whose opening one is in
      // the name ("Partizan (B)") and, outside person names, an "'s" the tagger took inside
      // the name ("Moody's", "Lord's"): the training text marks such names, and an ordinary
      // possessive is tagged outside.
      let possessive = false;
      while (b > a) {
        const w = tokens[b - 1].text;
        if (isWordy(w) || closesBracket(tokens, a, b)) break;
        if (kind !== 'person' && POSSESSIVE.test(w) && b - a > 1 && isWordy(tokens[b - 2].text)) {
          possessive = true;
          break;
        }
        b--;
      }
      if (b - a === 1 && TIME_ZONES.has(tokens[a].text)) b = a;
      if (kind === 'person' && b > a && OFFICES.has(tokens[b - 1].text.toLowerCase())) b = a;
      if (b > a && !CAMEL.test(tokens[a].text)) {
        const span: LabelledSpan = { start: tokens[a].start, end: tokens[b - 1].end, type: kind };
        if (possessive) span.possessive = true;
        out.push(span);
      }
    }
    i = j;
  }
  return out;
}
