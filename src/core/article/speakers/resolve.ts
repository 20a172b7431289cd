// Turns a cue's subject phrase into a speaker: a name, a role's holder, a pronoun's referent.
import { endsWithAbbreviation } from '../../text/abbreviations';
import { partitionPoint } from '../../text/search';
import { sentenceStart } from '../../text/sentences';
import type { QuoteStretch } from '../quotes/stretch';
import { DAY_RE, DETERMINER, PRONOUN, STOP } from './lexicon';
import type { Attribution, Context, Mention, State } from './model';
import { lastBefore, named, nameRun, surname } from './names';
import { latestWithRole, leaderOf, roleOf } from './roles';

/** Words that make a phrase a clause, not a description of a speaker ("Mr X was also heard to"). */
const NOT_IN_NOUN_PHRASE =
  /^(?:is|was|were|are|am|be|been|being|will|would|shall|should|can|could|may|might|must|do|does|did|has|have|had|what|which|whom|whose|if|than|not|n['’]t|to|heard|seems?|appears?)$/i;

/** Turns a subject phrase into a speaker: a canonical name, a resolved role or pronoun, or the phrase. */
export function subject(ctx: Context, np: string, at: number, q: QuoteStretch, state: State): Attribution | null {
  const words = np.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 9) return null;
  const span = { start: at, end: at + np.length };
  if (words.length === 1 && PRONOUN.test(words[0])) {
    const { who, by } = referent(ctx, words[0], q, state, at);
    return { speaker: who, span, pronounBy: by };
  }
  // A role standing for a named person: "the PM", "the President".
  const role = roleOf(np);
  if (role) {
    const who = latestWithRole(ctx, role, q.open);
    if (who) return { speaker: who, span };
  }
  // A capitalised name at the end of the phrase: "Ukrainian president Volodymyr Zelensky".
  const run = nameRun(words);
  const runAt = run ? at + np.lastIndexOf(run[0]) : -1;
  // "Villagers in the Cotswolds": a place after a preposition modifies the head; the phrase speaks.
  if (run && !isPlaceModifier(ctx, np.slice(0, runAt - at), runAt)) {
    const r = named(ctx, run.join(' '), runAt, q);
    // A country speaking in a list of reactions stands for its leader ("Pakistan said").
    const leader = r?.speaker && !ctx.personNames.has(r.speaker) ? leaderOf(ctx, r.speaker, q.open) : null;
    if (r && leader) return { ...r, speaker: leader };
    if (r) return r;
  }
  if (!/\p{L}/u.test(np)) return null;
  // A description ("a Ukrainian official", "federal prosecutors"): the phrase itself, when it is a noun phrase.
  if (!DETERMINER.test(words[0]) && !/^\p{Lu}/u.test(words[0]) && !isBarePlural(words)) return null;
  if (words.some((w) => NOT_IN_NOUN_PHRASE.test(w)) || DAY_RE.test(words[words.length - 1])) return null;
  // "what he": a clause ending in a pronoun speaks of that person.
  if (PRONOUN.test(words[words.length - 1])) return null;
  return { speaker: np.replace(/[\s,.]+$/, ''), span };
}

const PLACE_PREPOSITION = /\S\s+(?:in|from|at|near|across|around|outside|of)\s+(the\s+)?$/;

/** A place after a preposition ("in Leeds"), or any name but a person's after "in the" ("in the Cotswolds"). */
function isPlaceModifier(ctx: Context, before: string, at: number): boolean {
  const m = PLACE_PREPOSITION.exec(before);
  if (!m) return false;
  // (entityAt passes over places, which are what is looked for here.)
  const k = partitionPoint(ctx.entities.length, (i) => ctx.entities[i].end <= at);
  const type = k < ctx.entities.length && ctx.entities[k].start <= at ? ctx.entities[k].type : undefined;
  return type === 'place' || (!!m[1] && type !== 'person' && type !== 'organization');
}

/** "police", "federal prosecutors", "local residents": a short plural of people with no determiner. */
function isBarePlural(words: readonly string[]): boolean {
  if (words.length > 3 || !words.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !STOP.has(w))) return false;
  const head = words[words.length - 1];
  return head === 'police' || (/^\p{Ll}{3,}s$/u.test(head) && !/(?:ss|us|is|ness)$/.test(head));
}

export function resolvePronoun(ctx: Context, pron: string, q: QuoteStretch, state: State, at: number): string | null {
  return referent(ctx, pron, q, state, at).who;
}

/** A pronoun's referent and which rule chose it (a ranker feature: some choices are safer than others). */
function referent(ctx: Context, pron: string, q: QuoteStretch, state: State, at: number): { who: string | null; by: string } {
  if (!/^(?:he|she)$/i.test(pron)) return { who: null, by: 'none' };
  // The most recent person named outside quotes before the pronoun ("He told the president: “"
  // is not about the president); a speaker attributed after that mention wins.
  let i = lastIndexBefore(ctx.mentions, Math.min(q.open, at));
  const latest = i;
  // Within one sentence its subject beats a later object ("X dismissed the voice of Y's client. “…,” he said");
  // an owner opening the sentence is no subject ("Mr Dunn’s neighbour, Ray Holt, …").
  if (i >= 0 && !opensSentence(ctx.text, ctx.mentions[i].start)) {
    const from = sentenceStart(ctx.text, ctx.mentions[i].start, ctx.text.lastIndexOf('\n', ctx.mentions[i].start) + 1);
    for (let j = i - 1; j >= 0 && ctx.mentions[j].start >= from; j--)
      if (opensSentence(ctx.text, ctx.mentions[j].start) && !isOwner(ctx.text, ctx.mentions[j].start)) i = j;
  }
  // "she said" is not about the man named last, when the article says who is Mr and who is Ms.
  const fits = (name: string) => fitsPronoun(ctx, name, pron);
  // A subject of the other sex: a later person of the same sentence who fits ("Mrs Dunn’s neighbour, Ray Holt, … he said").
  if (i >= 0 && i < latest && !fits(ctx.mentions[i].name)) {
    let k = latest;
    while (k > i && !fits(ctx.mentions[k].name)) k--;
    i = k;
  }
  if (i >= 0 && !fits(ctx.mentions[i].name)) {
    let j = i - 1;
    while (j >= 0 && j > i - 12 && !fits(ctx.mentions[j].name)) j--;
    i = j >= 0 && j > i - 12 ? j : -1;
  }
  const person = i >= 0 ? ctx.mentions[i] : null;
  // The speaker of the quote just before goes on talking ("he added") unless someone is named since.
  // Only right after that quote: a short tag between ("He added: “"), no narrative about someone else.
  if (
    state.prev &&
    fits(state.prev.speaker) &&
    state.prev.at > (person?.start ?? -1) &&
    wordCount(ctx.text.slice(state.prev.end, q.open)) <= 8
  )
    return { who: state.prev.speaker, by: 'previousQuote' };
  // The speaker of a recent quote usually goes on talking ("he added"), unless a sentence since is about someone else.
  const since = person && opensSentence(ctx.text, person.start);
  const last = state.last && fits(state.last.speaker) ? state.last : null;
  if (last && (last.at > (person?.start ?? -1) || (last.at > q.open - 600 && !since))) return { who: last.speaker, by: 'lastSpeaker' };
  if (person) return { who: person.name, by: 'lastMention' };
  if (last) return { who: last.speaker, by: 'oldSpeaker' };
  const j = lastBefore(ctx.bankPos, q.open);
  return { who: j >= 0 ? (ctx.bankAt.get(j) ?? null) : null, by: 'lastName' };
}

/** A name (at `start`) in the possessive ("Mr Hale’s"): it owns the noun after it. */
function isOwner(text: string, start: number): boolean {
  return OWNER.test(text.slice(start, start + 60));
}

const OWNER = /^(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}-]*['’]s?\s/u;

/** False only when the article gives the person the other sex ("Ms Lowe" for "he"). */
function fitsPronoun(ctx: Context, name: string, pron: string): boolean {
  const g = ctx.genders.get(surname(name));
  return !g || g === (/^she$/i.test(pron) ? 'f' : 'm');
}

// A sentence boundary, an optional conjunction, then at most a few capitalised words (titles, first names).
const OPENING = /(?:\n|([.!?])["”’]?\s)\s*(?:(?:But|And|So|Yet|Then|Now|Still|However,|Meanwhile,)\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){0,3})$/gu;

/** True when the mention at `pos` is the subject opening its sentence ("But the PM warned", "Hale has"). */
export function opensSentence(text: string, pos: number): boolean {
  const from = Math.max(0, pos - 80);
  const s = from === 0 ? `\n${text.slice(0, pos)}` : text.slice(from, pos);
  OPENING.lastIndex = 0;
  for (let m; (m = OPENING.exec(s)); OPENING.lastIndex = m.index + 1) {
    if (m[1] === '.' && endsWithAbbreviation(s.slice(0, m.index))) continue; // "Mr. Hale"
    // "While Hale had …" opens a subordinate clause: not the sentence's subject.
    return !m[2].split(/\s+/).some((w) => STOP.has(w.toLowerCase()));
  }
  return false;
}

export function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

export function lastIndexBefore(xs: readonly Mention[], pos: number): number {
  return partitionPoint(xs.length, (i) => xs[i].start < pos) - 1;
}
