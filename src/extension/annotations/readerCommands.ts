// Commands of the reader's layer: annotate a selection (or every mention of an entity), move
// between annotations, act on the Annotations view (reveal, re-attach, delete, filter, group) and on
// comment threads (reply, edit, delete, resolve).
import * as vscode from 'vscode';
import type { ArticleAnalysis } from '../../core/types';
import type { AnnotationGroupMode, AnnotationNode, AnnotationsView } from './annotationsView';
import type { Labels } from './labels';
import type { NoteComment, ReaderComments } from './readerComments';
import type { ReaderLayer } from './readerLayer';

export interface ReaderCommandDeps {
  layer: ReaderLayer;
  labels: Labels;
  view: AnnotationsView;
  comments: ReaderComments;
  analysisOf(doc: vscode.TextDocument): Promise<ArticleAnalysis | undefined>;
}

const NEWS = (d: vscode.TextDocument) => d.languageId === 'news';

/** Asks for a label (and optionally a note); undefined when cancelled. */
export async function pickLabel(labels: Labels, placeHolder = vscode.l10n.t('Label for the selected words')): Promise<string | undefined> {
  const items = labels.pickable().map((l) => ({ label: l.name, description: l.description, id: l.id }));
  return (await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true }))?.id;
}

export function registerReaderCommands(deps: ReaderCommandDeps): vscode.Disposable[] {
  const { layer, labels, view, comments } = deps;
  const reg = (id: string, fn: (...args: any[]) => unknown) => vscode.commands.registerCommand(`newsAnnotator.${id}`, fn);
  const editor = (): vscode.TextEditor | undefined => {
    const ed = vscode.window.activeTextEditor;
    if (ed && NEWS(ed.document)) return ed;
    void vscode.window.showInformationMessage(vscode.l10n.t('News Annotator: open a news article first.'));
    return undefined;
  };
  const canWrite = (doc: vscode.TextDocument): boolean => {
    const broken = layer.error(doc.uri);
    if (broken) {
      // Its store is never written (that would lose what could not be read): a new annotation would be lost.
      void vscode.window.showWarningMessage(
        vscode.l10n.t('News Annotator: annotations of this article cannot be saved until its store is fixed — {0}', broken),
      );
      return false;
    }
    if (layer.writable(doc.uri)) return true;
    void vscode.window.showWarningMessage(
      vscode.workspace.isTrusted
        ? vscode.l10n.t('News Annotator: annotations are stored beside articles on disk; this document is not a file.')
        : vscode.l10n.t('News Annotator: this workspace is not trusted, so annotations are read-only.'),
    );
    return false;
  };

  const reveal = async (id: string) => {
    const hit = layer.find(id);
    if (!hit) return;
    const ed = await vscode.window.showTextDocument(hit.uri, { preview: false });
    if (!hit.live.range) return;
    const r = new vscode.Range(ed.document.positionAt(hit.live.range.start), ed.document.positionAt(hit.live.range.end));
    ed.selection = new vscode.Selection(r.start, r.end);
    ed.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };

  const step = async (dir: 1 | -1) => {
    const ed = editor();
    if (!ed) return;
    await layer.ensureLoaded(ed.document);
    const spans = layer
      .list(ed.document.uri)
      .filter((l) => l.range)
      .map((l) => l.range!)
      .sort((a, b) => a.start - b.start);
    if (!spans.length) return void vscode.window.showInformationMessage(vscode.l10n.t('News Annotator: no annotations in this article.'));
    const at = ed.document.offsetAt(ed.selection.start);
    const next =
      dir > 0 ? (spans.find((s) => s.start > at) ?? spans[0]) : ([...spans].reverse().find((s) => s.start < at) ?? spans[spans.length - 1]);
    const r = new vscode.Range(ed.document.positionAt(next.start), ed.document.positionAt(next.end));
    ed.selection = new vscode.Selection(r.start, r.end);
    ed.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };

  const nodeId = (n: AnnotationNode | string | undefined): string | undefined =>
    typeof n === 'string' ? n : n?.kind === 'annotation' ? n.live.annotation.id : undefined;

  return [
    /** Select → label → optional note. Arguments (for tests and keybindings): label id, note. */
    reg('annotateSelection', async (labelArg?: string, noteArg?: string) => {
      const ed = editor();
      if (!ed) return;
      await layer.ensureLoaded(ed.document);
      if (!canWrite(ed.document)) return;
      const sel = ed.selection;
      if (sel.isEmpty)
        return void vscode.window.showInformationMessage(vscode.l10n.t('News Annotator: select the words to annotate first.'));
      const label = labelArg ?? (await pickLabel(labels));
      if (!label) return;
      const note =
        noteArg ??
        (await vscode.window.showInputBox({
          prompt: vscode.l10n.t('Note (optional)'),
          placeHolder: vscode.l10n.t('Why, source, verdict…'),
        }));
      if (note === undefined && noteArg === undefined && labelArg === undefined) return;
      const doc = ed.document;
      return layer.add(doc, doc.offsetAt(sel.start), doc.offsetAt(sel.end), { label, note: note ?? '' });
    }),
    /** Every mention the analysis links to the canonical name under the cursor, in one step. */
    reg('annotateEntityMentions', async (labelArg?: string, noteArg?: string) => {
      const ed = editor();
      if (!ed) return;
      await layer.ensureLoaded(ed.document);
      if (!canWrite(ed.document)) return;
      const a = await deps.analysisOf(ed.document);
      const at = ed.document.offsetAt(ed.selection.active);
      const entity = a?.entities.find((e) => e.start <= at && at <= e.end);
      if (!a || !entity)
        return void vscode.window.showInformationMessage(
          vscode.l10n.t('News Annotator: put the cursor on a person, place or organisation.'),
        );
      const mentions = a.entities.filter((e) => e.canonical === entity.canonical);
      const label =
        labelArg ?? (await pickLabel(labels, vscode.l10n.t('Label for all {0} mentions of {1}', mentions.length, entity.canonical)));
      if (!label) return;
      const note = noteArg ?? (await vscode.window.showInputBox({ prompt: vscode.l10n.t('Note (optional)') })) ?? '';
      const made = [];
      for (const m of mentions) made.push(await layer.add(ed.document, m.start, m.end, { label, note }));
      return made;
    }),
    reg('nextAnnotation', () => step(1)),
    reg('previousAnnotation', () => step(-1)),
    reg('revealReaderAnnotation', (id: string) => reveal(id)),
    reg('reattachAnnotation', async (n?: AnnotationNode | string) => {
      const id = nodeId(n);
      const hit = id && layer.find(id);
      if (!hit) return;
      const ed = vscode.window.activeTextEditor;
      if (!ed || ed.document.uri.toString() !== hit.uri.toString() || ed.selection.isEmpty) {
        await vscode.window.showTextDocument(hit.uri, { preview: false });
        return void vscode.window.showInformationMessage(
          vscode.l10n.t(
            'News Annotator: select the words this annotation belongs to, then run Re-attach again. It was on: “{0}”',
            hit.live.annotation.target.exact,
          ),
        );
      }
      if (!canWrite(ed.document)) return;
      layer.reattach(hit.live.annotation.id, ed.document, ed.document.offsetAt(ed.selection.start), ed.document.offsetAt(ed.selection.end));
    }),
    reg('deleteAnnotation', async (n?: AnnotationNode | string, confirm = true) => {
      let id = nodeId(n);
      if (!id) {
        const ed = editor();
        const at = ed && ed.document.offsetAt(ed.selection.active);
        id = ed && layer.list(ed.document.uri).find((l) => l.range && l.range.start <= at! && at! <= l.range.end)?.annotation.id;
      }
      if (!id) return;
      if (confirm) {
        const yes = vscode.l10n.t('Delete');
        if ((await vscode.window.showWarningMessage(vscode.l10n.t('Delete this annotation?'), { modal: true }, yes)) !== yes) return;
      }
      return layer.delete(id);
    }),
    reg('editAnnotationNote', async (n?: AnnotationNode | string) => {
      const id = nodeId(n);
      const hit = id && layer.find(id);
      if (!hit) return;
      const note = await vscode.window.showInputBox({ prompt: vscode.l10n.t('Note'), value: hit.live.annotation.note });
      if (note !== undefined) layer.update(hit.live.annotation.id, (a) => ({ ...a, note }));
    }),
    reg('changeAnnotationLabel', async (n?: AnnotationNode | string) => {
      const id = nodeId(n);
      const label = id && (await pickLabel(labels));
      if (id && label) layer.update(id, (a) => ({ ...a, label }));
    }),
    reg('filterAnnotations', async () => {
      const picks = await vscode.window.showQuickPick(
        labels.all().map((l) => ({ label: l.name, id: l.id, picked: view.filter.labels?.has(l.id) })),
        { canPickMany: true, placeHolder: vscode.l10n.t('Show these labels (none: all)') },
      );
      if (!picks) return;
      const text = await vscode.window.showInputBox({
        prompt: vscode.l10n.t('…containing this text (optional)'),
        value: view.filter.text ?? '',
      });
      view.setFilter({ labels: new Set(picks.map((p) => p.id)), text: text || undefined });
    }),
    reg('clearAnnotationFilter', () => view.setFilter({})),
    ...(['label', 'article', 'story'] as AnnotationGroupMode[]).map((m) =>
      reg(`groupAnnotationsBy${m[0].toUpperCase()}${m.slice(1)}`, () => view.setMode(m)),
    ),
    reg('notes.reply', (r: vscode.CommentReply) => comments.reply(r)),
    reg('notes.resolve', (t: vscode.CommentThread) => comments.setResolved(t, true)),
    reg('notes.unresolve', (t: vscode.CommentThread) => comments.setResolved(t, false)),
    reg('notes.edit', (c: NoteComment) => comments.startEdit(c)),
    reg('notes.save', (c: NoteComment) => comments.saveEdit(c)),
    reg('notes.cancel', (c: NoteComment) => comments.cancelEdit(c)),
    reg('notes.delete', (c: NoteComment) => comments.deleteComment(c)),
  ];
}
