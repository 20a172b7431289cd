// The Hunspell reader on a tiny affix file of our own: affix rules, cross products, flags.
import { describe, expect, it } from 'vitest';
import { expandStem, parseAff } from '../../src/core/article/spelling/hunspell';
import { buildLexicon, hasForm, isKnownForm, listedSpelling } from '../../src/core/article/spelling/lexicon';
import { oneEditCost, oneEdits } from '../../src/core/article/spelling/edits';

const AFF = `SET UTF-8
NOSUGGEST !
ONLYINCOMPOUND c
REP 1
REP f ph
PFX U Y 1
PFX U   0     un         .
SFX S Y 2
SFX S   y     ies        [^aeiou]y
SFX S   0     s          [^y]
SFX D N 2
SFX D   0     d          e
SFX D   0     ed         [^e]
`;
const GB = '5\nhappy/US\nlike/UD\ncolour/S\nLondon\ndarn/!\n1th/c\n';
const US = '5\nhappy/US\nlike/UD\ncolor/S\nLondon\ndarn/!\n';

describe('hunspell reader', () => {
  it('parses classes, conditions and REP pairs', () => {
    const aff = parseAff(AFF);
    expect([...aff.classes.keys()]).toEqual(['U', 'S', 'D']);
    expect(aff.classes.get('U')?.prefix).toBe(true);
    expect(aff.rep).toEqual([['f', 'ph']]);
    expect(aff.noSuggest).toBe('!');
  });

  it('expands suffixes by condition and cross products with prefixes', () => {
    const out: string[] = [];
    expandStem('happy', 'US', parseAff(AFF), out);
    expect(out.sort()).toEqual(['happies', 'happy', 'unhappies', 'unhappy']);
    const like: string[] = [];
    expandStem('like', 'UD', parseAff(AFF), like);
    // D is not a cross product: "unliked" is not made.
    expect(like.sort()).toEqual(['like', 'liked', 'unlike']);
  });

  it('merges dialects and keeps their differences', () => {
    const lex = buildLexicon({ 'en-GB': { aff: AFF, dic: GB }, 'en-US': { aff: AFF, dic: US } });
    expect(isKnownForm(lex, 'colours', 1)).toBe(true);
    expect(isKnownForm(lex, 'colours', 2)).toBe(false);
    expect(isKnownForm(lex, 'unhappies', 3)).toBe(true);
    expect(isKnownForm(lex, 'HAPPY', 3)).toBe(true);
    expect(isKnownForm(lex, 'london', 3)).toBe(false);
    expect(listedSpelling(lex, 'london', 3)).toBe('London');
    // Offensive words are correct but never suggested; compound-only parts are not words.
    expect(hasForm(lex, 'darn', 3)).toBe(true);
    expect(listedSpelling(lex, 'darn', 3)).toBeNull();
    expect(isKnownForm(lex, '1th', 3)).toBe(false);
  });
});

describe('edits', () => {
  it('prices each edit the same way whether generated or compared', () => {
    const seen = new Map<string, number>();
    oneEdits('acess', (w, cost) => void (cost < (seen.get(w) ?? Infinity) && seen.set(w, cost)));
    for (const [w, cost] of seen) if (w !== 'acess') expect(oneEditCost('acess', w)).toBe(cost);
    expect(oneEditCost('acess', 'access')).toBe(0.5);
    expect(oneEditCost('teh', 'the')).toBe(0.6);
    expect(oneEditCost('teh', 'they')).toBe(-1);
  });
});
