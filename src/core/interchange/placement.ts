// Where an imported span lands in the workspace's article: at its offsets when the words are
// still there, else at the one occurrence of its quote that the prefix/suffix point to.
// Minimal stand-in for the anchoring module (src/core/annotations/anchor.ts, with fuzzy matching)
// until it lands: same inputs (a TextTarget) and the same AnchorResult, so the swap is one import.
import type { AnchorResult, TextTarget } from '../annotations/model';

/** Length of the common ending of a and b. */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

export function placeTarget(text: string, target: TextTarget): AnchorResult {
  const { exact } = target;
  if (!exact) return { status: 'orphaned', reason: 'missing' };
  if (target.start >= 0 && text.slice(target.start, target.end) === exact) {
    return { status: 'anchored', start: target.start, end: target.end, method: 'position' };
  }
  let best = -1;
  let bestScore = -1;
  let tie = false;
  for (let i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) {
    const score = commonSuffix(text.slice(Math.max(0, i - target.prefix.length), i), target.prefix) +
      commonPrefix(text.slice(i + exact.length, i + exact.length + target.suffix.length), target.suffix);
    if (score > bestScore) {
      best = i;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) {
      // Equal context: the one nearer the old position wins; no position → ambiguous.
      if (target.start >= 0 && Math.abs(i - target.start) < Math.abs(best - target.start)) best = i;
      else if (target.start < 0 || Math.abs(i - target.start) === Math.abs(best - target.start)) tie = true;
    }
  }
  if (best < 0) return { status: 'orphaned', reason: 'missing' };
  if (tie) return { status: 'orphaned', reason: 'ambiguous' };
  return { status: 'anchored', start: best, end: best + exact.length, method: 'quote' };
}
