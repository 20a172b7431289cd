import type { ArticleHeader, BoilerplateAnnotation } from './types';

// PLACEHOLDER
export function findBoilerplate(_text: string, _header: ArticleHeader): BoilerplateAnnotation[] {
  return [];
}
