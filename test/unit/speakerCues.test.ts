import { describe, expect, it } from 'vitest';
import { findQuotes, quoteStretches } from '../../src/core/article/quotes';
import { speakerCandidates } from '../../src/core/article/speakers';
import { persons } from './helpers';

const speakers = (t: string, names: string[] = []) => findQuotes(t, persons(t, names)).map((q) => q.speaker);
function candidates(t: string, names: string[] = []) {
  const { text, stretches } = quoteStretches(t);
  return speakerCandidates(text, stretches, persons(t, names));
}

describe('speaker cues', () => {
  it('tells the ranker which cue found the rule’s answer', () => {
    const t = 'Maria Lopez opened the new library on Friday. “Books change lives,” Maria Lopez said.';
    const { rule, candidates: cs } = candidates(t, ['Maria Lopez']);
    expect(rule[0].via).toBe('xSaid');
    expect(cs[0].find((c) => c.speaker === 'Maria Lopez')?.features).toContain('ruleVia=xSaid');
  });

  it('marks a quote carried on from the previous paragraph', () => {
    const t = '“We had no warning at all,” said Tom Reid, a farmer.\n\n“The water came up in minutes.”';
    const { rule } = candidates(t, ['Tom Reid']);
    expect(rule[1].speaker).toBe('Tom Reid');
    expect(rule[1].via).toBe('continues');
  });

  it('records how a pronoun found its referent', () => {
    const t = 'Ann Cole visited the flooded school on Tuesday. “It is heartbreaking,” she said.';
    const { rule } = candidates(t, ['Ann Cole']);
    expect(rule[0]).toMatchObject({ speaker: 'Ann Cole', pronounBy: 'lastMention' });
  });

  it('gives a quote to a bare plural of people ("federal prosecutors wrote")', () => {
    const t = 'Dan Miles was sentenced on Monday. “The harm he caused is beyond measure,” federal prosecutors wrote in a filing.';
    expect(speakers(t, ['Dan Miles'])).toEqual(['federal prosecutors']);
  });

  it('does not take a clause word for a bare plural', () => {
    const t = 'Dan Miles spoke at the hearing. “I am sorry,” in tears said Dan Miles.';
    expect(speakers(t, ['Dan Miles'])[0]).not.toBe('in tears');
  });

  it('offers a description with a capitalised modifier as a candidate ("The Ohio senator sent")', () => {
    const t = 'Senator Joan Park toured the plant. The Ohio senator sent a letter urging staff to “hold the line on safety.”';
    const { candidates: cs } = candidates(t, ['Joan Park']);
    expect(cs[0].some((c) => c.speaker === 'The Ohio senator' && c.features.includes('type=description'))).toBe(true);
  });

  it('does not end a description on a function word ("The timeline of")', () => {
    const t = 'The timeline of events shows the council was told of “serious risks” in May.';
    const { candidates: cs } = candidates(t);
    expect(cs[0].some((c) => c.speaker === 'The timeline of')).toBe(false);
  });

  it('drops a sentence-opening common word from a name ("Given Harper")', () => {
    const t =
      'The report was given to the board last week. Given Harper’s record on housing, few were surprised. “We will build more homes,” Rob Harper said.';
    const { candidates: cs } = candidates(t, ['Rob Harper']);
    expect(cs[0].some((c) => c.speaker === 'Given Harper')).toBe(false);
  });

  it('keeps the subject across an appositive ("X, who …, told …")', () => {
    const t =
      'Tom Reid chaired the meeting. Later Sara Moss, who was speaking to a packed hall, did not name him but told residents they deserved “a council that listens.”';
    expect(speakers(t, ['Tom Reid', 'Sara Moss'])).toEqual(['Sara Moss']);
  });

  it('marks a farther mention of a candidate that speaks', () => {
    const t = '“It is a mess,” Tom Reid said of the plan. Tom Reid wrote to the board the next day.';
    const { candidates: cs } = candidates(t, ['Tom Reid']);
    expect(cs[0].find((c) => c.speaker === 'Tom Reid')!.features).toContain('repeatSpeaksA');
  });

  it('reads the subject before a prepositional aside ("X, in Leeds, said")', () => {
    const t = 'Ian Cole spoke first. Jo Hart, in Leeds, said on Friday that the scheme was “a lifeline for small firms”.';
    expect(speakers(t, ['Ian Cole', 'Jo Hart'])).toEqual(['Jo Hart']);
    expect(candidates(t, ['Ian Cole', 'Jo Hart']).rule[0]).toMatchObject({ speaker: 'Jo Hart', via: 'verbBefore' });
  });

  it('ends a title-case name at a headline verb and drops a trailing day', () => {
    const t =
      'Harbour Board Chief Nina Holt Says Fees Will Rise\n\nThe board met on Tuesday. Port staff were told by the Harbour Board Monday that costs had risen. “We have no choice,” the chief executive said.';
    const { candidates: cs } = candidates(t);
    const names = cs[0].map((c) => c.speaker);
    expect(names).not.toContain('Harbour Board Monday');
    expect(names.some((n) => /Says/.test(n))).toBe(false);
  });

  it('gives "she" to the woman the article calls Ms, not the man named last', () => {
    const t = 'Ms Varga took questions at the depot. Mr Gale had left early.\n“We will fight on,” she said.';
    expect(speakers(t, ['Ms Varga', 'Mr Gale'])).toEqual(['Ms Varga']);
    const t2 = 'Ms Varga chaired the hearing.\n“It is a disaster,” Mr Gale said. “We will look again,” she said.';
    expect(speakers(t2, ['Ms Varga', 'Mr Gale'])).toEqual(['Mr Gale', 'Ms Varga']);
  });

  it('keeps "he" with the previous speaker when the article gives no sex', () => {
    const t = '“It is a disaster,” Sam Gale said. “We will look again,” he said.';
    expect(speakers(t, ['Sam Gale'])).toEqual(['Sam Gale', 'Sam Gale']);
  });

  it('takes the name before an appositive as the subject of a sentence that ends in a quote', () => {
    const t =
      '“We will fight this,” said Joan Pike.\n\nCarl Ruiz, the city’s housing chief, repeated his warning, calling the plan “a fantasy”.\n\nRuiz, who chairs the board, also dismissed the claim as “nonsense”.';
    const { rule } = candidates(t, ['Joan Pike', 'Carl Ruiz', 'Ruiz']);
    expect(rule[1]).toMatchObject({ speaker: 'Carl Ruiz', via: 'leadSubject' });
    expect(rule[2].speaker).toMatch(/Ruiz$/);
  });

  it('does not read a list of names as a name and its appositive', () => {
    const t = '“It is over,” said Joan Pike.\n\nTom Hay, Ann Lee, and others then called the vote “a sham”.';
    const { rule } = candidates(t, ['Joan Pike', 'Tom Hay', 'Ann Lee']);
    expect(rule[1].speaker).not.toBe('Tom Hay');
  });

  it('gives a quote to the name right before a speech participle ("with X saying")', () => {
    const t = 'The council met on Monday, with Ann Lee saying the budget was “a disgrace”.';
    const { rule } = candidates(t, ['Ann Lee']);
    expect(rule[0]).toMatchObject({ speaker: 'Ann Lee', via: 'participleSubject' });
  });

  it('does not give a quote to the addressee before a participle ("a letter to X asking")', () => {
    const t = 'Tom Hay sent a letter to Governor Ann Lee asking for “urgent help”.';
    const { rule } = candidates(t, ['Tom Hay', 'Ann Lee']);
    expect(rule[0].speaker).not.toBe('Ann Lee');
  });

  it('leaves a tag that runs into the next quote to that quote ("… liar.” X said Y “…”)', () => {
    const t = 'Tom Hay called the plan “a disaster.” Ann Lee said the mayor “has no idea what he is doing.”';
    const { rule } = candidates(t, ['Tom Hay', 'Ann Lee']);
    expect(rule[0].speaker).toBe('Tom Hay');
    expect(rule[1].speaker).toBe('Ann Lee');
  });

  it('does not take a contraction or an adverb opening the sentence for its subject', () => {
    const t =
      'Ann Lee spoke first. “We will win,” she said.\n\nIt’s the sort of “bold promise” voters like.\n\nShortly after, the team issued a note calling it “a plan”.';
    const { rule } = candidates(t, ['Ann Lee']);
    expect(rule[1].speaker).not.toBe('It’s');
    expect(rule[2].speaker).not.toBe('Shortly');
  });
});
