// Shared test helpers: one analyzer for the whole test run (models load once).
import { createAnalyzer, type Analyzer } from '../../src/core/article/analyze';
import type { EntityAnnotation } from '../../src/core/types';
import { loadResources } from '../../src/node/resources';

let analyzer: Analyzer | undefined;
export function testAnalyzer(): Analyzer {
  return (analyzer ??= createAnalyzer(loadResources()));
}

/** Person entities over every occurrence of each name in `t`, as the tagger would give them. */
export function persons(t: string, names: string[]): EntityAnnotation[] {
  const out: EntityAnnotation[] = [];
  for (const name of names)
    for (let i = t.indexOf(name); i >= 0; i = t.indexOf(name, i + 1))
      out.push({ kind: 'entity', type: 'person', start: i, end: i + name.length, text: name, canonical: name });
  return out;
}
