// Speakers of quotes, and role holders for entity resolution.
export { attributeSpeakers } from './attribute';
export type { Attribution } from './model';
export { roleHolders } from './roleHolders';
