// The reader's annotations drawn apart from the automatic layer: the label's colour as a band
// under the words and a light background, a gutter dot, and a mark in the overview ruler.
import * as vscode from 'vscode';
import type { Labels } from './labels';
import type { ReaderLayer } from './readerLayer';

export class ReaderDecorations implements vscode.Disposable {
  private readonly types = new Map<string, vscode.TextEditorDecorationType>();

  constructor(
    private readonly layer: ReaderLayer,
    private readonly labels: Labels,
  ) {}

  /** Draws every reader annotation of the editor's document (labels without any get cleared). */
  update(editor: vscode.TextEditor): void {
    const byLabel = new Map<string, vscode.DecorationOptions[]>();
    const doc = editor.document;
    for (const l of this.layer.list(doc.uri)) {
      if (!l.range) continue;
      const a = l.annotation;
      const range = new vscode.Range(doc.positionAt(l.range.start), doc.positionAt(l.range.end));
      const list = byLabel.get(a.label) ?? byLabel.set(a.label, []).get(a.label)!;
      list.push({ range });
    }
    for (const [label, type] of this.types) if (!byLabel.has(label)) editor.setDecorations(type, []);
    for (const [label, ranges] of byLabel) editor.setDecorations(this.typeFor(label), ranges);
  }

  /** Label colours changed: recreate the types (then call update again). */
  reset(): void {
    for (const t of this.types.values()) t.dispose();
    this.types.clear();
  }

  dispose(): void {
    this.reset();
  }

  private typeFor(label: string): vscode.TextEditorDecorationType {
    let t = this.types.get(label);
    if (!t) {
      const def = this.labels.get(label);
      const color = def.color.startsWith('#') ? def.color : new vscode.ThemeColor(def.color);
      const hex = def.color.startsWith('#') ? def.color : '#d19a66';
      t = vscode.window.createTextEditorDecorationType({
        backgroundColor: `${hex}26`,
        borderStyle: 'none none solid none',
        borderWidth: '0 0 2px 0',
        borderColor: color,
        overviewRulerColor: color,
        overviewRulerLane: vscode.OverviewRulerLane.Left,
        gutterIconPath: vscode.Uri.parse(`data:image/svg+xml;utf8,${encodeURIComponent(gutterDot(hex))}`),
        gutterIconSize: '60%',
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      });
      this.types.set(label, t);
    }
    return t;
  }
}

function gutterDot(hex: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><rect x="5" y="1" width="6" height="14" rx="3" fill="${hex}"/></svg>`;
}
