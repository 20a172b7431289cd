import { describe, expect, it } from 'vitest';
import { resolveEntities } from '../../src/core/article/entities';
import type { EntityType } from '../../src/core/types';

/** Raw spans for each listed phrase occurrence (first match after the previous one). */
function raw(text: string, items: [string, EntityType][]) {
  let from = 0;
  return items.map(([s, type]) => {
    const start = text.indexOf(s, from);
    from = start + s.length;
    return { start, end: start + s.length, type };
  });
}

describe('resolveEntities', () => {
  it('cleans titles, possessives and punctuation off spans', () => {
    const t = 'SIR John Carter met Mr Novak. Carter’s plan (Spain) was seen in northern Iraq.';
    const e = resolveEntities(t, raw(t, [['SIR John Carter', 'person'], ['Mr Novak.', 'person'], ['Carter’s', 'person'], ['northern Iraq.', 'place']]));
    expect(e.map((x) => x.text)).toEqual(['John Carter', 'Novak', 'Carter', 'Iraq']);
    for (const x of e) expect(t.slice(x.start, x.end)).toBe(x.text);
  });

  it('gives every form of a person the fullest name', () => {
    const t = 'SIR John Carter spoke. Sir John agreed. Carter left. Mr Novak and President Ivan Novak met.';
    const e = resolveEntities(t, raw(t, [['SIR John Carter', 'person'], ['Sir John', 'person'], ['Carter', 'person'], ['Mr Novak', 'person'], ['President Ivan Novak', 'person']]));
    expect(e.map((x) => x.canonical)).toEqual(['John Carter', 'John Carter', 'John Carter', 'Ivan Novak', 'Ivan Novak']);
  });

  it('shares a canonical across case variants and splits merged lists', () => {
    const t = 'Nato met. NATO agreed. France, Poland and Spain joined.';
    const e = resolveEntities(t, raw(t, [['Nato', 'organization'], ['NATO', 'organization'], ['France, Poland and Spain', 'place']]));
    expect(e[0].canonical).toBe(e[1].canonical);
    expect(e.slice(2).map((x) => x.text)).toEqual(['France', 'Poland', 'Spain']);
  });

  it('takes no role or title for an entity, even where the article names its holder', () => {
    const t = 'SIR John Carter flew to Oslo. The PM met Ivan Novak there.\nCarter said the PM’s plan stood.';
    const e = resolveEntities(t, raw(t, [['SIR John Carter', 'person'], ['PM', 'organization'], ['Ivan Novak', 'person'], ['Carter', 'person']]));
    expect(e.map((x) => [x.text, x.type, x.canonical])).toEqual([
      ['John Carter', 'person', 'John Carter'],
      ['Ivan Novak', 'person', 'Ivan Novak'],
      ['Carter', 'person', 'John Carter'],
    ]);
    for (const x of e) expect(t.slice(x.start, x.end)).toBe(x.text);
    const t2 = 'Prime Minister Ana Lind and Ivan Novak met. Later the prime minister spoke.';
    const e2 = resolveEntities(t2, raw(t2, [['Prime Minister Ana Lind', 'person'], ['Ivan Novak', 'person']]));
    expect(e2.map((x) => x.text)).toEqual(['Ana Lind', 'Ivan Novak']);
  });
});
