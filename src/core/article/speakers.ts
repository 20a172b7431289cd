// Speaker attribution: who said each quote, from the cue around it ("X said", "said X",
// "according to X", "he added"), then resolved to the article's canonical name.
import type { EntityAnnotation, Span } from '../types';
import type { QuoteStretch } from './quotes';
import { isTitleWord, ROLE_PHRASES, roleKey } from '../text/titles';

export interface Attribution {
  speaker: string | null;
  span?: Span;
}

/** Speech and stance verbs that introduce a quote's source (a few nouns among them are filtered by isNounUse). */
const VERBS = (
  'said says say told tells added adds wrote writes asked asks explained explains noted notes ' +
  'continued continues stated states declared declares insisted insists argued argues warned warns ' +
  'claimed claims tweeted tweets posted replied replies responded responds recalled recalls remarked ' +
  'remarks admitted admits acknowledged acknowledges announced announces reported reports commented ' +
  'comments concluded suggested suggests urged urges called calls described describes observed joked ' +
  'jokes quipped conceded concedes hailed hails vowed vows promised promises pledged pledges reads ' +
  'read shouted yelled chanted cried boasted boasts complained complains predicted predicts blasted ' +
  'slammed accused praised labeled labelled dubbed branded denounced condemned criticized criticised ' +
  'lamented mused emphasized emphasised stressed stresses agreed agrees cautioned confirmed confirms ' +
  'denied denies texted emailed testified recounted maintained maintains contended contends ' +
  'pointed_out went_on goes_on put_it saying adding telling writing noting arguing asking explaining ' +
  'insisting warning claiming calling describing tweeting sings sang singing proclaimed proclaims ' +
  'exclaimed whispered answered answers asserted asserts announcing countered counters retorted ' +
  'chimed_in interjected offered explain cited cites thundered fumed snapped groaned sighed laughed ' +
  'told_reporters reportedly_said demanded demands lauded likened dismissed admires admired promising ' +
  'stressing accuse accuses accusing encouraged encouraging boasting mocked mocks touted touts ' +
  'questioned wondered added_that '
)
  .trim()
  .split(' ')
  .join('|')
  .replace(/_/g, ' ');
const VERB_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${VERBS})(?![\\p{L}\\p{N}])`, 'giu');
const ACCORDING = /(?<![\p{L}])according to\s+/giu;
const PRONOUN = /^(?:he|she|they|i|we|it|you)$/i;
/** Words that start a clause or sentence, not a name ("But Flynn said"). */
const STOP = new Set(
  ('but and or so then when while after before in on at as if for with by from to of a an this that these those ' +
    'there here also yet still now later however meanwhile instead asked speaking writing told earlier the his her ' +
    'their its our my your who which whom where what why how because though although since until unless once ' +
    'flanked addressing according following despite').split(' '),
);
const DETERMINER = /^(?:the|a|an|one|another|this|that|his|her|their|its|our|several|some|many|two|three)$/i;

interface Name {
  full: string; // the name as the article writes it in full
  words: string[]; // lowercase words
  positions: number[]; // where it occurs, ascending
}

interface Context {
  text: string;
  quotes: readonly QuoteStretch[];
  entities: readonly EntityAnnotation[]; // sorted by start
  persons: EntityAnnotation[]; // person entities outside quotes, by position
  mentions: { start: number; name: string }[]; // persons and held roles ("the PM") outside quotes, by position
  byLast: Map<string, Name[]>; // multi-word names by last word
  byFirst: Map<string, Name[]>; // ... and by first word
  namePositions: Map<string, number[]>;
  personNames: Set<string>; // names the tagger found as persons
  bankPos: number[]; // positions of all names, ascending, and the name there
  bankAt: Map<number, string>;
  roles: Map<string, { name: string; pos: number }[]>;
}

/** What earlier quotes told: the last named speaker and where they were named. */
interface State {
  last: { speaker: string; at: number } | null;
  /** The speaker of the latest quote with one, however found, and where that quote opens. */
  prev: { speaker: string; at: number; end: number } | null;
}

/** One attribution per stretch (same order). */
export function attributeSpeakers(text: string, quotes: readonly QuoteStretch[], entities: readonly EntityAnnotation[]): Attribution[] {
  if (!quotes.length) return [];
  const ctx = makeContext(text, quotes, entities);
  // A role standing for its holder ("the PM laid a wreath. And he insisted …") is a mention of that person.
  ctx.mentions = [...ctx.persons.map((e) => ({ start: e.start, name: e.canonical })), ...findRoleMentions(text, ctx)].sort((a, b) => a.start - b.start);
  const state: State = { last: null, prev: null };
  const out: Attribution[] = [];
  quotes.forEach((q, i) => {
    const prev = i > 0 ? quotes[i - 1] : undefined;
    const next = i + 1 < quotes.length ? quotes[i + 1] : undefined;
    let a = fromCue(ctx, q, prev, next, state);
    // No cue: a quote continuing the previous one (same paragraph, or reopened paragraph) keeps its speaker.
    if (!a && prev && out[i - 1].speaker && (q.continues || prev.lineStart === q.lineStart || followsDirectly(text, prev, q))) {
      a = { ...out[i - 1] };
    }
    out.push(a ?? { speaker: null });
    if (a?.speaker) state.prev = { speaker: a.speaker, at: q.open, end: q.close >= 0 ? q.close + 1 : q.end };
    if (a?.speaker && a.span && !/^(?:he|she)$/i.test(text.slice(a.span.start, a.span.end))) state.last = { speaker: a.speaker, at: a.span.start };
  });
  // A quote running over paragraphs often names its speaker only in its last paragraph.
  for (let i = quotes.length - 1; i > 0; i--) {
    if (quotes[i].continues && out[i].speaker && !out[i - 1].speaker) out[i - 1] = { ...out[i] };
  }
  return out;
}

function makeContext(text: string, quotes: readonly QuoteStretch[], entities: readonly EntityAnnotation[]): Context {
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  const ctx: Context = {
    text,
    quotes,
    entities: sorted,
    persons: sorted.filter((e) => e.type === 'person' && !insideAny(e.start, quotes)),
    byLast: new Map(),
    byFirst: new Map(),
    namePositions: new Map(),
    personNames: new Set(),
    bankPos: [],
    bankAt: new Map(),
    roles: new Map(),
    mentions: [],
  };
  nameBank(ctx);
  ctx.roles = findRoles(text, ctx);
  return ctx;
}

/**
 * Who holds a role ("prime minister", "PM") at a position: the person the article last gave it, else the
 * protagonist holding no other role; null when unknown. Built once per article from its entities.
 */
export function roleHolders(text: string, entities: readonly EntityAnnotation[]): (role: string, pos: number) => string | null {
  const ctx = makeContext(text, [], entities);
  return (role, pos) => latestWithRole(ctx, roleKey(role), pos);
}

function insideAny(p: number, quotes: readonly QuoteStretch[]): boolean {
  // Quotes are sorted: binary search for the last one starting at or before p.
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].start <= p) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi >= 0 && p < quotes[hi].end;
}

/** True when the previous quote ends the paragraph right before this quote's paragraph. */
function followsDirectly(text: string, prev: QuoteStretch, q: QuoteStretch): boolean {
  if (q.open !== firstNonSpace(text, q.lineStart)) return false;
  const between = text.slice(prev.close >= 0 ? prev.close + 1 : prev.end, q.lineStart);
  return between.split('\n').filter((l) => /\S/.test(l)).length <= 1 && prev.lineEnd < q.lineStart && !/[.!?]\s*\p{Lu}/u.test(between);
}

function firstNonSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

// ---------------------------------------------------------------- cues

/** Abbreviations whose period does not end a sentence ("Mr. Obama", "Sen. Warren", "U.S."). */
const ABBREV = /(?:^|[\s(])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Gov|Sen|Sens|Rep|Reps|Lt|Col|Jr|Sr|Rev|Sgt|Capt|Prof|Adm|Maj|Gens|Mt|No|Vol|Inc|Corp|Co|vs|[\p{L}]\.[\p{L}])$/u;

/** End of the sentence that goes on after a closing mark: a full stop before a capital, or a new quote. */
function sentenceAfter(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const c = text[i];
    if (c === '“' || c === '"') return i;
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? '') && /[\p{Lu}"“]/u.test(text[firstNonSpace(text, i + 1)] ?? '')) {
      if (c === '.' && ABBREV.test(text.slice(Math.max(from, i - 5), i))) continue;
      return i;
    }
  }
  return limit;
}

/** Start of the sentence holding `at` (after the previous quote's close at most). */
function sentenceBefore(text: string, at: number, floor: number): number {
  for (let i = at - 1; i > floor; i--) {
    const c = text[i];
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? '') && !(c === '.' && ABBREV.test(text.slice(Math.max(floor, i - 5), i)))) return i + 1;
  }
  return floor;
}

function fromCue(ctx: Context, q: QuoteStretch, prev: QuoteStretch | undefined, next: QuoteStretch | undefined, state: State): Attribution | null {
  const { text } = ctx;
  let late: Attribution | null = null;
  // After the quote: ", X said." / ", said X." / " ― X".
  if (q.close >= 0) {
    const limit = next && next.lineStart === q.lineStart ? next.open : q.lineEnd;
    const end = sentenceAfter(text, q.close + 1, limit);
    const after = text.slice(q.close + 1, end);
    // A quote ending its own sentence ("... him.” She says it ...") only takes a short tag.
    const ended = /[.!?]$/.test(text.slice(q.start, q.end)) && /^\s+\p{Lu}/u.test(after);
    const a = cueAfter(ctx, after, q.close + 1, q, state, ended);
    if (a && a.immediate) return a.attribution;
    late = a?.attribution ?? null;
  }
  // Before the quote, in its sentence: "X said: “", "X called it “".
  const floor = prev && prev.lineStart === q.lineStart && prev.close >= 0 ? prev.close + 1 : q.lineStart;
  let from = sentenceBefore(text, q.open, floor);
  let before = text.slice(from, q.open);
  // A paragraph that is only the quote, after "X said:" closing the previous paragraph.
  if (!/\S/.test(before) && q.open === firstNonSpace(text, q.lineStart) && !q.continues) {
    const pe = lastNonSpace(text, q.lineStart - 1);
    if (pe >= 0 && text[pe] === ':') {
      const ps = text.lastIndexOf('\n', pe) + 1;
      from = sentenceBefore(text, pe, ps);
      before = text.slice(from, pe + 1);
    }
  }
  const a = cueBefore(ctx, before, from, q, state) ?? late;
  if (a || /\S/.test(before) || from <= q.lineStart) return a;
  // A quote opening a sentence with no tag: "Schiff said. “...”" — the previous sentence's speaker.
  const prevFrom = sentenceBefore(text, from - 1, floor);
  const prevSentence = text.slice(prevFrom, from);
  VERB_RE.lastIndex = 0;
  return VERB_RE.test(prevSentence) ? cueBefore(ctx, prevSentence, prevFrom, q, state) : null;
}

function lastNonSpace(text: string, i: number): number {
  while (i >= 0 && /\s/.test(text[i])) i--;
  return i;
}

const PARTICIPLE = /ing$/i;

/** "his remarks", "Obama's claims": the word is a noun there, not a speech verb. */
function isNounUse(s: string, at: number): boolean {
  const b = s.slice(Math.max(0, at - 24), at);
  if (/(?:['’]s|\b(?:the|his|her|its|their|our|my|your|a|an|these|those|such|in|of|with|recent|new|earlier|latest))\s+$/i.test(b)) return true;
  // "the Obama remarks" — but "the PM said": a title there is the subject.
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
    return r ? { attribution: r, immediate: true } : null;
  }
  const acc = according(ctx, after, base, q, state);
  const accR = acc ? { attribution: acc, immediate: /^[\s,]*according/i.test(after) } : null;
  VERB_RE.lastIndex = 0;
  let m = VERB_RE.exec(after);
  while (m && isNounUse(after, m.index)) m = VERB_RE.exec(after);
  if (!m) return accR;
  const lead = after.slice(0, m.index);
  const tail = after.slice(m.index + m[0].length);
  // A tag is short: "she says." / "he said of the election"; a full clause after the verb is not one.
  if (ended && tail.split(/\s+/).filter(Boolean).length > 4) return accR;
  // Inverted: ", said Mr Obama" — the verb comes first.
  if (/^[\s,.!?…—–-]*$/.test(lead)) {
    if (PARTICIPLE.test(m[0])) return accR;
    const np = nounPhraseAfter(after, m.index + m[0].length);
    const r = np ? subject(ctx, np.s, base + np.start, q, state) : null;
    return r ? { attribution: r, immediate: true } : accR;
  }
  if (lead.length > 160) return accR;
  // ", Name, the head of ..., wrote": the name before the appositive.
  const appo = /^[\s,]*((?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]*(?:\s+\([^)]*\))?)\s*,\s+(?:the|a|an|one|who|whose|\p{Ll}|\d|[RDI]-\p{Lu})/u.exec(lead);
  if (appo && !PARTICIPLE.test(m[0])) {
    const r = subject(ctx, appo[1], base + lead.indexOf(appo[1]), q, state);
    if (r) return { attribution: r, immediate: true };
  }
  const np = subjectBefore(lead);
  if (!np || PARTICIPLE.test(m[0])) return accR;
  const r = subject(ctx, np.s, base + np.start, q, state);
  if (!r) return accR;
  // Immediate when only the subject stands between the quote and the verb.
  return { attribution: r, immediate: /^[\s,.!?…—–-]*$/.test(lead.slice(0, np.start)) };
}

function cueBefore(ctx: Context, before: string, base: number, q: QuoteStretch, state: State): Attribution | null {
  const acc = according(ctx, before, base, q, state);
  if (acc) return acc;
  const verbs: RegExpExecArray[] = [];
  VERB_RE.lastIndex = 0;
  for (let m; (m = VERB_RE.exec(before)); ) if (!isNounUse(before, m.index)) verbs.push(m);
  // The nearest verb with a subject; "adding that ..." defers to the clause's own subject.
  for (let v = verbs.length - 1; v >= 0; v--) {
    const m = verbs[v];
    if (PARTICIPLE.test(m[0])) continue;
    let np = subjectBefore(before.slice(0, m.index));
    // "Sir Keir did not commit ... but ..., he said": the pronoun is the sentence's named subject.
    if (np && PRONOUN.test(np.s)) {
      const lead = leadSubject(before);
      if (lead && /^\p{Lu}/u.test(lead.s) && !PRONOUN.test(lead.s) && lead.start < np.start) np = lead;
    }
    if (np) {
      const r = subject(ctx, np.s, base + np.start, q, state);
      if (r) return r;
      continue;
    }
    // "said Mr Smith: “..." — the subject follows the verb.
    const inv = nounPhraseAfter(before, m.index + m[0].length);
    if (inv && /^\s*[:,]?\s*$/.test(before.slice(inv.start + inv.s.length))) {
      const r = subject(ctx, inv.s, base + inv.start, q, state);
      if (r) return r;
    }
  }
  // "But the PM did not rule it out, saying: “", "Trump openly admires Putin as a “": the sentence's subject.
  const lead = leadSubject(before);
  if (lead && (verbs.length || /^\p{Lu}/u.test(lead.s))) {
    const r = subject(ctx, lead.s, base + lead.start, q, state);
    if (r?.speaker) return r;
  }
  // "And acknowledging ..., added: “" — no subject: the speaker still talking.
  if (verbs.length && state.last && state.last.at > q.lineStart - 2000) return { speaker: state.last.speaker };
  return null;
}

/** The subject opening a sentence, after an introductory phrase ("In July, Gingrich dismissed"). */
function leadSubject(before: string): { s: string; start: number } | null {
  let from = 0;
  // A conjunction ("But the PM …, saying:") is not an introductory phrase: its clause has the subject.
  const intro = /^\s*(?:(?:In|On|At|During|After|Before|Since|Following|Last|This|Earlier|Later|Meanwhile|However|\p{Lu}\p{Ll}+(?:ing|ed))\b[^,“”"]{0,80},\s*)/u.exec(before);
  if (intro) from = intro[0].length;
  const m = /^\s*(?:(?:[Bb]ut|[Aa]nd|[Ss]o|[Yy]et|[Tt]hen)\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*|(?:the|this)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+|he|she|they)\s+(?:\([^)]*\)\s+)?(?:[\p{Ll}]+ly\s+)?(?:is|was|has|had|also|then|later)?\s*(?!(?:by|of|in|at|on|for|with|to|from|and|or)\s)\p{Ll}/u.exec(before.slice(from));
  if (!m) return null;
  const np = m[1];
  // A determiner phrase only when it names a role or a source ("the PM", "the article").
  if (/^(?:the|this)\s/i.test(np) && !roleOf(np) && np.split(/\s+/).length > 3) return null;
  // "the PM" opens with a clause word yet is a subject; other phrases opening with one are not.
  const isRole = /^(?:the|this)\s/i.test(np) && roleOf(np) !== null;
  if (/^(?:The|This|It|There|That|What|When|If|As|A|An)$/.test(np) || (!isRole && STOP.has(np.split(/\s+/)[0].toLowerCase()))) return null;
  // "Struck by ...", "Asking about ...": a participle opening the sentence, not a name.
  if (/^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(np)) return null;
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
    const stop = /[,;:!?"“”]$/.test(w) || (/\.$/.test(w) && !ABBREV.test(` ${w.slice(0, -1)}`));
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

/** The subject right before a verb: the words back to a comma or clause boundary. */
function subjectBefore(s: string): { s: string; start: number } | null {
  let t = s.replace(/\s+$/, '');
  // Skip an adverb between subject and verb ("Caddell later said").
  t = t.replace(/\s+(?:also|later|then|had|has|have|once|again|further|previously|repeatedly|recently|quickly|simply|earlier|famously|reportedly|would|will)$/i, '');
  // A parenthetical right before the verb belongs to the name: "Rep. Gwen Moore (D-Wis.)".
  if (/\)$/.test(t)) {
    const open = t.lastIndexOf('(');
    if (open > 0) t = t.slice(0, open).replace(/\s+$/, '');
  }
  // "Name (D), an appositive, said": the name before the appositive.
  if (/,$/.test(t)) {
    const c = t.lastIndexOf(',', t.length - 2);
    if (c > 0 && /^\s+(?:(?:the|a|an|his|her|their|its|now|then|one|who|whose)\s|\d+,$|[RDI]-\p{Lu}[\p{L}.]*,$)/iu.test(t.slice(c + 1))) {
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
    if (/[,;:!?"“”(—–]$/.test(w) || /[)]$/.test(w)) break;
    if (/\.$/.test(w) && !/^(?:\p{Lu}\.|(?:\p{Lu}\.)+|Mr\.|Mrs\.|Ms\.|Dr\.|St\.|Gen\.|Gov\.|Sen\.|Rep\.|Lt\.|Col\.|Jr\.|Sr\.|Rev\.|Sgt\.|Capt\.|Prof\.|Adm\.|Maj\.)$/u.test(w)) break;
    if (/^(?:that|and|but|as|when|while|because|where|if|so|who|which|then|after|before|since)$/i.test(w)) break;
    if (/^[“"]/.test(w)) break;
    k--;
    if (toks.length - k > 9) return null;
  }
  // Clause openers that are not part of the subject ("But Flynn", "Also the mayor").
  while (k < toks.length - 1 && STOP.has(toks[k].w.toLowerCase()) && !DETERMINER.test(toks[k].w)) k++;
  if (k >= toks.length) return null;
  const start = toks[k].start;
  return { s: t.slice(start), start };
}

// ---------------------------------------------------------------- resolving

/** Turns a subject phrase into a speaker: a canonical name, a resolved role or pronoun, or the phrase. */
function subject(ctx: Context, np: string, at: number, q: QuoteStretch, state: State): Attribution | null {
  const words = np.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 9) return null;
  const span = { start: at, end: at + np.length };
  if (words.length === 1 && PRONOUN.test(words[0])) {
    const who = resolvePronoun(ctx, words[0], q, state, at);
    return { speaker: who, span };
  }
  // A role standing for a named person: "the PM", "the President".
  const role = roleOf(np);
  if (role) {
    const who = latestWithRole(ctx, role, q.open);
    if (who) return { speaker: who, span };
  }
  // A capitalised name at the end of the phrase: "Ukrainian president Volodymyr Zelensky".
  const run = nameRun(words);
  if (run) {
    const r = named(ctx, run.join(' '), at + np.lastIndexOf(run[0]), q);
    if (r) return r;
  }
  if (!/\p{L}/u.test(np)) return null;
  // A description ("a Ukrainian official"): the phrase itself.
  if (!DETERMINER.test(words[0]) && !/^\p{Lu}/u.test(words[0])) return null;
  return { speaker: np.replace(/[\s,.]+$/, ''), span };
}

/** The trailing run of capitalised words (with initials, connectors, parentheticals dropped). */
function nameRun(words: readonly string[]): string[] | null {
  const ws = words.filter((w) => !/^\(.*\)?$|\)$/.test(w));
  let i = ws.length;
  while (i > 0 && (/^\p{Lu}/u.test(ws[i - 1]) || (/^(?:de|van|von|der|bin|al|da|di|la|le|del)$/.test(ws[i - 1]) && i < ws.length))) i--;
  const run = ws.slice(i).map((w) => w.replace(/[’']s$/, ''));
  while (run.length > 1 && isTitleWord(run[0])) run.shift();
  while (run.length > 1 && STOP.has(run[0].toLowerCase())) run.shift();
  if (!run.length || !/^\p{Lu}/u.test(run[0])) return null;
  if (run.length === 1 && (STOP.has(run[0].toLowerCase()) || PRONOUN.test(run[0]) || isTitleWord(run[0]))) return null;
  return run;
}

/** A capitalised name to the article's fullest form of it (entities first, then names seen). */
function named(ctx: Context, name: string, at: number, q: QuoteStretch): Attribution | null {
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
function entityAt(entities: readonly EntityAnnotation[], span: Span): EntityAnnotation | null {
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid].end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < entities.length && entities[i].start < span.end; i++) {
    const e = entities[i];
    if (e.end > span.start && e.type !== 'place') return e;
  }
  return null;
}

function normaliseCase(name: string): string {
  if (!/\p{Lu}{4}/u.test(name)) return name;
  return name
    .split(' ')
    .map((w) => (w.length > 3 && !/\p{Ll}/u.test(w) ? w[0] + w.slice(1).toLowerCase() : w))
    .join(' ');
}

/** Last element of sorted `xs` below `pos`, or -1. */
function lastBefore(xs: readonly number[], pos: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? xs[lo - 1] : -1;
}

/** The longest name in the article that ends with (else starts with) the given one, nearest first. */
function fullestName(ctx: Context, name: string, pos: number): string | null {
  const ws = name.toLowerCase().split(' ');
  for (const last of [true, false]) {
    const pool = (last ? ctx.byLast : ctx.byFirst).get(last ? ws[ws.length - 1] : ws[0]) ?? [];
    let best: Name | null = null;
    let bestPos = -2;
    for (const n of pool) {
      if (n.words.length <= ws.length) continue;
      const off = last ? n.words.length - ws.length : 0;
      if (!ws.every((w, j) => n.words[off + j] === w)) continue;
      // The most mentioned fits best ("Obama" is Barack, not Michelle); then the nearest before.
      const p = lastBefore(n.positions, pos);
      const better = !best || n.positions.length > best.positions.length || (n.positions.length === best.positions.length && p > bestPos);
      if (better) (best = n), (bestPos = p);
    }
    if (best) return best.full;
  }
  return null;
}

function resolvePronoun(ctx: Context, pron: string, q: QuoteStretch, state: State, at: number): string | null {
  if (!/^(?:he|she)$/i.test(pron)) return null;
  // The most recent person named outside quotes before the pronoun ("He told the president: “"
  // is not about the president); a speaker attributed after that mention wins.
  let i = lastIndexBefore(ctx.mentions, Math.min(q.open, at));
  // Within one sentence its subject beats a later object ("X dismissed the voice of Y's client. “…,” he said").
  if (i >= 0 && !opensSentence(ctx.text, ctx.mentions[i].start)) {
    const from = sentenceBefore(ctx.text, ctx.mentions[i].start, ctx.text.lastIndexOf('\n', ctx.mentions[i].start) + 1);
    for (let j = i - 1; j >= 0 && ctx.mentions[j].start >= from; j--) if (opensSentence(ctx.text, ctx.mentions[j].start)) i = j;
  }
  const person = i >= 0 ? ctx.mentions[i] : null;
  // The speaker of the quote just before goes on talking ("he added") unless someone is named since.
  // Only right after that quote: a short tag between ("He added: “"), no narrative about someone else.
  if (state.prev && state.prev.at > (person?.start ?? -1) && wordCount(ctx.text.slice(state.prev.end, q.open)) <= 8) return state.prev.speaker;
  // The speaker of a recent quote usually goes on talking ("he added"), unless a sentence since is about someone else.
  const since = person && opensSentence(ctx.text, person.start);
  if (state.last && (state.last.at > (person?.start ?? -1) || (state.last.at > q.open - 600 && !since))) return state.last.speaker;
  if (person) return person.name;
  if (state.last) return state.last.speaker;
  const j = lastBefore(ctx.bankPos, q.open);
  return j >= 0 ? ctx.bankAt.get(j) ?? null : null;
}

/** True when the mention at `pos` is the subject opening its sentence ("But the PM warned", "Trump has"). */
function opensSentence(text: string, pos: number): boolean {
  const from = Math.max(0, pos - 80);
  // A sentence boundary, an optional conjunction, then at most a few capitalised words (titles, first names).
  const m = /(?:\n|(?:(?<!(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|St|Gen|Gov|Sen|Sens|Rep|Reps|Lt|Col|Jr|Sr|Rev|Sgt|Capt|Prof|Adm|Maj|\p{Lu}))\.|[!?])["”’]?\s)\s*(?:(?:But|And|So|Yet|Then|Now|Still|However,|Meanwhile,)\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){0,3})$/u.exec(from === 0 ? `\n${text.slice(0, pos)}` : text.slice(from, pos));
  // "While Obama had …" opens a subordinate clause: not the sentence's subject.
  return !!m && !m[1].split(/\s+/).some((w) => STOP.has(w.toLowerCase()));
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

function lastIndexBefore(xs: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

// ---------------------------------------------------------------- roles and names

/** Roles an article's protagonist holds without being introduced by them. */
const TOP_ROLES = new Set(['prime minister', 'president', 'chancellor', 'premier']);

function roleOf(np: string): string | null {
  const m = /^(?:the|this|that)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L} -]+)$/iu.exec(np.trim());
  if (!m) return null;
  const r = m[1].toLowerCase();
  for (const role of ROLE_PHRASES) if (r === role || r.endsWith(` ${role}`)) return roleKey(role);
  return null;
}

/** The person most recently in focus among those the article gives this role. */
function latestWithRole(ctx: Context, role: string, pos: number): string | null {
  let best: string | null = null;
  let bestPos = -1;
  for (const r of ctx.roles.get(role) ?? []) {
    if (r.pos >= pos) break;
    const seen = Math.max(r.pos, lastBefore(ctx.namePositions.get(r.name) ?? [], pos));
    if (seen > bestPos) (best = r.name), (bestPos = seen);
  }
  if (best || !TOP_ROLES.has(role)) return best;
  // Never introduced ("the PM" in a story about him): the most named person holding no other role,
  // among the tagged persons when there are any; a tie names nobody. Named once, only in the opening paragraph.
  const withRole = new Set<string>();
  for (const list of ctx.roles.values()) for (const r of list) withRole.add(r.name);
  const lede = ctx.text.indexOf('\n', firstNonSpace(ctx.text, 0));
  let most = 0;
  let tie = false;
  for (const [name, ps] of ctx.namePositions) {
    if (withRole.has(name) || (ctx.personNames.size && !ctx.personNames.has(name))) continue;
    if (ps.length === 1 && lede >= 0 && ps[0] > lede) continue;
    if (ps.length > most) (best = name), (most = ps.length), (tie = false);
    else if (ps.length === most) tie = true;
  }
  return tie ? null : best;
}

// Role words in any case, then (case-sensitively) the capitalised name after them.
const ROLE_HEAD = new RegExp(`(?<![\\p{L}])(?:${ROLE_PHRASES.map((r) => r.replace(/ /g, '\\s+')).join('|')})\\s+`, 'giu');
const NAME_AT = /(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*/uy;

/** "British prime minister Keir Starmer", "President Zelensky": role -> people, by position. */
function findRoles(text: string, ctx: Context): Map<string, { name: string; pos: number }[]> {
  const out = new Map<string, { name: string; pos: number }[]>();
  ROLE_HEAD.lastIndex = 0;
  for (let h; (h = ROLE_HEAD.exec(text)); ) {
    NAME_AT.lastIndex = h.index + h[0].length;
    const n = NAME_AT.exec(text);
    if (!n || insideAny(h.index, ctx.quotes)) continue;
    const m = [h[0] + n[0], h[0].trim(), n[0]];
    const pos = n.index;
    const ent = entityAt(ctx.entities, { start: pos, end: pos + 1 });
    const run = nameRun(m[2].split(/\s+/));
    if (!run && !ent) continue;
    const plain = run ? run.join(' ') : '';
    const full = ent && ent.type === 'person' ? ent.canonical : fullestName(ctx, plain, pos) ?? normaliseCase(plain);
    const key = roleKey(m[1]);
    const list = out.get(key) ?? [];
    list.push({ name: full, pos: h.index });
    out.set(key, list);
    ROLE_HEAD.lastIndex = h.index + h[0].length;
  }
  return out;
}

/** Role modifiers that point away from the current holder ("the former president"). */
const NOT_HOLDER = /^(?:former|ex|late|then|outgoing|incoming|previous|next|future|new|deputy|acting|vice|shadow|interim)$/i;
const ROLE_MENTION = new RegExp(
  `(?<![\\p{L}])the\\s+((?:[\\p{L}-]+\\s+){0,2}?)(?:${ROLE_PHRASES.map((r) => r.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}-])`,
  'giu',
);

/** "the PM", "the Ukrainian president" outside quotes, each with the person holding that role there. */
function findRoleMentions(text: string, ctx: Context): { start: number; name: string }[] {
  const out: { start: number; name: string }[] = [];
  ROLE_MENTION.lastIndex = 0;
  for (let m; (m = ROLE_MENTION.exec(text)); ) {
    if (insideAny(m.index, ctx.quotes)) continue;
    if (m[1].split(/\s+/).some((w) => NOT_HOLDER.test(w.replace(/-$/, '')))) continue;
    // "the president of the club" names a different office.
    if (/^\s+of\s/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    const role = roleOf(m[0]);
    const name = role ? latestWithRole(ctx, role, m.index) : null;
    if (name) out.push({ start: m.index, name });
  }
  return out;
}

/** Names the article uses: person entities, then runs of two or more capitalised words outside quotes. */
function nameBank(ctx: Context): void {
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
    if (e.type === 'person' && !insideAny(e.start, ctx.quotes)) found.push({ full: e.canonical, pos: e.start }), ctx.personNames.add(e.canonical);
  }
  const re = /\p{Lu}[\p{L}'’-]*\.?(?:[ \t]+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*))+/gu;
  for (let m; (m = re.exec(ctx.text)); ) {
    if (insideAny(m.index, ctx.quotes)) continue;
    let ws = m[0].split(/\s+/);
    for (let k = 0; k < ws.length; k++) if (ws[k].endsWith('s') && /['’]s$/.test(ws[k])) ws[k] = ws[k].slice(0, -2);
    while (ws.length > 1 && (isTitleWord(ws[0]) || STOP.has(ws[0].toLowerCase()))) ws = ws.slice(1);
    if (ws.length < 2) continue;
    if (entityAt(ctx.entities, { start: m.index, end: m.index + m[0].length })) continue;
    found.push({ full: normaliseCase(ws.join(' ')), pos: m.index + m[0].length - ws.join(' ').length });
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
