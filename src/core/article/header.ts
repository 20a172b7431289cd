import type { ArticleHeader } from '../types';
import { monthNumber } from './dates/lexicon';

// The seeds and the eval sets start with "date YYYY-MM-DD" (sometimes after a space, sometimes
// followed by more text on the same line).
const HEADER = /^[ \t]*date[ \t]+(\d{4})-(\d\d)-(\d\d)\b/;

// An outlet's own dateline at the start of a line: "Published: Friday 13 June 2025 10:04 BST", "Posted on
// June 3, 2025, 4:42 PM EDT", "PUBLISHED: 02:31 GMT, 12 March 2025", "Updated13 Jun 2025" (glued when
// copied from a page). Groups: label, then ISO y-m-d | day month year | month day year.
const DATELINE = new RegExp(
  String.raw`^[ \t]*(first published|published(?: time)?|posted|last updated|updated)(?:[ \t]+(?:on|at))?[ \t]*:?[ \t]*` +
    // An optional clock time and weekday before the date ("12:17 am, Monday, September 16, 2013").
    String.raw`(?:\d{1,2}[:.] ?\d\d(?:[ \t]*[ap]\.? ?m\.?)?(?:[ \t]+[a-z]{2,4})?,?[ \t]+)?` +
    String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t]+)?` +
    String.raw`(?:(\d{4})-(\d\d)-(\d\d)|(\d{1,2})(?:st|nd|rd|th)?[ \t]+([a-z]{3,9})\.?,?[ \t]+(\d{4})|([a-z]{3,9})\.?[ \t]+(\d{1,2})(?:st|nd|rd|th)?,?[ \t]+(\d{4}))(?!\d)`,
  'i',
);
// Datelines sit under the headline, a byline or a standfirst: the first few lines only.
const DATELINE_LINES = 6;
const DATELINE_LINE_MAX = 300;

const OUTLETS =
  /\b(?:The (?:Independent|Guardian|Sun|Times|Telegraph|Mirror|Observer|Economist|New York Times|Washington Post)|BBC|Reuters|Associated Press|AFP|CNN|Bloomberg|Politico|Sky News|Daily Mail|USA Today|HuffPost|Breitbart)\b/;

/** Reads the publication date header, a title and the outlet (when the text names it). */
export function parseHeader(text: string): ArticleHeader {
  let published: string | null = null;
  let span: ArticleHeader['span'] = null;
  const m = HEADER.exec(text);
  if (m && isCalendarDate(+m[1], +m[2], +m[3])) {
    published = `${m[1]}-${m[2]}-${m[3]}`;
    const lead = m[0].length - m[0].trimStart().length;
    span = { start: m.index + lead, end: m.index + m[0].length };
  }
  const dateline = published ? null : findDateline(text);
  return { published, span, dateline, title: '', outlet: findOutlet(text) };
}

/** The date of a "Published …"/"Posted …"/"Updated …" line among the first lines; published or posted beats updated. */
export function findDateline(text: string): string | null {
  let updated: string | null = null;
  let start = 0;
  for (let n = 0; n < DATELINE_LINES && start < text.length; n++) {
    const nl = text.slice(start, start + DATELINE_LINE_MAX).search(/[\r\n]/);
    const end = nl < 0 ? Math.min(text.length, start + DATELINE_LINE_MAX) : start + nl;
    const m = DATELINE.exec(text.slice(start, end));
    const ymd = m && datelineDate(m);
    if (m && ymd) {
      if (!/updated/i.test(m[1])) return ymd;
      updated ??= ymd;
    }
    if (nl < 0) break;
    start = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
  }
  return updated;
}

function datelineDate(m: RegExpExecArray): string | null {
  const [y, mo, d] = m[2] ? [+m[2], +m[3], +m[4]] : m[5] ? [+m[7], monthNumber(m[6]), +m[5]] : [+m[10], monthNumber(m[8]), +m[9]];
  if (!isCalendarDate(y, mo, d)) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function findOutlet(text: string): string | null {
  const m = OUTLETS.exec(text.slice(0, 4000));
  return m ? m[0] : null;
}
