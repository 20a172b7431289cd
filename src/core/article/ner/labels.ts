// The tag set: IOB2 over CoNLL's four types. MISC is learned (it keeps nationalities and
// events out of the other types) but never emitted.

export const ENTITY_TYPES = ['PER', 'LOC', 'ORG', 'MISC'] as const;
export type ConllType = (typeof ENTITY_TYPES)[number];

/** Label 0 is O; type t has B = 1 + 2t and I = 2 + 2t. */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'];
export const NUM_LABELS = LABELS.length;

export const labelIndex = (tag: string): number => {
  const i = LABELS.indexOf(tag);
  if (i < 0) throw new Error(`unknown tag ${tag}`);
  return i;
};

/** Type index (0..3) of a label, or -1 for O. */
export const labelType = (label: number): number => (label === 0 ? -1 : (label - 1) >> 1);
export const isInside = (label: number): boolean => label > 0 && (label & 1) === 0;

/** IOB2 constraint: I-X may only follow B-X or I-X. */
export function allowed(prev: number, cur: number): boolean {
  if (!isInside(cur)) return true;
  return prev >= 0 && prev !== 0 && labelType(prev) === labelType(cur);
}
