// Hover on a reader annotation: its label, note, author and time, with links to edit or delete it.
import * as vscode from 'vscode';
import type { Labels } from './labels';
import type { ReaderLayer } from './readerLayer';

export class ReaderHovers implements vscode.HoverProvider {
  constructor(
    private readonly layer: ReaderLayer,
    private readonly labels: Labels,
  ) {}

  provideHover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    const at = doc.offsetAt(pos);
    const hits = this.layer.list(doc.uri).filter((l) => l.range && l.range.start <= at && at < l.range.end);
    if (!hits.length) return undefined;
    const parts = hits.map((l) => {
      const a = l.annotation;
      const md = new vscode.MarkdownString();
      md.isTrusted = {
        enabledCommands: ['newsAnnotator.editAnnotationNote', 'newsAnnotator.changeAnnotationLabel', 'newsAnnotator.deleteAnnotation'],
      };
      md.supportThemeIcons = true;
      const label = this.labels.get(a.label);
      md.appendMarkdown(`$(note) **${esc(label.name)}**${a.value ? ` — ${esc(a.value)}` : ''}`);
      if (a.correction)
        md.appendMarkdown(` — ${esc(describe(a.correction))}${a.scope === 'name' ? ` ${vscode.l10n.t('(every mention)')}` : ''}`);
      if (a.note) md.appendMarkdown(`\n\n${esc(a.note)}`);
      for (const r of a.replies) md.appendMarkdown(`\n\n*${esc(r.creator)}:* ${esc(r.text)}`);
      md.appendMarkdown(
        `\n\n${esc(a.creator)} · ${new Date(a.modified).toLocaleString()}${a.resolved ? ` · ${vscode.l10n.t('resolved')}` : ''}`,
      );
      const args = encodeURIComponent(JSON.stringify([a.id]));
      md.appendMarkdown(
        `\n\n[${vscode.l10n.t('Edit note')}](command:newsAnnotator.editAnnotationNote?${args}) · [${vscode.l10n.t('Change label')}](command:newsAnnotator.changeAnnotationLabel?${args}) · [${vscode.l10n.t('Delete')}](command:newsAnnotator.deleteAnnotation?${args})`,
      );
      return md;
    });
    const r = hits[0].range!;
    return new vscode.Hover(parts, new vscode.Range(doc.positionAt(r.start), doc.positionAt(r.end)));
  }
}

function describe(c: NonNullable<import('../../core/annotations/model').ReaderAnnotation['correction']>): string {
  switch (c.kind) {
    case 'quote':
      return c.action === 'speaker' ? vscode.l10n.t('speaker: {0}', c.speaker) : vscode.l10n.t('not a quote');
    case 'entity':
      return c.action === 'type' || c.action === 'add'
        ? vscode.l10n.t('a {0}', c.type)
        : c.action === 'sameAs'
          ? vscode.l10n.t('same as {0}', c.canonical)
          : vscode.l10n.t('not an entity');
    case 'date':
      return c.action === 'value' ? vscode.l10n.t('date: {0}', c.value) : vscode.l10n.t('not a date');
  }
}

function esc(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
