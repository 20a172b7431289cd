// One decoration type per kind, created once; colours come from contributes.colors so themes
// and users can override them. Entities are drawn with text colour + underline and quotes with a
// background, so an entity inside a quote stays visible.
import * as vscode from 'vscode';
import type { HighlightKind, Settings } from '../config';
import type { ArticleAnalysis, Span } from '../../core/types';

/** Above this many annotations the visible part is decorated first. */
const LARGE = 3000;

const color = (id: string) => new vscode.ThemeColor(`newsAnnotator.${id}`);

function underlined(id: string, style: 'solid' | 'dotted'): vscode.DecorationRenderOptions {
  return { color: color(id), borderColor: color(id), borderStyle: `none none ${style} none`, borderWidth: '0 0 1px 0' };
}

const RENDER: Record<HighlightKind, vscode.DecorationRenderOptions> = {
  quotes: {
    backgroundColor: color('quoteBackground'),
    borderColor: color('quoteBorder'),
    borderStyle: 'none none dashed none',
    borderWidth: '0 0 1px 0',
    overviewRulerColor: color('quoteBackground'),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
  },
  persons: { ...underlined('personForeground', 'solid'), fontWeight: '600' },
  places: underlined('placeForeground', 'solid'),
  organizations: underlined('organizationForeground', 'solid'),
  dates: underlined('dateForeground', 'dotted'),
  boilerplate: { color: color('boilerplateForeground'), fontStyle: 'italic' },
};

/** The spans of each highlight kind in an analysis. */
export function spansByKind(a: ArticleAnalysis): Record<HighlightKind, Span[]> {
  return {
    quotes: a.quotes,
    persons: a.entities.filter((e) => e.type === 'person'),
    places: a.entities.filter((e) => e.type === 'place'),
    organizations: a.entities.filter((e) => e.type === 'organization'),
    dates: a.dates,
    boilerplate: a.boilerplate,
  };
}

export class Decorations implements vscode.Disposable {
  private readonly types = new Map<HighlightKind, vscode.TextEditorDecorationType>();
  /** What was last applied per editor document (tests and the toggle read it). */
  private readonly applied = new Map<string, Record<HighlightKind, vscode.Range[]>>();

  constructor() {
    for (const kind of Object.keys(RENDER) as HighlightKind[]) {
      this.types.set(
        kind,
        vscode.window.createTextEditorDecorationType({ ...RENDER[kind], rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed }),
      );
    }
  }

  /**
   * Sets every kind's ranges. Large articles get the visible ranges first and the rest on the next
   * turn of the event loop, so the host is never blocked long and what the user sees comes first.
   */
  apply(editor: vscode.TextEditor, analysis: ArticleAnalysis | undefined, settings: Settings, enabled: boolean): void {
    const doc = editor.document;
    const spans = analysis ? spansByKind(analysis) : undefined;
    const total = spans ? Object.values(spans).reduce((n, l) => n + l.length, 0) : 0;
    if (spans && total > LARGE && editor.visibleRanges.length) {
      const lo = doc.offsetAt(editor.visibleRanges[0].start) - 2000;
      const hi = doc.offsetAt(editor.visibleRanges[editor.visibleRanges.length - 1].end) + 2000;
      const visible = {} as Record<HighlightKind, Span[]>;
      for (const k of Object.keys(spans) as HighlightKind[]) visible[k] = spans[k].filter((s) => s.end >= lo && s.start <= hi);
      this.set(editor, visible, settings, enabled);
      const version = doc.version;
      setTimeout(() => {
        if (!doc.isClosed && doc.version === version) this.set(editor, spans, settings, enabled);
      }, 0);
      return;
    }
    this.set(editor, spans, settings, enabled);
  }

  private set(editor: vscode.TextEditor, spans: Record<HighlightKind, Span[]> | undefined, settings: Settings, enabled: boolean): void {
    const doc = editor.document;
    const record = {} as Record<HighlightKind, vscode.Range[]>;
    for (const [kind, type] of this.types) {
      const on = enabled && settings.highlight[kind] && spans;
      const ranges = on ? spans[kind].map((s) => new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end))) : [];
      editor.setDecorations(type, ranges);
      record[kind] = ranges;
    }
    this.applied.set(doc.uri.toString(), record);
  }

  clear(editor: vscode.TextEditor): void {
    for (const type of this.types.values()) editor.setDecorations(type, []);
    this.applied.delete(editor.document.uri.toString());
  }

  appliedRanges(uri: vscode.Uri): Record<HighlightKind, vscode.Range[]> | undefined {
    return this.applied.get(uri.toString());
  }

  dispose(): void {
    for (const t of this.types.values()) t.dispose();
    this.types.clear();
  }
}
