// Typo rules on small texts of our own: what is a typo, what is a name or a code, and what the
// suggestions are. One speller (both dictionaries) serves every test.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countNames } from '../../src/core/corpus/names';
import { createSpeller, findTypos, type Speller, type TypoContext } from '../../src/core/article/typos';
import { loadResources } from '../../src/node/resources';

let speller: Speller | undefined;
const getSpeller = () => (speller ??= createSpeller(loadResources().dictionaries));

/** Typos of `text`, with the text itself as the corpus (as the CLI does for a one-file batch). */
function typos(text: string, ctx: Partial<TypoContext> = {}) {
  return findTypos(getSpeller(), text, { entities: [], corpusNames: countNames(text), ...ctx });
}
const flagged = (text: string, ctx: Partial<TypoContext> = {}) => typos(text, ctx).map((t) => t.text);

describe('speller', () => {
  it('loads both dictionaries and applies Hunspell case rules', () => {
    const s = getSpeller();
    expect(s.lexicon.dialects).toEqual(['en-GB', 'en-US']);
    expect(s.correct('colour', 'en-GB')).toBe(true);
    expect(s.correct('colour', 'en-US')).toBe(false);
    expect(s.correct('color', 'en-US')).toBe(true);
    expect(s.correct('Table')).toBe(true);
    expect(s.correct('TABLE')).toBe(true);
    expect(s.correct('London')).toBe(true);
    expect(s.correct('london')).toBe(false);
    expect(s.correct('don’t')).toBe(true);
    expect(s.correct('recieve')).toBe(false);
  });

  it('suggests without context, best first, at most five', () => {
    const s = getSpeller().suggest('recieve');
    expect(s[0]).toBe('receive');
    expect(s.length).toBeLessThanOrEqual(5);
  });
});

describe('lower-case words', () => {
  it('flags slips of dictionary words and suggests the word first', () => {
    const out = typos('The company said it would recieve the goverment grant on Monday.');
    expect(out.map((t) => t.text)).toEqual(['recieve', 'goverment']);
    expect(out[0].suggestions[0]).toBe('receive');
    expect(out[1].suggestions[0]).toBe('government');
    for (const t of out) expect(t.suggestions.length).toBeLessThanOrEqual(5);
  });

  it('flags swapped and doubled letters even when the result looks derived', () => {
    expect(flagged('The firm has sufferred losses and internet acess is poor.')).toEqual(['sufferred', 'acess']);
  });

  it('flags a common word two edits away when nothing is one edit away', () => {
    const out = typos('They want to mkea a deal.');
    expect(out.map((t) => t.text)).toEqual(['mkea']);
    expect(out[0].suggestions).toContain('make');
  });

  it('leaves jargon that is near no word, and regular derivations and compounds of known words', () => {
    expect(flagged('The airtanker and its superjumbo rivals were facelifted for their workforces.')).toEqual([]);
  });

  it('leaves a word the article repeats', () => {
    expect(flagged('The pitot tube froze. A second pitot tube failed.')).toEqual([]);
  });

  it('leaves units after numbers and particles of foreign names', () => {
    expect(flagged('A deal worth $7.2 bn was signed by Charles de Gaulle and Vincent van Gogh.')).toEqual([]);
  });
});

describe('names and capitalised words', () => {
  const names = 'Ministers met Borisov in Plovdiv. Borisov said Plovdiv would host the summit, and Borisov left. ';

  it('treats unknown capitalised words as names', () => {
    expect(flagged(`${names}Then Kovacevic and Tsvetanova spoke.`)).toEqual([]);
  });

  it('flags a once-seen variant of a name the article repeats, suggesting that name', () => {
    const out = typos(`${names}Later Borsiov returned.`);
    expect(out.map((t) => t.text)).toEqual(['Borsiov']);
    expect(out[0].suggestions[0]).toBe('Borisov');
  });

  it('uses frequent corpus names too', () => {
    const corpus = countNames('Gazprom Gazprom Gazprom Gazprom');
    const out = typos('Shares of Gazprim fell.', { corpusNames: corpus });
    expect(out.map((t) => t.text)).toEqual(['Gazprim']);
    expect(out[0].suggestions[0]).toBe('Gazprom');
  });

  it('does not take a plural or a repeated name for a typo', () => {
    expect(flagged('The Russian said Russians and the Russian army, the Russian side.')).toEqual([]);
    expect(flagged(`${names}Borisova and Borisova came.`)).toEqual([]);
  });

  it('flags a capitalised slip of a common word', () => {
    expect(flagged('Teh minister spoke. Durig the talks, nothing changed.')).toEqual(['Teh', 'Durig']);
  });

  it('leaves short names, acronyms, ALL-CAPS, brand names and glued credits', () => {
    expect(flagged('Taro Aso met NATO and the UNHCR. GMs and CEOs use iCloud and webOS. AFPKeir spoke.')).toEqual([]);
  });

  it('leaves names inside entities when no name explains them', () => {
    const text = 'Mr Durik arrived.';
    const entities = [{ kind: 'entity' as const, type: 'person' as const, start: 3, end: 8, text: 'Durik', canonical: 'Durik' }];
    expect(flagged(text, { entities })).toEqual([]);
  });
});

describe('things that are not prose', () => {
  it('skips URLs, e-mails, handles, tags, codes and words with digits', () => {
    const text = 'See www.exmaple.com/pgae or mail jhon@exmaple.org, follow @newsdesk_uk #brexti, model X5bx, 5km, COVID_19.';
    expect(flagged(text)).toEqual([]);
  });

  it('checks hyphenated compounds part by part', () => {
    expect(flagged('A war-torn, well-known day-time pre-tax co-founder. A well-knwon one.')).toEqual(['knwon']);
  });

  it('accepts contractions and possessives', () => {
    expect(flagged('They’re sure it’s the company’s and Ukraine’s plan, wouldn’t they’ve?')).toEqual([]);
  });
});

describe('user words and dialects', () => {
  it('applies the case rules of the user word list', () => {
    const text = 'We recieve, Recieve and RECIEVE the Goverment grant, not the goverment one.';
    expect(flagged(text)).toEqual(['recieve', 'Recieve', 'Goverment', 'goverment']);
    expect(flagged(text, { userWords: ['recieve', 'Goverment'] })).toEqual(['goverment']);
  });

  it('accepts both dialects in auto mode and flags the other dialect when one is chosen', () => {
    const text = 'The colour of the theater and the defences were analyzed.';
    expect(flagged(text)).toEqual([]);
    expect(flagged(text, { dialect: 'auto' })).toEqual([]);
    const us = typos(text, { dialect: 'en-US' });
    expect(us.map((t) => t.text)).toEqual(['colour', 'defences']);
    expect(us[0].suggestions[0]).toBe('color');
    expect(flagged(text, { dialect: 'en-GB' })).toEqual(['theater', 'analyzed']);
  });
});

describe('robustness', () => {
  it('returns valid, non-overlapping spans whose text matches, on any input', () => {
    const piece = fc.constantFrom('Borisov', 'recieve', 'the', ' ', '\n', '’s', '-', 'www.', '@', '7', 'ÉCOLE', 'naïve', '😀', '.', 'Teh');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        let last = 0;
        for (const t of typos(text)) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.text).toBe(text.slice(t.start, t.end));
          last = t.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('stays linear on a megabyte of text', () => {
    const para = 'The goverment of Borisov said on Monday that the Plovdiv summit would recieve support. ';
    const small = para.repeat(1200),
      big = para.repeat(12000);
    typos(small);
    const t0 = performance.now();
    typos(small);
    const t1 = performance.now();
    typos(big);
    const t2 = performance.now();
    expect(big.length).toBeGreaterThan(1_000_000);
    // Ten times the text may not take much more than ten times as long (plus noise).
    expect(t2 - t1).toBeLessThan(25 * (t1 - t0) + 200);
  });

  it('survives pathological tokens without backtracking blow-ups', () => {
    const text = `${"a'".repeat(50_000)} ${'-a'.repeat(50_000)} ${'a.'.repeat(50_000)}`;
    const t0 = performance.now();
    typos(text);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe('typos inside entities', () => {
  const text = 'Staff at Durig Holdings said the talks ended. Later, Befor the vote, they left.';
  const at = (word: string) => text.indexOf(word);
  const entity = (start: number, end: number) => ({
    kind: 'entity' as const,
    type: 'organization' as const,
    start,
    end,
    text: text.slice(start, end),
    canonical: text.slice(start, end),
  });
  const found = (entities: ReturnType<typeof entity>[]) => typos(text, { entities, corpusNames: new Map() }).map((t) => t.start);
  it('takes a once-used capitalised word inside any entity for a name, in whatever order the entities come', () => {
    expect(found([])).toContain(at('Durig'));
    // Listed out of order; the one that contains the word starts before a shorter one that does not.
    const wide = entity(0, at('Holdings') + 'Holdings'.length);
    const entities = [entity(at('Later'), at('Later') + 5), entity(at(' at ') + 1, at(' at ') + 3), wide];
    expect(found(entities)).not.toContain(at('Durig'));
    expect(found(entities)).toContain(at('Befor'));
  });
});
