// chrono-node reads full calendar dates ("Oct. 13, 1989", "Friday, Nov. 3", "3/4/98") and
// times of day. It only runs on short windows around a trigger (a month name or abbreviation
// next to a number, a clock time, a numeric date), which keeps it off most of the text.
import * as chrono from 'chrono-node/en';
import type { Candidate, Spec } from './spec';
import { partitionPoint } from '../../text/search';

const MON = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';
const TRIGGER = new RegExp(
  `\\b${MON}\\s{1,3}\\d|\\b\\d{1,2}(?:st|nd|rd|th)?\\s{1,3}${MON}|\\b\\d{1,2}(?::\\d\\d)?\\s{0,2}[ap]\\.?m\\b|\\b\\d{1,2}:\\d\\d\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b|\\b\\d{4}-\\d\\d-\\d\\d\\b`,
  'g',
);
// A month name, or a numeric date with all three parts ("1/4" is a fraction).
const CALENDAR = new RegExp(`${MON}|\\d{1,4}[/-]\\d{1,2}[/-]\\d{1,4}`);
const CLOCK = /\d\s*(?:[ap]\.?m\b|:\d\d)|\b(?:noon|midnight)\b/i;
const WINDOW_BEFORE = 40;
const WINDOW_AFTER = 50;
// chrono's reference date only fills parts we ignore (we keep certain values only).
const REF = new Date(Date.UTC(2000, 0, 1, 12));

// chrono's strict set minus the parsers of relative spans ("within a week", "ten days ago"),
// whose results we drop anyway (the rules read those): a fifth of chrono's time. Matched by
// class name; if names are mangled nothing is removed and only speed is lost.
const RELATIVE_PARSERS = /^EN(?:TimeUnitWithin|TimeUnitAgo|TimeUnitLater)FormatParser$/;
const strictConfig = chrono.configuration.createConfiguration(true);
strictConfig.parsers = strictConfig.parsers.filter((p) => !RELATIVE_PARSERS.test(p.constructor.name));
const parser = new chrono.Chrono(strictConfig);

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
    if (last && s <= last[1] && e - last[0] <= 400) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** What chrono's parsed components mean for us: a (partial) calendar date, a clock time, or nothing. */
function toSpec(c: chrono.ParsedResult['start'], text: string): Spec | null {
  // chrono marks relative results ("ten days before") as certain too: require a written date.
  if (c.isCertain('month') && c.isCertain('day') && CALENDAR.test(text)) {
    return {
      t: 'abs',
      y: c.isCertain('year') ? c.get('year')! : undefined,
      m: c.get('month')!,
      d: c.get('day')!,
      wd: c.isCertain('weekday') ? c.get('weekday')! : undefined,
    };
  }
  if (c.isCertain('hour') && CLOCK.test(text)) return { t: 'time' };
  return null;
}

const RANGE_JOIN = /\s*(?:\bto\b|\bthrough\b|\buntil\b|-|–)\s*/;

/** A chrono result as one candidate, or two for a range ("Aug. 26 to Oct. 20"); offset maps r.index into the text. */
function toCandidates(r: chrono.ParsedResult, offset: number): Candidate[] {
  // chrono joins a date to a time on the next line ("13 June 2025\n14.05 BST"): a line ends an expression.
  // The rest is parsed again on its own (rare: a title ending in a weekday over a dateline).
  const nl = r.text.indexOf('\n');
  if (nl >= 0) {
    const head = trimmed(r.text.slice(0, nl), offset + r.index, toSpec(r.start, r.text.slice(0, nl)));
    const from = r.index + nl + 1;
    const rest = parser.parse(r.text.slice(nl + 1), REF).flatMap((q) => toCandidates({ ...q, index: q.index + from } as chrono.ParsedResult, offset));
    return [...head, ...rest];
  }
  const join = r.end ? RANGE_JOIN.exec(r.text) : null;
  if (r.end && join && join.index > 0) {
    const a = trimmed(r.text.slice(0, join.index), offset + r.index, toSpec(r.start, r.text.slice(0, join.index)));
    const at = join.index + join[0].length;
    const b = trimmed(r.text.slice(at), offset + r.index + at, toSpec(r.end, r.text.slice(at)));
    // "Aug. 26 to Oct. 20, 1989": the start shares the end's year.
    const [sa, sb] = [a[0]?.spec, b[0]?.spec];
    if (sa?.t === 'abs' && sb?.t === 'abs' && sa.y === undefined && sb.y !== undefined && sa.m! <= sb.m!) sa.y = sb.y;
    return [...a, ...b];
  }
  return trimmed(r.text, offset + r.index, toSpec(r.start, r.text));
}

/** Spans hold the expression only: no leading preposition, no trailing blanks or commas. */
function trimmed(text: string, start: number, spec: Spec | null): Candidate[] {
  if (!spec) return [];
  let end = start + text.length;
  const lead = /^(?:at|on|in|by|from|since|until|the|around|about)\s+/i.exec(text);
  if (lead) start += lead[0].length;
  const tail = /[\s,]+$/.exec(text);
  if (tail) end -= tail[0].length;
  return end > start ? [{ start, end, spec }] : [];
}

// chrono-node costs most per call, so all windows go through one call, joined by a separator
// no date expression can span. Past a budget (adversarial input) the rest is left to the rules.
const SEP = '\n\n|||\n\n';
const MAX_CHRONO_CHARS = 100_000;

export function findChronoDates(text: string): Candidate[] {
  const wins = windows(text);
  const parts: string[] = [];
  const at: number[] = []; // composite offset of each part
  let size = 0;
  for (const [s, e] of wins) {
    if (size + e - s > MAX_CHRONO_CHARS) break;
    at.push(size);
    parts.push(text.slice(s, e));
    size += e - s + SEP.length;
  }
  if (!parts.length) return [];
  const out: Candidate[] = [];
  for (const r of parser.parse(parts.join(SEP), REF)) {
    // The part holding the result: the last one starting at or before it.
    const lo = Math.max(0, partitionPoint(at.length, (i) => at[i] <= r.index) - 1);
    const rel = r.index - at[lo];
    if (rel + r.text.length > parts[lo].length) continue;
    out.push(...toCandidates(r, wins[lo][0] + rel - r.index));
  }
  return out;
}
