// Roles and their holders: "prime minister Keir Starmer" gives the role a holder; "the PM" is then him.
import { isTitleWord, ROLE_PHRASES, roleKey } from '../../text/titles';
import { firstNonSpace } from '../../text/whitespace';
import { VERBS } from './lexicon';
import type { Context, Mention } from './model';
import { entityAt, fullestName, insideAny, lastBefore, nameRun, normaliseCase } from './names';
import { COUNTRY_OF_DEMONYM } from '../../text/demonyms';

/** Roles an article's protagonist holds without being introduced by them. */
const TOP_ROLES = new Set(['prime minister', 'president', 'chancellor', 'premier']);

export function roleOf(np: string): string | null {
  const m = /^(?:the|this|that)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L} -]+)$/iu.exec(np.trim());
  if (!m) return null;
  const r = m[1].toLowerCase();
  for (const role of ROLE_PHRASES) if (r === role || r.endsWith(` ${role}`)) return roleKey(role);
  return null;
}

/** The person most recently in focus among those the article gives this role. */
export function latestWithRole(ctx: Context, role: string, pos: number): string | null {
  let best: string | null = null;
  let bestPos = -1;
  const holders = ctx.roles.get(role) ?? [];
  for (const r of holders) {
    if (r.pos >= pos) break;
    const seen = Math.max(r.pos, lastBefore(ctx.namePositions.get(r.name) ?? [], pos));
    if (seen > bestPos) {
      best = r.name;
      bestPos = seen;
    }
  }
  if (best) return best;
  // "The Taoiseach said …" before the article names him: the holder it names later.
  if (holders.length) return holders[0].name;
  if (!TOP_ROLES.has(role)) return null;
  // Never introduced ("the PM" in a story about him): the most named person holding no other role,
  // among the tagged persons when there are any; a tie names nobody. Named once, only in the opening paragraph.
  const withRole = new Set<string>();
  for (const list of ctx.roles.values()) for (const r of list) withRole.add(r.name);
  const lede = ctx.text.indexOf('\n', firstNonSpace(ctx.text, 0));
  let most = 0;
  let tie = false;
  for (const [name, ps] of ctx.namePositions) {
    if (withRole.has(name) || (ctx.personNames.size && !ctx.personNames.has(name))) continue;
    if (ps.length === 1 && lede >= 0 && ps[0] > lede) continue;
    if (ps.length > most) {
      best = name;
      most = ps.length;
      tie = false;
    } else if (ps.length === most) tie = true;
  }
  return tie ? null : best;
}

// Role words in any case, then (case-sensitively) the capitalised name after them.
const ROLE_HEAD = new RegExp(`(?<![\\p{L}])(?:${ROLE_PHRASES.map((r) => r.replace(/ /g, '\\s+')).join('|')})\\s+`, 'giu');

const NAME_AT = /(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*/uy;

const ROLE_ALT = ROLE_PHRASES.map((r) => r.replace(/ /g, '\\s+')).join('|');
const NAME_SRC = `(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]*`;
/** A role word anywhere; the name beside it is then read from a short window (cheap on long text). */
const ROLE_WORD = new RegExp(`(?<![\\p{L}])(?:${ROLE_ALT})(?![\\p{L}])`, 'giu');
/** "Micheál Martin, the Taoiseach" / "Shehbaz Sharif, Pakistan’s prime minister", read back from the role. */
const NAME_THEN_ROLE = new RegExp(
  `(${NAME_SRC}),\\s+(?:the|(\\p{Lu}[\\p{L}-]+)['’]s)\\s+(?:(\\p{Lu}[\\p{L}-]+)\\s+)?(?:[\\p{Ll}-]+\\s+)?$`,
  'u',
);
/** "the Taoiseach, Micheál Martin,", read on from the role. */
const THEN_NAME = new RegExp(`^,\\s+(${NAME_SRC})(?=[,.;])`, 'u');
/** The country a role belongs to, written before it: "Pakistan’s prime minister", "Pakistani prime minister". */
const COUNTRY_BEFORE = /(\p{Lu}[\p{L}-]+)(['’]s)?\s+$/u;

function countryBefore(back: string): string | undefined {
  const m = COUNTRY_BEFORE.exec(back);
  if (!m) return undefined;
  return m[2] ? m[1] : COUNTRY_OF_DEMONYM.get(m[1]);
}

function addHolder(map: Map<string, { name: string; pos: number }[]>, key: string, name: string, pos: number): void {
  const list = map.get(key) ?? [];
  list.push({ name, pos });
  map.set(key, list);
}

/** "British prime minister Keir Starmer", "President Zelensky": role -> people, by position. */
export function findRoles(text: string, ctx: Context): Map<string, { name: string; pos: number }[]> {
  const out = new Map<string, { name: string; pos: number }[]>();
  const holderName = (raw: string, pos: number): string | null => {
    const ent = entityAt(ctx.entities, { start: pos, end: pos + 1 });
    const run = nameRun(raw.split(/\s+/));
    if (!run && !ent) return null;
    const plain = run ? run.join(' ') : '';
    return ent && ent.type === 'person' ? ent.canonical : (fullestName(ctx, plain, pos) ?? normaliseCase(plain));
  };
  const country = (c: string | undefined, name: string, pos: number) => {
    if (c && !isTitleWord(c)) addHolder(ctx.leaders, c.toLowerCase(), name, pos);
  };
  ROLE_WORD.lastIndex = 0;
  for (let r; (r = ROLE_WORD.exec(text)); ) {
    if (insideAny(r.index, ctx.quotes)) continue;
    const key = roleKey(r[0]);
    const back = text.slice(Math.max(0, r.index - 80), r.index);
    const before = NAME_THEN_ROLE.exec(back);
    if (before && !isOpeningAdverbial(back.slice(0, before.index), text.slice(r.index + r[0].length, r.index + r[0].length + 30))) {
      const at = r.index - back.length + before.index;
      const name = holderName(before[1], at);
      if (name) {
        addHolder(out, key, name, at);
        country(before[2] ?? (before[3] && COUNTRY_OF_DEMONYM.get(before[3])), name, at);
      }
      continue;
    }
    const end = r.index + r[0].length;
    const after = /[tT]he\s+$/.test(text.slice(Math.max(0, r.index - 5), r.index)) ? THEN_NAME.exec(text.slice(end, end + 60)) : null;
    if (after) {
      const name = holderName(after[1], end + after[0].length - after[1].length);
      if (name) addHolder(out, key, name, r.index);
    }
  }
  ROLE_HEAD.lastIndex = 0;
  for (let h; (h = ROLE_HEAD.exec(text)); ) {
    NAME_AT.lastIndex = h.index + h[0].length;
    const n = NAME_AT.exec(text);
    if (!n || insideAny(h.index, ctx.quotes)) continue;
    const full = holderName(n[0], n.index);
    if (!full) continue;
    addHolder(out, roleKey(h[0].trim()), full, h.index);
    country(countryBefore(text.slice(Math.max(0, h.index - 40), h.index)), full, h.index);
    ROLE_HEAD.lastIndex = h.index + h[0].length;
  }
  for (const list of [...out.values(), ...ctx.leaders.values()]) list.sort((a, b) => a.pos - b.pos);
  return out;
}

const PREPOSITION_BEFORE = /(?<![\p{L}])(?:in|at|from|to|on|near|outside|inside|across|for|of|with|by|after|during|into|around)\s+$/iu;
const VERB_NEXT = new RegExp(`^\\s+(?:(?:also|then|later|again|\\p{Ll}+ly)\\s+)?(?:${VERBS}|\\p{Ll}+ed)(?![\\p{L}])`, 'iu');

/**
 * "At a press conference in Camden, the mayor said": a place closing an opening phrase, then the role
 * as the subject of the clause, is no appositive ("Jo Kent, the mayor, said" is).
 */
function isOpeningAdverbial(beforeName: string, afterRole: string): boolean {
  return PREPOSITION_BEFORE.test(beforeName) && VERB_NEXT.test(afterRole);
}

/** The leader a country stands for in the article ("Pakistan said" = its prime minister), or null. */
export function leaderOf(ctx: Context, country: string, pos: number): string | null {
  const list = ctx.leaders.get(country.toLowerCase());
  if (!list?.length) return null;
  let best = list[0].name;
  for (const r of list) if (r.pos < pos) best = r.name;
  return best;
}

/** Role modifiers that point away from the current holder ("the former president"). */
const NOT_HOLDER = /^(?:former|ex|late|then|outgoing|incoming|previous|next|future|new|deputy|acting|vice|shadow|interim)$/i;

const ROLE_MENTION = new RegExp(
  `(?<![\\p{L}])the\\s+((?:[\\p{L}-]+\\s+){0,2}?)(?:${ROLE_PHRASES.map((r) => r.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}-])`,
  'giu',
);

/** "the PM", "the Ukrainian president" outside quotes, each with the person holding that role there. */
export function findRoleMentions(text: string, ctx: Context): Mention[] {
  const out: Mention[] = [];
  ROLE_MENTION.lastIndex = 0;
  for (let m; (m = ROLE_MENTION.exec(text)); ) {
    if (insideAny(m.index, ctx.quotes)) continue;
    if (m[1].split(/\s+/).some((w) => NOT_HOLDER.test(w.replace(/-$/, '')))) continue;
    // "the president of the club" names a different office.
    if (/^\s+of\s/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    const role = roleOf(m[0]);
    const name = role ? latestWithRole(ctx, role, m.index) : null;
    if (name) out.push({ start: m.index, name });
  }
  return out;
}
