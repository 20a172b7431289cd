// Which quoted stretches are someone's words, not titles or nicknames.
import type { QuoteStretch } from './stretch';

const SMALL = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'it', 'is']);

export function isTitleCased(s: string): boolean {
  const words = s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  if (!words.length) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && SMALL.has(w.toLowerCase())));
}

// Kinds of work whose title news copy puts in quote marks.
const WORK =
  '(?:show|program|programme|series|documentary|film|movie|book|novel|memoir|album|song|play|musical|episode|broadcast|edition|podcast|column|commentary|op-ed|article|essay|headline|poem|sitcom|drama|comedy|segment|clip|trailer|video)';
const WORK_BEFORE = new RegExp(`\\b${WORK}(?:,| of| on| called| titled| named| entitled)?\\s*$`, 'iu');
// ... owned or pointed at: "Kay Lee's column", "the BBC film", so the noun is no verb ("his polls show").
const OWNED_WORK_BEFORE = new RegExp(
  `(?:\\p{L}['’]s?|(?<!\\p{L})(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our|[Tt]he|[Aa]n?))\\s+(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}-]*\\s+){0,2}${WORK}(?:,| of| on| called| titled| named| entitled)?\\s*$`,
  // No i flag: \p{Lu} must stay upper case.
  'u',
);
const WORK_AFTER = new RegExp(`^\\s+(?:(?:radio|TV|television|talk|news|reality|morning|late-night|cable)\\s+)*${WORK}\\b`, 'iu');

/** A capitalised name next to the kind of work it names: the documentary “Aftermath”, his “Open Line” radio show. */
export function isNamedWork(s: string, before: string, after: string): boolean {
  if ((s.split(/\s+/).length > 6 && !isSubtitledTitle(s)) || !/^[\p{Lu}\p{N}]/u.test(s)) return false;
  // Before the mark, "show" or "play" may be a verb ("polls show “We are winning”"): Title Case there,
  // or a titled sentence when the noun is owned ("Kay Lee's column, “Fix the buses now,”").
  return WORK_AFTER.test(after) || (WORK_BEFORE.test(before) && isTitleCased(s)) || OWNED_WORK_BEFORE.test(before);
}

/** A title with a subtitle: “Backfire: The Inside Story of the Deal” (longer than most titles). */
export function isSubtitledTitle(s: string): boolean {
  return s.split(/\s+/).length <= SUBTITLED_MAX_WORDS && /\S:\s+[\p{Lu}\p{N}]/u.test(s) && isTitleCased(s);
}

const SUBTITLED_MAX_WORDS = 16;

// Where a programme or film is the place someone spoke or played: appeared on, said Sunday on, told,
// starred in, a role in. Bare "on"/"in" is not enough ("a project on “Women in Power”" is a topic).
const VENUE_BEFORE =
  /(?:\b(?:appear\w*|aired|airs|said|says|spoke|interview(?:ed)?|starr\w*|stars|acting|roles?|guest|turn as\b[^,.;]{0,40})(?:\s+[\p{L}\p{N}.'’]+){0,2}\s+(?:on|in)|\btold)\s*$/iu;

/** A short Title Case programme named where it airs or plays: appeared on “Morning Edition”, told “Good Day Ohio”. */
export function isVenueTitle(s: string, before: string): boolean {
  if (s.split(/\s+/).length > 6 || /[!?]$/.test(s) || !isTitleCased(s)) return false;
  return VENUE_BEFORE.test(before);
}

/** A cited story's headline in a digest: “Mayor quits,” by the Ledger's Kim Ode: “…” (the excerpt follows). */
export function isCitedHeadline(text: string, q: QuoteStretch): boolean {
  if (q.close < 0 || text[q.end - 1] !== ',') return false;
  return /^\s+by\s+(?:the\s+)?\p{Lu}[^\n:"“”]{0,60}:/u.test(text.slice(q.close + 1, Math.min(q.lineEnd, q.close + 80)));
}

/** Drops stretches that are titles or nicknames rather than someone's words. */
export function keepQuote(text: string, q: QuoteStretch): boolean {
  if (isCitedHeadline(text, q)) return false;
  // Only short stretches can be titles or nicknames (a subtitled title runs longer); long ones are kept without a look.
  if (q.end - q.start > TITLE_MAX_CHARS) return true;
  const s = text.slice(q.start, q.end);
  if (!/[\p{L}\p{N}]/u.test(s)) return false;
  const nWords = s.split(/\s+/).length;
  const before = text.slice(Math.max(q.lineStart, q.open - 40), q.open);
  const after = q.close >= 0 ? text.slice(q.close + 1, Math.min(q.lineEnd, q.close + 40)) : '';
  if (!isNamedAs(text, q) && (isNamedWork(s, before, after) || isVenueTitle(s, before))) return false;
  // A programme or work named after its owner: MSNBC's "Morning Joe", DuVernay's "13th".
  if (nWords <= 6 && /\p{L}['’]s\s*$/u.test(before) && isTitleCased(s)) return false;
  // An epithet right after a name: Mayor Lee ‘The Fixer’ Says … (a nickname, not his words).
  if (nWords <= 3 && /^The\s+\p{Lu}/u.test(s) && !/[.,!?]$/.test(s) && /\p{Lu}\p{Ll}+\s+$/u.test(before) && isTitleCased(s)) return false;
  // A nickname between first name and surname: Robert C. "Bobby" Scott.
  if (nWords === 1 && /(?:\p{Lu}\p{L}*|\p{Lu}\.)\s+$/u.test(before) && /^\s+\p{Lu}\p{Ll}/u.test(after) && /^\p{Lu}/u.test(s)) return false;
  return true;
}

const TITLE_MAX_CHARS = 120;

// Words for a crowd's or a speaker's voice right before the mark: chants of “…”, cries of “…”, shouting “…”.
const VOICE_BEFORE =
  /\b(?:chant(?:s|ed|ing)?|cr(?:y|ies|ied)|shout(?:s|ed|ing)?|yell(?:s|ed|ing)?|scream(?:s|ed|ing)?|roar(?:s|ed)?)(?:\s+of)?,?\s*$/iu;
// A pronoun and a speech verb right after the close: “Your Honor,” I said.
const PRONOUN_SAID_AFTER = /^\s*(?:I|he|she|they|we|you)\s+(?:said|asked|added|replied|answered|shouted|yelled|told)\b/u;

/** A stretch the text says was voiced, however Title Case it looks: chants of “Go Home Now”, “Okay,” I said. */
export function isVoiced(text: string, q: QuoteStretch): boolean {
  if (VOICE_BEFORE.test(text.slice(Math.max(q.lineStart, q.open - 30), q.open))) return true;
  if (q.close < 0 || !/[,?!]$/.test(text.slice(q.start, q.end))) return false;
  return PRONOUN_SAID_AFTER.test(text.slice(q.close + 1, Math.min(q.lineEnd, q.close + 30)));
}

// What people call someone or something: known as “…”, goes by “…”, nicknamed “…”, billed as “…”. (Not
// "called"/"titled", which mostly precede the title of a work.)
const NAMED_AS_BEFORE =
  /(?:^|\s)(?:known(?:\s+\p{Ll}+)?\s+as|go(?:es)?\s+by|nicknamed|billed\s+as|dubbed|named|entitled)(?:\s+the)?,?\s*$/u;

/** A name the text says others use (known as “the Night Crew”): their words, however Title Case. */
export function isNamedAs(text: string, q: QuoteStretch): boolean {
  return NAMED_AS_BEFORE.test(text.slice(Math.max(q.lineStart, q.open - 40), q.open));
}

/** A lone pronoun in quote marks is the word itself being talked about (because "she" is a "he"), not speech. */
export function isMentionedPronoun(s: string): boolean {
  return /^(?:he|she|it|they|we|us|him|her|them|me|you)[.,!?]?$/i.test(s);
}
