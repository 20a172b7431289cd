// Issue 2: what is drawn in the editor is exactly what the core found, per kind.
import * as assert from 'node:assert';
import { api, offsets, showSeed, spanOffsets } from '../helpers';
import { test } from '../runner';

test('decorations on seed 000 equal the core annotations, per kind', async () => {
  const ed = await showSeed('000');
  const a = await api();
  const analysis = await a.analyze(ed.document);
  assert.ok(analysis, 'no analysis for seed 000');
  const applied = a.decorations.appliedRanges(ed.document.uri)!;
  const expected = {
    quotes: analysis.quotes,
    persons: analysis.entities.filter((e) => e.type === 'person'),
    places: analysis.entities.filter((e) => e.type === 'place'),
    organizations: analysis.entities.filter((e) => e.type === 'organization'),
    dates: analysis.dates,
  };
  const empty: string[] = [];
  for (const [kind, spans] of Object.entries(expected)) {
    const k = kind as keyof typeof expected;
    assert.deepStrictEqual(offsets(ed.document, applied[k]), spanOffsets(spans), `${kind}: decorations differ from the analysis`);
    if (k !== 'organizations' && !spans.length) empty.push(kind);
  }
  // Seed 000 has quotes, Keir Starmer / Zelensky, Kyiv / Ukraine and "on Thursday": none may be empty.
  assert.deepStrictEqual(empty, [], `no ${empty.join(', ')} found in seed 000`);
});
