// Honorifics and roles that come before a person's name. One list for the tagger's span
// trimming, entity cleaning, name keys across articles and speakers.

/** Words (lowercase, without the final period) that are titles, not part of a name. */
const TITLE_WORDS = new Set([
  'sir',
  'dame',
  'lord',
  'lady',
  'baroness',
  'baron',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'professor',
  'president',
  'vice-president',
  'vp',
  'pm',
  'chancellor',
  'senator',
  'sen',
  'rep',
  'representative',
  'congressman',
  'congresswoman',
  'gov',
  'governor',
  'mayor',
  'councillor',
  'councilor',
  'councilman',
  'councilwoman',
  'alderman',
  'assemblyman',
  'assemblywoman',
  'gen',
  'general',
  'lt',
  'lieutenant',
  'col',
  'colonel',
  'capt',
  'captain',
  'maj',
  'adm',
  'admiral',
  'sgt',
  'sergeant',
  'cpl',
  'judge',
  'justice',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'rev',
  'reverend',
  'fr',
  'father',
  'sheikh',
  'chairman',
  'chairwoman',
  'secretary',
  'minister',
  'ambassador',
  'commissioner',
  'chief',
  'speaker',
  'premier',
  'coach',
  'detective',
  'officer',
  'inspector',
  'superintendent',
  'constable',
  'hon',
  'rt',
  'retired',
  'ret',
  'former',
  'prime',
  'vice',
  'deputy',
  'acting',
  'attorney',
  'sheriff',
  'cardinal',
  'bishop',
  'archbishop',
  'rabbi',
  'imam',
  'emir',
  'sultan',
  'tsar',
  'czar',
  'taoiseach',
  'tánaiste',
  'tanaiste',
]);

/** Honorifics proper: before a name they make it a person's ("Sir Keir", "Mrs. May"). */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame']);

const bare = (word: string) => {
  const w = word.toLowerCase();
  return w.endsWith('.') ? w.slice(0, -1) : w;
};

/** True for an honorific or rank word ("Sir", "Mr.", "Gen."); callers strip it only before a name. */
export function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(bare(word));
}

/** True for an honorific ("Mr", "Mrs.", "Sir", "Dame"): a person's name follows. */
export function isHonorific(word: string): boolean {
  return HONORIFICS.has(bare(word));
}

/** Role nouns (lowercase) that stand for a person: "the prime minister", "the PM". Longest first. */
export const ROLE_PHRASES = [
  'prime minister',
  'foreign secretary',
  'foreign minister',
  'home secretary',
  'defence secretary',
  'defense secretary',
  'secretary of state',
  'chancellor',
  'president-elect',
  'vice president',
  'vice-president',
  'president',
  'premier',
  'mayor',
  'governor',
  'senator',
  'congressman',
  'congresswoman',
  'chief executive',
  'ceo',
  'chairman',
  'chairwoman',
  'chair',
  'king',
  'queen',
  'pope',
  'first minister',
  'taoiseach',
  'leader',
  'manager',
  'coach',
  'pm',
  'attorney general',
  'speaker',
];

/** Abbreviated roles and their long form, so "the PM" and "the prime minister" share a key. */
const ROLE_ALIASES: Record<string, string> = { pm: 'prime minister', 'vice-president': 'vice president' };

export function roleKey(role: string): string {
  const r = role.toLowerCase().replace(/\s+/g, ' ').trim();
  return ROLE_ALIASES[r] ?? r;
}
