// Where an imported span lands in the workspace's article: anchor() (src/core/annotations/anchor.ts)
// with two rules of its own, because an import names words rather than following edits:
// 1. its offsets win when the very words are there, whatever surrounds them (another tool's copy
//    of the article may differ around the span: line ends, a header);
// 2. it never lands on other words: anchor()'s fuzzy step follows a reader's annotation through
//    copy edits, but an imported "Tim Hardy" must not become an annotation of "Tom Hardy".
import { anchor } from '../annotations/anchor';
import type { AnchorResult, TextTarget } from '../annotations/model';

export function placeImported(text: string, target: TextTarget): AnchorResult {
  const { exact, start, end } = target;
  if (!exact) return { status: 'orphaned', reason: 'missing' };
  if (start >= 0 && text.slice(start, end) === exact) return { status: 'anchored', start, end, method: 'position' };
  const r = anchor(text, target);
  if (r.status === 'anchored' && r.method === 'fuzzy') return { status: 'orphaned', reason: 'missing' };
  return r;
}
