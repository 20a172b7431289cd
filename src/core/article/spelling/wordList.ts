// The workspace word list: plain text, one word a line, '#' starts a comment line.

export interface ParsedWordList {
  words: string[];
  /** Lines that are not a single word (kept when the file is rewritten, reported to the user). */
  invalid: { line: number; text: string }[];
}

const WORD = /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.-]*$/u;

export function parseWordList(text: string): ParsedWordList {
  const words: string[] = [];
  const invalid: ParsedWordList['invalid'] = [];
  text.split(/\r\n|\n|\r/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    if (WORD.test(line)) words.push(line);
    else invalid.push({ line: i + 1, text: line });
  });
  return { words, invalid };
}

/**
 * Adds words to an existing word-list text without losing anything in it (comments, lines it
 * cannot parse, words another window added meanwhile). Returns null when nothing is new.
 */
export function addToWordList(existing: string, add: readonly string[]): string | null {
  const have = new Set(parseWordList(existing).words);
  const fresh = [...new Set(add.map((w) => w.trim()).filter((w) => w && WORD.test(w) && !have.has(w)))];
  if (!fresh.length) return null;
  const base = existing.length && !/\n$/.test(existing) ? existing + '\n' : existing;
  return base + fresh.join('\n') + '\n';
}
