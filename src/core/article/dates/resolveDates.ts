// Resolving found dates against a publication date. Separate from finding them (find.ts), so that
// the corpus and the editor can resolve an undated article's dates against its story's date with
// no text analysis and without loading chrono-node.
import type { DateAnnotation } from '../../types';
import { addDays, addMonths, fmtDay, fmtMonth, fmtYear, parseYmd } from './calendar';
import { resolve } from './resolve';
import type { Spec } from './spec';

/** Value of an anaphoric date from the last value of enough precision before it, else null. */
function anaphorValue(spec: Extract<Spec, { t: 'anaphor' }>, before: (string | null)[]): string | null {
  const need = spec.unit === 'day' ? 10 : spec.unit === 'month' ? 7 : 4;
  for (let i = before.length - 1; i >= 0; i--) {
    const v = before[i];
    if (!v || v.length < need) continue;
    if (spec.n === 0) return v.slice(0, need);
    if (spec.unit === 'year') return fmtYear(+v.slice(0, 4) + spec.n);
    if (spec.unit === 'month') {
      const r = addMonths(+v.slice(0, 4), +v.slice(5, 7), spec.n);
      return fmtMonth(r.y, r.m);
    }
    return fmtDay(addDays(parseYmd(v)!, spec.n));
  }
  return null;
}

/** Finds the date expressions of a text and resolves them against the publication date (or null). */
/**
 * Values for recognised dates against a publication date (the header's, or the date an undated
 * article's story gives it). Returns new annotations; dates without a basis keep their value.
 */
export function resolveDates(dates: readonly DateAnnotation[], published: string | null): DateAnnotation[] {
  const pub = parseYmd(published);
  const resolved = dates.map((d) => (d.basis ? resolve(d.basis.spec, pub, () => d.basis!.tense) : { value: d.value, relative: !!d.relative }));
  const values = resolved.map((r) => r.value);
  // In text order, so an anaphor sees the dates before it (already final).
  dates.forEach((d, i) => {
    const spec = d.basis?.spec;
    // "in the morning" and the like: the day last given, else (orPub) the publication day.
    if (spec?.t === 'anaphor') values[i] = anaphorValue(spec, values.slice(Math.max(0, i - 20), i)) ?? (spec.orPub && pub ? fmtDay(pub) : null);
  });
  return dates.map((d, i) => {
    if (!d.basis) return d;
    const { spec, near } = d.basis;
    let value = values[i];
    if (spec.t === 'time') {
      const day = near?.map((k) => values[i + k]).find((v) => v && v.length === 10);
      value = day ?? value;
    }
    const a: DateAnnotation = { ...d, value };
    delete a.relative;
    if ((resolved[i].relative || spec.t === 'anaphor') && value) a.relative = true;
    return a;
  });
}
