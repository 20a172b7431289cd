// Speakers of quotes, and role holders for entity resolution.
export { attributeSpeakers } from './attribute';
export type { Attribution } from './model';
export { roleHolders } from './roleHolders';
export { speakerCandidates } from './attribute';
export type { Candidate } from './ranker';
