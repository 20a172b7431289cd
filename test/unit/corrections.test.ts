import { describe, expect, it } from 'vitest';
import { makeTarget } from '../../src/core/annotations/anchor';
import { applyCorrections, nameRules, type PlacedCorrection } from '../../src/core/annotations/corrections';
import type { Correction, ReaderAnnotation } from '../../src/core/annotations/model';
import { CorpusService } from '../../src/core/corpus/service';
import { toJsonAnnotations } from '../../src/core/contract';
import { testAnalyzer } from './helpers';

const TEXT =
  'date 2025-02-10\n\nThe mayor of Gdansk, Marta Kowalski, opened the bridge on Monday. “It took ten years,” Kowalski said. ' +
  'Aleksander Nowak, who runs Baltic Ferries, said: “We lost half our passengers.” Kowalski thanked Baltic Ferries.';

function at(text: string, words: string, n = 0): { start: number; end: number } {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(words, i + 1);
  if (i < 0) throw new Error(`"${words}" not in text`);
  return { start: i, end: i + words.length };
}

function placed(words: string, correction: Correction, scope?: 'name', n = 0): PlacedCorrection {
  const s = at(TEXT, words, n);
  return { ...s, exact: words, correction, scope };
}

function reader(text: string, words: string, correction: Correction, scope?: 'name'): ReaderAnnotation {
  const s = at(text, words);
  return {
    id: `urn:uuid:${words}`,
    label: 'correction',
    note: '',
    replies: [],
    creator: 't',
    created: '',
    modified: '',
    target: makeTarget(text, s.start, s.end),
    correction,
    scope,
  };
}

describe('applyCorrections', () => {
  const a = testAnalyzer().analyze(TEXT);
  const quoteOf = (words: string) => a.quotes.find((q) => q.text.includes(words))!;

  it('changes a quote’s speaker and marks it corrected; the input analysis is unchanged', () => {
    const q = quoteOf('half our passengers');
    const out = applyCorrections(TEXT, a, [
      { start: q.start, end: q.end, exact: q.text, correction: { kind: 'quote', action: 'speaker', speaker: 'Marta Kowalski' } },
    ]);
    const fixed = out.quotes.find((x) => x.start === q.start)!;
    expect(fixed.speaker).toBe('Marta Kowalski');
    expect(fixed.corrected).toBe(true);
    expect(quoteOf('half our passengers').corrected).toBeUndefined();
    expect(toJsonAnnotations(out).find((x) => x.kind === 'quote' && x.start === q.start)).toMatchObject({
      corrected: true,
      speaker: 'Marta Kowalski',
    });
  });

  it('removes a rejected quote, entity or date, and only that one', () => {
    const monday = a.dates.find((d) => d.text.includes('Monday'))!;
    const out = applyCorrections(TEXT, a, [
      { start: monday.start, end: monday.end, exact: monday.text, correction: { kind: 'date', action: 'reject' } },
      placed('Gdansk', { kind: 'entity', action: 'reject' }),
    ]);
    expect(out.dates.some((d) => d.start === monday.start)).toBe(false);
    expect(out.entities.some((e) => e.text === 'Gdansk')).toBe(false);
    expect(out.entities.length).toBe(a.entities.filter((e) => e.text !== 'Gdansk').length);
  });

  it('sets a date’s value, which no later resolution changes', () => {
    const monday = a.dates.find((d) => d.text.includes('Monday'))!;
    const out = applyCorrections(TEXT, a, [
      { start: monday.start, end: monday.end, exact: monday.text, correction: { kind: 'date', action: 'value', value: '2025-02-03' } },
    ]);
    const d = out.dates.find((x) => x.start === monday.start)!;
    expect(d).toMatchObject({ value: '2025-02-03', corrected: true });
    expect(d.basis).toBeUndefined();
  });

  it('a name-wide type change applies to every mention of the name', () => {
    const c = placed('Baltic Ferries', { kind: 'entity', action: 'type', type: 'organization' }, 'name');
    const out = applyCorrections(TEXT, a, [c]);
    const ferries = out.entities.filter((e) => e.text === 'Baltic Ferries');
    expect(ferries.length).toBe(a.entities.filter((e) => e.text === 'Baltic Ferries').length);
    for (const e of ferries) expect(e).toMatchObject({ type: 'organization', corrected: true });
  });

  it('adds an entity at a selection, and at every occurrence with name scope', () => {
    const one = applyCorrections(TEXT, a, [placed('bridge', { kind: 'entity', action: 'add', type: 'place' })]);
    expect(one.entities.filter((e) => e.text === 'bridge')).toHaveLength(1);
    const all = applyCorrections(TEXT, a, [placed('Kowalski', { kind: 'entity', action: 'add', type: 'person' }, 'name', 1)]);
    expect(all.entities.filter((e) => e.text === 'Kowalski').length).toBe(TEXT.split(/\bKowalski\b/).length - 1);
  });

  it('a correction that points at nothing changes nothing', () => {
    const out = applyCorrections(TEXT, a, [placed('took', { kind: 'entity', action: 'reject' })]);
    expect(out.entities).toEqual(a.entities);
    expect(nameRules(a, [placed('took', { kind: 'entity', action: 'reject' }, 'name')])).toEqual([]);
  });
});

describe('corrections in the corpus service', () => {
  it('hold after the text is edited (re-anchored) and a name-wide fix holds in other articles', () => {
    const s = new CorpusService(testAnalyzer());
    const other = 'Baltic Ferries cut its timetable again, Aleksander Nowak said on Tuesday.';
    s.analyze('other', other);
    const fix = reader(TEXT, 'Aleksander Nowak', { kind: 'entity', action: 'sameAs', canonical: 'Olek Nowak' }, 'name');
    s.analyze('a', TEXT, { corrections: [fix] });
    const nowak = (key: string) => s.query({ q: 'article', key })!.entities.filter((x) => x.text === 'Aleksander Nowak');
    expect(nowak('other').length).toBeGreaterThan(0);
    for (const e of nowak('other')) expect(e).toMatchObject({ canonical: 'Olek Nowak', corrected: true });
    expect(
      s
        .query({ q: 'mentions', canonical: 'Olek Nowak' })
        .map((m) => m.id)
        .sort(),
    ).toEqual(['a', 'other']);
    // An edit above the corrected words: the correction is anchored again and still holds.
    const again = s.analyze('a', `A new first line.\n${TEXT}`);
    for (const e of again.entities.filter((x) => x.text === 'Aleksander Nowak'))
      expect(e).toMatchObject({ canonical: 'Olek Nowak', corrected: true });
    // Removing the correction restores the automatic layer everywhere.
    s.setCorrections('a', []);
    for (const e of nowak('other')) expect(e.canonical).toBe('Aleksander Nowak');
  });

  it('a correction whose words are gone is not applied elsewhere', () => {
    const s = new CorpusService(testAnalyzer());
    const fix = reader(TEXT, 'Marta Kowalski', { kind: 'entity', action: 'type', type: 'organization' });
    s.analyze('a', TEXT, { corrections: [fix] });
    const out = s.analyze('a', TEXT.replace('Marta Kowalski', 'Ewa Zielinska'));
    expect(out.entities.filter((e) => e.corrected)).toEqual([]);
  });
});
