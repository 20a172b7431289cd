// The "Stories" view: stories (or dates, or sources) → articles → Quotes / Entities / Typos → leaves.
// Children are computed when expanded, from the corpus snapshot and the worker's analyses: nothing is
// re-parsed here.
import * as vscode from 'vscode';
import type { CorpusView } from '../../core/corpus/snapshot';
import type { ArticleAnalysis, EntityAnnotation, Story } from '../../core/types';
import { clip } from '../../core/text/clip';
import { articleName } from '../viewText';

export type GroupMode = 'story' | 'date' | 'source';

type Section = 'quotes' | 'entities' | 'typos';

export type StoryNode =
  | { kind: 'group'; key: string; label: string; description: string; articles: string[]; story?: Story }
  | { kind: 'article'; group: string; id: string }
  | { kind: 'section'; id: string; section: Section }
  | { kind: 'entity'; id: string; canonical: string; mentions: EntityAnnotation[] }
  | { kind: 'leaf'; id: string; label: string; description?: string; start: number; end: number; icon: string };

export class StoryTreeProvider implements vscode.TreeDataProvider<StoryNode> {
  private readonly changed = new vscode.EventEmitter<StoryNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private mode: GroupMode = 'story';
  private groups: StoryNode[] = [];
  private readonly parentOfArticle = new Map<string, StoryNode>();

  constructor(
    private readonly corpus: { readonly view: CorpusView },
    /** An article's full analysis (open documents: the editor's; others: the worker's corpus). */
    private readonly analysisOf: (id: string) => Promise<ArticleAnalysis | null | undefined>,
  ) {}

  setMode(mode: GroupMode): void {
    this.mode = mode;
    this.refresh();
  }

  get groupMode(): GroupMode {
    return this.mode;
  }

  refresh(): void {
    this.groups = [];
    this.parentOfArticle.clear();
    this.changed.fire(undefined);
  }

  /** The node of an article (for reveal), after the roots were built. */
  articleNode(id: string): StoryNode | undefined {
    if (!this.groups.length) this.buildGroups();
    const g = this.parentOfArticle.get(id);
    return g && g.kind === 'group' ? { kind: 'article', group: g.key, id } : undefined;
  }

  getParent(node: StoryNode): StoryNode | undefined {
    if (node.kind === 'article') return this.groups.find((g) => g.kind === 'group' && g.key === node.group);
    if (node.kind === 'section') return this.articleNode(node.id);
    if (node.kind === 'entity') return { kind: 'section', id: node.id, section: 'entities' };
    return undefined;
  }

  getChildren(node?: StoryNode): StoryNode[] | Promise<StoryNode[]> {
    if (!node) return this.buildGroups();
    switch (node.kind) {
      case 'group':
        return node.articles.map((id) => ({ kind: 'article', group: node.key, id }));
      case 'article':
        return (['quotes', 'entities', 'typos'] as Section[]).map((section) => ({ kind: 'section', id: node.id, section }));
      case 'section':
        return this.sectionChildren(node.id, node.section);
      case 'entity':
        return node.mentions.map((m) => leaf(node.id, m.text, m.start, m.end, 'symbol-field', `offset ${m.start}`));
      default:
        return [];
    }
  }

  getTreeItem(node: StoryNode): vscode.TreeItem {
    const C = vscode.TreeItemCollapsibleState;
    switch (node.kind) {
      case 'group': {
        const item = new vscode.TreeItem(node.label, C.Expanded);
        item.id = `group:${this.mode}:${node.key}`;
        item.description = node.description;
        item.iconPath = new vscode.ThemeIcon(this.mode === 'story' ? 'book' : this.mode === 'date' ? 'calendar' : 'globe');
        item.contextValue = 'newsGroup';
        return item;
      }
      case 'article':
        return this.articleItem(node);
      case 'section': {
        const a = this.corpus.view.article(node.id);
        const n = a ? a[node.section] : 0;
        const item = new vscode.TreeItem(SECTION_LABEL[node.section](), n ? C.Collapsed : C.None);
        item.id = `section:${node.id}:${node.section}`;
        item.description = String(n);
        item.iconPath = new vscode.ThemeIcon(SECTION_ICON[node.section]);
        return item;
      }
      case 'entity': {
        const item = new vscode.TreeItem(node.canonical, C.Collapsed);
        item.id = `entity:${node.id}:${node.canonical}`;
        item.description = `${node.mentions[0].type} ×${node.mentions.length}`;
        item.iconPath = new vscode.ThemeIcon(ENTITY_ICON[node.mentions[0].type]);
        return item;
      }
      case 'leaf': {
        const item = new vscode.TreeItem(node.label, C.None);
        item.id = `leaf:${node.id}:${node.start}:${node.end}:${node.icon}`;
        item.description = node.description;
        item.tooltip = node.label;
        item.iconPath = new vscode.ThemeIcon(node.icon);
        item.command = { command: 'newsAnnotator.revealAnnotation', title: 'Reveal', arguments: [node.id, node.start, node.end] };
        return item;
      }
    }
  }

  private articleItem(node: Extract<StoryNode, { kind: 'article' }>): vscode.TreeItem {
    const view = this.corpus.view;
    const doc = view.article(node.id);
    const item = new vscode.TreeItem(clip(doc?.title || articleName(node.id), 70), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `article:${this.mode}:${node.group}:${node.id}`;
    const bits: string[] = [];
    if (doc?.outlet) bits.push(doc.outlet);
    const date = view.publicationDate(node.id);
    if (date) bits.push(date.inferred ? `${date.date} (inferred)` : date.date);
    const original = view.duplicateOf(node.id);
    if (original) bits.push(`duplicate of ${articleName(original)}`);
    item.description = bits.join(' · ');
    item.tooltip = new vscode.MarkdownString(`**${articleName(node.id)}**${original ? `\n\nMostly a copy of *${articleName(original)}*` : ''}`);
    item.iconPath = new vscode.ThemeIcon(original ? 'copy' : 'file-text');
    item.resourceUri = vscode.Uri.parse(node.id);
    item.contextValue = original ? 'newsArticleDuplicate' : 'newsArticle';
    return item;
  }

  private async sectionChildren(id: string, section: Section): Promise<StoryNode[]> {
    const a = await this.analysisOf(id);
    if (!a) return [];
    if (section === 'quotes') {
      return a.quotes.map((q) => leaf(id, `${q.speaker ?? 'unknown'}: “${clip(q.text, 60)}”`, q.start, q.end, 'quote'));
    }
    if (section === 'typos') {
      return a.typos.map((t) => leaf(id, t.text, t.start, t.end, 'warning', t.suggestions.length ? `→ ${t.suggestions.slice(0, 3).join(', ')}` : undefined));
    }
    const byName = new Map<string, EntityAnnotation[]>();
    for (const e of a.entities) byName.set(e.canonical, [...(byName.get(e.canonical) ?? []), e]);
    return [...byName]
      .sort((x, y) => y[1].length - x[1].length || x[0].localeCompare(y[0]))
      .map(([canonical, mentions]) => ({ kind: 'entity', id, canonical, mentions }));
  }

  private buildGroups(): StoryNode[] {
    const groups: Extract<StoryNode, { kind: 'group' }>[] = [];
    if (this.mode === 'story') {
      for (const s of this.corpus.view.stories()) {
        const count = `${s.articles.length} article${s.articles.length > 1 ? 's' : ''}`;
        groups.push({ kind: 'group', key: s.id, label: clip(s.label, 60), description: [s.date ?? 'undated', count].join(' · '), articles: s.articles, story: s });
      }
    } else {
      const by = new Map<string, string[]>();
      const view = this.corpus.view;
      for (const id of view.ids()) {
        const key = this.mode === 'date' ? (view.publicationDate(id)?.date ?? vscode.l10n.t('Undated')) : (view.article(id)?.outlet ?? vscode.l10n.t('Unknown source'));
        by.set(key, [...(by.get(key) ?? []), id]);
      }
      const keys = [...by.keys()].sort((a, b) => (this.mode === 'date' ? b.localeCompare(a) : a.localeCompare(b)));
      for (const key of keys) {
        const articles = by.get(key)!.sort();
        groups.push({ kind: 'group', key, label: key, description: `${articles.length} article${articles.length > 1 ? 's' : ''}`, articles });
      }
    }
    this.groups = groups;
    this.parentOfArticle.clear();
    for (const g of groups) for (const id of g.articles) this.parentOfArticle.set(id, g);
    return groups;
  }
}

const SECTION_LABEL: Record<Section, () => string> = { quotes: () => vscode.l10n.t('Quotes'), entities: () => vscode.l10n.t('Entities'), typos: () => vscode.l10n.t('Typos') };
const SECTION_ICON: Record<Section, string> = { quotes: 'quote', entities: 'symbol-class', typos: 'warning' };
const ENTITY_ICON = { person: 'person', place: 'location', organization: 'organization' } as const;

function leaf(id: string, label: string, start: number, end: number, icon: string, description?: string): StoryNode {
  return { kind: 'leaf', id, label, start, end, icon, description };
}
