// Word lists of speech cues: speech verbs, "according to", pronouns, clause words.

/** Speech and stance verbs that introduce a quote's source (a few nouns among them are filtered by isNounUse). */
/** Speech verbs as a regex alternation. */
export const VERBS = (
  'said says say told tells added adds wrote writes asked asks explained explains noted notes ' +
  'continued continues stated states declared declares insisted insists argued argues warned warns ' +
  'claimed claims tweeted tweets posted replied replies responded responds recalled recalls remarked ' +
  'remarks admitted admits acknowledged acknowledges announced announces reported reports commented ' +
  'comments concluded suggested suggests urged urges called calls described describes observed joked ' +
  'jokes quipped conceded concedes hailed hails vowed vows promised promises pledged pledges reads ' +
  'read shouted yelled chanted cried boasted boasts complained complains predicted predicts blasted ' +
  'slammed accused praised labeled labelled dubbed branded denounced condemned criticized criticised ' +
  'lamented mused emphasized emphasised stressed stresses agreed agrees cautioned confirmed confirms ' +
  'denied denies texted emailed testified recounted maintained maintains contended contends ' +
  'pointed_out went_on goes_on put_it saying adding telling writing noting arguing asking explaining ' +
  'insisting warning claiming calling describing tweeting sings sang singing proclaimed proclaims ' +
  'exclaimed whispered answered answers asserted asserts announcing countered counters retorted ' +
  'chimed_in interjected offered explain cited cites thundered fumed snapped groaned sighed laughed ' +
  'told_reporters reportedly_said demanded demands lauded likened dismissed admires admired promising ' +
  'stressing accuse accuses accusing encouraged encouraging boasting mocked mocks touted touts ' +
  'questioned wondered added_that hit_back fired_back shot_back hit_out lashed_out weighed_in '
)
  .trim()
  .split(' ')
  .join('|')
  .replace(/_/g, ' ');

/** Common verbs whose past tense is not "-ed": "The senator sent", "The group took". */
export const IRREGULAR_PAST =
  'sent|took|made|gave|got|went|came|saw|thought|felt|kept|left|held|brought|began|ran|won|lost|spoke|stood|met|paid|led|found|put|set|knew|wrote|drew|threw|sought|shot|struck|broke|swore|spat|sang|rang|fought';

export const VERB_RE = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${VERBS})(?![\\p{L}\\p{N}])`, 'giu');

/** Whether a speech verb occurs anywhere in `s` (VERB_RE is global: its position is reset first). */
export function hasSpeechVerb(s: string): boolean {
  VERB_RE.lastIndex = 0;
  return VERB_RE.test(s);
}

export const ACCORDING = /(?<![\p{L}])according to\s+/giu;

export const PRONOUN = /^(?:he|she|they|i|we|it|you)$/i;

/** Words that start a clause or sentence, not a name ("But Hale said"). */
export const STOP = new Set(
  (
    'but and or so then when while after before in on at as if for with by from to of a an this that these those ' +
    'there here also yet still now later however meanwhile instead asked speaking writing told earlier the his her ' +
    'their its our my your who which whom where what why how because though although since until unless once ' +
    'flanked addressing according following despite'
  ).split(' '),
);

export const DETERMINER = /^(?:the|a|an|one|another|this|that|his|her|their|its|our|several|some|many|two|three)$/i;

export const PARTICIPLE = /ing$/i;

/** Days, months and times of day: never a speaker ("on Saturday said", "Monday’s statement"). */
export const DAY_WORDS =
  'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|today|yesterday|tonight';
export const DAY_RE = new RegExp(`^(?:${DAY_WORDS})$`, 'i');
