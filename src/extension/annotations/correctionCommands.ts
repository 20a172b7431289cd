// Corrections of the automatic layer and accepting its marks into the reader's layer, as commands,
// code actions (the light bulb on a quote, entity or date) and hover links. A correction is stored
// like any reader annotation (label "correction"), anchored the same way, and applied by the
// analysis worker on top of the automatic layer, so every view shows the fix.
import * as vscode from 'vscode';
import type { Correction } from '../../core/annotations/model';
import type { ArticleAnalysis, DateAnnotation, EntityAnnotation, EntityType, QuoteAnnotation, Span } from '../../core/types';
import type { ReaderLayer } from './readerLayer';

const TYPES: { type: EntityType; label: string }[] = [
  { type: 'person', label: 'Person' },
  { type: 'place', label: 'Place' },
  { type: 'organization', label: 'Organisation' },
];

export interface CorrectionDeps {
  layer: ReaderLayer;
  analysisOf(doc: vscode.TextDocument): Promise<ArticleAnalysis | undefined>;
  /** The articles of the story holding this one (uris), for "accept all in story". */
  storyArticles(uri: vscode.Uri): string[];
}

type At = { doc: vscode.TextDocument; a: ArticleAnalysis; offset: number };

const inside = <T extends Span>(list: readonly T[], at: number) => list.find((x) => x.start <= at && at <= x.end);

export function registerCorrectionCommands(deps: CorrectionDeps): vscode.Disposable[] {
  const { layer } = deps;
  const reg = (id: string, fn: (...args: any[]) => unknown) => vscode.commands.registerCommand(`newsAnnotator.${id}`, fn);

  /** The article and offset a command acts on: (uri, offset) arguments from hover links and tests, else the cursor. */
  const where = async (uriArg?: string, offsetArg?: number): Promise<At | undefined> => {
    const doc = uriArg ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uriArg)) : vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== 'news') return undefined;
    await layer.ensureLoaded(doc);
    const broken = layer.error(doc.uri);
    if (broken) {
      void vscode.window.showWarningMessage(
        vscode.l10n.t('News Annotator: corrections of this article cannot be saved until its store is fixed — {0}', broken),
      );
      return undefined;
    }
    if (!layer.writable(doc.uri)) {
      void vscode.window.showWarningMessage(
        vscode.l10n.t('News Annotator: corrections are stored beside articles on disk, in a trusted workspace.'),
      );
      return undefined;
    }
    const a = await deps.analysisOf(doc);
    const ed = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    const offset = offsetArg ?? (ed ? doc.offsetAt(ed.selection.active) : 0);
    return a ? { doc, a, offset } : undefined;
  };
  const correct = (at: At, span: Span, correction: Correction, scope?: 'name') =>
    layer.add(at.doc, span.start, span.end, { label: 'correction', correction, scope });
  const askScope = async (e: EntityAnnotation, a: ArticleAnalysis): Promise<'name' | undefined | null> => {
    const n = a.entities.filter((x) => x.canonical === e.canonical).length;
    if (n < 2) return undefined;
    const all = vscode.l10n.t('Every mention of {0} (in all articles)', e.canonical);
    const one = vscode.l10n.t('This mention only');
    const pick = await vscode.window.showQuickPick([all, one], { placeHolder: vscode.l10n.t('Apply to…') });
    return pick === all ? 'name' : pick === one ? undefined : null;
  };

  const quoteAt = (at: At): QuoteAnnotation | undefined => inside(at.a.quotes, at.offset);
  const entityAt = (at: At): EntityAnnotation | undefined => inside(at.a.entities, at.offset);
  const dateAt = (at: At): DateAnnotation | undefined => inside(at.a.dates, at.offset);
  const none = (what: string) => void vscode.window.showInformationMessage(vscode.l10n.t('News Annotator: no {0} here.', what));

  return [
    reg('changeSpeaker', async (uri?: string, offset?: number, speakerArg?: string) => {
      const at = await where(uri, offset);
      const q = at && quoteAt(at);
      if (!at || !q) return none('quote');
      let speaker = speakerArg;
      if (speaker === undefined) {
        const people = [...new Set(at.a.entities.filter((e) => e.type === 'person').map((e) => e.canonical))];
        const other = vscode.l10n.t('Someone else…');
        const pick = await vscode.window.showQuickPick([...people, other], {
          placeHolder: vscode.l10n.t('Who said “{0}”?', q.text.slice(0, 50)),
        });
        speaker = pick === other ? await vscode.window.showInputBox({ prompt: vscode.l10n.t('Speaker') }) : pick;
      }
      if (speaker) return correct(at, q, { kind: 'quote', action: 'speaker', speaker });
    }),
    reg('notAQuote', async (uri?: string, offset?: number) => {
      const at = await where(uri, offset);
      const q = at && quoteAt(at);
      if (!at || !q) return none('quote');
      return correct(at, q, { kind: 'quote', action: 'reject' });
    }),
    reg('changeEntityType', async (uri?: string, offset?: number, typeArg?: EntityType, scopeArg?: 'name' | 'mention') => {
      const at = await where(uri, offset);
      const e = at && entityAt(at);
      if (!at || !e) return none('entity');
      const type =
        typeArg ??
        (
          await vscode.window.showQuickPick(
            TYPES.filter((t) => t.type !== e.type).map((t) => ({ label: t.label, type: t.type })),
            { placeHolder: vscode.l10n.t('{0} is a…', e.text) },
          )
        )?.type;
      if (!type) return;
      const scope = scopeArg ? (scopeArg === 'name' ? 'name' : undefined) : await askScope(e, at.a);
      if (scope === null) return;
      return correct(at, e, { kind: 'entity', action: 'type', type }, scope);
    }),
    reg('notAnEntity', async (uri?: string, offset?: number, scopeArg?: 'name' | 'mention') => {
      const at = await where(uri, offset);
      const e = at && entityAt(at);
      if (!at || !e) return none('entity');
      const scope = scopeArg ? (scopeArg === 'name' ? 'name' : undefined) : await askScope(e, at.a);
      if (scope === null) return;
      return correct(at, e, { kind: 'entity', action: 'reject' }, scope);
    }),
    reg('sameAsEntity', async (uri?: string, offset?: number, canonicalArg?: string) => {
      const at = await where(uri, offset);
      const e = at && entityAt(at);
      if (!at || !e) return none('entity');
      const names = [...new Set(at.a.entities.filter((x) => x.canonical !== e.canonical).map((x) => x.canonical))];
      const canonical =
        canonicalArg ?? (await vscode.window.showQuickPick(names, { placeHolder: vscode.l10n.t('{0} is the same as…', e.canonical) }));
      if (canonical) return correct(at, e, { kind: 'entity', action: 'sameAs', canonical }, 'name');
    }),
    reg('addEntity', async (typeArg?: EntityType, scopeArg?: 'name' | 'mention') => {
      const ed = vscode.window.activeTextEditor;
      if (!ed || ed.selection.isEmpty)
        return void vscode.window.showInformationMessage(vscode.l10n.t('News Annotator: select the name first.'));
      const at = await where(ed.document.uri.toString(), ed.document.offsetAt(ed.selection.start));
      if (!at) return;
      const type =
        typeArg ??
        (
          await vscode.window.showQuickPick(
            TYPES.map((t) => ({ label: t.label, type: t.type })),
            { placeHolder: vscode.l10n.t('The selection is a…') },
          )
        )?.type;
      if (!type) return;
      const span = { start: ed.document.offsetAt(ed.selection.start), end: ed.document.offsetAt(ed.selection.end) };
      return correct(at, span, { kind: 'entity', action: 'add', type }, scopeArg === 'name' ? 'name' : undefined);
    }),
    reg('setDate', async (uri?: string, offset?: number, valueArg?: string) => {
      const at = await where(uri, offset);
      const d = at && dateAt(at);
      if (!at || !d) return none('date');
      const value =
        valueArg ??
        (await vscode.window.showInputBox({
          prompt: vscode.l10n.t('The date “{0}” means (YYYY-MM-DD, YYYY-MM or YYYY)', d.text),
          value: d.value ?? '',
          validateInput: (v) => (/^\d{4}(-\d\d(-\d\d)?)?$/.test(v) ? undefined : vscode.l10n.t('YYYY-MM-DD, YYYY-MM or YYYY')),
        }));
      if (value) return correct(at, d, { kind: 'date', action: 'value', value });
    }),
    reg('notADate', async (uri?: string, offset?: number) => {
      const at = await where(uri, offset);
      const d = at && dateAt(at);
      if (!at || !d) return none('date');
      return correct(at, d, { kind: 'date', action: 'reject' });
    }),
    // Accept: the machine pre-annotates, the reader curates.
    reg('acceptAnnotation', async (uri?: string, offset?: number) => {
      const at = await where(uri, offset);
      if (!at) return;
      const e = entityAt(at);
      const q = quoteAt(at);
      const d = dateAt(at);
      if (e) return layer.add(at.doc, e.start, e.end, { label: e.type, value: e.canonical });
      if (q) return layer.add(at.doc, q.start, q.end, { label: 'quote', value: q.speaker ?? undefined });
      if (d) return layer.add(at.doc, d.start, d.end, { label: 'date', value: d.value ?? undefined });
      return none('automatic annotation');
    }),
    reg('acceptAllOfKind', async (kindArg?: 'entity' | 'quote' | 'date', uri?: string) => {
      const at = await where(uri, 0);
      if (!at) return;
      const kind =
        kindArg ??
        (await vscode.window.showQuickPick(['entity', 'quote', 'date'], { placeHolder: vscode.l10n.t('Accept every … of this article') }));
      if (!kind) return;
      return acceptAll(layer, at.doc, at.a, kind as 'entity' | 'quote' | 'date');
    }),
    reg('acceptStory', async (kindArg?: 'entity' | 'quote' | 'date') => {
      const ed = vscode.window.activeTextEditor;
      if (!ed) return;
      const kind =
        kindArg ??
        (await vscode.window.showQuickPick(['entity', 'quote', 'date'], { placeHolder: vscode.l10n.t('Accept every … in this story') }));
      if (!kind) return;
      let n = 0;
      for (const id of deps.storyArticles(ed.document.uri)) {
        const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(id));
        const a = await deps.analysisOf(doc);
        if (a && layer.writable(doc.uri)) n += (await acceptAll(layer, doc, a, kind as 'entity' | 'quote' | 'date')).length;
      }
      void vscode.window.showInformationMessage(vscode.l10n.t('News Annotator: accepted {0} annotations in the story.', n));
      return n;
    }),
  ];
}

/** Accepts every automatic annotation of a kind that the reader's layer does not already hold. */
async function acceptAll(layer: ReaderLayer, doc: vscode.TextDocument, a: ArticleAnalysis, kind: 'entity' | 'quote' | 'date') {
  await layer.ensureLoaded(doc);
  const have = new Set(layer.list(doc.uri).map((l) => (l.range ? `${l.range.start}:${l.range.end}:${l.annotation.label}` : '')));
  const made = [];
  const list: (EntityAnnotation | QuoteAnnotation | DateAnnotation)[] =
    kind === 'entity' ? a.entities : kind === 'quote' ? a.quotes : a.dates;
  for (const x of list) {
    const label = x.kind === 'entity' ? x.type : x.kind;
    if (have.has(`${x.start}:${x.end}:${label}`)) continue;
    const value = x.kind === 'entity' ? x.canonical : x.kind === 'quote' ? (x.speaker ?? undefined) : (x.value ?? undefined);
    made.push(await layer.add(doc, x.start, x.end, { label, value }));
  }
  return made;
}

/** The light bulb on automatic annotations: corrections and accept. */
export class CorrectionActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix.append('news.correct')];

  constructor(private readonly analysisOf: (doc: vscode.TextDocument) => ArticleAnalysis | undefined) {}

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range): vscode.CodeAction[] {
    const a = this.analysisOf(doc);
    if (!a) return [];
    const at = doc.offsetAt(range.start);
    const uri = doc.uri.toString();
    const out: vscode.CodeAction[] = [];
    const act = (title: string, command: string, ...args: unknown[]) => {
      const x = new vscode.CodeAction(title, CorrectionActions.kinds[0]);
      x.command = { command: `newsAnnotator.${command}`, title, arguments: [uri, at, ...args] };
      out.push(x);
    };
    const q = inside(a.quotes, at);
    const e = inside(a.entities, at);
    const d = inside(a.dates, at);
    if (e) {
      act(vscode.l10n.t('Change type of “{0}”…', e.text), 'changeEntityType');
      act(vscode.l10n.t('“{0}” is not an entity', e.text), 'notAnEntity');
      act(vscode.l10n.t('“{0}” is the same as…', e.text), 'sameAsEntity');
      act(vscode.l10n.t('Accept {0} “{1}”', e.type, e.canonical), 'acceptAnnotation');
    }
    if (d) {
      act(vscode.l10n.t('Set the date of “{0}”…', d.text), 'setDate');
      act(vscode.l10n.t('“{0}” is not a date', d.text), 'notADate');
      if (!e) act(vscode.l10n.t('Accept date {0}', d.value ?? d.text), 'acceptAnnotation');
    }
    if (q) {
      act(vscode.l10n.t('Change speaker ({0})…', q.speaker ?? vscode.l10n.t('unknown')), 'changeSpeaker');
      act(vscode.l10n.t('Not a quote'), 'notAQuote');
      if (!e && !d) act(vscode.l10n.t('Accept quote'), 'acceptAnnotation');
    }
    if (!range.isEmpty && !e) {
      const x = new vscode.CodeAction(vscode.l10n.t('Add as entity…'), CorrectionActions.kinds[0]);
      x.command = { command: 'newsAnnotator.addEntity', title: x.title };
      out.push(x);
    }
    return out;
  }
}
