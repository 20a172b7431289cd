// Words of date expressions, shared by the rules and the resolver.

export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Month number from a full name or an abbreviation ("Sept.", "Oct"), else 0. */
export function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w === 'sept') return 9;
  const i = MONTH_NAMES.findIndex((n) => n === w || (w.length === 3 && n.startsWith(w)));
  return i + 1;
}

export const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export const weekdayNumber = (word: string): number => WEEKDAY_NAMES.indexOf(word.toLowerCase());

const SMALL = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** A count written in digits or words ("a", "three", "twenty-one"); NaN when vague ("several"). */
export function countValue(word: string): number {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return +w;
  if (w === 'a' || w === 'an') return 1;
  const i = SMALL.indexOf(w);
  if (i >= 0) return i;
  const m = /^(\w+)-(\w+)$/.exec(w);
  if (m && TENS.indexOf(m[1]) > 1 && SMALL.indexOf(m[2]) > 0 && SMALL.indexOf(m[2]) < 10)
    return TENS.indexOf(m[1]) * 10 + SMALL.indexOf(m[2]);
  const t = TENS.indexOf(w);
  return t > 1 ? t * 10 : NaN;
}

/** Regex source for a count: digits, number words, "a"/"an", or vague ones. */
export const COUNT =
  '(?:\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|(?:twenty|thirty|forty|fifty)-(?:one|two|three|four|five|six|seven|eight|nine)|several|a\\s+few|a\\s+couple\\s+of)';

/** Two-word spoken years of broadcast transcripts: "nineteen ninety-six". */
export function spokenYear(first: string, rest: string): number {
  const hundreds = first.toLowerCase() === 'nineteen' ? 1900 : first.toLowerCase() === 'eighteen' ? 1800 : 0;
  const n = countValue(rest);
  return hundreds && n >= 10 && n < 100 ? hundreds + n : NaN;
}
