// The "Across Sources" view: entities across the corpus (name → articles → mentions) and quotes
// carried by several articles (quote → articles, with wording differences in the description).
import * as vscode from 'vscode';
import type { WorkspaceCorpus } from '../workspaceCorpus';
import type { QuoteGroup } from '../../core/corpus/quoteMatch';
import { clip } from '../../core/text/clip';
import { articleName, plainDiff } from '../viewText';
import { wordDiff } from '../../core/corpus/quoteMatch';

type Node =
  | { kind: 'root'; which: 'entities' | 'quotes' }
  | { kind: 'entity'; canonical: string; type: string; total: number; articles: { id: string; count: number }[] }
  | { kind: 'entityArticle'; canonical: string; id: string; count: number }
  | { kind: 'quoteGroup'; group: QuoteGroup }
  | { kind: 'leaf'; id: string; label: string; description?: string; tooltip?: string; start: number; end: number; icon: string };

export class CrossRefTreeProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly corpus: WorkspaceCorpus) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) return [{ kind: 'root', which: 'entities' }, { kind: 'root', which: 'quotes' }];
    switch (node.kind) {
      case 'root':
        return node.which === 'entities'
          ? this.corpus.view.entitiesAcross().map((e) => ({ kind: 'entity', ...e }))
          : this.corpus.view.quotesAcross().map((group) => ({ kind: 'quoteGroup', group }));
      case 'entity':
        return node.articles.map((a) => ({ kind: 'entityArticle', canonical: node.canonical, id: a.id, count: a.count }));
      case 'entityArticle': {
        const m = (await this.corpus.entityMentions(node.canonical)).find((x) => x.id === node.id);
        return (m?.spans ?? []).map((s) => ({ kind: 'leaf', id: node.id, label: s.text, description: clip(s.line, 80), start: s.start, end: s.end, icon: 'symbol-field' }));
      }
      case 'quoteGroup': {
        const first = node.group.members[0];
        return node.group.members.map((m) => {
          const diff = m === first ? null : wordDiff(first.quote.text, m.quote.text);
          const varies = diff?.some((d) => d.op !== 'same');
          return {
            kind: 'leaf',
            id: m.id,
            label: `${articleName(m.id)}${m.quote.speaker ? ` — ${m.quote.speaker}` : ''}`,
            description: diff ? (varies ? clip(plainDiff(diff), 120) : 'same words') : clip(m.quote.text, 80),
            tooltip: diff && varies ? plainDiff(diff) : m.quote.text,
            start: m.quote.start,
            end: m.quote.end,
            icon: 'quote',
          };
        });
      }
      default:
        return [];
    }
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const C = vscode.TreeItemCollapsibleState;
    switch (node.kind) {
      case 'root': {
        const item = new vscode.TreeItem(node.which === 'entities' ? vscode.l10n.t('Entities across articles') : vscode.l10n.t('Quotes across sources'), C.Collapsed);
        item.id = `xref:${node.which}`;
        item.iconPath = new vscode.ThemeIcon(node.which === 'entities' ? 'symbol-class' : 'quote');
        return item;
      }
      case 'entity': {
        const item = new vscode.TreeItem(node.canonical, C.Collapsed);
        item.id = `xref:entity:${node.canonical}`;
        item.description = `${node.type} · ${node.total}× in ${node.articles.length} article${node.articles.length > 1 ? 's' : ''}`;
        item.iconPath = new vscode.ThemeIcon(node.type === 'person' ? 'person' : node.type === 'place' ? 'location' : 'organization');
        return item;
      }
      case 'entityArticle': {
        const item = new vscode.TreeItem(articleName(node.id), C.Collapsed);
        item.id = `xref:entity:${node.canonical}:${node.id}`;
        item.description = `×${node.count}`;
        item.resourceUri = vscode.Uri.parse(node.id);
        return item;
      }
      case 'quoteGroup': {
        const g = node.group;
        const item = new vscode.TreeItem(`“${clip(g.text, 70)}”`, C.Collapsed);
        item.id = `xref:quote:${g.key}`;
        item.description = `${g.members.length} articles${g.varies ? ' · wording differs' : ''}${g.speakers.length > 1 ? ' · speakers differ' : ''}`;
        item.tooltip = `${g.text}\n\nSpeakers: ${g.speakers.join(', ') || 'unknown'}`;
        item.iconPath = new vscode.ThemeIcon(g.varies ? 'diff' : 'quote');
        return item;
      }
      case 'leaf': {
        const item = new vscode.TreeItem(node.label, C.None);
        item.id = `xref:leaf:${node.id}:${node.start}:${node.end}`;
        item.description = node.description;
        item.tooltip = node.tooltip;
        item.iconPath = new vscode.ThemeIcon(node.icon);
        item.command = { command: 'newsAnnotator.revealAnnotation', title: 'Reveal', arguments: [node.id, node.start, node.end] };
        return item;
      }
    }
  }
}
