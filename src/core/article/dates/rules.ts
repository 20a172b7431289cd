// Regex rules for the date expressions chrono-node does not cover (or covers badly):
// weekdays, months without a day, years, decades, quarters, seasons, holidays,
// "last year", "three weeks ago", "now". Each rule is a linear regex (literal words
// separated by whitespace, no nested open-ended repetition) plus a builder that
// returns the meaning, or null to reject the match after looking at its context.
import { COUNT, countValue, MONTH_NAMES, monthNumber, spokenYear, WEEKDAY_NAMES, weekdayNumber } from './lexicon';
import type { Candidate, Direction, Spec } from './spec';

interface Rule {
  /** Trigger words (lowercase; '#4' a four-digit number, '#0s' a decade): the rule only runs near them. */
  keys: string[];
  re: RegExp;
  build(m: RegExpExecArray, text: string): Spec | null;
}

const S = '\\s+';
const MONTH =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.';
const WEEKDAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const YEAR = '(?:1[89]\\d\\d|20\\d\\d)';
const PART = '(?:morning|afternoon|evening|night)';
// A year-like number must not be part of a larger number, an amount or a code.
const NOT_BEFORE_NUM = '(?<![\\d$£€#.,/:-]|No\\.\\s?)';
const NOT_AFTER_NUM = '(?![\\d%]|[.,:]\\d|\\s?(?:percent|per\\s+cent)\\b)';
// "2000 people": a count, not a year.
const NOT_COUNTED =
  '(?!\\s+(?:people|persons|shares|troops|soldiers|workers|jobs|employees|members|residents|students|units|cars|vehicles|homes|houses|tons|tonnes|barrels|miles|kilometres|kilometers|km|feet|metres|meters|acres|hectares|votes|copies|points|cases|deaths|dollars|euros|pounds|yen|times|calories|pages|words|rooms|beds|seats|passengers|visitors|children|women|men|officers|police|refugees|prisoners|tanks|planes|aircraft)\\b)';

const WEEKDAYS = WEEKDAY_NAMES;
const MONTH_KEYS = [...MONTH_NAMES, 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];
// "New Year's Day" and "Good Friday" are found through "year" and "friday".
const HOLIDAY_KEYS = [
  'christmas',
  'year',
  'thanksgiving',
  'easter',
  'friday',
  'independence',
  'labor',
  'labour',
  'memorial',
  'election',
  'veterans',
  'halloween',
  'valentine',
  'boxing',
];

// Nouns after "today's" that make it "nowadays" rather than this day.
const GENERIC_NOW =
  /^\s+(?:world|society|youth|young|generation|generations|children|kids|teenagers|standards|age|culture|families|consumers|students|climate|economy)\b/i;

// "each July", "every Monday": recurrences (TimeML's SETs), not dates.
const RECURRING = /^(?:each|every)$/i;

const isCap = (w: string | undefined) => !!w && /^[A-Z]/.test(w);
const lower = (w: string | undefined) => (w ?? '').toLowerCase().replace(/\s+/g, ' ');

/** A capitalised word inside a sentence, after another capitalised word: part of a title ("This Week"). */
function inTitle(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  if (/(?:^|[.!?:]["'”’]?\s+|\n\s*)$/.test(before)) return false;
  return /[A-Z][A-Za-z]*\s+$|["“‘`]$/.test(before);
}

const PROGRAMME_AFTER = /^\s+(?:programme|program|show|podcast|newspaper|segment|presenter|host)\b/;

/** Whether `at` opens a sentence or a paragraph. */
function opensSentenceAt(text: string, at: number): boolean {
  return /(?:^|[.!?:]["'”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, at - 40), at));
}

/** The word just before a match (or a "," ";" ":" "(" there; '' at the text start), to check cues. */
function wordBefore(text: string, at: number): string {
  let e = at;
  while (e > 0 && e > at - 10 && /\s/.test(text[e - 1])) e--;
  if (e > 0 && /[,;:(]/.test(text[e - 1])) return text[e - 1];
  let s = e;
  while (s > 0 && e - s < 20 && /[A-Za-z]/.test(text[s - 1])) s--;
  return text.slice(s, e);
}

function direction(mod: string): Direction | undefined {
  if (/^(last|this past|past|previous)$/.test(mod)) return 'past';
  if (/^(next|this coming|coming|following)$/.test(mod)) return 'future';
  return undefined;
}

/** "last weekend" is the one before this week's, "this past weekend" the one just gone. */
function weekendSpec(mod: string): Spec {
  if (mod === 'last' || mod === 'past' || mod === 'this past' || mod === 'previous') return { t: 'weekend', n: -1 };
  if (mod === 'next') return { t: 'weekend', n: 1 };
  if (mod === 'coming' || mod === 'this coming') return { t: 'weekend', dir: 'future' };
  return { t: 'weekend' };
}

const relYear = (mod: string) => (direction(mod) === 'past' ? -1 : direction(mod) === 'future' ? 1 : 0);

// Words before a bare "May"/"March" that make it a month, not a verb.
const STRONG_MONTH_CUE = /^(in|since|until|till|by|during|early|late|mid|last|next|this)$/i;
const MONTH_CUE =
  /^(in|since|until|till|by|from|through|during|before|after|of|early|late|mid|last|next|this|each|every|and|or|to|between|,|\()$/i;

const RULES: Rule[] = [
  // Weekdays, with what may sit around them: "last Friday", "Monday night", "noon Saturday".
  {
    keys: WEEKDAYS,
    re: new RegExp(
      `\\b(?:(?<mod>last|next|this|this${S}coming|this${S}past|the${S}previous|coming|early|late|earlier|later)${S}|(?:noon|midnight)${S})?(?<wd>${WEEKDAY})(?<poss>['’]s)?(?:${S}${PART})?\\b`,
      'gi',
    ),
    build(m, text) {
      const wd = m.groups!.wd;
      if (!isCap(wd)) return null;
      // "Black Monday", "Good Friday", "Super Tuesday": names, not this week's day.
      if (/^(Black|Good|Super|Ash|Cyber|Bloody|Blue|Holy|Palm|Easter|Shrove|Maundy)$/.test(wordBefore(text, m.index))) return null;
      // "each Thursday", "every Monday": a recurrence, no one day.
      if (!m.groups!.mod && RECURRING.test(wordBefore(text, m.index))) return null;
      return {
        t: 'weekday',
        wd: weekdayNumber(wd),
        dir: direction(lower(m.groups!.mod).replace(/^the /, '')),
        possessive: !!m.groups!.poss,
      };
    },
  },
  // today / yesterday / tomorrow / tonight, optionally "late yesterday", "yesterday morning".
  {
    keys: ['today', 'tonight', 'yesterday', 'tomorrow'],
    re: new RegExp(`\\b(?:(?:early|late|earlier|later)${S})?(?<w>today|tonight|yesterday|tomorrow)(?:['’]s)?(?:${S}${PART})?\\b`, 'gi'),
    build(m, text) {
      const w = lower(m.groups!.w);
      // "USA Today", "VOA Today": a title, not a date ("``Today, I'm here" opens a quote).
      const end = m.index + m[0].length;
      const opensQuote =
        /["“‘`]$/.test(text.slice(Math.max(0, m.index - 1), m.index)) && /^[,;]|^\s+\p{Ll}/u.test(text.slice(end, end + 3));
      if (m[0].startsWith('Today') && inTitle(text, m.index) && !opensQuote) return null;
      // "Radio 4's Today programme": a programme's name, before its kind of work, mid-sentence.
      if (m[0] === 'Today' && PROGRAMME_AFTER.test(text.slice(end, end + 12)) && !opensSentenceAt(text, m.index)) return null;
      // "today's world", "the leaders of tomorrow": the present or the future in general.
      if (/['’]s$/.test(m[0]) && GENERIC_NOW.test(text.slice(end, end + 24))) return null;
      if (
        w === 'tomorrow' &&
        /\bthe\s+(?!end\b|rest\b|start\b|morning\b|afternoon\b|evening\b)\p{L}+\s+of\s+$/iu.test(
          text.slice(Math.max(0, m.index - 30), m.index),
        )
      )
        return null;
      return { t: 'day', n: w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0 };
    },
  },
  { keys: ['morning', 'afternoon', 'evening', 'night'], re: new RegExp(`\\bthis${S}${PART}\\b`, 'gi'), build: () => ({ t: 'day', n: 0 }) },
  { keys: ['night'], re: new RegExp(`\\blast${S}night\\b`, 'gi'), build: () => ({ t: 'day', n: -1 }) },
  // "overnight" as an adverb ("fighting raged overnight", "overnight, drones hit"), not the
  // adjective of "an overnight stay" / "overnight rates": no determiner before, no noun after.
  {
    keys: ['overnight'],
    re: /\bovernight\b(?!-)/gi,
    build(m, text) {
      if (/^(?:a|an|the|its|his|her|their|our|this|that|an|first|second|one|two)$/i.test(wordBefore(text, m.index))) return null;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      if (
        !/^(?:\s*(?:[.,;:!?)"”’]|$)|\s+(?:on|in|into|to|and|as|after|before|at|from|with|when|while|but|that|amid|near|across|around|by|following|local|there)\b)/i.test(
          after,
        )
      )
        return null;
      return { t: 'overnight' };
    },
  },
  { keys: ['yesterday'], re: new RegExp(`\\bthe${S}day${S}before${S}yesterday\\b`, 'gi'), build: () => ({ t: 'day', n: -2 }) },
  { keys: ['tomorrow'], re: new RegExp(`\\bthe${S}day${S}after${S}tomorrow\\b`, 'gi'), build: () => ({ t: 'day', n: 2 }) },
  // The present and vague past/future: TimeML gives them no calendar value.
  {
    keys: ['now', 'currently', 'recently', 'recent', 'these', 'future', 'past', 'current'],
    re: new RegExp(
      `\\b(?:right${S}now|now|currently|(?:more${S}|until${S}|only${S})?recently|recent${S}(?:years|months|weeks|days|times)|these${S}days|the${S}(?:near${S}|foreseeable${S}|distant${S})?future(?!${S}of)|in${S}the${S}past(?!${S}(?:\\d|few|several|two|three|four|five|six|seven|eight|nine|ten|year|month|week|decade))|(?:the${S})?(?:current|recent)${S}(?:period|time))\\b`,
      'gi',
    ),
    build(m, text) {
      const w = lower(m[0]);
      // "now that ..." is a conjunction; "Now" opening a title is rare but "Now, ..." is a date.
      // "the now-closed plant", "every now and then": no reference to the present.
      if (w === 'now' && /^(?:\s+that\b|-\p{L}|\s+and\s+(?:then|again)\b)/u.test(text.slice(m.index + 3, m.index + 16))) return null;
      return { t: 'none' };
    },
  },
  // last/this/next year|month|week, with "earlier"/"early"/"late" in front.
  {
    keys: ['year', 'month', 'week', 'weekend', 'decade', 'century'],
    re: new RegExp(
      `\\b(?:(?:earlier|later|early|late)${S})?(?<mod>last|this|next|the${S}past|the${S}coming|the${S}current|the${S}previous|the${S}following|this${S}past|this${S}coming)${S}(?<unit>year|month|week|weekend|decade|century)\\b(?!-)`,
      'gi',
    ),
    build(m, text) {
      const unit = lower(m.groups!.unit);
      const mod = lower(m.groups!.mod).replace(/^the /, '');
      if (m[0].startsWith('This') && inTitle(text, m.index)) return null;
      // "the following year" counts from the story's last date, not from publication.
      if (mod === 'following') return { t: 'none' };
      if (unit === 'year') return { t: 'year', n: relYear(mod) };
      if (unit === 'month') return { t: 'month', n: relYear(mod) };
      if (unit === 'weekend') return weekendSpec(mod);
      // "the past week" is the last seven days, not a calendar week.
      if (unit === 'week' && /^(last|this|next)$/.test(mod)) return { t: 'week', n: relYear(mod) };
      return { t: 'none' };
    },
  },
  {
    keys: ['earlier', 'later'],
    re: new RegExp(`\\b(?:earlier|later)${S}in${S}the${S}(?<unit>year|month|week|day)\\b`, 'gi'),
    build(m) {
      const unit = lower(m.groups!.unit);
      return unit === 'year'
        ? { t: 'year', n: 0 }
        : unit === 'month'
          ? { t: 'month', n: 0 }
          : unit === 'day'
            ? { t: 'day', n: 0 }
            : { t: 'week', n: 0 };
    },
  },
  {
    keys: ['year'],
    re: new RegExp(`\\bthe${S}(?<mod>current|latest|full|previous|same|following)${S}(?:fiscal${S})?year\\b(?!-)`, 'gi'),
    build(m) {
      const mod = lower(m.groups!.mod);
      if (mod === 'same') return null;
      return mod === 'following' ? { t: 'none' } : { t: 'year', n: mod === 'previous' ? -1 : 0 };
    },
  },
  // "three weeks ago", "a year earlier", "nearly four years ago".
  {
    keys: ['ago', 'earlier'],
    re: new RegExp(
      `\\b(?:(?:about|nearly|almost|some|just|only|more${S}than|less${S}than|roughly|over|exactly)${S})?(?<n>${COUNT})${S}(?<unit>days?|weeks?|months?|years?|decades?)${S}(?:ago|earlier)\\b`,
      'gi',
    ),
    build(m) {
      const n = countValue(m.groups!.n.split(/\s+/)[0]);
      const unit = lower(m.groups!.unit).replace(/s$/, '');
      if (!Number.isFinite(n) || unit === 'decade') return { t: 'none' };
      if (unit === 'day') return { t: 'day', n: -n };
      if (unit === 'week') return { t: 'day', n: -7 * n };
      if (unit === 'month') return { t: 'month', n: -n };
      return { t: 'year', n: -n };
    },
  },
  { keys: ['year'], re: /\byear[- ](?:earlier|ago)\b/gi, build: () => ({ t: 'year', n: -1 }) },
  // Quarters and halves: no calendar value in our format, still dates.
  {
    keys: ['quarter', 'half'],
    re: new RegExp(
      `\\b(?:(?:the|its|this|that|last|next|a|each)${S})?(?:(?:this|last|next|the${S}current|the${S}previous)${S}year['’]s${S})?(?:(?:year-earlier|year-ago|comparable|same|latest|current|previous|preceding|fiscal|flat|${YEAR})[\\s-]+){0,2}(?:first|second|third|fourth|1st|2nd|3rd|4th|final|fiscal-first)[- ](?:quarter|half)\\b(?:${S}of${S}(?:${YEAR}|this${S}year|last${S}year))?`,
      'gi',
    ),
    build: () => ({ t: 'none' }),
  },
  {
    keys: ['quarter'],
    re: new RegExp(
      `\\b(?:the|this|that|its|last|next)${S}(?:(?:year-earlier|year-ago|comparable|same|latest|current|previous|preceding|fiscal|${YEAR})${S}){0,2}quarter\\b(?!-)`,
      'gi',
    ),
    build: () => ({ t: 'none' }),
  },
  // Years, with "early"/"mid-"/"fiscal"/"the end of" in front.
  {
    keys: ['#4'],
    re: new RegExp(
      `${NOT_BEFORE_NUM}\\b(?:(?<mod>early|late|mid|the${S}end${S}of|the${S}beginning${S}of|the${S}start${S}of|the${S}middle${S}of|fiscal(?:${S}year)?|calendar(?:${S}year)?|post|pre)(?:${S}|-))?(?<y>${YEAR})${NOT_AFTER_NUM}${NOT_COUNTED}(?!['’]?s\\b)`,
      'gi',
    ),
    build: (m) => ({ t: 'abs', y: +m.groups!.y }),
  },
  // Spoken years of broadcast transcripts.
  {
    keys: ['nineteen', 'eighteen'],
    re: /\b(?<a>nineteen|eighteen)\s+(?<b>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b/gi,
    build(m) {
      const y = spokenYear(m.groups!.a, m.groups!.b);
      return Number.isFinite(y) ? { t: 'abs', y } : null;
    },
  },
  { keys: ['thousand'], re: /\bthe\s+year\s+two\s+thousand\b/gi, build: () => ({ t: 'abs', y: 2000 }) },
  // Decades and centuries.
  {
    keys: ['#0s'],
    re: new RegExp(`\\b(?:the${S})?(?:(?:early|late|mid)[\\s-]+)?(?:(?:1[89]|20)\\d0|['’]\\d0)['’]?s\\b`, 'gi'),
    build: () => ({ t: 'none' }),
  },
  {
    keys: ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'],
    re: new RegExp(
      `(?:\\bthe${S}(?:(?:early|late|mid)[\\s-]+)?)(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b`,
      'gi',
    ),
    build: () => ({ t: 'none' }),
  },
  {
    keys: ['century'],
    re: new RegExp(
      `\\b(?:the${S})?(?:\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|this|last|next|past)[\\s-]century\\b`,
      'gi',
    ),
    build: (m) =>
      /^\d|^the \d/i.test(m[0]) || /\b(this|last|next|past|twentieth|twenty-first|nineteenth|eighteenth)\b/i.test(m[0])
        ? { t: 'none' }
        : null,
  },
  // Months without a day: "in July", "late November", "June 1998", "June last year".
  {
    keys: MONTH_KEYS,
    re: new RegExp(
      `\\b(?:(?<mod>early|late|mid|last|next|this|this${S}past|this${S}coming|the${S}end${S}of|the${S}middle${S}of|the${S}beginning${S}of|the${S}start${S}of)(?:${S}|-))?(?<mon>${MONTH})(?![A-Za-z])(?:,?${S}(?:of${S})?(?:(?<y>${YEAR})${NOT_AFTER_NUM}|(?<yr>this|last|next)${S}year\\b))?`,
      'gi',
    ),
    build(m, text) {
      const g = m.groups!;
      if (!isCap(g.mon)) return null;
      const mon = monthNumber(g.mon);
      if (g.y) return { t: 'abs', y: +g.y, m: mon };
      if (g.yr) return { t: 'year', n: relYear(lower(g.yr)), m: mon };
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
      if (!g.mod && !g.y && !g.yr && RECURRING.test(wordBefore(text, m.index)) && !/^\s*\d/.test(after)) return null;
      // A day number follows: chrono-node reads the full date; this stays as the month fallback.
      if (g.mon.endsWith('.') && !/^\s*\d/.test(after)) return null; // a lone "Dec." is rarely a date
      if (!g.mod && /^(May|March)$/.test(g.mon)) {
        if (/^\s*\d/.test(after)) return { t: 'abs', m: mon };
        const cue = wordBefore(text, m.index);
        if (!MONTH_CUE.test(cue)) return null;
        // After a weak cue ("of", "and") the word may still be the verb: "the right to march on".
        if (!STRONG_MONTH_CUE.test(cue)) {
          if (g.mon === 'March' && /^\s+(of|for|on|to|in|against|through|from|past|and)\b/.test(after)) return null;
          if (g.mon === 'May' && /^\s+(be|have|not|also|well|never|still|seem|need|take|make|come|go|get)\b/.test(after)) return null;
        }
      }
      const mod = lower(g.mod);
      if (mod === 'this') return { t: 'year', n: 0, m: mon };
      // "last May" skips the month just gone: it is the latest May at least two months back.
      if (mod === 'last' || mod === 'next') return { t: 'abs', m: mon, dir: direction(mod), skipNear: true };
      return { t: 'abs', m: mon, dir: direction(mod) };
    },
  },
  // Seasons: "last fall", "this summer", "the winter of 1994".
  {
    keys: ['spring', 'summer', 'autumn', 'fall', 'winter'],
    re: new RegExp(
      `\\b(?:(?<mod>the|this|last|next|early|late|this${S}past|this${S}coming|mid|in)(?:${S}|-))?(?:(?:early|late)${S})?(?<s>spring|summer|autumn|fall|winter)\\b(?:${S}of${S}${YEAR}\\b)?`,
      'gi',
    ),
    build(m, text) {
      const mod = lower(m.groups!.mod);
      const s = lower(m.groups!.s);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (!mod && !/^(in|during|by|until|since|through)$/i.test(wordBefore(text, m.index))) return null;
      if (s === 'fall' && (mod === 'the' || mod === 'in' || !mod) && !/^\s+of\s+\d/.test(after)) return null;
      if (mod === 'the' && /^\s+of\s+(?!\d)/.test(after)) return null;
      return { t: 'none' };
    },
  },
  // Holidays (capitalised: "Christmas", "Thanksgiving Day").
  {
    keys: HOLIDAY_KEYS,
    re: /\b(?:(?:last|next|this)\s+)?(?<h>Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s\s+(?:Day|Eve)|Thanksgiving(?:\s+Day)?|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|Independence\s+Day|Labou?r\s+Day|Memorial\s+Day|Election\s+Day|Veterans\s+Day|Halloween|Valentine['’]s\s+Day|Boxing\s+Day)\b(?!\s+(?:week|season|holidays?|shopping|tree|card|party|present|gift|message|speech|weekend)\b)/g,
    build: (m) => ({ t: 'holiday', name: lower(m.groups!.h).replace(/['’]/g, '') }),
  },
  // Dates that point back to the last date given: "later that year", "the same day".
  {
    keys: ['day', 'month', 'year'],
    re: new RegExp(
      `\\b(?:(?:earlier|later)${S})?(?:that${S}(?:same${S})?|the${S}same${S}|the${S}(?<next>following|next)${S})(?<u>day|month|year)\\b(?![-']|${S}(?:before|after|of|when|in${S}which))`,
      'gi',
    ),
    build(m) {
      const unit = lower(m.groups!.u) as 'day' | 'month' | 'year';
      return { t: 'anaphor', unit, n: m.groups!.next ? 1 : 0 };
    },
  },
  // The day a report is about: "shares ended the day 2% up", "for the day", "in the morning".
  {
    keys: ['day', 'morning', 'afternoon', 'evening'],
    re: new RegExp(
      `(?<=\\b(?:end|ended|ending|ends|finish|finished|finishing|close|closed|closing|start|started|starting|began|opened|for|during|through|over|in|by|until)${S})the${S}(?<u>day|morning|afternoon|evening)\\b(?![-']|${S}(?:before|after|of|when|that|in${S}which|he|she|they|it|we))`,
      'gi',
    ),
    build(m, text) {
      const before = text.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
      // "for the day" only of a market's day ("rose 2% for the day"), not "a plan for the day ahead".
      if (lower(m.groups!.u) === 'day' && /\b(?:in|by|until|over|through)\s+$/.test(before)) return null;
      return { t: 'anaphor', unit: 'day', n: 0, orPub: true };
    },
  },
  {
    keys: ['midday', 'afternoon', 'morning'],
    re: /(?<=\b(?:at|by|until|before|after|around|from|since)\s+)(?:midday|mid-?afternoon|mid-?morning|mid\s+(?:afternoon|morning))\b/gi,
    build: () => ({ t: 'anaphor', unit: 'day', n: 0, orPub: true }),
  },
  // Clock times chrono-node misses before a weekday ("at 10:35 a.m. Friday").
  {
    keys: ['#clock'],
    re: /\b\d{1,2}(?::\d\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)(?:\s+(?:[ECMP][SD]T|GMT|UTC|BST)\b)?/gi,
    build: () => ({ t: 'time' }),
  },
  {
    keys: ['christmas', 'easter', 'thanksgiving'],
    re: /\b(?:Christmas|Easter|Thanksgiving)\s+(?:week|weekend|season|holidays?)\b/g,
    build: () => ({ t: 'none' }),
  },
  {
    keys: ['weekend'],
    re: new RegExp(`\\b(?:over${S})?(?<mod>the|this|last|next)${S}weekend\\b(?!-)`, 'gi'),
    build: (m) => weekendSpec(lower(m.groups!.mod)),
  },
  // Year ends and the business year: "by year-end", "for the fiscal year", "the end of the month".
  {
    keys: ['year', 'month'],
    re: new RegExp(
      `\\b(?:around${S})?(?:(?<ye>year-end)|year${S}end|year['’]s${S}end|the${S}end${S}of${S}the${S}(?<u>year|month))\\b(?!-)`,
      'gi',
    ),
    build(m) {
      if (lower(m.groups!.u) === 'month') return { t: 'month', n: 0 };
      // "by year-end" is this year's 31 December, "since year-end" last year's.
      return m.groups!.ye ? { t: 'abs', m: 12, d: 31 } : { t: 'year', n: 0 };
    },
  },
  {
    keys: ['year'],
    // Not "the year ended March 31": a business year named by its end date, which is its own date.
    re: new RegExp(
      `(?<=\\b(?:for|of|in|during|through|throughout)${S})the${S}(?:fiscal${S})?year\\b(?![-']|${S}(?:before|earlier|ago|after|later|in${S}which|when|ended|ending|to${S}(?:date${S})?(?:end|ended|ending)))`,
      'gi',
    ),
    build: () => ({ t: 'year', n: 0 }),
  },
  { keys: ['period', 'quarter'], re: new RegExp(`\\bthe${S}latest${S}(?:period|quarter)\\b`, 'gi'), build: () => ({ t: 'none' }) },
  {
    keys: ['week'],
    re: new RegExp(`(?<=\\b(?:for|of|in|during|through|throughout)${S})the${S}week\\b|\\bthe${S}week['’]s\\b`, 'gi'),
    build: () => ({ t: 'none' }),
  },
];

// Every rule runs only on short windows around its trigger words, found by one pass of a
// single regex: far cheaper than running each rule over the whole article.
const KEY_RULES = new Map<string, number[]>();
RULES.forEach((r, i) => r.keys.forEach((k) => KEY_RULES.set(k, [...(KEY_RULES.get(k) ?? []), i])));
const WORD_KEYS = [...KEY_RULES.keys()].filter((k) => !k.startsWith('#')).sort((a, b) => b.length - a.length);
const TRIGGER = new RegExp(
  `\\b(${WORD_KEYS.join('|')})\\b|\\b(\\d{4})\\b|(\\b\\d{3}0|['’]\\d0)s\\b|(\\b\\d{1,2}(?::\\d\\d)?\\s?[ap]\\.?m\\b)`,
  'gi',
);
const BEFORE = 60; // longest left context a rule needs ("the beginning of", "more than")
const AFTER = 70;
const MAX_WINDOW = 2000;

/** Per rule, merged [start, end) windows around its trigger words. */
function ruleWindows(text: string): [number, number][][] {
  const wins: [number, number][][] = RULES.map(() => []);
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    const key = m[1] ? m[1].toLowerCase() : m[2] ? '#4' : m[3] ? '#0s' : '#clock';
    const s = Math.max(0, m.index - BEFORE);
    const e = Math.min(text.length, m.index + m[0].length + AFTER);
    for (const i of KEY_RULES.get(key) ?? []) {
      const list = wins[i];
      const last = list[list.length - 1];
      if (last && s <= last[1] && e - last[0] <= MAX_WINDOW) last[1] = e;
      else list.push([s, e]);
    }
  }
  return wins;
}

/** Widens a window to whole words so no match starts or ends inside a word. */
function snap(text: string, s: number, e: number): [number, number] {
  for (let k = 0; s > 0 && k < 30 && /\S/.test(text[s - 1]); k++) s--;
  for (let k = 0; e < text.length && k < 30 && /\S/.test(text[e]); k++) e++;
  return [s, e];
}

/** The date expressions the regex rules recognise, unmerged (they may overlap). */
export function findRuleDates(text: string): Candidate[] {
  const out: Candidate[] = [];
  ruleWindows(text).forEach((list, i) => {
    const rule = RULES[i];
    let done = 0; // windows come in order: a match before this was seen in the previous window
    for (const [ws, we] of list) {
      const [s, e] = snap(text, ws, we);
      const win = text.slice(s, e);
      rule.re.lastIndex = 0;
      for (let m = rule.re.exec(win); m; m = rule.re.exec(win)) {
        if (m[0].length === 0) {
          rule.re.lastIndex++;
          continue;
        }
        m.index += s;
        if (m.index < done) continue;
        done = m.index + m[0].length;
        const spec = rule.build(m, text);
        if (spec) out.push(trimCandidate(text, m.index, m.index + m[0].length, spec));
      }
    }
  });
  return out;
}

/** Drops a leading "over the"/"in" and surrounding blanks so spans hold the expression only. */
function trimCandidate(text: string, start: number, end: number, spec: Spec): Candidate {
  const lead = /^(?:over\s+|in\s+)(?=the\b)|^in\s+(?=the\s+past)/i.exec(text.slice(start, end));
  if (lead) start += lead[0].length;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end, spec };
}
