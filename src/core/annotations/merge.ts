// Merging on save: the store as it is on disk now (other windows' or people's additions) plus
// this session's changes. Nothing anyone added is lost; deletes are explicit, never inferred from
// absence (an annotation missing here may simply be new on disk).
import type { AnnotationReply, ReaderAnnotation } from './model';
import { sortAnnotations } from './w3c';

export interface LocalChanges {
  /** Annotations added or edited in this session (whole annotations, by id). */
  upserts: readonly ReaderAnnotation[];
  /** Ids of annotations (or of replies) deleted in this session. A delete wins over any version on disk. */
  deleted: Iterable<string>;
}

/**
 * disk + local → the store to write (stable order). For an id on both sides the version with the
 * later `modified` wins (ours on a tie) and replies are united by id (the later reply wins), so two
 * people replying at once both keep their reply.
 */
export function mergeStore(disk: readonly ReaderAnnotation[], local: LocalChanges): ReaderAnnotation[] {
  const deleted = new Set(local.deleted);
  const byId = new Map<string, ReaderAnnotation>();
  for (const a of disk) if (!deleted.has(a.id)) byId.set(a.id, pickLater(byId.get(a.id), a));
  for (const a of local.upserts) {
    if (deleted.has(a.id)) continue;
    const d = byId.get(a.id);
    byId.set(a.id, d ? mergeOne(d, a) : a);
  }
  // Replies in one order (by created, then id) whichever side they came from; deleted ones dropped
  // (replies are united by id, so a reply deleted here would otherwise come back from disk).
  return sortAnnotations(
    [...byId.values()].map((a) => {
      const replies = mergeReplies(a.replies, []).filter((r) => !deleted.has(r.id));
      return sameReplies(replies, a.replies) ? a : { ...a, replies };
    }),
  );
}

function mergeOne(disk: ReaderAnnotation, ours: ReaderAnnotation): ReaderAnnotation {
  const winner = disk.modified > ours.modified ? disk : ours;
  const replies = mergeReplies(disk.replies, ours.replies);
  return sameReplies(replies, winner.replies) ? winner : { ...winner, replies };
}

function pickLater(a: ReaderAnnotation | undefined, b: ReaderAnnotation): ReaderAnnotation {
  return a ? mergeOne(a, b) : b;
}

function mergeReplies(a: readonly AnnotationReply[], b: readonly AnnotationReply[]): AnnotationReply[] {
  const byId = new Map<string, AnnotationReply>();
  for (const r of [...a, ...b]) {
    const prev = byId.get(r.id);
    if (!prev || r.modified >= prev.modified) byId.set(r.id, r);
  }
  return [...byId.values()].sort((x, y) =>
    x.created < y.created ? -1 : x.created > y.created ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0,
  );
}

function sameReplies(a: readonly AnnotationReply[], b: readonly AnnotationReply[]): boolean {
  return a.length === b.length && a.every((r, i) => r === b[i]);
}
