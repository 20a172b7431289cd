// Hovers: entity → canonical name and where else it appears; date → resolved calendar date;
// quote → speaker and the same or similar quote in other articles, with the differing words.
import * as vscode from 'vscode';
import type { WorkspaceCorpus } from '../workspaceCorpus';
import type { ArticleAnalysis, DateAnnotation, EntityAnnotation, QuoteAnnotation } from '../../core/types';
import { articleName, describeDiff } from '../viewText';

const TYPE_LABEL = { person: 'Person', place: 'Place', organization: 'Organisation' } as const;

export class NewsHovers implements vscode.HoverProvider {
  constructor(
    private readonly analysisOf: (doc: vscode.TextDocument) => ArticleAnalysis | undefined,
    private readonly corpus: WorkspaceCorpus,
  ) {}

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Hover | undefined> {
    const a = this.analysisOf(doc);
    if (!a) return undefined;
    const at = doc.offsetAt(pos);
    const inside = <T extends { start: number; end: number }>(list: readonly T[]) => list.find((x) => x.start <= at && at < x.end);
    const id = doc.uri.toString();
    const parts: { md: vscode.MarkdownString; range: vscode.Range }[] = [];
    const range = (s: { start: number; end: number }) => new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end));
    const fix = (md: vscode.MarkdownString, links: [string, string][], corrected?: boolean) => {
      md.isTrusted = { enabledCommands: ['newsAnnotator.showEntityMentions', ...links.map(([, c]) => `newsAnnotator.${c}`)] };
      const args = encodeURIComponent(JSON.stringify([id, at]));
      md.appendMarkdown(
        `\n\n${corrected ? `*${vscode.l10n.t('Corrected by a reader.')}* ` : ''}${links.map(([t, c]) => `[${t}](command:newsAnnotator.${c}?${args})`).join(' · ')}`,
      );
      return md;
    };
    const entity = inside(a.entities);
    if (entity) {
      const md = await this.entityHover(id, a, entity);
      const links: [string, string][] = [
        [vscode.l10n.t('Change type…'), 'changeEntityType'],
        [vscode.l10n.t('Not an entity'), 'notAnEntity'],
        [vscode.l10n.t('Same as…'), 'sameAsEntity'],
        [vscode.l10n.t('Accept'), 'acceptAnnotation'],
      ];
      parts.push({ md: fix(md, links, entity.corrected), range: range(entity) });
    }
    const date = inside(a.dates);
    if (date) {
      const links: [string, string][] = [
        [vscode.l10n.t('Set date…'), 'setDate'],
        [vscode.l10n.t('Not a date'), 'notADate'],
      ];
      parts.push({ md: fix(this.dateHover(id, a, date), links, date.corrected), range: range(date) });
    }
    const quote = inside(a.quotes);
    if (quote) {
      const links: [string, string][] = [
        [vscode.l10n.t('Change speaker…'), 'changeSpeaker'],
        [vscode.l10n.t('Not a quote'), 'notAQuote'],
      ];
      parts.push({ md: fix(await this.quoteHover(id, quote), links, quote.corrected), range: range(quote) });
    }
    if (!parts.length) return undefined;
    // The innermost annotation's range (entity/date inside a quote) is the hover's range.
    return new vscode.Hover(
      parts.map((p) => p.md),
      parts[0].range,
    );
  }

  async entityHover(id: string, a: ArticleAnalysis, e: EntityAnnotation): Promise<vscode.MarkdownString> {
    const here = a.entities.filter((x) => x.canonical === e.canonical).length;
    const elsewhere = (await this.corpus.entityMentions(e.canonical).catch(() => [])).filter((m) => m.id !== id);
    const md = new vscode.MarkdownString();
    md.isTrusted = { enabledCommands: ['newsAnnotator.showEntityMentions'] };
    md.appendMarkdown(`**${esc(e.canonical)}** — ${TYPE_LABEL[e.type]}`);
    if (e.text !== e.canonical) md.appendMarkdown(`  \n“${esc(e.text)}” refers to ${esc(e.canonical)}`);
    md.appendMarkdown(`\n\n${here}× in this article`);
    if (elsewhere.length) {
      const args = encodeURIComponent(JSON.stringify([e.canonical]));
      md.appendMarkdown(
        `, in [${elsewhere.length} other article${elsewhere.length > 1 ? 's' : ''}](command:newsAnnotator.showEntityMentions?${args} "List the mentions")`,
      );
    } else md.appendMarkdown(', in no other workspace article');
    return md;
  }

  dateHover(id: string, a: ArticleAnalysis, d: DateAnnotation): vscode.MarkdownString {
    const md = new vscode.MarkdownString();
    if (!d.value) {
      md.appendMarkdown(`**Date** — cannot be resolved${d.relative || !a.header.published ? ' (no publication date known)' : ''}`);
      return md;
    }
    md.appendMarkdown(`**${esc(formatCalendar(d.value))}**`);
    if (d.relative) {
      const pub = a.header.published ?? this.corpus.view.publicationDate(id)?.date;
      md.appendMarkdown(` — relative to the publication date ${pub ?? 'unknown'}`);
    }
    return md;
  }

  async quoteHover(id: string, q: QuoteAnnotation): Promise<vscode.MarkdownString> {
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`**Quote** — ${q.speaker ? `said by **${esc(q.speaker)}**` : 'speaker unknown'}`);
    const others = await this.corpus.similarQuotes(id, q).catch(() => []);
    if (!others.length) {
      md.appendMarkdown('\n\nNot found in other workspace articles.');
      return md;
    }
    md.appendMarkdown(`\n\nAlso in ${others.length} other article${others.length > 1 ? 's' : ''}:`);
    for (const m of others.slice(0, 5)) {
      const speaker = m.sameSpeaker ? '' : ` — attributed to **${esc(m.quote.speaker ?? 'unknown')}**`;
      const same = m.diff.every((d) => d.op === 'same');
      md.appendMarkdown(`\n\n- *${esc(articleName(m.id))}*${speaker}: ${same ? 'same words' : describeDiff(m.diff, esc)}`);
    }
    return md;
  }
}

/** "2025-01-16" → "Thursday 16 January 2025"; "2025-01" → "January 2025"; "2025" → "2025". */
export function formatCalendar(value: string): string {
  const [y, m, d] = value.split('-').map(Number);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  if (!m) return String(y);
  if (!d) return `${months[m - 1]} ${y}`;
  const weekday = new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' });
  return `${weekday} ${d} ${months[m - 1]} ${y}`;
}

function esc(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
