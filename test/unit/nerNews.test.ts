// The tagger on today's outlets' copy: each cause of the errors seen on real news, with small
// texts written for these tests. Rules are in src/core/article/ner/newsRules.ts.
import { describe, expect, it } from 'vitest';
import { loadNerModel, tagEntities } from '../../src/core/article/ner/tagger';
import { tokenize } from '../../src/core/article/ner/tokenize';
import { loadResources } from '../../src/node/resources';
import { testAnalyzer } from './helpers';

const model = loadNerModel(loadResources().nerModel ?? undefined);
const tagged = (text: string) => tagEntities(model, text).map((e) => `${e.type}:${text.slice(e.start, e.end)}`);
const typeOf = (text: string, name: string) =>
  tagged(text)
    .filter((e) => e.endsWith(`:${name}`))
    .map((e) => e.split(':')[0]);

describe('ner on outlets copy', () => {
  it('types counties, airports, memorials and camps as places', () => {
    const text =
      'Rescue teams searched the river banks in Dunmore County on Sunday, officials said.\n' +
      'Flights from Marlow Airport were cancelled as the storm moved north.\n' +
      'Protesters gathered near the Fenwick Memorial before marching to the town hall.\n' +
      'Children at Camp Willowbrook were moved to higher ground overnight.\n' +
      'Guests toured the Palace of Ardmore before the Church of Ardmore held its synod.';
    expect(typeOf(text, 'Dunmore County')).toEqual(['place']);
    expect(typeOf(text, 'Marlow Airport')).toEqual(['place']);
    expect(typeOf(text, 'Fenwick Memorial')).toEqual(['place']);
    expect(typeOf(text, 'Camp Willowbrook')).toEqual(['place']);
    expect(typeOf(text, 'Palace of Ardmore')).toEqual(['place']);
    expect(typeOf(text, 'Church of Ardmore')).not.toContain('place');
  });

  it('types a name ending in an organisation head as one, splits two places and a titled person from a body', () => {
    const text =
      'Trains between Leeds and York were cancelled by Network Rail on Tuesday.\n' +
      'Councillor Ann Piper of North Yorkshire Council said roads were closed. Greenpeace said the plan was weak.';
    expect(typeOf(text, 'Network Rail')).toEqual(['organization']);
    expect(typeOf(text, 'Leeds')).toEqual(['place']);
    expect(typeOf(text, 'York')).toEqual(['place']);
    expect(typeOf(text, 'Leeds and York')).toEqual([]);
    expect(typeOf(text, 'Ann Piper')).toEqual(['person']);
    expect(typeOf(text, 'North Yorkshire Council')).toEqual(['organization']);
    expect(typeOf(text, 'Greenpeace')).toEqual(['organization']);
    // A wire dateline's city and a city before a civic title are places.
    const wire = 'DENVER (AP) — Heavy snow closed roads across the state on Monday. Houston Mayor Ann Cole urged people to stay home.';
    expect(typeOf(wire, 'DENVER')).toEqual(['place']);
    expect(typeOf(wire, 'Houston')).toEqual(['place']);
    expect(typeOf(wire, 'Ann Cole')).toEqual(['person']);
    // A minister's brief before the title is part of the role.
    const role = 'Health Secretary Jo Marr said the plan was ready. Foreign Minister Ivo Tam agreed.';
    expect(tagged(role).filter((e) => /Health|Foreign/.test(e))).toEqual([]);
    expect(typeOf(role, 'Jo Marr')).toEqual(['person']);
  });

  it('takes an office as a place only where someone is in it', () => {
    const text = 'The senator waited in the Oval Office for an hour before the talks began.';
    expect(typeOf(text, 'Oval Office')).toEqual(['place']);
  });

  it('types platforms and well-known public bodies as organisations, also a bare X', () => {
    const text =
      'The minister wrote on Telegram that the talks had failed, and later posted the letter on X.\n' +
      'Her video spread on Instagram and Facebook within hours, while NHS nurses said they were tired.';
    for (const n of ['Telegram', 'X', 'Instagram', 'Facebook', 'NHS']) expect(typeOf(text, n), n).toEqual(['organization']);
  });

  it('does not take a lone X that is not the platform', () => {
    const text = 'The suspect, known only as Mr X in court papers, was released.';
    expect(typeOf(text, 'X')).not.toContain('organization');
  });

  it('types a name after a lowercase title as a person', () => {
    const text = 'The plan was backed by vice-president Dana Corvell, who flew in on Monday.';
    expect(typeOf(text, 'Dana Corvell')).toEqual(['person']);
  });

  it('does not take titles, roles, religious words or holidays as entities', () => {
    const text =
      'The Taoiseach said the Prime Minister had called him before Easter.\n' +
      '"God willing, we will meet again," the Holy Father told pilgrims on Christmas Eve.';
    const found = tagged(text).map((e) => e.split(':')[1]);
    for (const n of ['Taoiseach', 'Prime Minister', 'Easter', 'God', 'Holy Father', 'Christmas Eve']) expect(found, n).not.toContain(n);
  });

  it('joins an organisation head, "for" and its capitalised run', () => {
    const text = 'A spokesman for the Agency for Coastal Resilience said the wall would hold.';
    expect(typeOf(text, 'Agency for Coastal Resilience')).toEqual(['organization']);
  });

  it('reads no names in picture credits, glued or with a slash', () => {
    const text = 'Crowds outside the court (Ola Brandt/AP) cheered.\nAFPThe mayor Rosa Lind arrives at the hall';
    const found = tagged(text).map((e) => e.split(':')[1]);
    expect(found).not.toContain('Ola Brandt');
    expect(found).not.toContain('AP');
    expect(found.some((n) => n.startsWith('AFP'))).toBe(false);
    expect(typeOf(text, 'Rosa Lind')).toEqual(['person']);
  });

  it('keeps the currency prefix out of places', () => {
    const text = 'The firm won a US$40 billion contract in Canada.';
    expect(tagged(text).some((e) => e.includes('US'))).toBe(false);
    expect(typeOf(text, 'Canada')).toEqual(['place']);
  });

  it('keeps a surname with the person the article named in full', () => {
    const text = 'Coach Lena Washington praised her players.\nWashington said the team had earned the win.';
    expect(typeOf(text, 'Washington')).toEqual(['person']);
  });
});

describe('ner document-level consistency', () => {
  it("ends a party at its members' title and drops the article of a long organisation name", () => {
    const text =
      'The Labour MP said the Department of Fisheries had failed, and the Met Office issued a warning.\n' +
      'Later The Department of Fisheries said it would reply.';
    const found = tagged(text);
    expect(found).toContain('organization:Labour');
    expect(found).not.toContain('organization:Labour MP');
    expect(found.filter((e) => e === 'organization:Department of Fisheries')).toHaveLength(2);
  });

  it('splits two organisations joined by "and" when one is named alone in the article', () => {
    const text = 'Greenleaf Trust said on Monday it would appeal.\nGreenleaf Trust and Harbour Watch Group criticised the ruling.';
    const found = tagged(text);
    expect(found.filter((e) => e === 'organization:Greenleaf Trust')).toHaveLength(2);
    expect(found).not.toContain('organization:Greenleaf Trust and Harbour Watch Group');
  });

  it('types a "person" listed with organisations as one of them, but not a person in apposition', () => {
    const text =
      'Talks between Northwind Airlines and Quentor Hallby collapsed on Friday.\n' +
      'Quentor Hallby said it would appeal.\n' +
      'The envoy to the United Nations, Madeleine Corrigan, arrived in Lima.';
    expect(typeOf(text, 'Quentor Hallby')).toEqual(['organization', 'organization']);
    expect(typeOf(text, 'Madeleine Corrigan')).toEqual(['person']);
  });

  it('ends a company name at its legal form', () => {
    const text = 'The chairman of Brockwell Motors LLC Jim Tarrant said sales fell.';
    expect(typeOf(text, 'Jim Tarrant')).toEqual(['person']);
    expect(tagged(text).some((e) => e.startsWith('organization:') && e.includes('Brockwell') && !e.includes('Jim'))).toBe(true);
  });

  it('takes no person or organisation from an index, prize or event name', () => {
    const text =
      'The Hallam Industrial Average fell 2% as investors waited for the Corvin Prize winners.\n' +
      'Thousands attended the Brightwater Developers Conference, organised by the Organisation of Coastal Towns Conference.';
    expect(tagged(text).filter((e) => e.startsWith('person:'))).toEqual([]);
    expect(typeOf(text, 'Brightwater Developers Conference')).toEqual([]);
  });

  it('splits a company from the person after an office title, and drops a base or a month before it', () => {
    const text =
      'Northwind Airlines Director Jim Tarrant said fares would rise.\n' +
      'The Leeds-based Harrowgate Building Society said in August Harrowgate Building Society would merge.';
    expect(typeOf(text, 'Jim Tarrant')).toEqual(['person']);
    expect(typeOf(text, 'Northwind Airlines')).toEqual(['organization']);
    const found = tagged(text);
    expect(found.some((e) => e.includes('-based'))).toBe(false);
    expect(found.some((e) => e.includes('August'))).toBe(false);
  });

  it('keeps the article of a newspaper but not of other long names', () => {
    const text = 'The minister told The Sunday Times that the claim was false.\nThe Department of Fisheries said it had erred.';
    expect(typeOf(text, 'The Sunday Times')).toEqual(['organization']);
    expect(typeOf(text, 'Department of Fisheries')).toEqual(['organization']);
  });

  it('leaves the sentence-final period out of a name at the end of a line', () => {
    const text = 'The contract went to Brockwell Motors Inc.\nShares of Brockwell Motors Inc. rose.';
    const names = tagEntities(model, text).map((e) => text.slice(e.start, e.end));
    expect(names).toContain('Brockwell Motors Inc');
    expect(names).toContain('Brockwell Motors Inc.');
  });

  it('takes months and weekdays alone for no names', () => {
    const text = 'December was the wettest month, and Tuesday brought more rain to the valley.';
    const found = tagged(text).map((e) => e.split(':')[1]);
    expect(found).not.toContain('December');
    expect(found).not.toContain('Tuesday');
  });
});

describe('line endings', () => {
  const lines = [
    'date 2025-03-04',
    '',
    'Ivo Sandberg/Getty Images',
    'Mayor Anna Kessler opened the new bridge in Dunmore County on Tuesday.',
    'Advertisement Hide Ad',
    'Read more: Bridge plan approved',
    'The council said Telegram posts had spread false claims about the cost.',
  ];
  const variants = ['\n', '\r\n', '\r'].map((nl) => lines.join(nl));

  it('tokenizes CR-only text into the same sentences as LF text', () => {
    const words = (t: string) => tokenize(t).map((s) => s.map((x) => x.text));
    expect(words(variants[2])).toEqual(words(variants[0]));
    expect(words(variants[1])).toEqual(words(variants[0]));
  });

  it('gives the same entities, boilerplate and title for LF, CRLF and CR', () => {
    const results = variants.map((text) => {
      const a = testAnalyzer().analyze(text);
      // Offsets shift with the line-break width: compare by text and line number.
      const lineOf = (i: number) => text.slice(0, i).split(/\r\n|\r|\n/).length;
      return {
        entities: a.entities.map((e) => `${lineOf(e.start)}:${e.type}:${e.text}`),
        boilerplate: a.boilerplate.map((b) => `${lineOf(b.start)}:${text.slice(b.start, b.end)}`),
        title: a.header.title,
      };
    });
    expect(results[0].boilerplate).toEqual(['3:Ivo Sandberg/Getty Images', '5:Advertisement Hide Ad', '6:Read more: Bridge plan approved']);
    expect(results[0].title).toBe('Mayor Anna Kessler opened the new bridge in Dunmore County on Tuesday.');
    expect(results[0].entities).toContain('4:person:Anna Kessler');
    expect(results[0].entities).toContain('4:place:Dunmore County');
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });
});
