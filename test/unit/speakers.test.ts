import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/article/quotes';
import type { EntityAnnotation } from '../../src/core/types';

const speakers = (t: string) => findQuotes(t, []).map((q) => q.speaker);

/** Speakers with every whole-word occurrence of the given names tagged as a person (name -> canonical). */
function speakersWith(t: string, names: Record<string, string>) {
  const ents: EntityAnnotation[] = [];
  for (const [name, canonical] of Object.entries(names)) {
    const re = new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'gu');
    for (let m; (m = re.exec(t)); )
      ents.push({ kind: 'entity', type: 'person', start: m.index, end: m.index + name.length, text: name, canonical });
  }
  // A shorter name inside a longer one is part of it.
  const kept = ents.filter((e) => !ents.some((o) => o !== e && o.start <= e.start && o.end >= e.end && o.end - o.start > e.end - e.start));
  return findQuotes(t, kept).map((q) => q.speaker);
}

describe('speaker attribution', () => {
  it('reads "X said" and "said X" after the quote', () => {
    expect(speakers('“We will win,” Maria Lopez said.')).toEqual(['Maria Lopez']);
    expect(speakers('“We will win,” said Maria Lopez, the party leader.')).toEqual(['Maria Lopez']);
  });

  it('reads "X said:" and "X told" before the quote', () => {
    expect(speakers('Maria Lopez told reporters: “We will win.”')).toEqual(['Maria Lopez']);
  });

  it('uses the fullest name and drops titles', () => {
    const t = 'Finance minister Maria Lopez arrived.\n“It is done,” Ms Lopez said.';
    expect(speakers(t)).toEqual(['Maria Lopez']);
  });

  it('resolves he/she to the most recent named person', () => {
    const t = 'The factory was hit, Paul Novak, the head of the agency, wrote on Telegram.\n“Production rose,” he added.';
    expect(speakers(t)).toEqual(['Paul Novak']);
  });

  it('resolves a role to the person the article gives it', () => {
    const t = 'British prime minister John Carter visited the city.\nThe PM said “nothing is off the table”.';
    expect(speakers(t)).toEqual(['John Carter']);
  });

  it('keeps a description when no name is given', () => {
    expect(speakers('“It was quiet,” a local official said.')).toEqual(['a local official']);
  });

  it('carries the speaker over a quote that goes on', () => {
    const t = '“First,” Maria Lopez said. “Second.”\n“Third.”';
    expect(speakers(t)).toEqual(['Maria Lopez', 'Maria Lopez', 'Maria Lopez']);
  });

  it('reads "according to X"', () => {
    expect(speakers('The plan is “dead”, according to Sam Reed.')).toEqual(['Sam Reed']);
  });

  describe('roles never introduced and pronouns after them', () => {
    const lede =
      'SIR John Carter said the talks went well as he toured the harbour.\nThe PM admitted the plan was raised with President Ivan Novak in Lisbon.\n';

    it('gives "the PM" opening a "…, saying:" sentence to the protagonist holding no other role', () => {
      expect(speakers(lede + 'But the PM did not rule out a deal, saying: “We are ready to sign it.”')).toEqual(['John Carter']);
      expect(speakers(lede + 'Faced with Mark Daly’s criticism, the PM replied: “We will not move.”')).toEqual(['John Carter']);
    });

    it('leaves an unresolvable role as the phrase, never the bare title', () => {
      expect(speakers('Faced with criticism, the PM said: “We will not move.”')).toEqual(['the PM']);
    });

    it('resolves he/she to a role holder mentioned since the last named person', () => {
      const t =
        lede +
        'A storm hit the port just after the PM arrived at the dock\nAnd he promised the city would “rebuild quickly” after the damage.';
      expect(speakers(t)).toEqual(['John Carter']);
    });

    it('prefers a sentence about someone else over the previous speaker', () => {
      const t = lede + 'President Ivan Novak said “we will see”.\nBut the PM warned that delays cost money.\nHe added: “Time is short.”';
      expect(speakers(t)).toEqual(['Ivan Novak', 'John Carter']);
    });

    it('keeps the speaker of the quote just before for "She added:"', () => {
      const t = 'Anna Berg opened the session with Tom Wills.\nShe said: “We start today.”\nShe added: “The work is long.”';
      expect(speakersWith(t, { 'Anna Berg': 'Anna Berg', 'Tom Wills': 'Tom Wills' })).toEqual(['Anna Berg', 'Anna Berg']);
    });

    it('looks for the antecedent before the pronoun, not at the person addressed', () => {
      const names = { 'Anna Berg': 'Anna Berg', 'Tom Wills': 'Tom Wills', 'Ivan Novak': 'Ivan Novak' };
      expect(speakersWith('Anna Berg arrived in Oslo.\nShe told Tom Wills: “We are ready.”', names)).toEqual(['Anna Berg']);
      const t = 'President Ivan Novak stood at the gate.\nTom Wills walked over.\nHe told the president: “Welcome.”';
      expect(speakersWith(t, names)).toEqual(['Tom Wills']);
    });

    it('takes the subject of the sentence, not a later possessive', () => {
      const t = 'Tom Wills spoke first.\nMs Berg dismissed the idea as the work of Mr Wills’s friends. “I know them well,” she said.';
      expect(speakersWith(t, { 'Tom Wills': 'Tom Wills', Berg: 'Anna Berg', Wills: 'Tom Wills' })).toEqual(['Anna Berg']);
    });
  });
});
