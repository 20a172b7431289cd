// A hashed set of entity phrases (lowercased token sequences) with the CoNLL types each was
// labelled with in training, plus single words with the types and positions (first, last,
// middle, alone) they took inside entities. Only hashes are stored, never training text.
import { hashString, mix } from './hash';

export const MAX_PHRASE = 6;
const SEED = 0x2545f491;

export interface Gazetteer {
  keys: Uint32Array; // power-of-two open-addressing table, 0 = empty
  masks: Uint16Array; // phrase: bit t = seen as type t; word: bit 4t+position
}

/** Hash of a phrase given the hashes of its lowercased tokens. */
export function phraseKey(lowHashes: ArrayLike<number>, from: number, to: number): number {
  let h = SEED;
  for (let i = from; i < to; i++) h = mix(h, lowHashes[i]);
  return h || 1;
}

const WORD_SEED = 0x68e31da4;

/** Key of a single word's entry (distinct from the one-word phrase key). */
export const wordKey = (lowHash: number): number => mix(WORD_SEED, lowHash) || 1;

/** Word-entry bit for type t at a position: 0 first, 1 last, 2 middle, 3 alone. */
export const wordBit = (t: number, pos: number): number => 1 << (4 * t + pos);

export function phraseKeyOf(tokens: readonly string[]): number {
  return phraseKey(
    tokens.map((t) => hashString(t.toLowerCase())),
    0,
    tokens.length,
  );
}

export function emptyGazetteer(): Gazetteer {
  return { keys: new Uint32Array(1), masks: new Uint16Array(1) };
}

/** Builds the table from (key, type mask) pairs. */
export function buildGazetteer(entries: Map<number, number>): Gazetteer {
  let size = 1;
  while (size < entries.size * 1.4) size <<= 1; // load <= 0.7: small enough to stay in cache
  const keys = new Uint32Array(size);
  const masks = new Uint16Array(size);
  for (const [k, m] of [...entries].sort((a, b) => a[0] - b[0])) {
    let i = k & (size - 1);
    while (keys[i] !== 0 && keys[i] !== k) i = (i + 1) & (size - 1);
    keys[i] = k;
    masks[i] |= m;
  }
  return { keys, masks };
}

export function lookup(g: Gazetteer, key: number): number {
  const size = g.keys.length;
  let i = key & (size - 1);
  for (let probes = 0; probes < size; probes++) {
    const k = g.keys[i];
    if (k === key) return g.masks[i];
    if (k === 0) return 0;
    i = (i + 1) & (size - 1);
  }
  return 0;
}
