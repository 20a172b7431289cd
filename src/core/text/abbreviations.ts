// Words whose period belongs to them: titles, company suffixes, months, US states. One list for
// the tokenizer, sentence splitting and the speaker cues.

/** Their period never ends a sentence in news copy: a name or a number follows ("Mr. Smith", "Jan. 5"). */
const INSIDE = (
  'Mr Mrs Ms Dr St Jr Sr Inc Corp Co Ltd Gen Gens Sen Sens Rep Reps Gov Lt Col Capt Sgt Maj Adm Prof Rev ' +
  'Mt No Vol vs Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec'
).split(' ');

/** Their period often ends a sentence too ("… in Peoria, Ill." then a new sentence): tokens only. */
const ALSO_FINAL = (
  'Plc Ft etc Calif Fla Mass Wash Ariz Colo Conn Ill Ind Kan Ky La Md Mich Minn Mo Neb Nev Okla Ore Pa Tenn ' +
  'Tex Va Vt Wis Wyo Ala Ark Del Ga Bros Dept est approx'
).split(' ');

const EXACT: ReadonlySet<string> = new Set(INSIDE);
const LOWER: ReadonlySet<string> = new Set([...INSIDE, ...ALSO_FINAL].map((w) => w.toLowerCase()));

/** True for a word, in any case, whose following period is part of the token ("mr", "Sept", "calif"). */
export function isAbbreviationWord(word: string): boolean {
  return LOWER.has(word.toLowerCase());
}

/**
 * True when a period right after `word` does not end the sentence: an abbreviation in its usual case
 * that a name or number follows, a capital initial ("J."), or a dotted acronym ("U.S", "a.m").
 */
export function isAbbreviation(word: string): boolean {
  return EXACT.has(word) || /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

/** True when the text before a period ends with such an abbreviation ("… Mr", "… U.S"). */
export function endsWithAbbreviation(before: string): boolean {
  const m = /(?:^|[\s("“])((?:\p{L}\.)*[\p{L}]+)$/u.exec(before.slice(-12));
  return !!m && isAbbreviation(m[1]);
}
