// Crowd voices: a quote the text says was chanted, shouted or cried ("protesters chanted “…”",
// "chants of “…”"). Such words are a crowd's, so they go to the group the sentence names, not to the
// nearest person; with no group named they go to no one (a nearby name is mostly the one being cheered).
import { sentenceEndAfter, sentenceStart } from '../../text/sentences';
import type { QuoteStretch } from '../quotes/stretch';
import { DETERMINER, STOP } from './lexicon';
import type { Attribution } from './model';

// The voice word right before the mark: chanted “…”, shouting, “…”, chants of “…”, a chant of “…”.
const VOICE_VERB = 'chant(?:ed|ing|s)?|shout(?:ed|ing|s)?|yell(?:ed|ing|s)?|scream(?:ed|ing|s)?|roar(?:ed|ing|s)?|cr(?:ied|ying|ies|y)';
const VOICE_BEFORE = new RegExp(`(?<![\\p{L}])(${VOICE_VERB})(\\s+of)?,?\\s*$`, 'iu');

// People in numbers: the words news uses for a crowd and its parts.
const GROUP =
  'crowds?|protest[eo]rs?|demonstrators?|supporters?|fans|attendees|audiences?|marchers|spectators|onlookers|hecklers|' +
  'activists|campaigners|delegates|students|pupils|voters|workers|strikers|drivers|nurses|doctors|teachers|farmers|miners|' +
  'employees|unionists|rioters|mourners|residents|locals|villagers|parents|members|followers|partisans|loyalists|' +
  'opponents|critics|people|men|women|children|youths|democrats|republicans|conservatives|liberals|progressives|rally-goers|rallygoers|participants|worshippers|throngs?|mobs?';
const GROUP_ALT = GROUP.split('|')
  .map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join('|');
const GROUP_RE = new RegExp(`(?<![\\p{L}])(?:${GROUP_ALT})(?![\\p{L}])`, 'gu');
// Words that may make the group, right before it: "Hale supporters", "striking bus drivers", "anti-war marchers".
const MODIFIER = /^(?:\p{Lu}[\p{L}'’.-]*|\p{Ll}[\p{L}-]*)$/u;

// Who shouted, right before the verb: "Some chanted", "a man yelled", "someone in the hall shouted".
const LONE_SUBJECT = new RegExp(
  `(?<![\\p{L}])((?:some|others|many|a\\s+(?:man|woman|voice|heckler)|someone|somebody|one\\s+(?:man|woman))(?:\\s+in\\s+the\\s+\\p{Ll}+)?)\\s+(?:\\p{Ll}+ly\\s+)?(?:${VOICE_VERB})\\s*,?\\s*$`,
  'iu',
);

/** What the crowd rule says of a quote: not voiced (null), or voiced by the group named (or no one named). */
export function crowdVoice(text: string, q: QuoteStretch, floor: number): Attribution | null {
  const from = sentenceStart(text, q.open, floor);
  const before = text.slice(from, q.open);
  const m = VOICE_BEFORE.exec(before);
  // "… chanted “…”, according to X" / "…, the Tribune reports": a named source, so the ordinary cues decide.
  if (!m || ACCORDING_AFTER.test(sentenceAfter(text, q))) return null;
  const head = before.slice(0, m.index);
  const lone = LONE_SUBJECT.exec(before);
  if (lone) return group(lone[1], from + lone.index);
  let last: RegExpExecArray | null = null;
  GROUP_RE.lastIndex = 0;
  for (let g = GROUP_RE.exec(head); g; g = GROUP_RE.exec(head)) last = g;
  if (last) return withModifiers(head, last.index, last[0], from);
  // A verb with no group before it ("Kerr walked on stage, chanting “…”", "he yelled “…”") is the
  // person's voice: the ordinary cues decide. A noun ("greeted with chants of “…”") with no group is no one's.
  if (!(m[2] || NOUN_BEFORE.test(head))) return null;
  return { speaker: null, via: 'crowd' };
}

// A source named after the quote: "…, according to X", "…, the Tribune reports."
const ACCORDING_AFTER =
  /(?<![\p{L}])according to\s|,\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*\s+(?:reports|reported|said|says)\s*\.?\s*$/u;

/** The rest of the quote's sentence after its close (to its end, a new quote or the paragraph end). */
function sentenceAfter(text: string, q: QuoteStretch): string {
  if (q.close < 0) return '';
  return text.slice(q.close + 1, sentenceEndAfter(text, q.close + 1, Math.min(q.lineEnd, q.close + 240)));
}

// A determiner or adjective before the voice word makes it a noun: "the chant “…”", "loud cries, “…”".
const NOUN_BEFORE = /(?<![\p{L}])(?:the|a|an|their|his|her|its|our|with|to|of|in|amid)\s+(?:\p{Ll}+\s+)?$/u;

// Quantifiers, auxiliaries, past forms and adverbs end the group: "many protesters", "had supporters".
const NOT_MODIFIER = /^(?:some|many|all|most|other|few|more|had|were|are|have|was|is)$|(?:ed|ly)$/;

/** The group noun with up to two words before it that modify it (not a determiner, clause word or verb). */
function withModifiers(head: string, at: number, noun: string, from: number): Attribution {
  const words = head.slice(0, at).split(/\s+/).filter(Boolean);
  let start = at;
  for (let k = 0; k < 2 && words.length; k++) {
    const w = words.pop() as string;
    const lw = w.toLowerCase();
    if (!MODIFIER.test(w) || STOP.has(lw) || DETERMINER.test(w) || NOT_MODIFIER.test(lw)) break;
    start = head.lastIndexOf(w, start - 1);
  }
  return group(head.slice(start, at + noun.length), from + start);
}

function group(words: string, at: number): Attribution {
  return { speaker: words, span: { start: at, end: at + words.length }, via: 'crowd' };
}
