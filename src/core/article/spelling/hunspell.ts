// A small Hunspell reader for the English (SCOWL) dictionaries: single-letter flags, prefix and
// suffix classes with cross products, REP, ICONV, NOSUGGEST and ONLYINCOMPOUND. That is all these
// files use; compounding only builds ordinals ("21st"), and we never check words with digits.

export interface AffixRule {
  strip: string;
  add: string;
  /** Condition on the stem's end (suffix) or start (prefix); null = always. */
  cond: RegExp | null;
}

export interface AffixClass {
  prefix: boolean;
  cross: boolean;
  rules: AffixRule[];
}

export interface AffixFile {
  classes: Map<string, AffixClass>;
  /** Flags whose words are correct but never suggested (offensive words). */
  noSuggest: string | null;
  /** Flags of words valid only inside compounds (ordinals like "1th"); never accepted alone. */
  onlyInCompound: string | null;
  /** REP pairs: common sound-alike replacements, used by the suggester. */
  rep: [string, string][];
  /** ICONV pairs applied to input (’ → '). */
  iconv: [string, string][];
}

export function decodeBytes(data: Uint8Array | string): string {
  return typeof data === 'string' ? data : new TextDecoder('utf-8').decode(data);
}

const SAFE_COND = /^(?:\.|[^[\]]|\[\^?[^\]]*\])+$/u;

/** Hunspell conditions are sequences of chars and [classes]: safe to compile as anchored regexes. */
function compileCond(cond: string, prefix: boolean): RegExp | null {
  if (cond === '.' || cond === '') return null;
  if (!SAFE_COND.test(cond)) return null;
  return new RegExp(prefix ? `^${cond}` : `${cond}$`, 'u');
}

export function parseAff(text: string): AffixFile {
  const aff: AffixFile = { classes: new Map(), noSuggest: null, onlyInCompound: null, rep: [], iconv: [] };
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const parts = lines[i].trim().split(/\s+/);
    const key = parts[0];
    if (key === 'NOSUGGEST') aff.noSuggest = parts[1] ?? null;
    else if (key === 'ONLYINCOMPOUND') aff.onlyInCompound = parts[1] ?? null;
    else if ((key === 'REP' || key === 'ICONV') && parts.length === 3) {
      const pair: [string, string] = [parts[1].replace(/_/g, ' '), parts[2].replace(/_/g, ' ')];
      (key === 'REP' ? aff.rep : aff.iconv).push(pair);
    } else if ((key === 'PFX' || key === 'SFX') && parts.length === 4 && /^\d+$/.test(parts[3])) {
      const cls: AffixClass = { prefix: key === 'PFX', cross: parts[2] === 'Y', rules: [] };
      const n = Number(parts[3]);
      for (let k = 0; k < n && i + 1 < lines.length; k++) {
        const r = lines[++i].trim().split(/\s+/);
        if (r.length < 4) continue;
        const strip = r[2] === '0' ? '' : r[2];
        const add = r[3] === '0' ? '' : r[3].split('/')[0];
        cls.rules.push({ strip, add, cond: compileCond(r[4] ?? '.', cls.prefix) });
      }
      aff.classes.set(parts[1], cls);
    }
  }
  return aff;
}

function applySuffix(word: string, r: AffixRule): string | null {
  if (r.cond && !r.cond.test(word)) return null;
  if (r.strip && !word.endsWith(r.strip)) return null;
  return word.slice(0, word.length - r.strip.length) + r.add;
}

function applyPrefix(word: string, r: AffixRule): string | null {
  if (r.cond && !r.cond.test(word)) return null;
  if (r.strip && !word.startsWith(r.strip)) return null;
  return r.add + word.slice(r.strip.length);
}

/** All forms of one stem: bare, each suffix, each prefix, and cross-products of both. */
export function expandStem(stem: string, flags: string, aff: AffixFile, out: string[]): void {
  out.push(stem);
  const prefixes: AffixClass[] = [];
  const suffixed: string[] = [];
  for (const f of flags) {
    const cls = aff.classes.get(f);
    if (!cls) continue;
    if (cls.prefix) {
      prefixes.push(cls);
      continue;
    }
    for (const r of cls.rules) {
      const w = applySuffix(stem, r);
      if (w === null) continue;
      out.push(w);
      if (cls.cross) suffixed.push(w);
    }
  }
  for (const cls of prefixes) {
    for (const r of cls.rules) {
      const w = applyPrefix(stem, r);
      if (w !== null) out.push(w);
      if (!cls.cross) continue;
      for (const s of suffixed) {
        const ws = applyPrefix(s, r);
        if (ws !== null) out.push(ws);
      }
    }
  }
}

/** Calls `fn` for each stem of a .dic text; ONLYINCOMPOUND stems (ordinal parts) are skipped. */
export function forEachStem(aff: AffixFile, text: string, fn: (stem: string, flags: string) => void): void {
  // A plain indexOf scan: no per-line arrays, since loading time matters (once per process).
  let i = text.indexOf('\n') + 1;
  while (i > 0 && i < text.length) {
    let end = text.indexOf('\n', i);
    if (end < 0) end = text.length;
    const lineEnd = text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const slash = text.indexOf('/', i);
    const hasFlags = slash >= 0 && slash < lineEnd;
    const stem = text.slice(i, hasFlags ? slash : lineEnd).trim();
    const flags = hasFlags ? text.slice(slash + 1, lineEnd).trim() : '';
    if (stem && !(aff.onlyInCompound && flags.includes(aff.onlyInCompound))) fn(stem, flags);
    i = end + 1;
  }
}
