// Notes as VS Code comment threads, the UI readers know from code review: one thread per annotation
// (its label in the title, the note first, then replies), with reply, edit, delete and resolve. The
// threads are a view of the reader layer: every action changes the store, then the threads follow.
import * as vscode from 'vscode';
import type { AnnotationReply, ReaderAnnotation } from '../../core/annotations/model';
import { clip } from '../../core/text/clip';
import type { Labels } from './labels';
import type { ReaderLayer } from './readerLayer';

/** A comment of a thread: the annotation's note (replyId undefined) or one of its replies. */
export class NoteComment implements vscode.Comment {
  mode = vscode.CommentMode.Preview;
  contextValue: string;
  label?: string;
  constructor(
    readonly annotationId: string,
    readonly replyId: string | undefined,
    public body: string | vscode.MarkdownString,
    readonly author: vscode.CommentAuthorInformation,
    readonly timestamp: Date,
    public parent?: vscode.CommentThread,
  ) {
    this.contextValue = replyId ? 'newsReply' : 'newsNote';
  }
}

export class ReaderComments implements vscode.Disposable {
  readonly controller = vscode.comments.createCommentController('newsAnnotator.notes', 'News annotations');
  private readonly threads = new Map<string, vscode.CommentThread>();
  /** What each thread's comments show (note, replies, authors), to rebuild them only on a change. */
  private readonly shown = new Map<string, string>();

  constructor(
    private readonly layer: ReaderLayer,
    private readonly labels: Labels,
  ) {
    // Notes are made through "Annotate Selection" (which asks for a label first), not from the gutter.
    this.controller.commentingRangeProvider = undefined;
    this.controller.options = { placeHolder: vscode.l10n.t('Reply…'), prompt: vscode.l10n.t('Reply to this annotation') };
  }

  /** Brings the threads of a document in line with its annotations. */
  update(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const seen = new Set<string>();
    for (const l of this.layer.list(doc.uri)) {
      const a = l.annotation;
      if (!l.range || (!a.note && !a.replies.length)) continue;
      seen.add(a.id);
      const range = new vscode.Range(doc.positionAt(l.range.start), doc.positionAt(l.range.end));
      let t = this.threads.get(a.id);
      if (!t) {
        t = this.controller.createCommentThread(doc.uri, range, []);
        // A note just written opens; notes read from the store start folded.
        t.collapsibleState =
          Date.now() - Date.parse(a.created) < 10_000
            ? vscode.CommentThreadCollapsibleState.Expanded
            : vscode.CommentThreadCollapsibleState.Collapsed;
        this.threads.set(a.id, t);
      }
      t.range = range;
      t.label = `${this.labels.get(a.label).name} — “${clip(a.target.exact, 40)}”`;
      t.contextValue = a.resolved ? 'newsThreadResolved' : 'newsThread';
      t.state = a.resolved ? vscode.CommentThreadState.Resolved : vscode.CommentThreadState.Unresolved;
      t.canReply = this.layer.writable(doc.uri);
      // Only when the note or replies changed: an edit of the article (which moves every annotation)
      // must not throw away a comment the reader is editing.
      const content = contentOf(a);
      if (this.shown.get(a.id) !== content) {
        this.shown.set(a.id, content);
        t.comments = commentsOf(a, t);
      }
    }
    for (const [id, t] of this.threads) {
      if (t.uri.toString() === key && !seen.has(id)) {
        t.dispose();
        this.threads.delete(id);
        this.shown.delete(id);
      }
    }
  }

  /** The thread of an annotation with a note or replies (undefined when it has neither). */
  threadOf(annotationId: string): vscode.CommentThread | undefined {
    return this.threads.get(annotationId);
  }

  /** The annotation a thread shows. */
  annotationOf(thread: vscode.CommentThread): string | undefined {
    for (const [id, t] of this.threads) if (t === thread) return id;
    return undefined;
  }

  async reply(r: vscode.CommentReply): Promise<void> {
    const id = this.annotationOf(r.thread);
    if (!id || !r.text.trim()) return;
    const now = new Date().toISOString();
    const reply: AnnotationReply = {
      id: `${id}#r${Date.now().toString(36)}`,
      text: r.text,
      creator: await this.layer.creator(),
      created: now,
      modified: now,
    };
    this.layer.update(id, (a) => ({ ...a, replies: [...a.replies, reply] }));
  }

  setResolved(thread: vscode.CommentThread, resolved: boolean): void {
    const id = this.annotationOf(thread);
    if (id) this.layer.update(id, (a) => ({ ...a, resolved }));
  }

  startEdit(c: NoteComment): void {
    const t = c.parent;
    if (!t) return;
    t.comments = t.comments.map((x) => (x === c ? Object.assign(c, { mode: vscode.CommentMode.Editing }) : x));
  }

  saveEdit(c: NoteComment): void {
    const text = typeof c.body === 'string' ? c.body : c.body.value;
    const hit = this.layer.find(c.annotationId);
    const was = c.replyId ? hit?.live.annotation.replies.find((r) => r.id === c.replyId)?.text : hit?.live.annotation.note;
    if (text === was) {
      this.backToPreview(c);
      return;
    }
    this.layer.update(c.annotationId, (a) =>
      c.replyId
        ? { ...a, replies: a.replies.map((r) => (r.id === c.replyId ? { ...r, text, modified: new Date().toISOString() } : r)) }
        : { ...a, note: text },
    );
  }

  cancelEdit(c: NoteComment): void {
    const hit = this.layer.find(c.annotationId);
    if (hit && c.parent) c.parent.comments = commentsOf(hit.live.annotation, c.parent);
  }

  /** Saving an unchanged text changes nothing in the store, so the comment is put back in preview here. */
  private backToPreview(c: NoteComment): void {
    this.cancelEdit(c);
  }

  /** Deleting the note deletes the whole annotation (after asking); deleting a reply removes it. */
  async deleteComment(c: NoteComment): Promise<void> {
    if (c.replyId) {
      this.layer.deleteReply(c.annotationId, c.replyId);
      return;
    }
    const yes = vscode.l10n.t('Delete');
    const pick = await vscode.window.showWarningMessage(vscode.l10n.t('Delete this annotation and its note?'), { modal: true }, yes);
    if (pick === yes) this.layer.delete(c.annotationId);
  }

  dispose(): void {
    for (const t of this.threads.values()) t.dispose();
    this.controller.dispose();
  }
}

function commentsOf(a: ReaderAnnotation, thread: vscode.CommentThread): NoteComment[] {
  const out: NoteComment[] = [];
  if (a.note)
    out.push(
      new NoteComment(a.id, undefined, new vscode.MarkdownString(a.note), { name: a.creator || 'unknown' }, new Date(a.created), thread),
    );
  for (const r of a.replies)
    out.push(
      new NoteComment(
        a.id,
        r.id,
        new vscode.MarkdownString(r.text),
        { name: r.creator || a.creator || 'unknown' },
        new Date(r.created),
        thread,
      ),
    );
  return out;
}

function contentOf(a: ReaderAnnotation): string {
  return JSON.stringify([a.note, a.creator, a.created, a.replies.map((r) => [r.id, r.text, r.creator, r.created])]);
}
