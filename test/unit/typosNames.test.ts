// Names are not typos: particles, hyphenated given names, short names inside entities; while
// misspelt months and weekdays are typos even though they are capitalised.
import { describe, expect, it } from 'vitest';
import { countNames } from '../../src/core/corpus/names';
import { createSpeller, findTypos, type Speller } from '../../src/core/article/typos';
import type { EntityAnnotation } from '../../src/core/types';
import { loadResources } from '../../src/node/resources';

let speller: Speller | undefined;
const getSpeller = () => (speller ??= createSpeller(loadResources().dictionaries));

function flagged(text: string, entities: EntityAnnotation[] = []): string[] {
  return findTypos(getSpeller(), text, { entities, corpusNames: countNames(text) }).map((t) => t.text);
}

/** A person entity over `name` in `text`, as the tagger would give it. */
function person(text: string, name: string): EntityAnnotation {
  const start = text.indexOf(name);
  return { kind: 'entity', type: 'person', start, end: start + name.length, text: name, canonical: name };
}

describe('name particles', () => {
  it('chains of particles before a name pass, in either case', () => {
    expect(flagged('Ursula von der Leyen spoke after Johan van den Berg and Pieter Van der Merwe.')).toEqual([]);
    expect(flagged('Abu Bakr ibn Zayd and Maria dos Santos signed.')).not.toContain('ibn');
  });
  it('the surname after a particle is a name even where no entity covers it', () => {
    expect(flagged('The family of Georg von Trapp sang, and so did the de Klerk children.')).toEqual([]);
  });
  it('a particle-like slip without a name after it is still judged', () => {
    expect(flagged('The von was parked outside.')).toContain('von');
  });
});

describe('hyphenated names', () => {
  it('the syllables of a hyphenated given name pass', () => {
    expect(flagged('President Lai Ching-te met the envoy, and Wang Hsiao-ching listened.')).toEqual([]);
    expect(flagged('Ching-te said so.')).toEqual([]);
  });
  it('a misspelt common word in a compound is still a typo', () => {
    expect(flagged('It was a long-standnig dispute.')).toEqual(['standnig']);
  });
});

describe('short names inside entities', () => {
  it('letters of a four-letter name that swap into a word do not make it a typo', () => {
    const text = 'Abu Bakr arrived in the capital.';
    expect(flagged(text, [person(text, 'Abu Bakr')])).toEqual([]);
  });
  it('a longer swapped word in a title still is', () => {
    const text = 'Vice Chariman Lena Holt resigned.';
    expect(flagged(text, [person(text, 'Vice Chariman Lena Holt')])).toEqual(['Chariman']);
  });
});

describe('months and weekdays', () => {
  it('are typos up to two edits away, with the right suggestion first', () => {
    const t = findTypos(getSpeller(), 'The hearing starts on Wensday, not in Febuary.', { entities: [] });
    expect(t.map((x) => [x.text, x.suggestions[0]])).toEqual([
      ['Wensday', 'Wednesday'],
      ['Febuary', 'February'],
    ]);
  });
  it('names that are not where a date stands are left alone', () => {
    expect(flagged('Mandy and Sundar met in Marsden.')).toEqual([]);
    expect(flagged('The office of Sundar Pichai said so.')).toEqual([]);
  });
});

describe('lower-case words near names only', () => {
  it('a model name is its own word', () => {
    expect(flagged('The new iPod nano went on sale.')).toEqual([]);
  });
});

describe('Latin plurals the dictionary lacks', () => {
  it('ultimata, moratoria, stimuli are words; a slip near them is still a slip', () => {
    expect(flagged('The council issued two ultimata and several moratoria; the stimuli failed.')).toEqual([]);
    expect(flagged('The council issued an ultimatun.')).toEqual(['ultimatun']);
  });
});

describe('speech as spoken', () => {
  it('a dropped g written with its apostrophe is no typo; without it, it still is', () => {
    expect(flagged('‘We’re goin’ nowhere,’ he said, ‘and they’re pullin’ the bus.’')).toEqual([]);
    expect(flagged('They were pullin the rope when it snapped.')).toEqual(['pullin']);
  });
});
