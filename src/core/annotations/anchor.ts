// Finding an annotation again after the article changed. Order: the stored position, then the
// exact quote judged by its context, then the place where the context still is (the "hole"), then
// an approximate search for the quote. Context, quote distance and position are separate pieces of
// evidence with separate thresholds (never one mixed score, cf. Hypothesis h#2634); whenever the
// evidence is weak or points to two places the annotation is orphaned instead of moved onto other
// words (h#2798: "Robin" edited to "Elisa" must not jump to another "Robin"; h#4328: no fragments).
import { type FarBudget, NEAR, distinctEnds, searchIn, windows } from './approxSearch';
import { type Evidence, type Folded, MIN_SIDE, evidence, foldTarget, fullContextScore } from './evidence';
import { findHole, keepsHalfTheWords, similarAtLeast, toWords } from './hole';
import type { AnchorResult, TextTarget } from './model';
import { type FoldedText, foldText, foldedIndex, rawRange } from './normalize';
import { CONTEXT_LENGTH } from './target';

export { makeTarget, shiftTarget, CONTEXT_LENGTH, type TextChange, type ShiftResult } from './target';

/** A text prepared once for anchoring many targets (folding is done lazily, on the first miss). */
export interface PreparedText {
  readonly raw: string;
  folded?: FoldedText;
  /** How many more annotations may be searched for approximately across the whole of a long text. */
  farSearchesLeft: number;
}

/** Prepares a text; `farSearches` bounds the approximate whole-text searches (default: no bound). */
export function prepareText(text: string, farSearches = Number.POSITIVE_INFINITY): PreparedText {
  return { raw: text, farSearchesLeft: farSearches };
}

export interface AnchorOptions {
  /** Where the words are expected now (UTF-16 offset), e.g. after live edits; default target.start. */
  hint?: number;
  /** The same text prepared by `prepareText`, to fold a long article only once. */
  prepared?: PreparedText;
}

/** Context this good everywhere needs no further checks. */
const CONTEXT_SURE = 0.95;
/** A changed quote is accepted when at least this similar to the annotated words… */
const QUOTE_FUZZY_MIN = 0.75;
/** …and with only one side of context agreeing, at least this similar. */
const QUOTE_FUZZY_ONE_SIDE = 0.85;
const QUOTE_MAX_ERROR_RATE = 0.25;
const QUOTE_MAX_ERRORS = 64;
/** A unique quote this long is its own evidence even when both sides of context changed. */
const LONG_QUOTE = 24;
/** Shorter quotes are never searched approximately (too many look-alikes); the hole still works. */
const MIN_FUZZY_QUOTE = 8;
/** A hole whose context is found with at most this error rate is certain… */
const CERTAIN_HOLE_ERROR_RATE = 0.1;
/** …and the words in it need only be this similar to the annotated ones. */
const QUOTE_MIN_IN_CERTAIN_HOLE = 0.5;
/** Longer quotes are only found exactly (approximate comparison grows with the square of the length). */
const MAX_FUZZY_QUOTE = 4000;
/** With only one side of context agreeing, the exact quote must be at least this long. */
const PARTIAL_MIN_QUOTE = 12;
const PARTIAL_OTHER_MIN = 0.5;
const MAX_CANDIDATES = 200;
/** anchorAll: annotations per call that may be searched approximately across a long text. */
const MAX_FAR_SEARCHES = 64;
/** Scores closer than this cannot tell two places apart. */
const TIE = 0.05;

/**
 * Finds `target` in `text`. Returns where the annotated words are now, or why they cannot be
 * placed with confidence: 'missing' (the words are gone or changed beyond recognition),
 * 'ambiguous' (several places fit equally well), 'weak' (the words exist but nothing around them
 * confirms the place). Time is bounded: approximate searches run near the expected place first.
 */
export function anchor(text: string, target: TextTarget, opts: AnchorOptions = {}): AnchorResult {
  const prepared = opts.prepared && opts.prepared.raw === text ? opts.prepared : prepareText(text);
  const hints = opts.hint === undefined || opts.hint === target.start ? [target.start] : [opts.hint, target.start];
  return anchorPrepared(prepared, target, hints);
}

/**
 * Anchors many targets on one text (results in the order of `targets`). Targets are visited in
 * text order and each one's shift predicts the next, so an edit high up costs nothing below it.
 */
export function anchorAll(text: string, targets: readonly TextTarget[]): AnchorResult[] {
  // Bounded time even when most annotations are gone (another article pasted over this one):
  // only so many are searched for approximately across a long text; the others near their old
  // place only (an unchanged quote is still found anywhere by the exact search).
  const prepared = prepareText(text, MAX_FAR_SEARCHES);
  const order = targets.map((_, i) => i).sort((a, b) => targets[a].start - targets[b].start);
  const out = new Array<AnchorResult>(targets.length);
  let delta = 0;
  for (const i of order) {
    const t = targets[i];
    const r = anchorPrepared(prepared, t, delta === 0 ? [t.start] : [t.start + delta, t.start]);
    if (r.status === 'anchored') delta = r.start - t.start;
    out[i] = r;
  }
  return out;
}

function anchorPrepared(p: PreparedText, t: TextTarget, hints: readonly number[]): AnchorResult {
  const raw = p.raw;
  if (!t.exact) return { status: 'orphaned', reason: 'missing' };
  // 1. The stored (or predicted) position, with the context exactly as stored.
  for (const h of hints) {
    if (h >= t.prefix.length && raw.startsWith(t.exact, h) && raw.startsWith(t.suffix, h + t.exact.length) && raw.startsWith(t.prefix, h - t.prefix.length)) {
      return { status: 'anchored', start: h, end: h + t.exact.length, method: 'position' };
    }
  }
  const F = (p.folded ??= foldText(raw));
  const N = F.text;
  const ft = foldTarget(t);
  if (!ft.exact) return { status: 'orphaned', reason: 'missing' };
  const hintF = foldedIndex(F, hints[0]);
  const placed = (s: number, e: number, method: 'position' | 'quote' | 'fuzzy'): AnchorResult => ({ status: 'anchored', ...rawRange(F, s, e), method });

  // 2. The position again, after folding (whitespace, quote style, case changed around it).
  for (const h of hints) {
    const hf = foldedIndex(F, h);
    if (N.startsWith(ft.exact, hf)) {
      const ev = evidence(N, ft, hf, hf + ft.exact.length);
      if (ev.agree === 'all' && ev.score >= CONTEXT_SURE) return placed(hf, ev.end, 'position');
    }
  }

  // 3. The exact quote wherever it occurs, judged by its context. First with all of its context
  //    intact (one native search), then each occurrence scored.
  const at = exactCandidates(N, ft.exact, hintF);
  if (at.length > 1 && ft.prefix.length + ft.suffix.length >= MIN_SIDE) {
    const whole = ft.prefix + ft.exact + ft.suffix;
    const first = N.indexOf(whole);
    if (first !== -1) {
      const second = N.indexOf(whole, first + 1);
      const s = first + ft.prefix.length;
      if (second === -1) return placed(s, s + ft.exact.length, 'quote');
    }
  }
  const cands = at.map((i) => evidence(N, ft, i, i + ft.exact.length));
  const byScore = (a: Evidence, b: Evidence) => b.score - a.score || Math.abs(a.pos - hintF) - Math.abs(b.pos - hintF);
  const strong = cands.filter((c) => c.agree === 'all').sort(byScore);
  const partial = cands.filter((c) => c.agree === 'some').sort(byScore);
  const best = strong[0] ?? partial[0];
  if (best && best.score >= CONTEXT_SURE && best.agree === 'all') {
    return tieOrPlace(N, ft, strong, hintF, placed, 'quote');
  }

  // 4. Where is the context now? If it surrounds other words than the quote found, the annotated
  //    words were changed there: judge those words, never the look-alike elsewhere.
  const far: FarBudget = { pool: p, used: false };
  const hole = findHole(N, ft, t, hintF, far);
  if (hole) {
    // The quote still sits at one end of the hole (an edit next to it widened the hole): keep it.
    // The end it sits at must be a real side of context, not the edge of the text.
    const atStart = (c: Evidence) => t.prefix.length >= CONTEXT_LENGTH && Math.abs(c.pos - hole.start) <= 2;
    const atEnd = (c: Evidence) => t.suffix.length >= CONTEXT_LENGTH && Math.abs(c.end - hole.end) <= 2;
    // Or the hole is about the quote's size and the quote overlaps it (the context was found a
    // few characters off).
    const snug = hole.end - hole.start <= ft.exact.length * 1.5 + 8;
    const overlaps = (c: Evidence) => (c.pos < hole.end && c.end > hole.start) || (c.pos <= hole.start && c.end >= hole.end);
    const inHole = cands.filter((c) => atStart(c) || atEnd(c) || (snug && overlaps(c))).sort(byScore);
    if (inHole.length) return tieOrPlace(N, ft, inHole, hintF, placed, 'quote');
    // The words there changed: keep them if they are still close to the annotated ones (widened
    // to whole words, never narrowed to a closer fragment: h#4328). With both sides of context
    // almost intact the place is certain, and words that keep half of the annotated words are
    // those words edited; all-new words stay orphaned ("Robin" → "Elisa").
    if (ft.exact.length <= MAX_FUZZY_QUOTE) {
      const certain = hole.errors <= (ft.prefix.length + ft.suffix.length) * CERTAIN_HOLE_ERROR_RATE;
      const min = certain && keepsHalfTheWords(ft.exact, N.slice(hole.start, hole.end)) ? QUOTE_MIN_IN_CERTAIN_HOLE : QUOTE_FUZZY_MIN;
      const w = toWords(N, hole.start, hole.end);
      const simWords = similarAtLeast(N.slice(w.start, w.end), ft.exact, min);
      const simHole = similarAtLeast(N.slice(hole.start, hole.end), ft.exact, min);
      if (simWords !== null && simWords >= (simHole ?? 0)) return placed(w.start, w.end, 'fuzzy');
      if (simHole !== null) return placed(hole.start, hole.end, 'fuzzy');
    }
    return { status: 'orphaned', reason: 'missing' };
  }
  if (strong.length) return tieOrPlace(N, ft, strong, hintF, placed, 'quote');
  // One side agreeing is enough for a quote of some length. A short word with half its context
  // is how a note ends up on another "Robin": it also needs the other side at least half there
  // (a light edit next to it, not other text).
  const otherSide = (c: Evidence) => Math.min(c.prefix ?? 1, c.suffix ?? 1);
  const usable = ft.exact.length >= PARTIAL_MIN_QUOTE ? partial : partial.filter((c) => otherSide(c) >= PARTIAL_OTHER_MIN);
  if (usable.length) return tieOrPlace(N, ft, usable, hintF, placed, 'quote');
  if (cands.length === 1 && ft.exact.length >= LONG_QUOTE) return placed(cands[0].pos, cands[0].end, 'quote');
  // The words exist, but nothing around them says this is the place.
  if (cands.length) return { status: 'orphaned', reason: 'weak' };

  // 5. The quote itself changed and the context did too: approximate search, near first.
  if (ft.exact.length >= MIN_FUZZY_QUOTE && ft.exact.length <= MAX_FUZZY_QUOTE) {
    const fuzzy = fuzzyQuote(N, ft, hintF, far);
    if (fuzzy === 'ambiguous') return { status: 'orphaned', reason: 'ambiguous' };
    if (fuzzy) return placed(fuzzy.pos, fuzzy.end, 'fuzzy');
  }
  return { status: 'orphaned', reason: 'missing' };
}

/**
 * Places the best candidate. When others are as good by context (a duplicated sentence), then in
 * this order: the full stored context across line breaks; the later of two identical places if
 * it moved by just the length of the text they share (a copy pasted above it); a place at least
 * twice as near the expected position as the next. Otherwise the annotation is ambiguous.
 */
function tieOrPlace(
  N: string,
  ft: Folded,
  sorted: Evidence[],
  hintF: number,
  placed: (s: number, e: number, m: 'quote') => AnchorResult,
  method: 'quote',
): AnchorResult {
  const top = sorted[0];
  let tied = sorted.filter((c) => top.score - c.score < TIE);
  if (tied.length === 1) return placed(top.pos, top.end, method);
  // Same context within the paragraph: the full stored context (across line breaks) may still
  // tell the original from a copy pasted as a paragraph of its own.
  if (ft.prefix !== ft.nearPrefix || ft.suffix !== ft.nearSuffix) {
    const full = tied.map((c) => ({ c, s: fullContextScore(N, ft, c) })).sort((a, b) => b.s - a.s);
    tied = full.filter((x) => full[0].s - x.s < TIE).map((x) => x.c);
    if (tied.length === 1) return placed(tied[0].pos, tied[0].end, method);
  }
  // A pasted copy before the original shifts the original by the copy's length: when the later
  // of two identical places moved by just the length of the text the two share, it is the original.
  if (tied.length === 2) {
    const [a, b] = tied[0].pos < tied[1].pos ? [tied[0], tied[1]] : [tied[1], tied[0]];
    const shared = sharedLength(N, a, b);
    if (a.pos < hintF - 2 || a.pos > hintF + 2) {
      // shared = the copy's length, plus a few characters that happen to match around it
      const shift = b.pos - hintF;
      if (shift <= shared + 3 && shift >= shared - 16 && shared >= a.end - a.pos + 16) return placed(b.pos, b.end, method);
    }
  }
  const byDistance = tied.map((c) => ({ c, d: Math.abs(c.pos - hintF) })).sort((a, b) => a.d - b.d);
  const [near, next] = byDistance;
  if (next.d >= 2 * near.d + 16) return placed(near.c.pos, near.c.end, method);
  return { status: 'orphaned', reason: 'ambiguous' };
}

/** Length of the identical stretch of text around two occurrences of the quote (at most ~8 KB). */
function sharedLength(N: string, a: Evidence, b: Evidence): number {
  let left = 0;
  while (left < 4096 && a.pos - left > 0 && N.charCodeAt(a.pos - left - 1) === N.charCodeAt(b.pos - left - 1)) left++;
  let right = 0;
  const limit = Math.min(4096, b.pos - a.end - left); // the stretches must not overlap
  while (right < limit && b.end + right < N.length && N.charCodeAt(a.end + right) === N.charCodeAt(b.end + right)) right++;
  return left + (a.end - a.pos) + right;
}

/** Start offsets of `exact` in N; of a very common quote only the ones nearest the expected place. */
function exactCandidates(N: string, exact: string, hintF: number): number[] {
  const out: number[] = [];
  for (let i = N.indexOf(exact); i !== -1; i = N.indexOf(exact, i + 1)) out.push(i);
  if (out.length <= MAX_CANDIDATES) return out;
  // Nearest first (a farther true place is still found by its context in step 4).
  let lo = 0;
  while (lo < out.length && out[lo] < hintF) lo++;
  let a = lo - 1;
  let b = lo;
  const near: number[] = [];
  while (near.length < MAX_CANDIDATES && (a >= 0 || b < out.length)) {
    if (b >= out.length || (a >= 0 && hintF - out[a] <= out[b] - hintF)) near.push(out[a--]);
    else near.push(out[b++]);
  }
  return near;
}

/** An approximate match of the quote whose own distance and context both hold, or 'ambiguous'. */
function fuzzyQuote(N: string, ft: Folded, hintF: number, far: FarBudget): Evidence | 'ambiguous' | null {
  const maxErrors = Math.min(QUOTE_MAX_ERRORS, Math.floor(ft.exact.length * QUOTE_MAX_ERROR_RATE));
  for (const [lo, hi] of windows(N.length, hintF, ft.exact.length * 2, far)) {
    const ok: { ev: Evidence; quote: number }[] = [];
    for (const m of distinctEnds(searchIn(N, lo, hi, ft.exact, maxErrors))) {
      const quote = 1 - m.errors / ft.exact.length;
      const ev = evidence(N, ft, m.start, m.end);
      if (quote >= QUOTE_FUZZY_MIN && (ev.agree === 'all' || (ev.agree === 'some' && quote >= QUOTE_FUZZY_ONE_SIDE))) ok.push({ ev, quote });
    }
    if (ok.length > 1) {
      ok.sort((a, b) => b.ev.score - a.ev.score);
      if (ok[0].ev.score - ok[1].ev.score < TIE) return 'ambiguous';
    }
    if (ok.length) return ok[0].ev;
  }
  return null;
}
