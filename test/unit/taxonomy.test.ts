import { describe, expect, it } from 'vitest';
import { DEFAULT_LABELS, defaultColor, labelId, parseLabels } from '../../src/core/annotations/taxonomy';

describe('label taxonomy', () => {
  it('ships fact-checking defaults with distinct ids and colours', () => {
    const ids = DEFAULT_LABELS.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining(['claim', 'check-worthy', 'verified', 'false', 'misleading', 'missing-context', 'opinion', 'evidence']),
    );
    for (const l of DEFAULT_LABELS) expect(l.color).toMatch(/^#[0-9a-f]{6}$/i);
  });
  it('adds workspace labels after the defaults and overrides a default by id', () => {
    const { labels, problems } = parseLabels(JSON.stringify([{ name: 'Satire' }, { id: 'false', name: 'Untrue', color: '#ff0000' }]));
    expect(problems).toEqual([]);
    expect(labels.find((l) => l.id === 'satire')?.name).toBe('Satire');
    expect(labels.find((l) => l.id === 'false')).toMatchObject({ name: 'Untrue', color: '#ff0000' });
    expect(labels.filter((l) => l.id === 'false')).toHaveLength(1);
  });
  it('replaces the fact-checking defaults when asked, keeping accepted kinds and corrections', () => {
    const { labels } = parseLabels(JSON.stringify({ replaceDefaults: true, labels: [{ name: 'Frame: conflict' }] }));
    expect(labels[0].id).toBe('frame-conflict');
    expect(labels.some((l) => l.id === 'claim')).toBe(false);
    expect(labels.some((l) => l.id === 'correction')).toBe(true);
  });
  it('reports malformed files and entries, and keeps what is usable', () => {
    expect(parseLabels('{ not json').problems[0]).toMatch(/not JSON/);
    expect(parseLabels('{ not json').labels).toEqual([...DEFAULT_LABELS]);
    const r = parseLabels(JSON.stringify([{ id: 'Bad Id!', name: 'x' }, { name: 'Fine', color: 'red' }, 7]));
    expect(r.problems).toHaveLength(3);
    expect(r.labels.find((l) => l.id === 'fine')?.color).toBe(defaultColor('fine'));
  });
  it('derives ids from names', () => {
    expect(labelId('Missing context')).toBe('missing-context');
    expect(labelId('  Évidence / Source ')).toBe('evidence-source');
  });
});
