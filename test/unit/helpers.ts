// Shared test helpers: one analyzer for the whole test run (models load once).
import { createAnalyzer, type Analyzer } from '../../src/core/article/analyze';
import { loadResources } from '../../src/node/resources';

let analyzer: Analyzer | undefined;
export function testAnalyzer(): Analyzer {
  return (analyzer ??= createAnalyzer(loadResources()));
}
