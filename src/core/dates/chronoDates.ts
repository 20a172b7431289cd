// chrono-node reads full calendar dates ("Oct. 13, 1989", "Friday, Nov. 3", "3/4/98") and
// times of day. It only runs on short windows around a trigger (a month name or abbreviation
// next to a number, a clock time, a numeric date), which keeps it off most of the text.
import * as chrono from 'chrono-node/en';
import type { Candidate, Spec } from './spec';

const MON = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';
const TRIGGER = new RegExp(
  `\\b${MON}\\s{1,3}\\d|\\b\\d{1,2}(?:st|nd|rd|th)?\\s{1,3}${MON}|\\b\\d{1,2}(?::\\d\\d)?\\s{0,2}[ap]\\.?m\\b|\\b\\d{1,2}:\\d\\d\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b|\\b\\d{4}-\\d\\d-\\d\\d\\b`,
  'g',
);
const WINDOW_BEFORE = 40;
const WINDOW_AFTER = 50;
// chrono's reference date only fills parts we ignore (we keep certain values only).
const REF = new Date(Date.UTC(2000, 0, 1, 12));

/** Merged [start, end) windows around the triggers, widened to word boundaries. */
function windows(text: string): [number, number][] {
  const out: [number, number][] = [];
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    let s = Math.max(0, m.index - WINDOW_BEFORE);
    let e = Math.min(text.length, m.index + m[0].length + WINDOW_AFTER);
    while (s > 0 && /\S/.test(text[s - 1]) && m.index - s < WINDOW_BEFORE + 20) s--;
    while (e < text.length && /\S/.test(text[e]) && e - m.index < WINDOW_AFTER + 40) e++;
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** What a chrono result means for us: a (partial) calendar date, a clock time, or nothing. */
function toSpec(r: chrono.ParsedResult): Spec | null {
  const c = r.start;
  if (c.isCertain('month') && c.isCertain('day')) {
    return {
      t: 'abs',
      y: c.isCertain('year') ? c.get('year')! : undefined,
      m: c.get('month')!,
      d: c.get('day')!,
      wd: c.isCertain('weekday') ? c.get('weekday')! : undefined,
    };
  }
  if (c.isCertain('hour') && /\d/.test(r.text)) return { t: 'time' };
  return null;
}

export function findChronoDates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const [s, e] of windows(text)) {
    for (const r of chrono.strict.parse(text.slice(s, e), REF)) {
      const spec = toSpec(r);
      if (!spec) continue;
      let start = s + r.index;
      let end = start + r.text.length;
      // Spans hold the expression only: no leading preposition, no trailing blanks.
      const lead = /^(?:at|on|in|by|from|since|until|the|around|about)\s+/i.exec(r.text);
      if (lead) start += lead[0].length;
      while (end > start && /[\s,]/.test(text[end - 1])) end--;
      if (end > start) out.push({ start, end, spec });
    }
  }
  return out;
}
