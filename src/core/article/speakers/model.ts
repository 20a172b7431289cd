// What speaker attribution works with: the attribution, the article context, the running state.
import type { EntityAnnotation, Span } from '../../types';
import type { QuoteStretch } from '../quotes/stretch';

export interface Attribution {
  speaker: string | null;
  span?: Span;
  /** The cue rules found the speaker (not only the ranker's pick of a name nearby). */
  cued?: boolean;
  /** ... by a cue in the quote's own paragraph. */
  cuedHere?: boolean;
  /** Which cue rule found the speaker ("xSaid", "accordingBefore", "leadSubject"): a ranker feature. */
  via?: string;
  /** ... and, for a pronoun, which rule chose its referent ("previousQuote", "lastMention"). */
  pronounBy?: string;
}

export interface Name {
  full: string; // the name as the article writes it in full
  words: string[]; // lowercase words
  positions: number[]; // where it occurs, ascending
}

/** A person (or a role standing for one) mentioned outside quotes. */
export interface Mention {
  start: number;
  name: string;
}

export interface Context {
  text: string;
  quotes: readonly QuoteStretch[];
  entities: readonly EntityAnnotation[]; // sorted by start
  persons: EntityAnnotation[]; // person entities outside quotes, by position
  mentions: Mention[]; // persons and held roles ("the PM") outside quotes, by position
  byLast: Map<string, Name[]>; // multi-word names by last word
  byFirst: Map<string, Name[]>; // ... and by first word
  namePositions: Map<string, number[]>;
  personNames: Set<string>; // names the tagger found as persons
  bankPos: number[]; // positions of all names, ascending, and the name there
  bankAt: Map<number, string>;
  roles: Map<string, { name: string; pos: number }[]>;
  /** Country (lowercase) -> the people the article gives a role of it ("Pakistan’s prime minister X"). */
  leaders: Map<string, { name: string; pos: number }[]>;
  /** Surname (lowercase) -> sex, where the article's honorifics say ("Mr Gale", "Ms Varga"). */
  genders: Map<string, 'f' | 'm'>;
}

/** What earlier quotes told: the last named speaker and where they were named. */
export interface State {
  last: { speaker: string; at: number } | null;
  /** The speaker of the latest quote with one, however found, and where that quote opens. */
  prev: { speaker: string; at: number; end: number } | null;
}
