// Boilerplate: text around an article that is not the article (donation banners, photo captions,
// picture credits, stray characters). It is dimmed in the editor and kept out of every analysis.
// Recognised by general rules — cue phrases, caption markers, credit words — never by sentences.
import { CREDIT_AGENCIES } from '../text/credits';
import type { ArticleHeader, BoilerplateAnnotation, Span } from '../types';

/** Phrases of donation, subscription and newsletter appeals. */
const APPEAL_CUES =
  /\b(?:your support|support (?:us|now|our)|donat(?:e|es|ion|ions)|subscri(?:be|ber|bers|ption|ptions)|read more|paywalls?|sign up|newsletters?|(?:quality|independent) journalism|who can afford it|make a contribution|become a (?:member|supporter)|advertisement)\b/gi;

/** Picture agencies and credit words that are glued to the caption or stand alone. */
const CREDIT_WORDS = CREDIT_AGENCIES;
/** "AFPSir Keir", "GettyThe PM": a credit run into the next capitalised word with no space. */
const GLUED_CREDIT = new RegExp(String.raw`^[ \t]*${CREDIT_WORDS}(?=\p{Lu}\p{Ll})`, 'u');
/** A line that ends in a credit: "... ( PA Wire )", "... (Carl Court/PA)", "... ( REUTERS )". */
const TRAILING_CREDIT = new RegExp(String.raw`\(\s*(?:[^()\n]{0,40}/\s*)?${CREDIT_WORDS}\s*\)\s*$`, 'u');
/** A capitalised word of a photographer's name. */
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*`;
/**
 * A picture credit on a line of its own: "Chip Somodevilla/Getty Images", "Jane Doe/AP",
 * "Photograph: Jane Doe/Reuters", "(AP Photo/Jane Doe)", "Getty Images", "Credit: Reuters".
 */
const CREDIT_LINE = new RegExp(
  String.raw`^\(?(?:(?:[Pp]hoto(?:graph)?|PHOTO|[Pp]icture|[Ii]mage|[Cc]redit|[Pp]hoto [Cc]redit)s?\s*:\s*)?` +
    String.raw`(?:${NAME_WORD}(?:\s+(?:${NAME_WORD}|van|von|de|der|den|da|di|del|la|le|al|bin)){0,4}\s*\/\s*)?${CREDIT_WORDS}(?:\s*(?:\/|via)\s*${CREDIT_WORDS})*` +
    String.raw`(?:\s+Photo\s*\/\s*(?:[\p{L}\p{M}.'’-]+\s*){1,4})?\)?\.?$`,
  'u',
);
/** A credit at the end of a caption line: "... in the town centre. Photograph: Jane Doe/AP". */
const END_CREDIT = new RegExp(
  String.raw`(?:(?:[Pp]hoto(?:graph)?|[Pp]icture|[Ii]mage)s?\s*:\s*)?(?:${NAME_WORD}\s+){0,3}${NAME_WORD}\s*\/\s*${CREDIT_WORDS}\s*$`,
  'u',
);
/** Ad furniture a scraper leaves inside or between paragraphs. */
const AD_FURNITURE = /\b(?:Advertisement\s+Hide\s+Ad|Hide\s+Ad|ADVERTISEMENT|Advertisement(?=\s*$)|Sponsored\s+content)\b/gu;
/** "Read more: ...", "READ MORE", "Related: ...": links to other stories, one a line. */
const READ_MORE = /^(?:read more\b\s*[:.|–—-]?|(?:related(?: articles?| stories| content)?|more on this story|see also|watch|listen)\s*:)/i;
const CAPTION_MARKERS = /^\s*(?:open image in gallery|image caption|photo(?:graph)?:|picture:|pictured:)|\[\/?caption[^\]\n]*\]/i;
const CAPTION_MARKER_ANYWHERE = new RegExp(CAPTION_MARKERS.source, 'gi');

/** Finds boilerplate spans, line by line (a news paragraph is a line). */
export function findBoilerplate(text: string, header: ArticleHeader): BoilerplateAnnotation[] {
  const out: BoilerplateAnnotation[] = [];
  for (const line of lines(text)) {
    // The header line may carry a banner after the date ("date 2025-06-23 Your support helps…").
    const start =
      header.span && header.span.start >= line.start && header.span.end <= line.end ? skipSpace(text, header.span.end) : line.start;
    const s = text.slice(start, line.end);
    const trimmed = s.trim();
    if (!trimmed) continue;
    const reason = classifyLine(trimmed);
    if (reason) {
      out.push(trimSpan(text, { start, end: line.end }, reason));
      continue;
    }
    for (const [from, to] of lineCredits(s)) out.push(trimSpan(text, { start: start + from, end: start + to }, 'credit'));
    // "... said. Advertisement Hide Ad The minister ...": only the furniture.
    AD_FURNITURE.lastIndex = 0;
    for (let m; (m = AD_FURNITURE.exec(s)); )
      out.push({ kind: 'boilerplate', start: start + m.index, end: start + m.index + m[0].length, reason: 'banner' });
  }
  return out;
}

/**
 * The parts of boilerplate that name no one: everything except a caption's own words. A caption
 * says who is pictured ("… greeted by the ambassador Jane Roe, right"), so the entity stage reads
 * it; only its markers and credits ("Getty", "[/caption]", "Photograph: X/AP") stay blank.
 */
export function namelessParts(text: string, excluded: readonly (Span & { reason?: string })[]): Span[] {
  const out: Span[] = [];
  for (const b of excluded) {
    if (b.reason !== 'caption') out.push(b);
    else out.push(...captionFurniture(text, b));
  }
  return out;
}

/** A caption line's markers and credits. */
function captionFurniture(text: string, line: Span): Span[] {
  const s = text.slice(line.start, line.end);
  const out: Span[] = [];
  const at = (from: number, to: number) => out.push({ start: line.start + from, end: line.start + to });
  for (const [from, to] of lineCredits(s)) at(from, to);
  for (const m of s.matchAll(CAPTION_MARKER_ANYWHERE)) at(m.index, m.index + m[0].length);
  const trailing = TRAILING_CREDIT.exec(s);
  if (trailing) at(trailing.index, s.length);
  return out;
}

/** [from, to) within a line of a credit glued to its start ("GettyThe PM") and of one at its end ("… Jane Doe/AP"). */
function lineCredits(s: string): [number, number][] {
  const out: [number, number][] = [];
  const glued = GLUED_CREDIT.exec(s);
  if (glued) out.push([0, glued[0].length]);
  // Only the line's last 120 characters can hold an end credit (keeps long lines linear).
  const tailFrom = Math.max(0, s.length - 120);
  const credit = s.includes('/', tailFrom) ? END_CREDIT.exec(s.slice(tailFrom)) : null;
  if (credit) out.push([tailFrom + credit.index, s.length]);
  return out;
}

/** Why a whole paragraph is boilerplate, or null. */
export function classifyLine(line: string): BoilerplateAnnotation['reason'] | null {
  // Stray single characters (a lone closing quote left by a scraper).
  if ([...line].length === 1) return 'stray';
  if (CAPTION_MARKERS.test(line) || TRAILING_CREDIT.test(line)) return 'caption';
  if (line.length <= 120 && CREDIT_LINE.test(line)) return 'credit';
  if (isFurniture(line)) return 'banner';
  // A link line: "Read more: Minister quits" (short, no sentence of its own after the cue).
  if (line.length <= 200 && READ_MORE.test(line) && !/[.!?]["”’]?\s+\p{Lu}/u.test(line.replace(READ_MORE, ''))) return 'banner';
  const cues = line.match(APPEAL_CUES)?.length ?? 0;
  // One cue in a long paragraph is news about subscriptions; several are an appeal.
  if (cues >= 3 || (cues >= 2 && line.length < 400)) return 'banner';
  return null;
}

/** A line made only of ad furniture ("Advertisement", "Advertisement Hide Ad"). */
function isFurniture(line: string): boolean {
  AD_FURNITURE.lastIndex = 0;
  return line.replace(AD_FURNITURE, '').trim() === '';
}

/** Lines, with CRLF, LF and lone CR endings (the span excludes the line break). */
function* lines(text: string): Generator<Span> {
  const re = /\r\n|\n|\r/g;
  let start = 0;
  for (let m; (m = re.exec(text)); start = m.index + m[0].length) yield { start, end: m.index };
  yield { start, end: text.length };
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

function trimSpan(text: string, s: Span, reason: string): BoilerplateAnnotation {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { kind: 'boilerplate', start, end, reason };
}
