// Rules for today's news copy, applied to the decoded labels after the document rules. The
// model learnt from 1996 Reuters wire text; outlets now write about platforms, counties and
// airports, quote religious words and put roles before names in lowercase. Each rule is a
// cue of how news is written, not a list of names from any evaluation text:
//  - picture credits ("Jane Doe/AP", "AFPKeir ...") and currency prefixes ("US$") name nobody;
//  - a span that is only a title or role ("the Taoiseach", "the PM") or a religious word or
//    holiday ("God", "Easter") is no entity;
//  - a name right after a title ("vice-president JD Vance") is a person;
//  - heads make places ("Kerr County", "Heathrow Airport", "Camp Mystic", "in the Oval Office")
//    unless training text knew the whole name as an organisation only ("Derby County");
//  - "Centre for Countering Disinformation": an organisation head with "for" and a
//    capitalised run is one organisation;
//  - well-known platforms and public bodies are organisations ("on Telegram", "NHS doctors");
//  - towns read as clubs outside sports copy are places ("visit Cardiff"; placesInProse.ts);
//  - names written in the possessive keep their "'s" ("Moody's said"; possessiveNames.ts);
//  - organisation edges: "Labour MP" ends at the party, "Acme Air Director Jane Doe" is two
//    names, a legal form ends a company's name, event and prize names are no organisations.
// Document-level consistency (surnames, one type per one-word name, lists) is in consistency.ts.
import { CREDIT_WORDS } from '../../text/credits';
import { isTitleWord, ROLE_PHRASES } from '../../text/titles';
import { consistentNames, coordinated, followRetyped, surnames } from './consistency';
import { lookup, phraseKeyOf, type Gazetteer } from './gazetteer';
import { placesInProse } from './placesInProse';
import { possessiveNames } from './possessiveNames';
import { isInside, labelType } from './labels';
import { glued, isCap, isName, LOC, MISC, ORG, PER, plainProse, runs, setRun, words, type Run } from './runs';
import type { Token } from './tokenize';
import {
  BODIES,
  LOCATIVE,
  ORG_HEADS_FOR,
  PLACE_FIRST,
  PLACE_OF,
  PLACE_LAST,
  PLATFORM_PHRASES,
  PLATFORMS,
  RELIGIOUS,
  X_AFTER,
  X_BEFORE,
} from './wellKnown';

const ROLES = new Set(ROLE_PHRASES);
/** First words of the religious, role and calendar phrases, as written and capitalised. */
const NO_NAME_FIRST = new Set<string>();
/** Months and weekdays alone are dates, not names ("May" is left out: Theresa May). */
const CALENDAR = new Set(
  'January February March April June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(
    ' ',
  ),
);
for (const p of [...RELIGIOUS, ...CALENDAR, ...ROLES]) {
  const w = p.split(' ')[0];
  NO_NAME_FIRST.add(w)
    .add(w[0].toUpperCase() + w.slice(1))
    .add(w.toUpperCase());
}
/** Titles that are also common surnames: a lone "King" may be a person. */
const SURNAME_TITLES = new Set('king bishop judge major marshal sheriff dean earl baron rector'.split(' '));
/** Place heads that are also surnames ("Barbara Castle"): they do not retype a person. */
const SURNAME_HEADS = new Set('Park Castle Bridge Lane Forest Street'.split(' '));
/** Title words that modify a noun ("former Blackburn player", "General Motors"), not only a name. */
const MODIFIERS = new Set('former retired ret acting prime vice deputy rt hon chief general officer'.split(' '));
/**
 * Last words that make a name an organisation's ("Network Rail", "Yorkshire Water", "Kent Police"). Heads
 * that also end place names are left out ("West Bank", "Soviet Union", "Russian Federation").
 */
const ORG_LAST = new Set(
  (
    'Rail Railways Water Airways Airlines Council Agency Trust Party Police Constabulary Group Ministry Department ' +
    'Commission Committee University College Institute Foundation Association Society League Corps Army Navy ' +
    'Authority Board Energy Mail Telecom Motors Holdings Partners Insurance Pharmaceuticals Bancorp'
  ).split(' '),
);

/** A minister's brief before the title ("Health Secretary", "Foreign Minister"): part of a role, no organisation. */
const PORTFOLIOS = new Set(
  (
    'Health Home Foreign Defence Defense Culture Education Transport Justice Business Energy Environment Finance ' +
    'Interior Trade Housing Work Science Agriculture Treasury Economy Immigration Security Welfare Communities ' +
    'Levelling Digital Climate Industry Employment Labor Commerce Veterans'
  ).split(' '),
);
const PORTFOLIO_TITLES = new Set('Secretary Minister Commissioner Spokesman Spokeswoman Spokesperson Czar Tsar'.split(' '));

function isPortfolio(toks: readonly Token[], r: Run): boolean {
  return r.j - r.i === 1 && r.j < toks.length && PORTFOLIOS.has(toks[r.i].text) && PORTFOLIO_TITLES.has(toks[r.j].text);
}

const CORP_WORDS = new Set('Motors Motor Inc Inc. Corp Corp. Co Co. Ltd Ltd. plc Group Holdings Airlines Airways Bank'.split(' '));

/** "Jane Doe/AP", "Getty/AFP", "AFPKeir": a credit and the name glued to it by a slash. */
function credits(toks: readonly Token[], lab: Int32Array): void {
  for (let k = 0; k < toks.length; k++) {
    const w = toks[k].text;
    if (w.charCodeAt(w.length - 1) === 36) lab[k] = 0; // "US$"
    if (!isCap(w) || !CREDIT_WORDS.has(w)) continue;
    // "AFPSir Keir": the credit is split off by the tokenizer; the name after it is kept.
    if (k + 1 < toks.length && glued(toks[k], toks[k + 1]) && isName(toks[k + 1].text)) {
      if (labelType(lab[k]) >= 0) {
        const t = labelType(lab[k]);
        lab[k] = 0;
        if (isInside(lab[k + 1])) lab[k + 1] = 1 + 2 * t;
      }
      continue;
    }
    // "Name/AP", "Name/Getty Images": everything glued to the slash before the credit.
    if (k >= 2 && toks[k - 1].text === '/' && glued(toks[k - 1], toks[k]) && glued(toks[k - 2], toks[k - 1])) {
      let a = k - 2;
      while (a > 0 && isName(toks[a - 1].text) && toks[a - 1].end + 1 >= toks[a].start) a--;
      let b = k + 1;
      while (b < toks.length && isName(toks[b].text) && toks[b - 1].end + 1 >= toks[b].start) b++;
      for (let m = a; m < b; m++) lab[m] = 0;
      if (b < toks.length && isInside(lab[b])) lab[b] -= 1;
    }
  }
}

/**
 * Only titles or a role ("Prime Minister", "Taoiseach", "PM"), or a religious word or holiday;
 * not the surname of someone the article names in full ("Billie Jean King ... King said").
 */
function noName(toks: readonly Token[], r: Run, surnames: ReadonlySet<string>): boolean {
  const w0 = toks[r.i].text;
  if (!NO_NAME_FIRST.has(w0) && !isTitleWord(w0)) return false; // cheap test first
  if (r.j - r.i === 1 && surnames.has(w0)) return false;
  const ws = words(toks, r.i, r.j);
  const phrase = ws.join(' ');
  if (RELIGIOUS.has(phrase) || CALENDAR.has(phrase)) return true;
  const low = phrase.toLowerCase();
  if (ROLES.has(low)) return true;
  if (!ws.every(isTitleWord)) return false;
  return ws.length > 1 || !SURNAME_TITLES.has(low);
}

/** Last words of the document's full person names that are also titles ("Billie Jean King"). */
function surnamesThatAreTitles(sentences: readonly (readonly Token[])[], labels: Int32Array[]): Set<string> {
  const out = new Set<string>();
  sentences.forEach((toks, s) => {
    for (const r of runs(labels[s])) {
      const last = toks[r.j - 1].text;
      if (r.t === PER && r.j - r.i > 1 && isTitleWord(last) && isName(last) && !isTitleWord(toks[r.i].text)) out.add(last);
    }
  });
  return out;
}

/** The title word just before a span, in any case ("vice-president", "Senator", "Pope"). */
function titleBefore(toks: readonly Token[], i: number): boolean {
  if (i === 0) return false;
  const w = toks[i - 1].text;
  if (MODIFIERS.has(w.toLowerCase())) return false;
  return isTitleWord(w) || ROLES.has(w.toLowerCase());
}

function knownOnlyAsOrg(gaz: Gazetteer, ws: string[]): boolean {
  const m = lookup(gaz, phraseKeyOf(ws));
  return (m & (1 << ORG)) !== 0 && (m & (1 << LOC)) === 0;
}

/** Whether a span is a place by its head word. */
function placeByHead(toks: readonly Token[], r: Run, gaz: Gazetteer): boolean {
  if (r.t === LOC || r.j - r.i < 2) return false;
  const first = toks[r.i].text;
  const last = toks[r.j - 1].text;
  const headed = PLACE_LAST.has(last) || PLACE_FIRST.has(first) || (r.j - r.i > 2 && PLACE_OF.has(first) && toks[r.i + 1].text === 'of');
  const office =
    last === 'Office' && r.i >= 2 && toks[r.i - 1].text.toLowerCase() === 'the' && LOCATIVE.has(toks[r.i - 2].text.toLowerCase());
  if (!headed && !office) return false;
  if (r.t === PER && (SURNAME_HEADS.has(last) || !PLACE_LAST.has(last)) && !PLACE_FIRST.has(first)) return false;
  return !knownOnlyAsOrg(gaz, words(toks, r.i, r.j));
}

/** "Centre for Countering Disinformation": extends an organisation head over "for" + names. */
function orgWithFor(toks: readonly Token[], lab: Int32Array): void {
  for (let k = 1; k + 2 < toks.length; k++) {
    if (toks[k].text !== 'for' || !ORG_HEADS_FOR.has(toks[k - 1].text) || !isName(toks[k + 1].text)) continue;
    let b = k + 1;
    while (
      b < toks.length &&
      (isName(toks[b].text) || (/^(?:and|of|the|in|on|&)$/.test(toks[b].text) && b + 1 < toks.length && isName(toks[b + 1].text)))
    )
      b++;
    // From the start of the head's span, or of the capitalised run the head ends.
    let a = k - 1;
    if (labelType(lab[a]) >= 0) while (a > 0 && isInside(lab[a])) a--;
    else while (a > 1 && labelType(lab[a - 1]) < 0 && isName(toks[a - 1].text)) a--;
    setRun(lab, a, b, ORG);
    k = b;
  }
}

/** One lookup per token: a platform or body's name, or the first word of a platform phrase. */
const ORG_WORD = 1;
const PHRASE_FIRST = 2;
const KNOWN_WORDS = new Map<string, number>([
  ...[...PLATFORM_PHRASES].map((p) => [p.split(' ')[0], PHRASE_FIRST] as [string, number]),
  ...[...PLATFORMS, ...BODIES].map((w) => [w, ORG_WORD] as [string, number]),
]);

/** Platforms ("on Telegram", "X post") and public bodies ("NHS doctors") standing alone. */
function wellKnown(toks: readonly Token[], lab: Int32Array): void {
  for (let k = 0; k < toks.length; k++) {
    const w = toks[k].text;
    if (!isCap(w)) continue; // most tokens: one cheap test
    const lone = !isInside(lab[k]) && !(k + 1 < toks.length && isInside(lab[k + 1]));
    if (!lone) continue;
    const kind = KNOWN_WORDS.get(w);
    if (kind === undefined && w !== 'X') continue;
    if (
      kind === PHRASE_FIRST &&
      k + 1 < toks.length &&
      PLATFORM_PHRASES.has(`${w} ${toks[k + 1].text}`) &&
      !(k + 2 < toks.length && isInside(lab[k + 2]))
    ) {
      setRun(lab, k, k + 2, ORG);
      k++;
      continue;
    }
    if (kind === ORG_WORD) {
      lab[k] = 1 + 2 * ORG;
      continue;
    }
    if (w === 'X' && !(k + 1 < toks.length && /^[-–]/.test(toks[k + 1].text))) {
      const before = k > 0 ? toks[k - 1].text.toLowerCase() : '';
      const after = k + 1 < toks.length ? toks[k + 1].text.toLowerCase() : '';
      const after2 = k + 2 < toks.length ? toks[k + 2].text.toLowerCase() : '';
      if (
        X_BEFORE.has(before) ||
        X_AFTER.has(after) ||
        (after === ',' && after2 === 'formerly') ||
        (after === '(' && after2 === 'formerly')
      )
        lab[k] = 1 + 2 * ORG;
    }
  }
}

/**
 * "Chrysler LLC Jim Press": a legal form ends a company's name, so a capitalised run after it
 * is another name (a person when it looks like one).
 */
function afterLegalForm(toks: readonly Token[], lab: Int32Array): void {
  for (const r of runs(lab)) {
    if (r.t !== ORG || r.j - r.i < 3) continue;
    for (let k = r.i + 1; k < r.j - 1; k++) {
      if (!LEGAL_FORMS.has(toks[k].text)) continue;
      setRun(lab, r.i, k + 1, ORG);
      setRun(lab, k + 1, r.j, r.j - k - 1 <= 3 ? PER : ORG);
      break;
    }
  }
}
const LEGAL_FORMS = new Set('LLC Inc Inc. Ltd Ltd. plc PLC Corp Corp. GmbH AG'.split(' '));

/** Last words of names of indices, events, prizes and laws: "Industrial Average", "Nobel Prize". */
const THING_HEADS = new Set(
  'Average Index Festival Award Awards Prize Cup Act Bill Games Championship Championships Olympics Trophy Show Fair Expo Summit Conference Week'.split(
    ' ',
  ),
);

/** Of those, the ones that end event names ("World Cup", "Developers Conference"); an organisation head first ("Organisation of ... Conference") keeps the organisation. */
const EVENT_HEADS = new Set(
  'Festival Award Awards Prize Cup Games Championship Championships Olympics Trophy Show Expo Summit Week Conference'.split(' '),
);

const MONTHS = new Set('January February March April June July August September October November December'.split(' '));
/** Newspapers keep their article ("The Sunday Telegraph", "The New York Times"). */
const PAPER_HEADS = new Set(
  'Times Telegraph Post Journal Guardian Independent Mirror Herald Tribune Observer Economist Sun News Express Star Mail Chronicle Gazette Globe Standard Record Courier Inquirer Spectator'.split(
    ' ',
  ),
);

/** Office titles (capitalised) between a company's name and a person's. */
const OFFICE_TITLES = new Set(
  'Director CEO Chairman Chairwoman President Chief Minister Secretary Spokesman Spokeswoman Commissioner Governor Ambassador Executive Manager Coach'.split(
    ' ',
  ),
);

/** Members' titles after a party ("Labour MP"): the party is the name. */
const MEMBER_TITLES = new Set('MP MPs MEP MEPs MSP MSPs TD TDs MLA MLAs AM AMs'.split(' '));

/**
 * Organisation spans: "Labour MP" ends at the party; "Acme Air Director Jane Doe" is the
 * company and a person; "The Department of Justice" starts at its
 * head (a two-word "The Sun" keeps its article); "Amnesty International and Human Rights
 * Watch" is two organisations when one side is known as a name of its own (a name like
 * "Marks and Spencer" has one word a side, "Department of Health and Social Care" has "of"
 * before the "and").
 */
/** [title index, end of the person's name] of "Company Title First Last [of Place]" in i..j, else null. */
function officeSplit(toks: readonly Token[], i: number, j: number): [number, number] | null {
  for (let k = i + 1; k < j - 2; k++) {
    if (!OFFICE_TITLES.has(toks[k].text)) continue;
    let m = k + 1;
    while (m < j && m - k <= 3 && isName(toks[m].text)) m++;
    if (m - k < 3) continue; // two name words at least
    if (m === j || (m + 1 < j && toks[m].text === 'of' && words(toks, m + 1, j).every(isName))) return [k, m];
  }
  return null;
}

// Civic titles after the place they serve ("Houston Mayor John Whitmire"); sports and company titles
// ("Barcelona coach") follow clubs and firms named after places, so they are left out.
const CIVIC_TITLES = new Set(
  'Mayor Governor Gov Gov. Sheriff Senator Sen Sen. Representative Rep Rep. Councillor Councilman Premier Assemblyman'.split(' '),
);

/**
 * "Houston Mayor John Whitmire": a known place before a civic title is the place, and the name after
 * the title the person, however the tagger ran them together ("Houston Mayor" as one organisation).
 */
function placeBeforeCivicTitle(toks: readonly Token[], lab: Int32Array, gaz: Gazetteer): void {
  const isPlace = (i: number, j: number) => (lookup(gaz, phraseKeyOf(words(toks, i, j))) & (1 << LOC)) !== 0;
  for (const r of runs(lab)) {
    if (r.t === LOC && r.j < toks.length && CIVIC_TITLES.has(toks[r.j].text)) continue; // already right
    let k = r.i + 1;
    while (k <= r.j && k < toks.length && !(CIVIC_TITLES.has(toks[k].text) && isPlace(r.i, k))) k++;
    if (k > r.j || k >= toks.length) continue;
    // The person: the run's words after the title, or the unlabelled names that follow it.
    let e = k + 1;
    while (e < toks.length && e - k <= 4 && isName(toks[e].text) && (e < r.j || lab[e] === 0)) e++;
    if (e < r.j) continue; // the run goes on past a name: leave it
    setRun(lab, r.i, k, LOC);
    if (k < r.j) lab[k] = 0;
    if (e > k + 1) setRun(lab, k + 1, e, PER);
  }
}

const WIRES = new Set('AP Reuters AFP UPI CNN Bloomberg'.split(' '));

/** "HOUSTON (AP) —", "KYIV, Ukraine (Reuters) -": the city of a wire dateline is a place. */
function wireDateline(toks: readonly Token[], lab: Int32Array): void {
  let k = 0;
  while (k < toks.length && k < 4 && /^\p{Lu}[\p{Lu}.'-]+$/u.test(toks[k].text)) k++;
  if (k === 0) return;
  let m = k;
  if (toks[m]?.text === ',' && /^\p{Lu}/u.test(toks[m + 1]?.text ?? '')) m += 2;
  const wire = toks[m]?.text === '(' && WIRES.has(toks[m + 1]?.text ?? '') && toks[m + 2]?.text === ')';
  if (wire) setRun(lab, 0, k, LOC);
}

/** "between Leeds and York": two places joined by "and", read as one organisation, are the two places. */
function placePairs(toks: readonly Token[], lab: Int32Array, gaz: Gazetteer): void {
  for (const r of runs(lab)) {
    if (r.t !== ORG || r.j - r.i !== 3 || toks[r.i + 1].text !== 'and') continue;
    const isPlace = (k: number) => (lookup(gaz, phraseKeyOf([toks[k].text])) & (1 << LOC)) !== 0;
    if (!isPlace(r.i) || !isPlace(r.i + 2) || lookup(gaz, phraseKeyOf(words(toks, r.i, r.j))) & (1 << ORG)) continue;
    setRun(lab, r.i, r.i + 1, LOC);
    lab[r.i + 1] = 0;
    setRun(lab, r.i + 2, r.j, LOC);
  }
}

/** "Councillor Ann Piper of Kent County Council" read as one organisation: a titled person, then the body. */
function personOfOrg(toks: readonly Token[], lab: Int32Array): void {
  for (const r of runs(lab)) {
    if (r.t !== ORG || r.j - r.i < 3) continue;
    let k = r.i + 1;
    while (k < r.j - 1 && k - r.i <= 2 && toks[k].text !== 'of') k++;
    if (toks[k].text !== 'of' || k >= r.j - 1 || !words(toks, r.i, k).every(isName)) continue;
    // The first name may have been left out of the run ("Councillor Ann [Piper of ...]").
    const from = r.i > 1 && lab[r.i - 1] === 0 && isName(toks[r.i - 1].text) && titleBefore(toks, r.i - 1) ? r.i - 1 : r.i;
    if (!titleBefore(toks, from)) continue;
    setRun(lab, from, k, PER);
    lab[k] = 0;
    setRun(lab, k + 1, r.j, ORG);
  }
}

function orgEdges(toks: readonly Token[], lab: Int32Array, known: (ws: string[]) => boolean, gaz: Gazetteer): void {
  for (const r of runs(lab)) {
    if (r.t !== ORG) continue;
    let { i, j } = r;
    while (j - i > 1 && MEMBER_TITLES.has(toks[j - 1].text)) j--;
    // "August National Association ...", "London-based Acme": a date or a base is no part of the name.
    while (j - i > 1 && (MONTHS.has(toks[i].text) || /-based$/i.test(toks[i].text))) i++;
    if (i === 0 && j > 2 && toks[1].text === 'The') i++; // "Later The Department of ..."
    if (j - i >= 3 && toks[i].text === 'The' && !PAPER_HEADS.has(toks[j - 1].text)) i++;
    if (i !== r.i || j !== r.j) {
      setRun(lab, r.i, r.j, -1);
      setRun(lab, i, j, ORG);
    }
    // "Acme Air Director Jane Doe": an office title inside splits the company from the person,
    // whose name (up to three words) may be followed by "of" and a place or body ("... of Peru").
    const split = officeSplit(toks, i, j);
    if (split) {
      const [office, end] = split;
      setRun(lab, i, office, ORG);
      lab[office] = 0;
      setRun(lab, office + 1, end, PER);
      if (end < j) {
        lab[end] = 0;
        const g = lookup(gaz, phraseKeyOf(words(toks, end + 1, j)));
        setRun(lab, end + 1, j, g & (1 << LOC) ? LOC : g & (1 << ORG) ? ORG : -1);
      }
      continue;
    }
    for (let k = i + 2; k < j - 2; k++) {
      if (toks[k].text !== 'and' && toks[k].text !== '&') continue;
      const left = words(toks, i, k);
      if (left.some((w) => w === 'of' || w === 'for' || w === ',')) break;
      // Only where one side is a name of its own (seen alone in the article or in training).
      if (!known(left) && !known(words(toks, k + 1, j))) break;
      setRun(lab, i, k, ORG);
      lab[k] = 0;
      setRun(lab, k + 1, j, ORG);
      break;
    }
  }
}

/** Applies the rules above to one document's labels in place. */
const hasType = (lab: Int32Array, t: number): boolean => lab.includes(1 + 2 * t);

export function newsRules(sentences: readonly (readonly Token[])[], labels: Int32Array[], gaz: Gazetteer): void {
  const prose = sentences.map(plainProse);
  // Organisation names of the document, built (from the labels as they then stand) only when a rule asks.
  let orgNames: Set<string> | undefined;
  const docOrgs = () => {
    const out = new Set<string>();
    sentences.forEach((toks, s) => {
      for (const r of runs(labels[s])) if (r.t === ORG) out.add(words(toks, r.i, r.j).join(' '));
    });
    return out;
  };
  const known = (ws: string[]) => (orgNames ??= docOrgs()).has(ws.join(' ')) || (lookup(gaz, phraseKeyOf(ws)) & (1 << ORG)) !== 0;
  surnames(sentences, labels, gaz, prose);
  consistentNames(sentences, labels, prose);
  const titledSurnames = surnamesThatAreTitles(sentences, labels);
  const retyped = new Set<string>();
  sentences.forEach((toks, s) => {
    const lab = labels[s];
    credits(toks, lab);
    wireDateline(toks, lab);
    if (!prose[s]) return;
    orgWithFor(toks, lab);
    wellKnown(toks, lab);
    if (hasType(lab, ORG)) {
      if (hasType(lab, PER)) coordinated(toks, lab, gaz, retyped);
      afterLegalForm(toks, lab);
      orgEdges(toks, lab, known, gaz);
      placePairs(toks, lab, gaz);
      personOfOrg(toks, lab);
    }
    placeBeforeCivicTitle(toks, lab, gaz);
    for (const r of runs(lab)) {
      if (r.t === MISC) {
        if (placeByHead(toks, r, gaz)) setRun(lab, r.i, r.j, LOC);
        continue;
      }
      if (noName(toks, r, titledSurnames) || isPortfolio(toks, r)) setRun(lab, r.i, r.j, -1);
      else if (r.j - r.i > 1 && (r.t === PER ? THING_HEADS : EVENT_HEADS).has(toks[r.j - 1].text) && !ORG_HEADS_FOR.has(toks[r.i].text))
        setRun(lab, r.i, r.j, MISC);
      else if (
        r.t !== PER &&
        r.j - r.i <= 3 &&
        titleBefore(toks, r.i) &&
        words(toks, r.i, r.j).every(isName) &&
        !words(toks, r.i, r.j).some((w) => CORP_WORDS.has(w) || PLATFORMS.has(w) || BODIES.has(w))
      )
        setRun(lab, r.i, r.j, PER);
      else if (placeByHead(toks, r, gaz)) setRun(lab, r.i, r.j, LOC);
      else if (r.t !== ORG && r.j - r.i > 1 && ORG_LAST.has(toks[r.j - 1].text)) setRun(lab, r.i, r.j, ORG);
    }
  });
  if (retyped.size) followRetyped(sentences, labels, retyped);
  placesInProse(sentences, labels, gaz, prose);
  possessiveNames(sentences, labels, prose);
}
