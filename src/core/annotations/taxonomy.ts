// The labels a reader picks from. Defaults for fact-checking (claims, verdicts, evidence), plus the
// automatic layer's kinds so that accepted marks keep their kind. A workspace replaces or extends
// them with `.vscode/news-labels.json`: `[{ "id": "claim", "name": "Claim", "color": "#e5c07b" }, …]`
// or `{ "labels": [...], "replaceDefaults": true }`.
import type { LabelDefinition } from './model';

/** The workspace's label file, relative to the workspace folder (the editor and the CLI read it). */
export const LABEL_FILE = '.vscode/news-labels.json';

export const FACT_CHECK_LABELS: readonly LabelDefinition[] = [
  { id: 'claim', name: 'Claim', description: 'A statement of fact that can be checked', color: '#d19a66' },
  { id: 'check-worthy', name: 'Check-worthy', description: 'A claim worth checking first', color: '#e5c07b' },
  { id: 'verified', name: 'Verified', description: 'Checked and true', color: '#98c379' },
  { id: 'false', name: 'False', description: 'Checked and false', color: '#e06c75' },
  { id: 'misleading', name: 'Misleading', description: 'True in part, or framed to mislead', color: '#c678dd' },
  { id: 'missing-context', name: 'Missing context', description: 'True, but leaves out what changes its meaning', color: '#56b6c2' },
  { id: 'opinion', name: 'Opinion', description: 'A view, not a checkable fact', color: '#abb2bf' },
  { id: 'evidence', name: 'Evidence / Source', description: 'Where a claim is backed up', color: '#61afef' },
];

/** Labels for automatic annotations accepted into the reader's layer. */
export const ACCEPTED_LABELS: readonly LabelDefinition[] = [
  { id: 'person', name: 'Person', color: '#4fc1ff' },
  { id: 'place', name: 'Place', color: '#89d185' },
  { id: 'organization', name: 'Organisation', color: '#ce9178' },
  { id: 'quote', name: 'Quote', color: '#dcdcaa' },
  { id: 'date', name: 'Date', color: '#b5cea8' },
];

/** The label corrections carry. */
export const CORRECTION_LABEL: LabelDefinition = { id: 'correction', name: 'Correction', description: 'A fix of an automatic mark', color: '#f48771' };

export const DEFAULT_LABELS: readonly LabelDefinition[] = [...FACT_CHECK_LABELS, ...ACCEPTED_LABELS, CORRECTION_LABEL];

export interface ParsedLabels {
  labels: LabelDefinition[];
  /** What was wrong with the file (the rest is used). */
  problems: string[];
}

const ID = /^[a-z0-9][a-z0-9_-]*$/;
const COLOR = /^#[0-9a-fA-F]{6}$/;

/** Label id from a name: "Missing context" → "missing-context". */
export function labelId(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Reads a workspace label file. Labels with a known id override the default; new ones are added
 * (after the defaults, or alone with `replaceDefaults`). Accepted-kind and correction labels always stay.
 */
export function parseLabels(json: string): ParsedLabels {
  const problems: string[] = [];
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { labels: [...DEFAULT_LABELS], problems: [`not JSON: ${(e as Error).message}`] };
  }
  const list = Array.isArray(data) ? data : data && typeof data === 'object' ? (data as { labels?: unknown }).labels : undefined;
  const replace = !Array.isArray(data) && !!(data as { replaceDefaults?: unknown } | null)?.replaceDefaults;
  if (!Array.isArray(list)) return { labels: [...DEFAULT_LABELS], problems: ['expected an array of labels (or { "labels": [...] })'] };
  const custom: LabelDefinition[] = [];
  list.forEach((raw, i) => {
    const o = raw as Partial<LabelDefinition> | null;
    if (!o || typeof o !== 'object' || typeof o.name !== 'string' || !o.name.trim()) return void problems.push(`label ${i + 1}: needs a "name"`);
    const id = typeof o.id === 'string' && o.id ? o.id : labelId(o.name);
    if (!ID.test(id)) return void problems.push(`label ${i + 1}: id "${id}" may only have a-z, 0-9, - and _`);
    const color = typeof o.color === 'string' && (COLOR.test(o.color) || o.color.startsWith('newsAnnotator.')) ? o.color : undefined;
    if (o.color !== undefined && !color) problems.push(`label ${i + 1}: color "${String(o.color)}" is not #rrggbb; a default colour is used`);
    custom.push({ id, name: o.name.trim(), description: typeof o.description === 'string' ? o.description : undefined, color: color ?? defaultColor(id) });
  });
  const base = replace ? [...ACCEPTED_LABELS, CORRECTION_LABEL] : [...DEFAULT_LABELS];
  const byId = new Map(base.map((l) => [l.id, l]));
  for (const l of custom) byId.set(l.id, l);
  const order = replace ? [...custom.map((l) => l.id), ...base.map((l) => l.id)] : [...base.map((l) => l.id), ...custom.map((l) => l.id)];
  return { labels: [...new Set(order)].map((id) => byId.get(id)!), problems };
}

const PALETTE = ['#d19a66', '#61afef', '#98c379', '#c678dd', '#e06c75', '#56b6c2', '#e5c07b'];

/** A stable colour for a label without one. */
export function defaultColor(id: string): string {
  const known = DEFAULT_LABELS.find((l) => l.id === id);
  if (known) return known.color;
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return PALETTE[h % PALETTE.length];
}
