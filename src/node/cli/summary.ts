// The CLI's human-readable report.
import type { CorpusDocument, EntityAnnotation, Story } from '../../core/types';
import { clip } from '../../core/text/clip';

export function formatSummary(
  docs: readonly CorpusDocument[],
  stories: readonly Story[],
  publicationDate: (id: string) => { date: string; inferred: boolean } | null = () => null,
): string {
  const lines: string[] = [];
  for (const { id, analysis: a } of docs) {
    lines.push(`${id}`);
    const pub = publicationDate(id);
    const source = a.header.dateline ? 'its dateline' : 'its story';
    const published = a.header.published ?? (pub ? `${pub.date} (inferred from ${source})` : 'unknown');
    lines.push(`  published: ${published}${a.header.outlet ? `   outlet: ${a.header.outlet}` : ''}`);
    lines.push(`  title: ${a.header.title}`);
    lines.push(
      `  ${a.quotes.length} quotes, ${a.entities.length} entity mentions, ${a.dates.length} dates, ${a.typos.length} typos, ${a.boilerplate.length} boilerplate blocks`,
    );
    for (const q of a.quotes) lines.push(`  quote  ${q.speaker ?? '(unknown)'}: “${clip(q.text, 70)}”`);
    for (const [name, group] of byCanonical(a.entities)) lines.push(`  ${group[0].type.padEnd(12)} ${name} ×${group.length}`);
    for (const d of a.dates) lines.push(`  date   ${d.text} → ${d.value ?? '?'}`);
    for (const t of a.typos) lines.push(`  typo   ${t.text} → ${t.suggestions.slice(0, 3).join(', ') || '(no suggestion)'}`);
    lines.push('');
  }
  lines.push(`${stories.length} stories`);
  for (const s of stories) {
    lines.push(`  ${s.date ?? '----------'}  ${s.label} (${s.articles.length} articles)`);
    for (const id of s.articles) {
      const dup = s.duplicates.find(([copy]) => copy === id);
      lines.push(`    ${id}${dup ? `  (duplicate of ${dup[1]})` : ''}`);
    }
  }
  return lines.join('\n') + '\n';
}

function byCanonical(entities: readonly EntityAnnotation[]): [string, EntityAnnotation[]][] {
  const m = new Map<string, EntityAnnotation[]>();
  for (const e of entities) {
    const g = m.get(e.canonical);
    if (g) g.push(e);
    else m.set(e.canonical, [e]);
  }
  return [...m].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
}
