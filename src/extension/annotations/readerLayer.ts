// The reader's annotations of the articles open in the editor: loaded from the store file beside
// each article and anchored against its current text, moved live with every edit (unsaved edits,
// undo and redo included — they are document changes like any other), and saved back with
// re-read-and-merge. Annotations that cannot be placed with confidence are kept, unplaced, for the
// Needs attention group; they are never moved onto other words.
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as vscode from 'vscode';
import { anchor, anchorAll, makeTarget, shiftTarget } from '../../core/annotations/anchor';
import type { AnchorResult, Correction, ReaderAnnotation } from '../../core/annotations/model';
import { readStore, saveChanges } from '../../node/annotations/storeFile';

/** An annotation as the editor holds it: its current span, or why it has none. */
export interface LiveAnnotation {
  annotation: ReaderAnnotation;
  /** Where it is in the current text (undefined when orphaned). */
  range?: { start: number; end: number };
  orphaned?: Extract<AnchorResult, { status: 'orphaned' }>['reason'];
}

interface ArticleState {
  uri: vscode.Uri;
  live: LiveAnnotation[];
  /** Ids changed or added since the last save, and ids deleted. */
  upserts: Set<string>;
  deleted: Set<string>;
  /** Set when the store could not be read: it is shown and never written. */
  error?: string;
  loaded: Promise<void>;
  saveTimer?: NodeJS.Timeout;
  /** The last save started (saves of one article run one after another). */
  saving?: Promise<void>;
  /** The store problem last shown to the reader (shown once, not at every reload). */
  reported?: string;
}

export interface NewAnnotation {
  label: string;
  note?: string;
  correction?: Correction;
  scope?: 'mention' | 'name';
  value?: string;
}

export class ReaderLayer implements vscode.Disposable {
  private readonly articles = new Map<string, ArticleState>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when an article's annotations (or their places) changed. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private creatorName: string | undefined;

  constructor(
    private readonly creatorSetting: () => string,
    private readonly log: (msg: string) => void = () => {},
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e)),
      // A closed article's annotations stay listed; they are read again from disk when it reopens.
      vscode.workspace.onDidCloseTextDocument((d) => void this.flush(d.uri)),
      vscode.workspace.onDidOpenTextDocument((d) => {
        const st = this.articles.get(d.uri.toString());
        if (st) st.loaded = this.load(d, st);
      }),
    );
  }

  /** Whether annotations of this document can be stored (a file on disk, a trusted workspace). */
  writable(uri: vscode.Uri): boolean {
    return uri.scheme === 'file' && vscode.workspace.isTrusted;
  }

  /** Loads (once) and anchors the annotations of an open document. */
  ensureLoaded(doc: vscode.TextDocument): Promise<void> {
    const key = doc.uri.toString();
    let st = this.articles.get(key);
    if (!st) {
      st = { uri: doc.uri, live: [], upserts: new Set(), deleted: new Set(), loaded: Promise.resolve() };
      this.articles.set(key, st);
      st.loaded = this.load(doc, st);
    }
    return st.loaded;
  }

  /**
   * Loads the annotations of an article that is not open, anchored against its text on disk (for
   * the Annotations view). An open document always takes over.
   */
  async loadFromDisk(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    if (this.articles.has(key) || uri.scheme !== 'file') return;
    let text: string;
    try {
      text = (await fs.promises.readFile(uri.fsPath, 'utf8')).replace(/^\uFEFF/, '');
    } catch {
      text = '';
    }
    const st: ArticleState = { uri, live: [], upserts: new Set(), deleted: new Set(), loaded: Promise.resolve() };
    this.articles.set(key, st);
    st.loaded = this.load({ uri, getText: () => text }, st);
    await st.loaded;
  }

  /** Reads the store again and re-anchors (the file changed on disk, or a reload was asked for). */
  async reload(doc: vscode.TextDocument): Promise<void> {
    const st = this.articles.get(doc.uri.toString());
    if (!st) return this.ensureLoaded(doc);
    await this.flush(doc.uri);
    st.loaded = this.load(doc, st);
    return st.loaded;
  }

  /** Annotations of an open document (anchored and orphaned). */
  list(uri: vscode.Uri): readonly LiveAnnotation[] {
    return this.articles.get(uri.toString())?.live ?? [];
  }

  /** Drops an article (it was renamed: its annotations are read again at the new place). */
  forget(uri: vscode.Uri): void {
    const st = this.articles.get(uri.toString());
    if (st) clearTimeout(st.saveTimer);
    this.articles.delete(uri.toString());
  }

  error(uri: vscode.Uri): string | undefined {
    return this.articles.get(uri.toString())?.error;
  }

  /** Every loaded article's annotations. */
  all(): { uri: vscode.Uri; live: readonly LiveAnnotation[] }[] {
    return [...this.articles.values()].map((s) => ({ uri: s.uri, live: s.live }));
  }

  find(id: string): { uri: vscode.Uri; live: LiveAnnotation } | undefined {
    for (const st of this.articles.values()) {
      const live = st.live.find((l) => l.annotation.id === id);
      if (live) return { uri: st.uri, live };
    }
    return undefined;
  }

  /** Annotates [start, end) of the document. */
  async add(doc: vscode.TextDocument, start: number, end: number, spec: NewAnnotation): Promise<ReaderAnnotation> {
    await this.ensureLoaded(doc);
    const st = this.state(doc.uri);
    const now = new Date().toISOString();
    const a: ReaderAnnotation = {
      id: `urn:uuid:${randomUUID()}`,
      label: spec.label,
      note: spec.note ?? '',
      replies: [],
      creator: await this.creator(),
      created: now,
      modified: now,
      target: makeTarget(doc.getText(), start, end),
    };
    if (spec.correction) a.correction = spec.correction;
    if (spec.scope) a.scope = spec.scope;
    if (spec.value !== undefined) a.value = spec.value;
    st.live.push({ annotation: a, range: { start: a.target.start, end: a.target.end } });
    this.touched(st, a.id);
    return a;
  }

  /** Changes an annotation (label, note, replies, resolved); `modified` is set. */
  update(id: string, change: (a: ReaderAnnotation) => ReaderAnnotation): ReaderAnnotation | undefined {
    const hit = this.find(id);
    if (!hit) return undefined;
    const next = { ...change(hit.live.annotation), modified: new Date().toISOString() };
    hit.live.annotation = next;
    this.touched(this.state(hit.uri), id);
    return next;
  }

  /** Removes one reply; its id is saved as deleted so that merging with the store does not bring it back. */
  deleteReply(id: string, replyId: string): boolean {
    const hit = this.find(id);
    if (!hit) return false;
    this.update(id, (a) => ({ ...a, replies: a.replies.filter((r) => r.id !== replyId) }));
    this.state(hit.uri).deleted.add(replyId);
    return true;
  }

  delete(id: string): boolean {
    const hit = this.find(id);
    if (!hit) return false;
    const st = this.state(hit.uri);
    st.live = st.live.filter((l) => l.annotation.id !== id);
    st.upserts.delete(id);
    st.deleted.add(id);
    this.scheduleSave(st);
    this.changed.fire(st.uri);
    return true;
  }

  /** Puts an orphaned (or misplaced) annotation on a span the reader chose. */
  reattach(id: string, doc: vscode.TextDocument, start: number, end: number): boolean {
    const hit = this.find(id);
    if (!hit || hit.uri.toString() !== doc.uri.toString()) return false;
    const target = makeTarget(doc.getText(), start, end);
    hit.live.annotation = { ...hit.live.annotation, target, modified: new Date().toISOString() };
    hit.live.range = { start: target.start, end: target.end };
    delete hit.live.orphaned;
    this.touched(this.state(hit.uri), id);
    return true;
  }

  /** The corrections of an article with their current places (for the analysis). */
  corrections(uri: vscode.Uri, text: string): ReaderAnnotation[] {
    return this.list(uri)
      .filter((l) => l.annotation.correction && l.range)
      .map((l) => ({ ...l.annotation, target: { ...l.annotation.target, ...l.range!, exact: text.slice(l.range!.start, l.range!.end) } }));
  }

  /** Writes pending changes of one article now. */
  async flush(uri: vscode.Uri): Promise<void> {
    const st = this.articles.get(uri.toString());
    if (!st) return;
    clearTimeout(st.saveTimer);
    st.saveTimer = undefined;
    await this.save(st);
  }

  async flushAll(): Promise<void> {
    await Promise.all([...this.articles.values()].map((s) => this.flush(s.uri)));
  }

  dispose(): void {
    for (const st of this.articles.values()) {
      clearTimeout(st.saveTimer);
      void this.save(st);
    }
    for (const d of this.disposables) d.dispose();
  }

  private state(uri: vscode.Uri): ArticleState {
    const st = this.articles.get(uri.toString());
    if (!st) throw new Error(`annotations of ${uri.toString()} are not loaded`);
    return st;
  }

  private touched(st: ArticleState, id: string): void {
    st.upserts.add(id);
    st.deleted.delete(id);
    this.scheduleSave(st);
    this.changed.fire(st.uri);
  }

  private async load(doc: Pick<vscode.TextDocument, 'uri' | 'getText'>, st: ArticleState): Promise<void> {
    if (doc.uri.scheme !== 'file') return;
    const read = await readStore(doc.uri.fsPath + '.annotations.json', doc.getText());
    // The text as it is now: edits (or a reload from disk) may have arrived while the store was read.
    const text = doc.getText();
    if (!read.ok) {
      st.error = read.message;
      this.log(read.message);
      this.reportOnce(
        st,
        vscode.l10n.t(
          'News Annotator: the annotations of {0} cannot be read and will not be changed until the file is fixed — {1}',
          baseName(doc.uri),
          read.message,
        ),
      );
      this.changed.fire(st.uri);
      return;
    }
    st.error = read.problems.length
      ? `${read.problems.length} malformed annotation(s) in the store; it is not written until fixed`
      : undefined;
    if (st.error) this.reportOnce(st, vscode.l10n.t('News Annotator: {0}: {1}', baseName(doc.uri), st.error));
    else st.reported = undefined;
    // Pending local changes win over what was read (a reload while edits are unsaved).
    const pending = new Map(st.live.filter((l) => st.upserts.has(l.annotation.id)).map((l) => [l.annotation.id, l]));
    const stored = read.annotations.filter((a) => !st.deleted.has(a.id) && !pending.has(a.id));
    const results = anchorAll(
      text,
      stored.map((a) => a.target),
    );
    st.live = [
      ...stored.map((annotation, i): LiveAnnotation => {
        const r = results[i];
        return r.status === 'anchored' ? { annotation, range: { start: r.start, end: r.end } } : { annotation, orphaned: r.reason };
      }),
      ...pending.values(),
    ];
    const lost = st.live.filter((l) => l.orphaned).length;
    if (lost) this.log(`${doc.uri.fsPath}: ${lost} annotation(s) could not be placed and are in Needs attention`);
    this.changed.fire(st.uri);
  }

  /** Live edits move annotations; an edit inside one re-targets it to the edited words. */
  private onEdit(e: vscode.TextDocumentChangeEvent): void {
    const st = this.articles.get(e.document.uri.toString());
    if (!st || !e.contentChanges.length) return;
    const changes = [...e.contentChanges].sort((a, b) => b.rangeOffset - a.rangeOffset);
    let any = false;
    const text = e.document.getText();
    for (const l of st.live) {
      if (!l.range) continue;
      let target = { ...l.annotation.target, ...l.range };
      let damaged = false;
      let enclosed = false;
      for (const c of changes) {
        // A change reaching past both ends (a reload from disk, a paste over a paragraph) replaced more
        // than the annotated words: find them again in the new text instead of annotating the whole change.
        const from = c.rangeOffset;
        const to = c.rangeOffset + c.rangeLength;
        enclosed ||= from <= target.start && to >= target.end && (from < target.start || to > target.end);
        const r = shiftTarget(target, { offset: c.rangeOffset, deleted: c.rangeLength, inserted: c.text });
        target = r.target;
        damaged ||= r.status === 'damaged';
      }
      if (target.start === l.range.start && target.end === l.range.end && !damaged) continue;
      any = true;
      if (enclosed) {
        const r = anchor(text, l.annotation.target, { hint: target.start });
        if (r.status === 'anchored') {
          l.range = { start: r.start, end: r.end };
          delete l.orphaned;
        } else {
          l.range = undefined;
          l.orphaned = r.reason;
        }
      } else if (damaged) {
        if (target.end <= target.start) {
          // The annotated words were deleted: keep the annotation, unplaced, for the reader to decide.
          l.range = undefined;
          l.orphaned = 'missing';
        } else {
          // The reader edited the annotated words here: the annotation follows the edit.
          l.annotation = { ...l.annotation, target: makeTarget(text, target.start, target.end), modified: new Date().toISOString() };
          l.range = { start: target.start, end: target.end };
        }
        st.upserts.add(l.annotation.id);
        this.scheduleSave(st);
      } else l.range = { start: target.start, end: target.end };
    }
    if (any) this.changed.fire(st.uri);
  }

  private reportOnce(st: ArticleState, message: string): void {
    if (st.reported === message) return;
    st.reported = message;
    void vscode.window.showWarningMessage(message);
  }

  private scheduleSave(st: ArticleState): void {
    clearTimeout(st.saveTimer);
    st.saveTimer = setTimeout(() => void this.save(st), 400);
  }

  /**
   * Saves are chained one after another per article, so that flush() also waits for a save the timer
   * already started (the CLI, a rename or a reload reads the file right after).
   */
  private save(st: ArticleState): Promise<void> {
    const run = (st.saving ?? Promise.resolve()).then(() => this.writeNow(st));
    st.saving = run.catch(() => {});
    return run;
  }

  private async writeNow(st: ArticleState): Promise<void> {
    if (!st.upserts.size && !st.deleted.size) return;
    if (!this.writable(st.uri) || st.error) return; // read-only: untrusted, virtual, or a malformed store
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === st.uri.toString());
    const text = doc?.getText();
    // Positions are stored as they are now in the editor's text.
    const upserts = st.live
      .filter((l) => st.upserts.has(l.annotation.id))
      .map((l) =>
        l.range && text !== undefined ? { ...l.annotation, target: makeTarget(text, l.range.start, l.range.end) } : l.annotation,
      );
    const deleted = [...st.deleted];
    st.upserts.clear();
    st.deleted.clear();
    const r = await saveChanges(st.uri.fsPath, { upserts, deleted }, text);
    if (!r.ok) {
      for (const a of upserts) st.upserts.add(a.id);
      for (const id of deleted) st.deleted.add(id);
      st.error = r.message;
      this.log(r.message);
      void vscode.window.showErrorMessage(vscode.l10n.t('News Annotator: annotations not saved — {0}', r.message));
      this.changed.fire(st.uri);
    }
  }

  /** The author written into new annotations: the setting, else git's user.name, else the OS user. */
  async creator(): Promise<string> {
    const set = this.creatorSetting().trim();
    if (set) return set;
    this.creatorName ??= (await gitUserName()) ?? safeOsUser();
    return this.creatorName;
  }
}

async function gitUserName(): Promise<string | undefined> {
  try {
    const { execFile } = await import('node:child_process');
    const cwd = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    return await new Promise((resolve) =>
      execFile('git', ['config', 'user.name'], { cwd, timeout: 2000 }, (err, out) => resolve(err ? undefined : out.trim() || undefined)),
    );
  } catch {
    return undefined;
  }
}

function safeOsUser(): string {
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
