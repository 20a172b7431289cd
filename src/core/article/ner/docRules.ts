// Document-level rules applied to the decoded labels (general cues, not learned, no names):
// CoNLL's Reuters text tags makers' names as MISC when they name a product ("Airbus A310",
// "Boeing 707"), so the tagger keeps a maker's bare name as MISC even where an article uses
// it as a company ("Airbus said", "Boeing's rival"); and a company the training text never
// mentions is often typed by its shape alone, as a surname or a place. So:
//  - a word the document shows to be a company (a corporate suffix, "Chrysler LLC"; a company
//    noun before it, "automaker Chrysler"; an apposition, "X, another car maker"; a stake in
//    it; a model number after it, "Boeing 787"; company usage after a MISC name, "Airbus
//    said") is an organisation wherever it stands alone as a name in that document, unless the
//    document also uses it as a person's surname, it is a known place, or (for MISC) it
//    premodifies another word ("Boeing 787", "Boeing models");
//  - "General Motors (GM)": a bracketed acronym takes the name's type throughout;
//  - legal forms end company names ("AirTanker Ltd."), "X CEO" is X's company;
//  - geographic heads make places ("Sea of Azov", "Downing Street"), so do administrative
//    nouns after a non-nationality name ("the Tambov region");
//  - a capitalised word after a maker and model number is a product ("787 Dreamliner").
import { lookup, phraseKey, type Gazetteer } from './gazetteer';
import { hashString } from './hash';
import { isInside, labelType } from './labels';

const B_ORG = 5;
const PER = 0;
const LOC = 1;
const ORG = 2;
const MISC = 3;

const CORP_SUFFIX = new Set(
  (
    'inc inc. corp corp. corporation co co. llc ltd ltd. plc group holding holdings motors motor airlines ' +
    'airways ag sa s.a. n.v. nv gmbh spa s.p.a. bv b.v. oyj asa llp pte bhd'
  ).split(' '),
);

// Words that follow a company's name when the article uses it as an actor or owner.
const COMPANY_CUES = new Set(
  (
    "'s ’s said says saying say announced has have had will would plans reported posted shares stock spokesman spokeswoman spokesperson executives " +
    'officials chief ceo board employees workers shareholders'
  ).split(' '),
);

// Nouns that introduce a company's name in apposition ("automaker Chrysler").
const COMPANY_NOUNS = new Set(
  (
    'company firm automaker carmaker manufacturer maker airline carrier retailer insurer airframer conglomerate ' +
    'bank chipmaker subsidiary supplier broadcaster publisher corporation'
  ).split(' '),
);

// Legal forms that end a company's name.
// (Forms that are also state or place abbreviations, "NV", "AB", "SE", are left out.)
const LEGAL_SUFFIX = new Set(
  'inc inc. corp corp. corporation co co. llc ltd ltd. plc ag gmbh n.v. s.a. spa s.p.a. bv b.v. oyj asa llp pte bhd'.split(' '),
);

// Job titles after a company's name ("Ryanair CEO").
const TITLE_AFTER = new Set('ceo cfo coo chairman chairwoman president spokesman spokeswoman'.split(' '));

const DETERMINERS = new Set('a an another the'.split(' '));

// Nouns after which a (non-nationality) name is the name of a place.
const PLACE_NOUNS = new Set('region province oblast district county prefecture governorate municipality'.split(' '));

// Ownership nouns before "in"/"of" and a company's name.
const STAKE = new Set('stake stakes share shares shareholding holding holdings'.split(' '));

// Words after which a name is a noun-phrase head rather than a premodifier ("Boeing 787").
const AFTER_HEAD = new Set(
  (
    "'s ’s a an the for by to of in on at with from and or but that which who as than has had have is was " +
    'will would can could said says announced'
  ).split(' '),
);

// Nationality and language adjectives are MISC heads too (German, Israeli, Chinese, Iraqi),
// and so are plural group names (Arabs, Israelis, Islamists); "-ss"/"-us" are not plurals.
const DEMONYM = /(?:an|ese|ish|i|ic|ch|ss)$|[^su]s$/i;

const NAME_RE = /^\p{Lu}[\p{L}\p{M}&.-]*$/u;
const HAS_LOWER_OR_CAPS_RE = /\p{Ll}|^\p{Lu}{2,}$/u;

/** A capitalised word (Boeing, GM, Wal-Mart), not a number or punctuation; ASCII fast path. */
function isNameWord(w: string): boolean {
  let lower = false;
  let allUpper = true;
  let ascii = true;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c > 127) {
      ascii = false;
      break;
    }
    const up = c >= 65 && c <= 90;
    const lo = c >= 97 && c <= 122;
    if (k === 0 ? !up : !(up || lo || c === 38 || c === 46 || c === 45)) return false;
    if (lo) lower = true;
    if (!up) allUpper = false;
  }
  if (ascii) return lower || (allUpper && w.length >= 2);
  return NAME_RE.test(w) && HAS_LOWER_OR_CAPS_RE.test(w);
}

const isHeadFollower = (w: string) => AFTER_HEAD.has(w.toLowerCase()) || COMPANY_CUES.has(w.toLowerCase()) || /^[^\p{L}\p{N}-]/u.test(w);

// Heads of geographic names: "Sea of Azov", "Downing Street", "Black Sea" are places.
const GEO_HEADS = new Set(
  'Sea Ocean River Lake Street Avenue Road Bay Gulf Strait Mountains Island Islands Peninsula Desert Valley'.split(' '),
);
const GEO_FIRST = new Set('Sea Gulf Bay Lake Strait Cape Mount Isle Isles'.split(' '));

/** Multi-word person or organisation spans with a geographic head become places. */
function geographicHeads(sentences: readonly (readonly string[])[], labels: Int32Array[]): void {
  sentences.forEach((toks, s) => {
    const lab = labels[s];
    for (let i = 0; i < toks.length; i++) {
      const t = labelType(lab[i]);
      if (t < 0 || isInside(lab[i])) continue;
      let j = i + 1;
      while (j < toks.length && isInside(lab[j])) j++;
      const geo = GEO_HEADS.has(toks[j - 1]) || (j - i > 2 && GEO_FIRST.has(toks[i]) && toks[i + 1] === 'of');
      if (j - i > 1 && (t === PER || t === ORG) && geo) {
        lab[i] = 1 + 2 * LOC;
        for (let k = i + 1; k < j; k++) lab[k] = 2 + 2 * LOC;
      }
      i = j - 1;
    }
  });
}

const stem = (w: string) => w.toLowerCase().replace(/s$/, '');

/**
 * "Boeing 787 Dreamliner": a capitalised word after a maker's name and a model number names
 * the product (MISC), here and wherever it stands alone in the document ("the Dreamliners").
 */
function products(sentences: readonly (readonly string[])[], labels: Int32Array[]): void {
  const names = new Set<string>();
  sentences.forEach((toks, s) => {
    const lab = labels[s];
    for (let i = 2; i < toks.length; i++) {
      let k = i;
      if (toks[k - 1] === '"' && k >= 3) k--; // 787 "Dreamliner"
      if (labelType(lab[k - 2]) !== MISC || labelType(lab[i]) < 0) continue; // cheap tests first
      if (!/^\p{Lu}\p{Ll}+$/u.test(toks[i]) || !/\d/.test(toks[k - 1]) || !/^\p{Lu}/u.test(toks[k - 2])) continue;
      names.add(stem(toks[i]));
    }
  });
  if (!names.size) return;
  sentences.forEach((toks, s) => {
    const lab = labels[s];
    for (let i = 0; i < toks.length; i++) {
      const t = labelType(lab[i]);
      if (t < 0 || t === MISC || isInside(lab[i]) || (i + 1 < toks.length && isInside(lab[i + 1]))) continue;
      if (names.has(stem(toks[i]))) lab[i] = 1 + 2 * MISC;
    }
  });
}

/** A line set in capitals (headline, dateline), where acronyms cannot be told from words. */
function capsLine(toks: readonly string[]): boolean {
  let alpha = 0;
  let upper = 0;
  for (const w of toks) {
    if (w.length < 2 || !/\p{L}/u.test(w)) continue;
    alpha++;
    if (w === w.toUpperCase()) upper++;
  }
  return alpha > 0 && upper / alpha >= 0.7;
}

const isAcronym = (w: string) => {
  const c = w.charCodeAt(0);
  return w.length >= 2 && w.length <= 6 && ((c >= 65 && c <= 90) || c > 127) && /^\p{Lu}{2,6}$/u.test(w);
};

/** Whether `acr` abbreviates the capitalised words toks[i..j) (its letters are their initials, in order). */
function abbreviates(acr: string, toks: readonly string[], i: number, j: number): boolean {
  if (toks[i][0] !== acr[0]) return false;
  let k = 0;
  for (let m = i; m < j && k < acr.length; m++) if (toks[m][0] === acr[k]) k++;
  return k === acr.length;
}

/**
 * "General Motors (GM)": an acronym defined in brackets after a name takes the name's type
 * everywhere in the document, also where the tagger left it out ("automaker GM plans");
 * acronyms that follow a company noun ("automaker GM") are organisations too.
 */
function acronyms(sentences: readonly (readonly string[])[], labels: Int32Array[], orgWords: Set<string>): void {
  const typed = new Map<string, number>();
  sentences.forEach((toks, s) => {
    const lab = labels[s];
    for (let i = 0; i < toks.length; i++) {
      const t = labelType(lab[i]);
      if (t < 0 || isInside(lab[i]) || t === MISC) continue;
      let j = i + 1;
      while (j < toks.length && isInside(lab[j])) j++;
      if (
        j - i > 1 &&
        j + 2 < toks.length &&
        toks[j] === '(' &&
        toks[j + 2] === ')' &&
        isAcronym(toks[j + 1]) &&
        abbreviates(toks[j + 1], toks, i, j)
      ) {
        typed.set(toks[j + 1], t);
      }
      i = j - 1;
    }
    let caps = -1; // computed once, only when needed
    for (let i = 1; i < toks.length; i++) {
      if (!isAcronym(toks[i]) || typed.has(toks[i]) || !COMPANY_NOUNS.has(toks[i - 1].toLowerCase())) continue;
      if (caps < 0) caps = capsLine(toks) ? 1 : 0;
      if (!caps) typed.set(toks[i], ORG);
    }
  });
  if (!typed.size) return;
  sentences.forEach((toks, s) => {
    const lab = labels[s];
    let caps = -1; // headlines in capitals: "IN" is a word there
    for (let i = 0; i < toks.length; i++) {
      const t = typed.get(toks[i]);
      if (t === undefined) continue;
      if (caps < 0) caps = capsLine(toks) ? 1 : 0;
      if (caps) break;
      // Only lone uses: "GM" alone, not inside a longer name ("GM Europe").
      const alone = (i + 1 >= toks.length || !isInside(lab[i + 1])) && !isInside(lab[i]);
      if (alone) lab[i] = 1 + 2 * t;
    }
  });
  for (const [w, t] of typed) if (t === ORG) orgWords.add(w.toLowerCase());
}

/** Applies the rules above to one document's labels in place (per sentence, IOB2). */
export function documentRules(sentences: readonly (readonly string[])[], labels: Int32Array[], gaz: Gazetteer): void {
  const orgWords = new Set<string>();
  const personWords = new Set<string>();
  const lone: { s: number; i: number; t: number; w: string }[] = [];
  sentences.forEach((toks, s) => {
    const lab = labels[s];
    for (let i = 0; i < toks.length; i++) {
      let t = labelType(lab[i]);
      if (t < 0 || isInside(lab[i])) continue;
      let j = i + 1;
      while (j < toks.length && isInside(lab[j])) j++;
      if (j - i > 1 && t !== ORG && LEGAL_SUFFIX.has(toks[j - 1].toLowerCase()) && isNameWord(toks[i])) {
        // "AirTanker Ltd.": a legal form ends only a company's name.
        t = ORG;
        lab[i] = B_ORG;
        for (let k = i + 1; k < j; k++) lab[k] = B_ORG + 1;
      }
      if (t === PER && j - i === 2 && TITLE_AFTER.has(toks[i + 1].toLowerCase()) && isNameWord(toks[i])) {
        // "Ryanair CEO": a name before a job title owns the job; the title is no name.
        t = ORG;
        lab[i] = B_ORG;
        lab[i + 1] = 0;
        j = i + 1;
      }
      if (j - i > 1) {
        // A surname of a full person name ("Gerald Ford") keeps its lone uses as a person.
        if (t === PER) personWords.add(toks[j - 1].toLowerCase());
        // "Chrysler LLC", "Chrysler Holding LLC": the name before the corporate suffixes.
        let k = j;
        while (k > i + 1 && CORP_SUFFIX.has(toks[k - 1].toLowerCase())) k--;
        if (t === ORG && k === i + 1 && j > k && isNameWord(toks[i])) orgWords.add(toks[i].toLowerCase());
        // "Airbus A350": a maker's name before a model number.
        if (t === MISC && j - i === 2 && /\d/.test(toks[i + 1]) && isNameWord(toks[i]) && !DEMONYM.test(toks[i]))
          orgWords.add(toks[i].toLowerCase());
      } else if (isNameWord(toks[i]) && !(t === MISC && DEMONYM.test(toks[i]))) {
        const w = toks[i].toLowerCase();
        const next = j < toks.length ? toks[j].toLowerCase() : '';
        if (t === MISC && PLACE_NOUNS.has(next)) {
          // "the Tambov region": a name (not a nationality) before an administrative noun.
          lab[i] = 1 + 2 * LOC;
          continue;
        }
        const prev = i > 0 ? toks[i - 1].toLowerCase() : '';
        if (t === MISC && COMPANY_CUES.has(next)) orgWords.add(w);
        // A maker's name before a model number ("Airbus A380", "Boeing 737-800").
        if (t === MISC && /\d/.test(next)) orgWords.add(w);
        // "automaker Chrysler", "aircraft manufacturer, Airbus".
        const before = prev === ',' && i > 1 ? toks[i - 2].toLowerCase() : prev;
        if (COMPANY_NOUNS.has(before) && t !== ORG) orgWords.add(w);
        // "Chrysler, another U.S. car maker": an apposition that names a company.
        if (next === ',' && j + 1 < toks.length && DETERMINERS.has(toks[j + 1].toLowerCase())) {
          for (let k = j + 2; k < Math.min(toks.length, j + 6); k++) {
            const x = toks[k].toLowerCase();
            if (COMPANY_NOUNS.has(x)) {
              orgWords.add(w);
              break;
            }
            if (!/^[\p{L}.-]+$/u.test(x)) break;
          }
        }
        // A clause subject before a verb in -s/-ed ("Boeing pushes back ...", ", Airbus unveiled").
        if (t === MISC && (i === 0 || prev === ',') && /^\p{Ll}+(?:s|ed)$/u.test(next) && !/ss$/.test(next)) orgWords.add(w);
        // "a stake in X", "shares of X".
        if ((prev === 'in' || prev === 'of') && i > 1 && STAKE.has(toks[i - 2].toLowerCase())) orgWords.add(w);
        if (t !== ORG) lone.push({ s, i, t, w });
      }
      i = j - 1;
    }
  });
  geographicHeads(sentences, labels);
  products(sentences, labels);
  acronyms(sentences, labels, orgWords);
  if (!orgWords.size) return;
  for (const { s, i, t, w } of lone) {
    if (!orgWords.has(w) || personWords.has(w)) continue;
    const toks = sentences[s];
    if (t === LOC && lookup(gaz, phraseKey([hashString(w)], 0, 1)) & (1 << LOC)) continue;
    if (t === MISC && i + 1 < toks.length && !isHeadFollower(toks[i + 1])) continue;
    labels[s][i] = B_ORG;
  }
}
