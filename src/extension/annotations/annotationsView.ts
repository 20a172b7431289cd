// The "Annotations" view: the reader's annotations grouped by label, article or story, filtered by
// label and text, with counts; a click reveals the span. Annotations that could not be placed are
// listed first under "Needs attention", with actions to re-attach them to a selection or delete them.
import * as vscode from 'vscode';
import type { ReaderAnnotation } from '../../core/annotations/model';
import { clip } from '../../core/text/clip';
import { articleName } from '../viewText';
import type { Labels } from './labels';
import type { LiveAnnotation, ReaderLayer } from './readerLayer';

export type AnnotationGroupMode = 'label' | 'article' | 'story';

export type AnnotationNode =
  | { kind: 'group'; key: string; label: string; items: { uri: vscode.Uri; live: LiveAnnotation }[]; attention?: boolean }
  | { kind: 'annotation'; uri: vscode.Uri; live: LiveAnnotation; attention?: boolean };

export interface AnnotationFilter {
  labels?: ReadonlySet<string>;
  text?: string;
}

export class AnnotationsView implements vscode.TreeDataProvider<AnnotationNode> {
  private readonly changed = new vscode.EventEmitter<AnnotationNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  mode: AnnotationGroupMode = 'label';
  filter: AnnotationFilter = {};

  constructor(
    private readonly layer: ReaderLayer,
    private readonly labels: Labels,
    /** The story label of an article, for grouping by story. */
    private readonly storyOf: (uri: vscode.Uri) => string | undefined,
  ) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  setMode(mode: AnnotationGroupMode): void {
    this.mode = mode;
    this.refresh();
  }

  setFilter(filter: AnnotationFilter): void {
    this.filter = filter;
    this.refresh();
  }

  /** Total shown and orphaned counts (for the view's description and badge). */
  counts(): { shown: number; attention: number } {
    const items = this.items();
    return { shown: items.length, attention: items.filter((i) => !i.live.range).length };
  }

  getChildren(node?: AnnotationNode): AnnotationNode[] {
    if (node?.kind === 'group') return node.items.map((i) => ({ kind: 'annotation', uri: i.uri, live: i.live, attention: node.attention }));
    if (node) return [];
    const items = this.items();
    const out: AnnotationNode[] = [];
    const lost = items.filter((i) => !i.live.range);
    if (lost.length) out.push({ kind: 'group', key: 'attention', label: vscode.l10n.t('Needs attention'), items: lost, attention: true });
    const groups = new Map<string, { label: string; items: typeof items }>();
    for (const i of items) {
      if (!i.live.range) continue;
      const [key, label] = this.groupOf(i.uri, i.live.annotation);
      (groups.get(key) ?? groups.set(key, { label, items: [] }).get(key)!).items.push(i);
    }
    const keys = [...groups.keys()].sort((a, b) => groups.get(a)!.label.localeCompare(groups.get(b)!.label));
    for (const key of keys) out.push({ kind: 'group', key, label: groups.get(key)!.label, items: groups.get(key)!.items });
    return out;
  }

  getTreeItem(node: AnnotationNode): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(
        node.label,
        node.attention ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed,
      );
      item.id = `annotations:${this.mode}:${node.key}`;
      item.description = String(node.items.length);
      item.iconPath = new vscode.ThemeIcon(
        node.attention ? 'warning' : this.mode === 'label' ? 'tag' : this.mode === 'story' ? 'book' : 'file-text',
      );
      if (node.attention) item.tooltip = vscode.l10n.t('These annotations could not be placed with confidence after the text changed.');
      return item;
    }
    const a = node.live.annotation;
    const label = this.labels.get(a.label);
    const item = new vscode.TreeItem(`“${clip(a.target.exact, 60)}”`, vscode.TreeItemCollapsibleState.None);
    item.id = `annotation:${a.id}`;
    const bits = [this.mode === 'label' ? articleName(node.uri.toString()) : label.name];
    if (a.note) bits.push(clip(a.note, 50));
    if (node.live.orphaned) bits.unshift(reasonText(node.live.orphaned));
    item.description = bits.join(' · ');
    const md = new vscode.MarkdownString(
      `**${label.name}** — ${a.creator}, ${new Date(a.modified).toLocaleString()}\n\n> ${a.target.exact}`,
    );
    if (a.note) md.appendMarkdown(`\n\n${a.note}`);
    item.tooltip = md;
    item.iconPath = new vscode.ThemeIcon(
      node.live.range ? (a.correction ? 'edit' : 'circle-filled') : 'warning',
      new vscode.ThemeColor(node.live.range ? 'newsAnnotator.annotationForeground' : 'list.warningForeground'),
    );
    item.contextValue = node.live.range ? 'newsAnnotation' : 'newsAnnotationOrphan';
    item.resourceUri = undefined;
    item.command = { command: 'newsAnnotator.revealReaderAnnotation', title: vscode.l10n.t('Reveal'), arguments: [a.id] };
    return item;
  }

  private items(): { uri: vscode.Uri; live: LiveAnnotation }[] {
    const text = this.filter.text?.toLowerCase();
    const out: { uri: vscode.Uri; live: LiveAnnotation }[] = [];
    for (const { uri, live } of this.layer.all()) {
      for (const l of live) {
        const a = l.annotation;
        if (this.filter.labels?.size && !this.filter.labels.has(a.label)) continue;
        if (text && !`${a.target.exact}\n${a.note}\n${a.replies.map((r) => r.text).join('\n')}`.toLowerCase().includes(text)) continue;
        out.push({ uri, live: l });
      }
    }
    return out.sort((x, y) => x.uri.toString().localeCompare(y.uri.toString()) || (x.live.range?.start ?? 0) - (y.live.range?.start ?? 0));
  }

  private groupOf(uri: vscode.Uri, a: ReaderAnnotation): [string, string] {
    if (this.mode === 'label') return [a.label, this.labels.get(a.label).name];
    if (this.mode === 'article') return [uri.toString(), articleName(uri.toString())];
    const story = this.storyOf(uri) ?? vscode.l10n.t('(no story yet)');
    return [story, story];
  }
}

function reasonText(r: NonNullable<LiveAnnotation['orphaned']>): string {
  return r === 'ambiguous' ? vscode.l10n.t('ambiguous') : r === 'weak' ? vscode.l10n.t('uncertain') : vscode.l10n.t('words not found');
}
