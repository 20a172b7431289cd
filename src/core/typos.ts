import nspell from 'nspell';
import type { EntityAnnotation, TypoAnnotation } from './types';

export interface Dictionary {
  aff: Uint8Array | string;
  dic: Uint8Array | string;
}

export type Dictionaries = Partial<Record<'en-GB' | 'en-US', Dictionary>>;

export interface Speller {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

export interface TypoContext {
  entities: readonly EntityAnnotation[];
  userWords?: Iterable<string>;
  corpusNames?: ReadonlyMap<string, number>;
  dialect?: 'en-GB' | 'en-US' | 'auto';
}

// PLACEHOLDER: nspell (en-GB) as documented, skipping capitalised words.
export function createSpeller(dicts: Dictionaries): Speller {
  const d = dicts['en-GB'] ?? dicts['en-US'];
  if (!d) throw new Error('no dictionary');
  const s = nspell({ aff: Buffer.from(d.aff), dic: Buffer.from(d.dic) } as any);
  return { correct: (w) => s.correct(w), suggest: (w) => s.suggest(w) };
}

export function findTypos(speller: Speller, text: string, ctx: TypoContext): TypoAnnotation[] {
  const user = new Set(ctx.userWords ?? []);
  const out: TypoAnnotation[] = [];
  const re = /\p{L}+(?:['\u2019]\p{L}+)*/gu;
  for (let m; (m = re.exec(text)); ) {
    const w = m[0];
    if (/^\p{Lu}/u.test(w) || user.has(w) || speller.correct(w)) continue;
    out.push({ kind: 'typo', start: m.index, end: m.index + w.length, text: w, suggestions: speller.suggest(w).slice(0, 5) });
  }
  return out;
}
