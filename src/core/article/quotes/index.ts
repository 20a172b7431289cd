import type { EntityAnnotation, QuoteAnnotation } from '../../types';
import { attributeSpeakers } from '../speakers';
import { isMentionedPronoun, isNamedAs, isTitleCased, isVoiced, keepQuote } from './filter';
import { firstNonSpace } from '../../text/whitespace';
import { scanQuotes } from './scan';
import type { QuoteStretch } from './stretch';

export type { QuoteStretch } from './stretch';
export { scanQuotes } from './scan';

/** Direct quotes between double or single quote marks, each with its speaker when the text says who. */
export function findQuotes(source: string, entities: readonly EntityAnnotation[]): QuoteAnnotation[] {
  const { text, stretches } = quoteStretches(source);
  const speakers = attributeSpeakers(text, stretches, entities);
  const out: QuoteAnnotation[] = [];
  const headlineEnd = headlineEndOf(text);
  // House style, read from the body (headlines use single marks whatever the style): an article quoting
  // speech in double marks uses single ones in its headline and for scare quotes; one quoting in
  // single marks (UK style) uses them for all speech.
  const body = stretches.filter((q) => q.open >= headlineEnd);
  const bodySingles = body.filter((q) => q.single && q.end - q.start > 20).length;
  // Quotes between doubled straight marks ('') are not reported but show the house style too.
  const bodyDoubles = body.filter((q) => !q.single).length + countDoubledStraight(text, headlineEnd);
  const singleStyle = bodySingles > bodyDoubles;
  stretches.forEach((q, i) => {
    const s = text.slice(q.start, q.end);
    // A short Title Case name nobody is said to have said is a title ("Face the Nation"), not a quote,
    // unless the text says it was voiced ("Okay," I said) or is what others call it (known as "…").
    const nWords = s.split(/\s+/).length;
    const cued = speakers[i].cued ?? speakers[i].speaker !== null;
    if (!cued && nWords <= TITLE_MAX_WORDS && isTitleCased(s) && !isVoiced(text, q) && !isNamedAs(text, q)) return;
    if (isMentionedPronoun(s)) return;
    // Single marks around a word or two nobody said are scare quotes or names ('safe space').
    if (q.single && !singleStyle && q.open >= headlineEnd && !(speakers[i].cuedHere && nWords >= SINGLE_MIN_WORDS)) return;
    if (!cued && q.single && nWords < SINGLE_MIN_WORDS) return;
    const a: QuoteAnnotation = { kind: 'quote', start: q.start, end: q.end, text: s, speaker: speakers[i].speaker };
    if (speakers[i].span) a.speakerSpan = speakers[i].span;
    out.push(a);
  });
  return out;
}

/** The stretches that may be quotes, on the text with every line ending read as LF (same offsets). */
export function quoteStretches(source: string): { text: string; stretches: QuoteStretch[] } {
  // Paragraph = line whatever the line endings: CR and CRLF read as LF (same length, so offsets hold).
  const text = source.replace(/[\r\u2028\u2029]/g, '\n');
  return { text, stretches: scanQuotes(text).filter((q) => keepQuote(text, q)) };
}

/** Where the headline ends (after its line break), taking in a deck on the very next line when a blank line sets the pair off. */
function headlineEndOf(text: string): number {
  const first = firstNonSpace(text, 0);
  if (first >= text.length) return 0;
  const end = text.indexOf('\n', first);
  if (end < 0) return text.length;
  // "Mayor backs plan; ⏎Council split on cost⏎⏎Body…": the second line is a deck, not the body.
  const deckEnd = text.indexOf('\n', end + 1);
  const isDeck =
    deckEnd > end + 1 &&
    deckEnd - end < DECK_MAX &&
    /\S/.test(text.slice(end + 1, deckEnd)) &&
    /^\n[ \t]*\n/.test(text.slice(deckEnd, deckEnd + 8));
  return (isDeck ? deckEnd : end) + 1;
}

const DECK_MAX = 200;

/** How many quotes open with two straight apostrophes ('') from `from` on: pairs of such marks. */
function countDoubledStraight(text: string, from: number): number {
  let n = 0;
  for (let i = text.indexOf("''", from); i >= 0; i = text.indexOf("''", i + 2)) n++;
  return n >> 1;
}

const TITLE_MAX_WORDS = 5;
const SINGLE_MIN_WORDS = 3;
