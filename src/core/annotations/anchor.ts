// Finding an annotation again after the article changed. Order: the stored position, then the
// exact quote judged by its context, then the place where the context still is (the "hole"), then
// an approximate search for the quote. Context, quote distance and position are separate pieces of
// evidence with separate thresholds (never one mixed score, cf. Hypothesis h#2634); whenever the
// evidence is weak or points to two places the annotation is orphaned instead of moved onto other
// words (h#2798: "Robin" edited to "Elisa" must not jump to another "Robin"; h#4328: no fragments).
import search from 'approx-string-match';
import { boundedDistance, similarity } from './editDistance';
import type { AnchorResult, TextTarget } from './model';
import { type FoldedText, fold, foldText, foldedIndex, rawRange } from './normalize';

export { makeTarget, shiftTarget, CONTEXT_LENGTH, type TextChange, type ShiftResult } from './target';

/** A text prepared once for anchoring many targets (folding is done lazily, on the first miss). */
export interface PreparedText {
  readonly raw: string;
  folded?: FoldedText;
}

export function prepareText(text: string): PreparedText {
  return { raw: text };
}

export interface AnchorOptions {
  /** Where the words are expected now (UTF-16 offset), e.g. after live edits; default target.start. */
  hint?: number;
  /** The same text prepared by `prepareText`, to fold a long article only once. */
  prepared?: PreparedText;
}

/** A side of context agrees when its similarity with the text at the candidate reaches this. */
const AGREE = 0.7;
/** Context this good everywhere needs no further checks. */
const CONTEXT_SURE = 0.95;
/** A changed quote is accepted when at least this similar to the annotated words… */
const QUOTE_FUZZY_MIN = 0.75;
/** …and with only one side of context agreeing, at least this similar. */
const QUOTE_FUZZY_ONE_SIDE = 0.85;
const QUOTE_MAX_ERROR_RATE = 0.25;
const QUOTE_MAX_ERRORS = 64;
const CONTEXT_MAX_ERROR_RATE = 0.2;
/** A unique quote this long is its own evidence even when both sides of context changed. */
const LONG_QUOTE = 24;
/** Shorter quotes are never searched approximately (too many look-alikes); the hole still works. */
const MIN_FUZZY_QUOTE = 8;
/** Context shorter than this on a side is too little to find the hole by. */
const MIN_HOLE_CONTEXT = 8;
const MAX_CANDIDATES = 2000;
const NEAR = 2048;
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
  const prepared = prepareText(text);
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

interface Folded {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Context evidence at one place: similarity of each side (null: no context on that side). */
interface Evidence {
  pos: number;
  end: number;
  prefix: number | null;
  suffix: number | null;
  /** Length-weighted mean of the sides (1 when there is no context at all). */
  score: number;
  agree: 'all' | 'some' | 'none';
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
  const ft: Folded = { exact: fold(t.exact), prefix: fold(t.prefix), suffix: fold(t.suffix) };
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

  // 3. The exact quote wherever it occurs, judged by its context.
  const cands = exactCandidates(N, ft.exact, hintF).map((i) => evidence(N, ft, i, i + ft.exact.length));
  const byScore = (a: Evidence, b: Evidence) => b.score - a.score || Math.abs(a.pos - hintF) - Math.abs(b.pos - hintF);
  const strong = cands.filter((c) => c.agree === 'all').sort(byScore);
  const partial = cands.filter((c) => c.agree === 'some').sort(byScore);
  const best = strong[0] ?? partial[0];
  if (best && best.score >= CONTEXT_SURE && best.agree === 'all') {
    return tieOrPlace(strong, hintF, placed, 'quote');
  }

  // 4. Where is the context now? If it surrounds other words than the quote found, the annotated
  //    words were changed there: judge those words, never the look-alike elsewhere.
  const hole = findHole(N, ft, hintF);
  if (hole) {
    const inHole = cands.filter((c) => c.pos < hole.end && c.end > hole.start || (c.pos === hole.start && hole.start === hole.end)).sort(byScore);
    if (inHole.length) return tieOrPlace(inHole, hintF, placed, 'quote');
    const middle = N.slice(hole.start, hole.end);
    if (similarity(middle, ft.exact) >= QUOTE_FUZZY_MIN) return placed(hole.start, hole.end, 'fuzzy');
    return { status: 'orphaned', reason: 'missing' };
  }
  if (strong.length) return tieOrPlace(strong, hintF, placed, 'quote');
  if (partial.length) return tieOrPlace(partial, hintF, placed, 'quote');
  if (cands.length === 1 && ft.exact.length >= LONG_QUOTE) return placed(cands[0].pos, cands[0].end, 'quote');
  // The words exist, but nothing around them says this is the place.
  if (cands.length) return { status: 'orphaned', reason: 'weak' };

  // 5. The quote itself changed and the context did too: approximate search, near first.
  if (ft.exact.length >= MIN_FUZZY_QUOTE) {
    const fuzzy = fuzzyQuote(N, ft, hintF);
    if (fuzzy === 'ambiguous') return { status: 'orphaned', reason: 'ambiguous' };
    if (fuzzy) return placed(fuzzy.pos, fuzzy.end, 'fuzzy');
  }
  return { status: 'orphaned', reason: 'missing' };
}

/** Places the best candidate unless the runner-up is as good and neither is at the expected place. */
function tieOrPlace(
  sorted: Evidence[],
  hintF: number,
  placed: (s: number, e: number, m: 'quote') => AnchorResult,
  method: 'quote',
): AnchorResult {
  const [a, b] = sorted;
  if (b && a.score - b.score < TIE && a.pos !== hintF) return { status: 'orphaned', reason: 'ambiguous' };
  return placed(a.pos, a.end, method);
}

/** Start offsets of `exact` in N; for a very common quote only those near the expected place. */
function exactCandidates(N: string, exact: string, hintF: number): number[] {
  const out: number[] = [];
  for (let i = N.indexOf(exact); i !== -1; i = N.indexOf(exact, i + 1)) {
    out.push(i);
    if (out.length > MAX_CANDIDATES) {
      const lo = Math.max(0, hintF - 32 * NEAR);
      const hi = hintF + 32 * NEAR;
      const near: number[] = [];
      for (let j = N.indexOf(exact, lo); j !== -1 && j <= hi && near.length <= MAX_CANDIDATES; j = N.indexOf(exact, j + 1)) near.push(j);
      return near;
    }
  }
  return out;
}

function sideSimilarity(expected: string, actual: string): number {
  if (expected === actual) return 1;
  const len = expected.length;
  const cap = Math.ceil(len * 0.6);
  return 1 - Math.min(boundedDistance(expected, actual, cap), len) / len;
}

function evidence(N: string, ft: Folded, pos: number, end: number): Evidence {
  const pl = ft.prefix.length;
  const sl = ft.suffix.length;
  const prefix = pl ? sideSimilarity(ft.prefix, N.slice(Math.max(0, pos - pl), pos)) : null;
  const suffix = sl ? sideSimilarity(ft.suffix, N.slice(end, end + sl)) : null;
  const score = pl + sl === 0 ? 1 : ((prefix ?? 0) * pl + (suffix ?? 0) * sl) / (pl + sl);
  const sides = [prefix, suffix].filter((x): x is number => x !== null);
  const agreeing = sides.filter((x) => x >= AGREE).length;
  const agree = agreeing === sides.length ? 'all' : agreeing > 0 ? 'some' : 'none';
  return { pos, end, prefix, suffix, score, agree };
}

/** Windows to search in: near the expected place, then the whole text. */
function windows(n: number, hintF: number, span: number): [number, number][] {
  const lo = Math.max(0, hintF - NEAR - span);
  const hi = Math.min(n, hintF + NEAR + span);
  return lo === 0 && hi === n ? [[0, n]] : [[lo, hi], [0, n]];
}

/**
 * The place between the stored prefix and suffix, both found again (each within 20 % errors), or
 * null. Needs real context on both sides.
 */
function findHole(N: string, ft: Folded, hintF: number): { start: number; end: number } | null {
  const { prefix, suffix, exact } = ft;
  if (prefix.length < MIN_HOLE_CONTEXT || suffix.length < MIN_HOLE_CONTEXT) return null;
  const gapMax = exact.length * 2 + 64;
  const pMax = Math.floor(prefix.length * CONTEXT_MAX_ERROR_RATE);
  const sMax = Math.floor(suffix.length * CONTEXT_MAX_ERROR_RATE);
  for (const [lo, hi] of windows(N.length, hintF, gapMax + prefix.length)) {
    const ends = distinctEnds(search(N.slice(lo, hi), prefix, pMax));
    let best: { start: number; end: number; errors: number } | null = null;
    for (const m of ends.slice(0, 20)) {
      const pe = lo + m.end;
      const after = N.slice(pe, pe + gapMax + suffix.length);
      const sm = search(after, suffix, sMax);
      if (!sm.length) continue;
      const first = sm.reduce((a, b) => (b.start < a.start ? b : a));
      const cand = { start: pe, end: pe + first.start, errors: m.errors + first.errors };
      if (!best || cand.errors < best.errors || (cand.errors === best.errors && Math.abs(cand.start - hintF) < Math.abs(best.start - hintF))) best = cand;
    }
    if (best) return best;
  }
  return null;
}

/** One match per run of overlapping matches (the search reports every end of the same match). */
function distinctEnds<M extends { start: number; end: number; errors: number }>(ms: M[]): M[] {
  const out: M[] = [];
  for (const m of ms) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}

/** An approximate match of the quote whose own distance and context both hold, or 'ambiguous'. */
function fuzzyQuote(N: string, ft: Folded, hintF: number): Evidence | 'ambiguous' | null {
  const maxErrors = Math.min(QUOTE_MAX_ERRORS, Math.floor(ft.exact.length * QUOTE_MAX_ERROR_RATE));
  for (const [lo, hi] of windows(N.length, hintF, ft.exact.length * 2)) {
    const ok: { ev: Evidence; quote: number }[] = [];
    for (const m of distinctEnds(search(N.slice(lo, hi), ft.exact, maxErrors))) {
      const quote = 1 - m.errors / ft.exact.length;
      const ev = evidence(N, ft, lo + m.start, lo + m.end);
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
