// Speaker attribution: who said each quote, from the cue around it ("X said", "said X",
// "according to X", "he added"), then resolved to the article's canonical name.
import type { EntityAnnotation } from '../../types';
import { firstNonSpace } from '../../text/whitespace';
import type { QuoteStretch } from '../quotes/stretch';
import { makeContext } from './context';
import { crowdVoice } from './crowd';
import { fromCue } from './cues';
import type { Attribution, State } from './model';
import { articleMentions, type Candidate, candidatesFor, choose, type Weights } from './ranker';
import { RANKER_WEIGHTS } from './rankerWeights';
import { findRoleMentions } from './roles';

/** One attribution per stretch (same order): the cue rules' answers, re-ranked against the names around each quote. */
export function attributeSpeakers(text: string, quotes: readonly QuoteStretch[], entities: readonly EntityAnnotation[]): Attribution[] {
  if (!quotes.length) return [];
  const { rule, final } = decode(text, quotes, entities, RANKER_WEIGHTS);
  // `cued`: the text itself says who spoke (the rules found a cue), not only a name nearby.
  const out = final.map((f, k) => {
    const a = rule[k];
    return {
      ...f,
      cued: a.speaker !== null,
      cuedHere: a.speaker !== null && !!a.span && a.span.start >= quotes[k].lineStart && a.span.end <= quotes[k].lineEnd,
    };
  });
  // A quote running over paragraphs often names its speaker only in its last paragraph.
  for (let i = quotes.length - 1; i > 0; i--) {
    if (quotes[i].continues && out[i].speaker && !out[i - 1].speaker) out[i - 1] = { ...out[i] };
  }
  return out;
}

/** For training the ranker: each quote's rule answer and its candidates with their features (earlier quotes decided by `weights`). */
export function speakerCandidates(
  text: string,
  quotes: readonly QuoteStretch[],
  entities: readonly EntityAnnotation[],
  weights: Weights = RANKER_WEIGHTS,
): { rule: Attribution[]; candidates: Candidate[][] } {
  if (!quotes.length) return { rule: [], candidates: [] };
  const { rule, candidates } = decode(text, quotes, entities, weights);
  return { rule, candidates };
}

/**
 * Quote by quote in text order: the cue rules' answer, its candidates, the ranker's choice. What later
 * quotes carry over ("he added", a quote going on in the same paragraph) is the ranker's choice, so a
 * speaker it corrected is the one still talking.
 */
function decode(
  text: string,
  quotes: readonly QuoteStretch[],
  entities: readonly EntityAnnotation[],
  weights: Weights,
): { rule: Attribution[]; candidates: Candidate[][]; final: Attribution[] } {
  const ctx = makeContext(text, quotes, entities);
  // A role standing for its holder ("the PM laid a wreath. And he insisted …") is a mention of that person.
  ctx.mentions = [...ctx.persons.map((e) => ({ start: e.start, name: e.canonical })), ...findRoleMentions(text, ctx)].sort(
    (a, b) => a.start - b.start,
  );
  const mentions = articleMentions(ctx, ctx.entities);
  const paragraphs = new Map<number, number>();
  const state: State = { last: null, prev: null };
  const rule: Attribution[] = [];
  const candidates: Candidate[][] = [];
  const final: Attribution[] = [];
  quotes.forEach((q, i) => {
    const prev = i > 0 ? quotes[i - 1] : undefined;
    const next = i + 1 < quotes.length ? quotes[i + 1] : undefined;
    // A chant or a shout is the crowd's: the group named or no one, never carried on to later quotes.
    const crowd = crowdVoice(text, q, prev && prev.lineStart === q.lineStart && prev.close >= 0 ? prev.close + 1 : q.lineStart);
    if (crowd) {
      rule.push(crowd);
      candidates.push([]);
      final.push(crowd);
      return;
    }
    let a = fromCue(ctx, q, prev, next, state);
    // No cue: a quote continuing the previous one (same paragraph, or reopened paragraph) keeps its speaker.
    if (
      !a &&
      prev &&
      final[i - 1].speaker &&
      final[i - 1].via !== 'crowd' &&
      (q.continues || prev.lineStart === q.lineStart || followsDirectly(text, prev, q))
    ) {
      a = { ...final[i - 1], via: 'continues' };
    }
    const r = a ?? { speaker: null };
    const cands = candidatesFor(ctx, mentions, i, r, paragraphs);
    const f = choose(cands, r, weights);
    rule.push(r);
    candidates.push(cands);
    final.push(f);
    if (f.speaker) state.prev = { speaker: f.speaker, at: q.open, end: q.close >= 0 ? q.close + 1 : q.end };
    if (f.speaker && f.span && !/^(?:he|she)$/i.test(text.slice(f.span.start, f.span.end)))
      state.last = { speaker: f.speaker, at: f.span.start };
  });
  return { rule, candidates, final };
}

/** True when the previous quote ends the paragraph right before this quote's paragraph. */
function followsDirectly(text: string, prev: QuoteStretch, q: QuoteStretch): boolean {
  if (q.open !== firstNonSpace(text, q.lineStart)) return false;
  const between = text.slice(prev.close >= 0 ? prev.close + 1 : prev.end, q.lineStart);
  return between.split('\n').filter((l) => /\S/.test(l)).length <= 1 && prev.lineEnd < q.lineStart && !/[.!?]\s*\p{Lu}/u.test(between);
}
