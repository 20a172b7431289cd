// Cue parsing: the words around a quote that say who spoke ("X said", "said X", "according to X").
import { endsWithAbbreviation, isAbbreviation } from '../../text/abbreviations';
import { sentenceEndAfter, sentenceStart } from '../../text/sentences';
import { isTitleWord } from '../../text/titles';
import { firstNonSpace, lastNonSpace } from '../../text/whitespace';
import type { QuoteStretch } from '../quotes/stretch';
import { ACCORDING, DAY_WORDS, DETERMINER, hasSpeechVerb, IRREGULAR_PAST, PARTICIPLE, PRONOUN, STOP, VERB_RE, VERBS } from './lexicon';
import type { Attribution, Context, State } from './model';
import { named } from './names';
import { subject } from './resolve';
import { roleOf } from './roles';

export function fromCue(
  ctx: Context,
  q: QuoteStretch,
  prev: QuoteStretch | undefined,
  next: QuoteStretch | undefined,
  state: State,
): Attribution | null {
  const { text } = ctx;
  let late: Attribution | null = null;
  // After the quote: ", X said." / ", said X." / " ― X".
  if (q.close >= 0) {
    const limit = next && next.lineStart === q.lineStart ? next.open : q.lineEnd;
    const end = sentenceEndAfter(text, q.close + 1, limit);
    const after = text.slice(q.close + 1, end);
    // A quote ending its own sentence ("... him.” She says it ...") only takes a short tag.
    const ended = /[.!?]$/.test(text.slice(q.start, q.end)) && /^\s+\p{Lu}/u.test(after);
    // "… wrong.” Pike said Hale “knows …”": a new sentence running into the next quote is that quote's tag.
    // The next quote may be in single marks (UK copy: "X said: ‘…’ Y said: ‘…’").
    const intoNext = ended && (text[end] === '“' || text[end] === '"' || (next !== undefined && end === next.open));
    const a = intoNext ? null : cueAfter(ctx, after, q.close + 1, q, state, ended);
    if (a?.immediate) return a.attribution;
    late = a?.attribution ?? null;
  }
  // Before the quote, in its sentence: "X said: “", "X called it “".
  const floor = prev && prev.lineStart === q.lineStart && prev.close >= 0 ? prev.close + 1 : q.lineStart;
  let from = sentenceStart(text, q.open, floor);
  let before = text.slice(from, q.open);
  // A paragraph that is only the quote, after "X said:" closing the previous paragraph.
  if (!/\S/.test(before) && q.open === firstNonSpace(text, q.lineStart) && !q.continues) {
    const pe = lastNonSpace(text, q.lineStart - 1);
    if (pe >= 0 && text[pe] === ':') {
      const ps = text.lastIndexOf('\n', pe) + 1;
      from = sentenceStart(text, pe, ps);
      before = text.slice(from, pe + 1);
    }
  }
  const a = cueBefore(ctx, before, from, q, state) ?? late;
  if (a || /\S/.test(before) || from <= q.lineStart) return a;
  // A quote opening a sentence with no tag: "Schiff said. “...”" — the previous sentence's speaker.
  const prevFrom = sentenceStart(text, from - 1, floor);
  const prevSentence = text.slice(prevFrom, from);
  if (!hasSpeechVerb(prevSentence)) return null;
  const r = cueBefore(ctx, prevSentence, prevFrom, q, state);
  return r && via(r, 'previousSentence');
}

/** Marks which cue found the speaker: the ranker learns how far each kind of cue is to be trusted. */
function via(a: Attribution, cue: string): Attribution {
  return { ...a, via: cue };
}

/** "his remarks", "Hale's claims": the word is a noun there, not a speech verb. */
function isNounUse(s: string, at: number): boolean {
  const b = s.slice(Math.max(0, at - 24), at);
  if (/(?:['’]s|\b(?:the|his|her|its|their|our|my|your|a|an|these|those|such|in|of|with|recent|new|earlier|latest))\s+$/i.test(b))
    return true;
  // "the Hale remarks" — but "the PM said": a title there is the subject.
  const cap = /\b(?:of|the)\s+(\p{Lu}\p{L}+)\s+$/u.exec(b);
  return !!cap && !isTitleWord(cap[1]);
}

function cueAfter(
  ctx: Context,
  after: string,
  base: number,
  q: QuoteStretch,
  state: State,
  ended: boolean,
): { attribution: Attribution; immediate: boolean } | null {
  // Dash attribution ending a paragraph: ” ― Sonya Herridge
  const dash = /^\s*[―—–-]+\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*[.,]?\s*$/u.exec(after);
  if (dash) {
    const r = named(ctx, dash[1], base + after.indexOf(dash[1]), q);
    return r ? { attribution: via(r, 'dash'), immediate: true } : null;
  }
  // ',” Grant pressed.' / '?” the senator shot back': a quote opening its sentence, cut off mid-sentence, then a subject
  // and any past verb (not '… said he would “protect us,” the crowd applauded': there the quote is part of a clause).
  const open = OPEN_TAG.exec(after);
  if (
    open &&
    !SPEECH_VERB.test(open[2]) &&
    /[,?!—–]$/.test(ctx.text.slice(q.start, q.end)) &&
    !/\S/.test(ctx.text.slice(sentenceStart(ctx.text, q.open, q.lineStart), q.open)) &&
    (open[1].startsWith('the ') || !STOP.has(open[1].split(/\s+/)[0].toLowerCase()))
  ) {
    const r = subject(ctx, open[1], base + after.indexOf(open[1]), q, state);
    if (r?.speaker) return { attribution: via(r, 'xVerbed'), immediate: true };
  }
  const acc = according(ctx, after, base, q, state);
  const accNow = /^[\s,]*according/i.test(after);
  const accR = acc ? { attribution: via(acc, accNow ? 'accordingAfter' : 'accordingLate'), immediate: accNow } : null;
  VERB_RE.lastIndex = 0;
  let m = VERB_RE.exec(after);
  while (m && isNounUse(after, m.index)) m = VERB_RE.exec(after);
  if (!m) return accR;
  const lead = after.slice(0, m.index);
  const tail = after.slice(m.index + m[0].length);
  // A tag is short: "she says." / "he said of the election"; a full clause after the verb is not one.
  if (ended && tail.split(/\s+/).filter(Boolean).length > 4) return accR;
  // Inverted: ", said Mr Hale" — the verb comes first.
  if (/^[\s,.!?…—–-]*$/.test(lead)) {
    if (PARTICIPLE.test(m[0])) return accR;
    const np = nounPhraseAfter(after, m.index + m[0].length);
    const r = np ? subject(ctx, np.s, base + np.start, q, state) : null;
    return r ? { attribution: via(r, 'saidX'), immediate: true } : accR;
  }
  if (lead.length > 160) return accR;
  // ", Name, the head of ..., wrote": the name before the appositive.
  const appo =
    /^[\s,]*((?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]*(?:\s+\([^)]*\))?)\s*,\s+(?:the|a|an|one|who|whose|\p{Ll}|\d|[RDI]-\p{Lu})/u.exec(
      lead,
    );
  if (appo && !PARTICIPLE.test(m[0])) {
    const r = subject(ctx, appo[1], base + lead.indexOf(appo[1]), q, state);
    if (r) return { attribution: via(r, 'appositiveAfter'), immediate: true };
  }
  const np = subjectBefore(lead);
  if (!np || PARTICIPLE.test(m[0])) return accR;
  const r = subject(ctx, np.s, base + np.start, q, state);
  if (!r) return accR;
  // Immediate when only the subject stands between the quote and the verb.
  const immediate = /^[\s,.!?…—–-]*$/.test(lead.slice(0, np.start));
  return { attribution: via(r, immediate ? 'xSaid' : 'xSaidLate'), immediate };
}

const SPEECH_VERB = new RegExp(`^(?:${VERBS})$`, 'i');
/** A subject (name, pronoun, short description) and a past verb outside the speech-verb list, right after the quote. */
const OPEN_TAG = new RegExp(
  `^\\s*((?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]*|he|she|they|the\\s+(?:[\\p{L}-]+\\s+){0,3}?\\p{Ll}[\\p{L}-]*)\\s+(?:\\p{Ll}+ly\\s+)?(\\p{Ll}{2,}ed|${IRREGULAR_PAST})(?![\\p{L}])`,
  'u',
);

function cueBefore(ctx: Context, before: string, base: number, q: QuoteStretch, state: State): Attribution | null {
  const acc = according(ctx, before, base, q, state);
  if (acc) return via(acc, 'accordingBefore');
  const asker = passiveAsker(ctx, before, base, q, state);
  if (asker) return via(asker, 'askedBy');
  const owner = possessiveSpeech(ctx, before, base, q, state);
  if (owner) return via(owner, 'possessive');
  const verbs: RegExpExecArray[] = [];
  VERB_RE.lastIndex = 0;
  for (let m; (m = VERB_RE.exec(before)); ) if (!isNounUse(before, m.index)) verbs.push(m);
  // The nearest verb with a subject; "adding that ..." defers to the clause's own subject.
  for (let v = verbs.length - 1; v >= 0; v--) {
    const m = verbs[v];
    if (PARTICIPLE.test(m[0])) {
      // "footage of Hale saying, “", "with Pike reportedly adding: “": the name right before the participle speaks.
      const pn = v === verbs.length - 1 ? NAME_BEFORE_PARTICIPLE.exec(before.slice(0, m.index)) : null;
      const r =
        pn && !STOP.has(pn[1].split(/\s+/)[0].toLowerCase()) ? subject(ctx, pn[1], base + pn.index + pn[0].indexOf(pn[1]), q, state) : null;
      if (r?.speaker) return via(r, 'participleSubject');
      continue;
    }
    let np = subjectBefore(before.slice(0, m.index));
    // "Sir Keir did not commit ... but ..., he said": the pronoun is the sentence's named subject.
    if (np && PRONOUN.test(np.s)) {
      const lead = leadSubject(before);
      if (lead && /^\p{Lu}/u.test(lead.s) && !PRONOUN.test(lead.s) && lead.start < np.start) np = lead;
    }
    if (np) {
      const r = subject(ctx, np.s, base + np.start, q, state);
      if (r) return via(r, v === verbs.length - 1 ? 'verbBefore' : 'earlierVerbBefore');
      continue;
    }
    // "said Mr Smith: “..." — the subject follows the verb.
    const inv = nounPhraseAfter(before, m.index + m[0].length);
    if (inv && !/^(?:that|this|these|those)\s/i.test(inv.s) && /^\s*[:,]\s*$/.test(before.slice(inv.start + inv.s.length))) {
      const r = subject(ctx, inv.s, base + inv.start, q, state);
      if (r) return via(r, 'saidXBefore');
    }
  }
  // "But the PM did not rule it out, saying: “", "Hale openly praises the mayor as a “": the sentence's subject.
  const lead = leadSubject(before);
  if (lead && (verbs.length || /^\p{Lu}/u.test(lead.s))) {
    const r = subject(ctx, lead.s, base + lead.start, q, state);
    if (r?.speaker) return via(r, verbs.length ? 'leadSubject' : 'leadSubjectNoVerb');
  }
  // "And acknowledging ..., added: “" — no subject: the speaker still talking.
  if (verbs.length && state.last && state.last.at > q.lineStart - 2000) return { speaker: state.last.speaker, via: 'stillTalking' };
  return null;
}

/** "Hale was asked by the host, Jo Kent, …, “": the one doing the asking speaks the quote. */
const ASKED_BY =
  /(?<![\p{L}])(?:was|were|is|are|been|being|gets?|got)\s+(?:\p{Ll}+ly\s+)?(?:asked|questioned|pressed|challenged|quizzed)\s+by\s+((?:(?:the|a|an)\s+)?(?:[\p{L}.'’-]+\s+){0,5}?\p{Lu}[\p{L}'’-]*)(?=\s*(?:[,:“"(]|$|(?:whether|if|about|why|how|what|when|to|during|on|at|in)\s))/u;

function passiveAsker(ctx: Context, before: string, base: number, q: QuoteStretch, state: State): Attribution | null {
  const m = ASKED_BY.exec(before);
  if (!m) return null;
  const r = subject(ctx, m[1], base + m.index + m[0].length - m[1].length, q, state);
  return r?.speaker ? r : null;
}

/** Nouns for something said: "Hale’s claim that “…”", "the inspector's finding that the works were “…”". */
const SPEECH_NOUN =
  'claims?|assertions?|pledges?|promises?|vows?|conclusions?|statements?|remarks?|words|comments?|posts?|tweets?|calls?|' +
  'answers?|responses?|arguments?|contentions?|accusations?|warnings?|charges?|insistence|suggestions?|messages?|slogans?|' +
  'catch\\s?phrases?|quips?|retorts?|reply|replies|declarations?|predictions?|boasts?|admissions?|complaints?|broadsides?|' +
  'dictum|mantra|refrain|description|characterization|characterisation|assessment|verdict|demand|plea|appeal|pitch|line';
/** A name, its possessive and a speech noun, then up to a short clause to the quote with no full stop or other quote. */
const POSSESSIVE_SPEECH = new RegExp(
  `(?<![\\p{L}])((?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}-]*)(?:['’]s|(?<=s)['’])\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${SPEECH_NOUN})(?![\\p{L}])([^“”".;!?]{0,60})$`,
  'u',
);

const CONTENT_LINK =
  /^(?:\s+that\s[\s\S]*|\s*[:,]?|\s+(?:of|for|to)(?:\s+(?:a|an|the|be))?|\s+(?:was|is|were)(?:\s+that)?\s*:?|\s+(?:was|is)\s+(?:simple|clear|blunt)\s*:?)\s*$/u;

/** "From Pike's Facebook post: “", "Tom Hale’s claim that Pike “": the owner of the words said them. */
function possessiveSpeech(ctx: Context, before: string, base: number, q: QuoteStretch, state: State): Attribution | null {
  const m = POSSESSIVE_SPEECH.exec(before);
  if (!m) return null;
  // "Hale’s claim, Pike said, “", "Ross called Hale's remarks a “…”": a speech verb on either side
  // has its own subject, who is quoting or judging the words.
  if (hasSpeechVerb(m[2])) return null;
  // The quote must be what was said ("claim that …", "post: ", "call for a "), not a word about it ("statement about “…”").
  if (!CONTENT_LINK.test(m[2])) return null;
  if (hasSpeechVerb(before.slice(0, m.index))) return null;
  const words = m[1].split(/\s+/);
  if (words.length === 1 && (STOP.has(words[0].toLowerCase()) || DETERMINER.test(words[0]))) return null;
  const r = subject(ctx, m[1], base + m.index, q, state);
  return r?.speaker ? r : null;
}

/** A name right before a speech participle, not the object of "to", "for", "by" … ("a letter to Congress saying"). */
const NAME_BEFORE_PARTICIPLE =
  /(?:^\s*|[,;:—–―(]\s*|\s-{1,2}\s+|(?<![\p{L}])(?:of|with|and|as|shows?|showed|featuring|footage|video|clip)\s+)((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s+(?:\p{Ll}+ly\s+)?$/u;

/** A sentence opening with a name, an appositive between commas, then a verb (not a list: "A, B, and C"). */
const APPOSITIVE_LEAD =
  /^\s*(?:(?:But|And|So|Yet|Then)\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)(?:\s+\([^)]{1,30}\))?,\s+(?!and\s|or\s)[^,“”"();]{2,120},\s+(?:(?:also|then|later|again|still|\p{Ll}+ly)\s+)?(?:(?:did|does|do|has|had|have|was|is|would|will|could|can)\s+(?:not\s+)?\p{Ll}{3,}|\p{Ll}{2,}(?:ed|s)|said|told|sought|took|made|gave|wrote|sent|spoke|met|held|went|came|put|kept|left|led|saw|thought|felt|knew|drew|threw)(?![\p{L}])/u;

/** Name, role noun(s), name: "Party spokesman Tom Dale", "Herald columnist Ann Pike" (the role ends like an agent noun). */
const ATTRIBUTIVE_LEAD =
  /^\s*(?:(?:But|And|So|Yet|Then)\s+)?(?:(?:[Ff]ormer|[Ll]ongtime|[Vv]eteran|[Ss]enior|[Tt]op)\s+)?(?:\p{Lu}[\p{L}.'’&-]*\s+){0,3}?\p{Lu}[\p{L}.'’-]*\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}?)(\p{Ll}{2,}(?:man|woman|person|er|or|ist|ant|aide|host|chief|head|official))\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)(?=\s+(?:\([^)]*\)\s+)?(?:\p{Ll}+ly\s+)?\p{Ll})/u;
const PAST_VERB = new RegExp(`^(?:${IRREGULAR_PAST}|\\p{Ll}+ed)$`, 'u');
/** "told reporter X", "hired adviser X": a verb before the role makes the second name an object. */
const isVerbLike = (w: string): boolean => w !== '' && (SPEECH_VERB.test(w) || PAST_VERB.test(w));
/** Words ending like agent nouns that are not roles. */
const NOT_AGENT = new Set([
  'never',
  'later',
  'after',
  'over',
  'under',
  'together',
  'rather',
  'whether',
  'either',
  'neither',
  'other',
  'ever',
  'however',
  'for',
  'nor',
  'or',
  'per',
  'hour',
  'our',
  'your',
  'their',
  'former',
  'minor',
  'major',
  'super',
  'sooner',
  'further',
  'earlier',
  'faster',
  'harder',
  'better',
]);

/** The subject opening a sentence, after an introductory phrase ("In July, Gingrich dismissed"). */
function leadSubject(before: string): { s: string; start: number } | null {
  let from = 0;
  // A conjunction ("But the PM …, saying:") is not an introductory phrase: its clause has the subject.
  const intro =
    /^\s*(?:(?:In|On|At|During|After|Before|Since|Following|Last|This|Earlier|Later|Meanwhile|However|\p{Lu}\p{Ll}+(?:ing|ed))\b[^,“”"]{0,80},\s*)/u.exec(
      before,
    );
  if (intro) from = intro[0].length;
  // "Pike, the county's governor, repeated …", "Hale, who is a farmer, also decried …": the name before an appositive.
  const appo = APPOSITIVE_LEAD.exec(before.slice(from));
  if (appo) return { s: appo[1], start: from + before.slice(from).indexOf(appo[1]) };
  const m =
    /^\s*(?:(?:[Bb]ut|[Aa]nd|[Ss]o|[Yy]et|[Tt]hen)\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*|(?:the|this)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+|he|she|they)\s+(?:\([^)]*\)\s+)?(?:[\p{Ll}]+ly\s+)?(?:is|was|has|had|also|then|later)?\s*(?!(?:by|of|in|at|on|for|with|to|from|and|or)\s)\p{Ll}/u.exec(
      before.slice(from),
    );
  if (!m) return null;
  // "Hale campaign manager Jo Ross said", "Former Pike aide Jane Roe wrote": the name after the role, not its employer.
  const attr = /^\p{Lu}/u.test(m[1]) ? ATTRIBUTIVE_LEAD.exec(before.slice(from)) : null;
  if (attr && !NOT_AGENT.has(attr[2]) && !`${attr[1]}${attr[2]}`.split(/\s+/).some(isVerbLike))
    return { s: attr[3], start: from + attr.index + attr[0].length - attr[3].length };
  const np = m[1];
  // A determiner phrase only when it names a role or a source ("the PM", "the article").
  if (/^(?:the|this)\s/i.test(np) && !roleOf(np) && np.split(/\s+/).length > 3) return null;
  // "the PM" opens with a clause word yet is a subject; other phrases opening with one are not.
  const isRole = /^(?:the|this)\s/i.test(np) && roleOf(np) !== null;
  if (/^(?:The|This|It|There|That|What|When|If|As|A|An)$/.test(np) || (!isRole && STOP.has(np.split(/\s+/)[0].toLowerCase()))) return null;
  // "Struck by ...", "Asking about ...": a participle opening the sentence, not a name.
  if (/^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(np)) return null;
  // "It’s", "We’ve", "That’s": a contraction, not a name; "Shortly", "Hastily": an adverb; "Each", "Even": no subject.
  if (/^(?:it|that|there|here|we|they|he|she|i|you|what|who|this)['’](?:s|ve|re|ll|d|m)$/i.test(np)) return null;
  if (/^\p{Lu}\p{Ll}{2,}(?:[^m]ily|edly|ously|ively|fully|ently|antly|ably|ibly|tly)$/u.test(np)) return null;
  if (/^(?:Each|Every|Even|Only|Just|Perhaps|Maybe|Instead|Indeed|Still|Now)$/.test(np)) return null;
  return { s: np, start: from + before.slice(from).indexOf(np) };
}

function according(ctx: Context, s: string, base: number, q: QuoteStretch, state: State): Attribution | null {
  ACCORDING.lastIndex = 0;
  const m = ACCORDING.exec(s);
  if (!m) return null;
  const np = nounPhraseAfter(s, m.index + m[0].length, true);
  return np ? subject(ctx, np.s, base + np.start, q, state) : null;
}

const NP_STOP = /^(?:on|in|at|during|after|before|who|that|when|while|as|to|about|of|for|from|with|by|and|but|which|was|is|has|had)$/i;

/** The noun phrase right after `from`: up to punctuation or a clause word, at most 8 words. */
function nounPhraseAfter(s: string, from: number, loose = false): { s: string; start: number } | null {
  const re = /\S+/g;
  re.lastIndex = from;
  let start = -1;
  let end = -1;
  let n = 0;
  for (let m; (m = re.exec(s)); ) {
    let w = m[0];
    if (/^[“"”]/.test(w)) break;
    if (n > 0 && NP_STOP.test(w)) break;
    const stop = /[,;:!?"“”]$/.test(w) || (/\.$/.test(w) && !endsWithAbbreviation(` ${w.slice(0, -1)}`));
    if (stop) w = w.replace(/[,;:!?"“”.]+$/, '');
    if (w) {
      if (start < 0) start = m.index;
      end = m.index + w.length;
      n++;
    }
    if (stop || n > 8) break;
  }
  if (start < 0 || n > 8) return null;
  const words = s.slice(start, end);
  // A subject: a name or a determiner phrase, not an object pronoun or a clause.
  if (!loose && !/^\p{Lu}/u.test(words) && !DETERMINER.test(words.split(/\s+/)[0])) return null;
  if (/^(?:her|him|them|me|us|it|his|its|their)$/i.test(words)) return null;
  return { s: words, start };
}

const TIME_TAIL = new RegExp(
  `\\s+(?:(?:on|last|this|early|late|earlier|later|by)\\s+)?(?:${DAY_WORDS}|(?:last|this|next)\\s+(?:week|month|year|night|morning|evening))$`,
  'u',
);
const ASIDE_TAIL =
  /,\s*(?:however|meanwhile|though|too|in turn|in response|for (?:his|her|their|its) part|for example|in a statement|in an interview)\s*,?$/iu;

const INFINITIVE_SUBJECT =
  /(?<![\p{L}])((?:(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady)\.?\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)(?:\s+(?:was|were|is|are|has|had|been|also|then|later|again|first|once|heard|seen|expected|moved|forced|invited|asked|quick|ready|keen))*\s+to(?:\s+\p{Ll}[\p{L}'’-]*){0,3}?(?:\s+and)?$/u;

/** The subject right before a verb: the words back to a comma or clause boundary. */
function subjectBefore(s: string): { s: string; start: number } | null {
  let t = s.replace(/\s+$/, '');
  // Skip an adverb between subject and verb ("Caddell later said").
  t = t.replace(
    /\s+(?:also|later|then|had|has|have|once|again|further|previously|repeatedly|recently|quickly|simply|earlier|famously|reportedly|would|will)$/i,
    '',
  );
  // "X on Saturday said", "X, however, argued": a time or a parenthetical between subject and verb.
  t = t.replace(TIME_TAIL, '').replace(ASIDE_TAIL, '');
  // "prompting Mr Hale to hit back and say", "Ms Dunn was also heard to say": the name before "to".
  const tail = t.slice(-90);
  const inf = /\sto(?:\s+\p{Ll}+){0,3}(?:\s+and)?$/u.test(tail) ? INFINITIVE_SUBJECT.exec(tail) : null;
  if (inf) return { s: inf[1], start: t.length - tail.length + inf.index };
  // A parenthetical right before the verb belongs to the name: "Rep. Gwen Moore (D-Wis.)".
  if (/\)$/.test(t)) {
    const open = t.lastIndexOf('(');
    if (open > 0) t = t.slice(0, open).replace(/\s+$/, '');
  }
  // "Name (D), an appositive, said": the name before the appositive.
  if (/,$/.test(t)) {
    const c = t.lastIndexOf(',', t.length - 2);
    if (
      c > 0 &&
      /^\s+(?:(?:the|a|an|his|her|their|its|now|then|one|who|whose|in|at|on|during|after|speaking|writing|however|meanwhile)\s|\d+,$|[RDI]-\p{Lu}[\p{L}.]*,$)/iu.test(
        t.slice(c + 1),
      )
    ) {
      const inner = subjectBefore(t.slice(0, c));
      if (inner && /^\p{Lu}/u.test(inner.s)) return inner;
    }
    return null;
  }
  // "Scott beamed and asked": the subject of the first verb.
  if (/\s(?:and|but)$/.test(t)) {
    const clause = t.slice(0, -4);
    const lastComma = Math.max(clause.lastIndexOf(','), clause.lastIndexOf('. '), -1);
    const cs = clause.slice(lastComma + 1);
    const nm = /^\s*((?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]*|he|she|they)\s+\p{Ll}/u.exec(cs);
    if (nm) return { s: nm[1], start: lastComma + 1 + cs.indexOf(nm[1]) };
    return null;
  }
  const toks: { w: string; start: number }[] = [];
  const re = /\S+/g;
  for (let m; (m = re.exec(t)); ) toks.push({ w: m[0], start: m.index });
  // Back from the verb to a boundary: punctuation, a sentence end or a clause word.
  let k = toks.length;
  while (k > 0) {
    const w = toks[k - 1].w;
    // Dashes of every kind end a clause: "—", "–", the horizontal bar "―", a spaced "-" or "--".
    if (/[,;:!?"“”(—–―]$/.test(w) || /[)]$/.test(w) || /^-{1,2}$/.test(w)) break;
    if (/\.$/.test(w) && !isAbbreviation(w.slice(0, -1).replace(/^[(“"]/, ''))) break;
    if (/^(?:that|and|but|as|when|while|because|where|if|so|who|which|then|after|before|since)$/i.test(w)) break;
    if (/^[“"]/.test(w)) break;
    k--;
    if (toks.length - k > 9) return null;
  }
  // Clause openers that are not part of the subject ("But Hale", "Also the mayor").
  while (k < toks.length - 1 && STOP.has(toks[k].w.toLowerCase()) && !DETERMINER.test(toks[k].w)) k++;
  if (k >= toks.length) return null;
  const start = toks[k].start;
  return { s: t.slice(start), start };
}
