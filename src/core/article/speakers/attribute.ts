// Speaker attribution: who said each quote, from the cue around it ("X said", "said X",
// "according to X", "he added"), then resolved to the article's canonical name.
import type { EntityAnnotation } from '../../types';
import { firstNonSpace } from '../../text/whitespace';
import type { QuoteStretch } from '../quotes/stretch';
import { makeContext } from './context';
import { fromCue } from './cues';
import type { Attribution, Context, State } from './model';
import { articleMentions, candidatesFor, choose, type Candidate } from './ranker';
import { RANKER_WEIGHTS } from './rankerWeights';
import { findRoleMentions } from './roles';

/** One attribution per stretch (same order): the cue rules' answers, re-ranked against the names around each quote. */
export function attributeSpeakers(text: string, quotes: readonly QuoteStretch[], entities: readonly EntityAnnotation[]): Attribution[] {
  if (!quotes.length) return [];
  const { ctx, rule } = ruleAttributions(text, quotes, entities);
  const mentions = articleMentions(ctx, entities);
  const paragraphs = new Map<number, number>();
  // `cued`: the text itself says who spoke (the rules found a cue), not only a name nearby.
  const out = rule.map((a, k) => ({
    ...choose(candidatesFor(ctx, mentions, k, a, paragraphs), a, RANKER_WEIGHTS),
    cued: a.speaker !== null,
    cuedHere: a.speaker !== null && !!a.span && a.span.start >= quotes[k].lineStart && a.span.end <= quotes[k].lineEnd,
  }));
  // A quote running over paragraphs often names its speaker only in its last paragraph.
  for (let i = quotes.length - 1; i > 0; i--) {
    if (quotes[i].continues && out[i].speaker && !out[i - 1].speaker) out[i - 1] = { ...out[i] };
  }
  return out;
}

/** For training the ranker: each quote's rule answer and its candidates with their features. */
export function speakerCandidates(
  text: string,
  quotes: readonly QuoteStretch[],
  entities: readonly EntityAnnotation[],
): { rule: Attribution[]; candidates: Candidate[][] } {
  if (!quotes.length) return { rule: [], candidates: [] };
  const { ctx, rule } = ruleAttributions(text, quotes, entities);
  const mentions = articleMentions(ctx, entities);
  const paragraphs = new Map<number, number>();
  return { rule, candidates: rule.map((a, k) => candidatesFor(ctx, mentions, k, a, paragraphs)) };
}

/** The cue rules' answer for each quote, in order, with what earlier quotes told. */
function ruleAttributions(
  text: string,
  quotes: readonly QuoteStretch[],
  entities: readonly EntityAnnotation[],
): { ctx: Context; rule: Attribution[] } {
  const ctx = makeContext(text, quotes, entities);
  // A role standing for its holder ("the PM laid a wreath. And he insisted …") is a mention of that person.
  ctx.mentions = [...ctx.persons.map((e) => ({ start: e.start, name: e.canonical })), ...findRoleMentions(text, ctx)].sort(
    (a, b) => a.start - b.start,
  );
  const state: State = { last: null, prev: null };
  const out: Attribution[] = [];
  quotes.forEach((q, i) => {
    const prev = i > 0 ? quotes[i - 1] : undefined;
    const next = i + 1 < quotes.length ? quotes[i + 1] : undefined;
    let a = fromCue(ctx, q, prev, next, state);
    // No cue: a quote continuing the previous one (same paragraph, or reopened paragraph) keeps its speaker.
    if (!a && prev && out[i - 1].speaker && (q.continues || prev.lineStart === q.lineStart || followsDirectly(text, prev, q))) {
      a = { ...out[i - 1], via: 'continues' };
    }
    out.push(a ?? { speaker: null });
    if (a?.speaker) state.prev = { speaker: a.speaker, at: q.open, end: q.close >= 0 ? q.close + 1 : q.end };
    if (a?.speaker && a.span && !/^(?:he|she)$/i.test(text.slice(a.span.start, a.span.end)))
      state.last = { speaker: a.speaker, at: a.span.start };
  });
  return { ctx, rule: out };
}

/** True when the previous quote ends the paragraph right before this quote's paragraph. */
function followsDirectly(text: string, prev: QuoteStretch, q: QuoteStretch): boolean {
  if (q.open !== firstNonSpace(text, q.lineStart)) return false;
  const between = text.slice(prev.close >= 0 ? prev.close + 1 : prev.end, q.lineStart);
  return between.split('\n').filter((l) => /\S/.test(l)).length <= 1 && prev.lineEnd < q.lineStart && !/[.!?]\s*\p{Lu}/u.test(between);
}
