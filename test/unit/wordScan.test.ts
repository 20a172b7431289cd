// The spell checker's word scan is hand-written for speed; it must find exactly the words the
// regex /\p{L}+(?:['’]\p{L}+)*/gu finds, on any text.
import { describe, expect, it } from 'vitest';
import { wordTokens } from '../../src/core/article/spelling/tokens';
import { letterAt } from '../../src/core/text/letters';

const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

describe('letterAt', () => {
  it('agrees with /\\p{L}/u on every BMP code unit', () => {
    const bad: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if ((letterAt(ch, 0) === 1) !== /^\p{L}$/u.test(ch)) bad.push(c);
    }
    expect(bad).toEqual([]);
  });
  it('takes astral letters whole and nothing past the end', () => {
    expect(letterAt('𝐀b', 0)).toBe(2); // mathematical bold capital A
    expect(letterAt('😀', 0)).toBe(0);
    expect(letterAt('\ud835', 0)).toBe(0); // lone high surrogate
    expect(letterAt('ab', 2)).toBe(0);
  });
});

describe('word scan', () => {
  it('splits at marks, keeps inner apostrophes, drops possessives', () => {
    const words = wordTokens("The mayor’s plan—Zoë’s idea—won’t pass, said O'Neill. Café e\u0301 über 𝐀bc 😀ok").map((t) => t.word);
    expect(words).toEqual(['The', 'mayor', 'plan', 'Zoë', 'idea', "won't", 'pass', 'said', "O'Neill", 'Café', 'e', 'über', '𝐀bc', 'ok']);
  });
  it('finds the regex matches on random text', () => {
    const alphabet = ['a', 'B', 'z', 'é', 'ß', 'Ж', '中', '𝐀', '😀', '\u0301', "'", '’', ' ', ' ', ',', '-', '“', '\ud835'];
    let seed = 3;
    const next = (n: number) => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) % n;
    for (let t = 0; t < 300; t++) {
      const text = Array.from({ length: 1 + next(40) }, () => alphabet[next(alphabet.length)]).join('');
      const expected = [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]);
      expect(wordTokens(text).map((w) => [w.start, w.end])).toEqual(expected);
    }
  });
});
