// Document-level company cues applied to the decoded labels (general, not learned):
// CoNLL's Reuters text tags makers' names as MISC when they name a product ("Airbus A310",
// "Boeing 707"), so the tagger tends to keep a maker's bare name as MISC even where the
// article uses it as a company ("Airbus said", "Boeing's rival"). And a company the training
// text never mentions is often typed by its shape alone, as a surname or a place. Two cues fix
// both without any list of names:
//  1. A one-word MISC name directly followed by a company-usage word (said, 's, shares,
//     spokesman, ...) is used as an organisation.
//  2. A word that names an organisation in the document, with a corporate suffix
//     ("Chrysler LLC") or by cue 1, is an organisation wherever it stands alone in that
//     document, unless the document also uses it inside a full person name, or it is a
//     known place, or (for MISC) it is a premodifier of another name or number ("Boeing 787").
import { lookup, phraseKey, type Gazetteer } from './gazetteer';
import { hashString } from './hash';
import { isInside, labelType } from './labels';

const B_ORG = 5;
const PER = 0;
const LOC = 1;
const ORG = 2;
const MISC = 3;

const CORP_SUFFIX = new Set(
  ('inc inc. corp corp. corporation co co. llc ltd ltd. plc group holding holdings motors motor airlines ' +
    'airways ag sa s.a. n.v. nv gmbh')
    .split(' '),
);

// Words that follow a company's name when the article uses it as an actor or owner.
const COMPANY_CUES = new Set(
  ("'s ’s said says saying say announced has have had will would plans reported posted shares stock spokesman spokeswoman spokesperson executives " +
    'officials chief ceo board employees workers shareholders')
    .split(' '),
);

// Nouns that introduce a company's name in apposition ("automaker Chrysler").
const COMPANY_NOUNS = new Set(
  ('company firm automaker carmaker manufacturer maker airline carrier retailer insurer airframer conglomerate ' +
    'bank chipmaker subsidiary supplier broadcaster publisher corporation')
    .split(' '),
);

// Ownership nouns before "in"/"of" and a company's name.
const STAKE = new Set('stake stakes share shares shareholding holding holdings'.split(' '));

// Words after which a name is a noun-phrase head rather than a premodifier ("Boeing 787").
const AFTER_HEAD = new Set(
  ("'s ’s a an the for by to of in on at with from and or but that which who as than has had have is was " +
    'will would can could said says announced')
    .split(' '),
);

// Nationality and language adjectives are MISC heads too (German, Israeli, Chinese, Iraqi),
// and so are plural group names (Arabs, Israelis, Islamists); "-ss"/"-us" are not plurals.
const DEMONYM = /(?:an|ese|ish|i|ic|ch|ss)$|[^su]s$/i;

const isNameWord = (w: string) => /^\p{Lu}[\p{L}\p{M}&.-]*$/u.test(w) && /\p{Ll}|^\p{Lu}{2,}$/u.test(w);

const isHeadFollower = (w: string) => AFTER_HEAD.has(w.toLowerCase()) || COMPANY_CUES.has(w.toLowerCase()) || /^[^\p{L}\p{N}-]/u.test(w);

/** Relabels lone-word spans in place (labels are per sentence, IOB2). */
export function companyConsistency(sentences: readonly (readonly string[])[], labels: Int32Array[], gaz: Gazetteer): void {
  const orgWords = new Set<string>();
  const personWords = new Set<string>();
  const lone: { s: number; i: number; t: number; w: string }[] = [];
  sentences.forEach((toks, s) => {
    const lab = labels[s];
    for (let i = 0; i < toks.length; i++) {
      const t = labelType(lab[i]);
      if (t < 0 || isInside(lab[i])) continue;
      let j = i + 1;
      while (j < toks.length && isInside(lab[j])) j++;
      if (j - i > 1) {
        // A surname of a full person name ("Gerald Ford") keeps its lone uses as a person.
        if (t === PER) personWords.add(toks[j - 1].toLowerCase());
        // "Chrysler LLC", "Chrysler Holding LLC": the name before the corporate suffixes.
        let k = j;
        while (k > i + 1 && CORP_SUFFIX.has(toks[k - 1].toLowerCase())) k--;
        if (t === ORG && k === i + 1 && j > k && isNameWord(toks[i])) orgWords.add(toks[i].toLowerCase());
        // "Airbus A350": a maker's name before a model number.
        if (t === MISC && j - i === 2 && /\d/.test(toks[i + 1]) && isNameWord(toks[i]) && !DEMONYM.test(toks[i])) orgWords.add(toks[i].toLowerCase());
      } else if (isNameWord(toks[i]) && !(t === MISC && DEMONYM.test(toks[i]))) {
        const w = toks[i].toLowerCase();
        const next = j < toks.length ? toks[j].toLowerCase() : '';
        const prev = i > 0 ? toks[i - 1].toLowerCase() : '';
        if (t === MISC && COMPANY_CUES.has(next)) orgWords.add(w);
        // A maker's name before a model number ("Airbus A380", "Boeing 737-800").
        if (t === MISC && /\d/.test(next)) orgWords.add(w);
        // "automaker Chrysler", "aircraft manufacturer, Airbus".
        const before = prev === ',' && i > 1 ? toks[i - 2].toLowerCase() : prev;
        if (COMPANY_NOUNS.has(before) && t !== ORG) orgWords.add(w);
        // A clause subject before a verb in -s/-ed ("Boeing pushes back ...", ", Airbus unveiled").
        if (t === MISC && (i === 0 || prev === ',') && /^\p{Ll}+(?:s|ed)$/u.test(next) && !/ss$/.test(next)) orgWords.add(w);
        // "a stake in X", "shares of X".
        if ((prev === 'in' || prev === 'of') && i > 1 && STAKE.has(toks[i - 2].toLowerCase())) orgWords.add(w);
        if (t !== ORG) lone.push({ s, i, t, w });
      }
      i = j - 1;
    }
  });
  if (!orgWords.size) return;
  for (const { s, i, t, w } of lone) {
    if (!orgWords.has(w) || personWords.has(w)) continue;
    const toks = sentences[s];
    if (t === LOC && lookup(gaz, phraseKey([hashString(w)], 0, 1)) & (1 << LOC)) continue;
    if (t === MISC && i + 1 < toks.length && !isHeadFollower(toks[i + 1])) continue;
    labels[s][i] = B_ORG;
  }
}
