import { describe, expect, it } from 'vitest';
import { quoteStretches } from '../../src/core/article/quotes';
import { speakerCandidates } from '../../src/core/article/speakers';
import { withoutHeadlineVerb } from '../../src/core/article/speakers/names';
import { persons } from './helpers';

function rules(t: string, names: string[] = []) {
  const { text, stretches } = quoteStretches(t);
  return speakerCandidates(text, stretches, persons(t, names)).rule;
}

describe('open-class tag verbs after a quote', () => {
  it('takes the subject of any past verb right after a quote cut off by a comma', () => {
    const t =
      'Ella Grant questioned the minister about the budget.\n\n“We had a board meeting last week,” Tom Hale said.\n\n“You promised the money in March,” Ella Grant pressed.';
    const r = rules(t, ['Ella Grant', 'Tom Hale']);
    expect(r[1]).toMatchObject({ speaker: 'Ella Grant', via: 'xVerbed' });
  });

  it('reads a description subject too ("the council leader interrupted")', () => {
    const t = 'Members argued for an hour. “Sit down, please,” the council leader interrupted.';
    expect(rules(t)[0]).toMatchObject({ speaker: 'the council leader', via: 'xVerbed' });
  });

  it('leaves a quote ending its sentence with a full stop to the other cues', () => {
    const t = 'Tom Hale spoke first. “The plan is dead.” Ella Grant walked out of the room.';
    expect(rules(t, ['Tom Hale', 'Ella Grant'])[0].via).not.toBe('xVerbed');
  });

  it('does not read the tag inside a sentence the quote is only part of', () => {
    const t = 'When Tom Hale said he would “fix the roads by spring,” the crowd cheered loudly.';
    expect(rules(t, ['Tom Hale'])[0].via).not.toBe('xVerbed');
  });

  it('keeps speech verbs on their own cue', () => {
    const t = '“We will appeal,” Tom Hale added.';
    expect(rules(t, ['Tom Hale'])[0].via).toBe('xSaid');
  });
});

describe('a role between two names opening the sentence', () => {
  it('gives the quote to the name after the role, not to the employer before it', () => {
    const t = 'Harris campaign spokesman Leo Brandt dismissed the poll as “noise from the margins.”';
    expect(rules(t, ['Harris', 'Leo Brandt'])[0].speaker).toBe('Leo Brandt');
  });

  it('handles a leading modifier ("Former Walsh aide …")', () => {
    const t = 'Former Walsh aide Nina Cole called the report “a whitewash.”';
    expect(rules(t, ['Walsh', 'Nina Cole'])[0].speaker).toBe('Nina Cole');
  });

  it('does not take the object of a verb for the subject ("Harris told reporter X")', () => {
    const t = 'Harris told reporter Leo Brandt that the plan was “finished.”';
    expect(rules(t, ['Harris', 'Leo Brandt'])[0].speaker).toBe('Harris');
  });
});

describe('a person the tagger read through a headline verb', () => {
  it('names the person without the verb ("Sam Ortiz Says …")', () => {
    const t = 'Budget Is Fair, Sam Ortiz Says.\n\nThe council met on Monday. “Nobody loses out,” Ortiz said.';
    const ents = persons(t, ['Sam Ortiz Says']);
    const { text, stretches } = quoteStretches(t);
    expect(speakerCandidates(text, stretches, ents).rule[0].speaker).toBe('Sam Ortiz');
  });
});

describe('headline verbs and dashes', () => {
  it('names a person without a title-case headline verb of any common kind ("Ann Pike Speaks")', () => {
    expect(['Ann Pike Speaks', 'Tom Hale Joins', 'Jo Ross Goes'].map(withoutHeadlineVerb)).toEqual(['Ann Pike', 'Tom Hale', 'Jo Ross']);
    expect(withoutHeadlineVerb('Ada Fields')).toBe('Ada Fields');
  });

  it('reads the subject after a horizontal-bar dash ("― Hale boasted, “…”")', () => {
    const t =
      'When Jo Ross said that Tom Hale paid no tax ― as was true for the few years his tax returns were made public ― Hale boasted, “That makes me smart.”';
    expect(rules(t, ['Jo Ross', 'Tom Hale', 'Hale'])[0]).toMatchObject({ speaker: 'Hale', via: 'verbBefore' });
  });
});

describe('a passive question', () => {
  it('gives “…” after "X was asked by Y" to the one asking', () => {
    const t = 'Ann Pike was asked by radio host Dan Mercer, who backs her rival, “Will you raise taxes?”';
    expect(rules(t, ['Ann Pike', 'Dan Mercer'])[0]).toMatchObject({ speaker: 'Dan Mercer', via: 'askedBy' });
  });

  it('reads the asker up to "whether"', () => {
    const t = 'Tom Hale was pressed by BBC presenter Jo Ross whether the plan would “cost the earth.”';
    expect(rules(t, ['Tom Hale', 'Jo Ross'])[0].speaker).toBe('Jo Ross');
  });
});

describe('words owned by a name', () => {
  it('gives “…” after "X’s claim that" to X', () => {
    const t = 'The row grew over Ann Pike’s claim that the council had “lost control of the budget.”';
    expect(rules(t, ['Ann Pike'])[0]).toMatchObject({ speaker: 'Ann Pike', via: 'possessive' });
  });

  it('gives a post introduced by its owner to the owner ("From Hale’s post: “…”")', () => {
    const t = 'From Tom Hale’s Facebook post: “We are not going anywhere.”';
    expect(rules(t, ['Tom Hale'])[0].speaker).toBe('Tom Hale');
  });

  it('leaves the words to a speaker judging them ("Ross said Hale’s remarks were “…”")', () => {
    const t = 'Jo Ross said Tom Hale’s remarks were “a disgrace to the office.”';
    expect(rules(t, ['Jo Ross', 'Tom Hale'])[0].speaker).toBe('Jo Ross');
  });

  it('does not read a word about the statement as its content ("Hale’s statement about “…”")', () => {
    const t = 'The panel ruled that Tom Hale’s statement about “record crime” was misleading.';
    expect(rules(t, ['Tom Hale'])[0].via).not.toBe('possessive');
  });
});

describe('hyphenated words are not tag verbs', () => {
  it('does not read "called" inside "so-called" as the verb of the tag', () => {
    const r = rules('Police said the so-called “green zone” would close at noon.');
    expect(r[0]?.speaker ?? null).not.toMatch(/so-$/);
    expect(r[0]?.speaker ?? null).not.toContain('said');
  });
});
