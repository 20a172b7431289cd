declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean;
    suggest(word: string): string[];
    spell(word: string): { correct: boolean; forbidden: boolean; warn: boolean };
    add(word: string, model?: string): NSpell;
    remove(word: string): NSpell;
    wordCharacters(): string | undefined;
    dictionary(dic: string | Uint8Array): NSpell;
    personal(dic: string | Uint8Array): NSpell;
  }
  function nspell(
    dictionary: { aff: string | Uint8Array; dic?: string | Uint8Array } | { aff: string | Uint8Array; dic?: string | Uint8Array }[],
  ): NSpell;
  export = nspell;
}
