// PLACEHOLDER (typos owner may refine): counts capitalised words, to tell names from typos.
const CAP_WORD = /\b\p{Lu}[\p{Ll}\p{Lu}'’-]*\p{L}/gu;

export function countNames(text: string, into: Map<string, number> = new Map()): Map<string, number> {
  for (const m of text.matchAll(CAP_WORD)) into.set(m[0], (into.get(m[0]) ?? 0) + 1);
  return into;
}
