import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/article/quotes';
import { roleHolders } from '../../src/core/article/speakers';
import type { EntityAnnotation, EntityType } from '../../src/core/types';

/** Entities for every whole-word occurrence of the given names (name -> [canonical, type]). */
function tag(t: string, names: Record<string, [string, EntityType]>): EntityAnnotation[] {
  const ents: EntityAnnotation[] = [];
  for (const [name, [canonical, type]] of Object.entries(names)) {
    const re = new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'gu');
    for (let m; (m = re.exec(t)); ) ents.push({ kind: 'entity', type, start: m.index, end: m.index + name.length, text: name, canonical });
  }
  return ents.filter((e) => !ents.some((o) => o !== e && o.start <= e.start && o.end >= e.end && o.end - o.start > e.end - e.start));
}
const speakers = (t: string, names: Record<string, [string, EntityType]> = {}) => findQuotes(t, tag(t, names)).map((q) => q.speaker);

describe('speakers in UK copy', () => {
  it('gives a quote to the subject that answers it, not the previous speaker', () => {
    const t =
      'Mr Gale said the plan would cost jobs. ‘It is a disaster for the north,’ he said.\n‘Don’t tell us what the north needs,’ Mr Pryce hit back.';
    const names: Record<string, [string, EntityType]> = { 'Mr Gale': ['Owen Gale', 'person'], 'Mr Pryce': ['Ian Pryce', 'person'] };
    expect(speakers(t, names)).toEqual(['Owen Gale', 'Ian Pryce']);
  });

  it('reads the person asked to speak in "prompting X to say"', () => {
    const t = 'The vote was lost by two, prompting Ms Varga to say: ‘We will bring it back next month.’';
    expect(speakers(t, { 'Ms Varga': ['Ilona Varga', 'person'] })).toEqual(['Ilona Varga']);
  });

  it('takes the name, not a clause, from "X was also heard to say"', () => {
    const t = 'At the gate Mr Olsen was also heard to say: ‘Nobody told us anything about the closure.’';
    expect(speakers(t, { 'Mr Olsen': ['Erik Olsen', 'person'] })).toEqual(['Erik Olsen']);
  });

  it('lets a country in a list of reactions stand for the leader the article names', () => {
    const t =
      'Leaders reacted within hours. Shehzad Amin, Pakistan’s prime minister, called for calm.\n' +
      'Pakistan said: ‘We condemn this attack and we will respond in time.’';
    const names: Record<string, [string, EntityType]> = { 'Shehzad Amin': ['Shehzad Amin', 'person'], Pakistan: ['Pakistan', 'place'] };
    expect(speakers(t, names)).toEqual(['Shehzad Amin']);
  });

  it('reads the country of a role from its demonym too ("Pakistani prime minister", "X, the Indian prime minister")', () => {
    const t =
      'The deal was welcomed by Pakistani prime minister Shehzad Amin and by Ravi Mehta, the Indian prime minister.\n' +
      'Pakistan said: ‘This is a step towards peace.’ India said: ‘It is long overdue.’';
    const names: Record<string, [string, EntityType]> = {
      'Shehzad Amin': ['Shehzad Amin', 'person'],
      'Ravi Mehta': ['Ravi Mehta', 'person'],
      Pakistan: ['Pakistan', 'place'],
      India: ['India', 'place'],
    };
    expect(speakers(t, names)).toEqual(['Shehzad Amin', 'Ravi Mehta']);
  });

  it('gives each of two single-quoted quotes on one line its own tag ("X said: ‘…’ Y said: ‘…’")', () => {
    const t = 'Ms Varga said: ‘We agree with the plan.’ Mr Olsen said: ‘We do not.’';
    const names: Record<string, [string, EntityType]> = { 'Ms Varga': ['Ilona Varga', 'person'], 'Mr Olsen': ['Erik Olsen', 'person'] };
    expect(speakers(t, names)).toEqual(['Ilona Varga', 'Erik Olsen']);
  });

  it('gives "he said" to the person of the sentence before, not its owner of the other sex nor the last speaker', () => {
    const t =
      'Mr Vale said the route cost too much. ‘We know this is hard,’ he said.\n' +
      'Mrs Dunn’s neighbour, Ray Holt, remembers the bus from the ’60s. ‘It has always run,’ he said.';
    const names: Record<string, [string, EntityType]> = {
      'Mr Vale': ['Peter Vale', 'person'],
      'Mrs Dunn': ['Claire Dunn', 'person'],
      'Ray Holt': ['Ray Holt', 'person'],
    };
    expect(speakers(t, names)).toEqual(['Peter Vale', 'Ray Holt']);
  });

  it('keeps the head of "Villagers in the Dales" as the speaker, not the place after the preposition', () => {
    const t =
      'Villagers in the Dales have vowed to fight the plan. ‘Nobody asked us about any of this,’ they said.\nResidents in Leeds said: ‘We were never told about it at all.’';
    const names: Record<string, [string, EntityType]> = { Leeds: ['Leeds', 'place'] };
    const got = speakers(t, names);
    expect(got[1]).toBe('Residents in Leeds');
  });

  it('resolves a role to the holder the article names only later', () => {
    const t = '‘We are ready to talk at any time,’ the Taoiseach said.\nThe Taoiseach, Colm Nolan, flies to Brussels on Tuesday.';
    expect(speakers(t, { 'Colm Nolan': ['Colm Nolan', 'person'] })).toEqual(['Colm Nolan']);
  });

  it('finds holders written as appositives for entity resolution too', () => {
    const t = 'Colm Nolan, the Taoiseach, met union leaders. Later the Taoiseach left.';
    const holder = roleHolders(t, tag(t, { 'Colm Nolan': ['Colm Nolan', 'person'] }));
    expect(holder('taoiseach', t.indexOf('Later'))).toBe('Colm Nolan');
    expect(holder('mayor', t.indexOf('Later'))).toBeNull();
  });
});
