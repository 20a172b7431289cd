// The label taxonomy of the workspace: the defaults, changed by `.vscode/news-labels.json` when
// present (edits to the file apply at once; a malformed file is reported and the defaults used).
import * as vscode from 'vscode';
import type { LabelDefinition } from '../../core/annotations/model';
import { DEFAULT_LABELS, LABEL_FILE, defaultColor, parseLabels } from '../../core/annotations/taxonomy';

export { LABEL_FILE };

export class Labels implements vscode.Disposable {
  private current: LabelDefinition[] = [...DEFAULT_LABELS];
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  problems: string[] = [];

  constructor(private readonly log: (msg: string) => void = () => {}) {
    const w = vscode.workspace.createFileSystemWatcher(`**/${LABEL_FILE}`);
    this.disposables.push(w, w.onDidChange(() => void this.load()), w.onDidCreate(() => void this.load()), w.onDidDelete(() => void this.load()));
  }

  async load(): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    let labels = [...DEFAULT_LABELS];
    let problems: string[] = [];
    if (folder) {
      try {
        const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, LABEL_FILE));
        ({ labels, problems } = parseLabels(new TextDecoder().decode(bytes)));
      } catch {
        // no label file: the defaults
      }
    }
    this.current = labels;
    this.problems = problems;
    for (const p of problems) this.log(`${LABEL_FILE}: ${p}`);
    this.changed.fire();
  }

  all(): readonly LabelDefinition[] {
    return this.current;
  }

  /** Labels a reader picks for a highlight (not the accepted kinds or corrections). */
  pickable(): LabelDefinition[] {
    return this.current.filter((l) => !['person', 'place', 'organization', 'quote', 'date', 'correction'].includes(l.id));
  }

  get(id: string): LabelDefinition {
    return this.current.find((l) => l.id === id) ?? { id, name: id, color: defaultColor(id) };
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
