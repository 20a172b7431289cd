// Towns typed as organisations outside sports copy. The training text is full of results where
// a club goes by its town ("Cardiff 2 Swansea 1"), so the tagger may read "would visit Cardiff
// on Thursday" as the club. In an article with no sign of sport, a name the training text knew
// as a place, right after a preposition or verb of place or movement, is the place.
import { lookup, phraseKeyOf, type Gazetteer } from './gazetteer';
import { isName, LOC, ORG, runs, setRun, words } from './runs';
import type { Token } from './tokenize';

const SPORT_WORDS = new Set(
  (
    'match matches league cup season goal goals scored striker midfielder coach manager tournament championship ' +
    'innings wicket wickets playoff playoffs game games beat victory defeat draw drew club clubs squad team teams ' +
    'race races player players final semi-final quarter-final fixture fixtures stadium'
  ).split(' '),
);
const SCORE = /^\d{1,3}-\d{1,3}$/;
/** Words after which a name is where someone is or goes. */
const TO_PLACE = new Set('in at to from into near visit visited visiting visits across around towards toward'.split(' '));

/** Whether a document reads as sports copy (a sports word or a score anywhere). */
function sportsCopy(sentences: readonly (readonly Token[])[]): boolean {
  for (const toks of sentences) for (const t of toks) if (SCORE.test(t.text) || SPORT_WORDS.has(t.text.toLowerCase())) return true;
  return false;
}

export function placesInProse(
  sentences: readonly (readonly Token[])[],
  labels: Int32Array[],
  gaz: Gazetteer,
  prose: readonly boolean[],
): void {
  let sports: boolean | undefined;
  sentences.forEach((toks, s) => {
    if (!prose[s]) return;
    const lab = labels[s];
    for (const r of runs(lab)) {
      if (r.t !== ORG || r.i === 0 || r.j - r.i > 2 || !TO_PLACE.has(toks[r.i - 1].text.toLowerCase())) continue;
      const ws = words(toks, r.i, r.j);
      if (!ws.every(isName) || !(lookup(gaz, phraseKeyOf(ws)) & (1 << LOC))) continue;
      sports ??= sportsCopy(sentences);
      if (sports) return;
      setRun(lab, r.i, r.j, LOC);
    }
  });
}
