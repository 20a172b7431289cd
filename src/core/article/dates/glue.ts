// Copy pasted from web pages often loses the space between a label and a dateline
// ("Updated13 Jun 2025", "By Jane Roe13 June 2025", "Posted2025-06-12", "13 June 2025Updated"),
// so no word boundary separates the date. A space put in place of the letter touching the date
// (same length, offsets kept) restores the boundary for every date finder. Only where what
// touches is a whole date or a clock time: "COVID19", "G20" and "Euro2024" stay as they are.

const MON = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
// A lowercase letter ending a word of two or more letters, right before a date or a clock time.
const BEFORE_DATE = new RegExp(
  `(?<=\\p{L}\\p{L})\\p{Ll}(?=\\d{1,2}(?::\\d\\d|[.:]\\d\\d\\s?(?:[ap]\\.?m\\b|[A-Z]{3}\\b)|\\s?[ap]\\.?m\\b|(?:st|nd|rd|th)?\\s+${MON}\\s+\\d{4}\\b)|\\d{4}-\\d\\d-\\d\\d\\b|${MON}\\s+\\d{1,2},?\\s+\\d{4}\\b)`,
  'gu',
);
// A capital starting a word right after a full date or a clock time.
const AFTER_DATE = new RegExp(`(?<=${MON}\\s+(?:\\d{1,2},?\\s+)?\\d{4}|\\d{1,2}\\s+${MON}|\\d{1,2}:\\d\\d|\\d{4}-\\d\\d-\\d\\d)\\p{Lu}(?=\\p{Ll})`, 'gu');
const HAS_GLUE = /\p{L}\d|\d\p{Lu}/u;

/** The text with a blank between a word and a date glued to it; the same string when there is none. */
export function unglueDates(text: string): string {
  if (!HAS_GLUE.test(text)) return text;
  return text.replace(BEFORE_DATE, ' ').replace(AFTER_DATE, ' ');
}
