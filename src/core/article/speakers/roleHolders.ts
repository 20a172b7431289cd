// Who holds a role at a position, for entity resolution ("the Taoiseach" -> its holder).
import type { EntityAnnotation } from '../../types';
import { roleKey } from '../../text/titles';
import { makeContext } from './context';
import { latestWithRole } from './roles';

/**
 * Who holds a role ("prime minister", "PM") at a position: the person the article last gave it, else the
 * protagonist holding no other role; null when unknown. Built once per article from its entities.
 */
export function roleHolders(text: string, entities: readonly EntityAnnotation[]): (role: string, pos: number) => string | null {
  const ctx = makeContext(text, [], entities);
  return (role, pos) => latestWithRole(ctx, roleKey(role), pos);
}
