// Roles and their holders: "prime minister Keir Starmer" gives the role a holder; "the PM" is then him.
import { ROLE_PHRASES, roleKey } from '../../text/titles';
import { firstNonSpace } from '../../text/whitespace';
import type { Context, Mention } from './model';
import { entityAt, fullestName, insideAny, lastBefore, nameRun, normaliseCase } from './names';

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
  for (const r of ctx.roles.get(role) ?? []) {
    if (r.pos >= pos) break;
    const seen = Math.max(r.pos, lastBefore(ctx.namePositions.get(r.name) ?? [], pos));
    if (seen > bestPos) (best = r.name), (bestPos = seen);
  }
  if (best || !TOP_ROLES.has(role)) return best;
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
    if (ps.length > most) (best = name), (most = ps.length), (tie = false);
    else if (ps.length === most) tie = true;
  }
  return tie ? null : best;
}

// Role words in any case, then (case-sensitively) the capitalised name after them.
const ROLE_HEAD = new RegExp(`(?<![\\p{L}])(?:${ROLE_PHRASES.map((r) => r.replace(/ /g, '\\s+')).join('|')})\\s+`, 'giu');

const NAME_AT = /(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*/uy;

/** "British prime minister Keir Starmer", "President Zelensky": role -> people, by position. */
export function findRoles(text: string, ctx: Context): Map<string, { name: string; pos: number }[]> {
  const out = new Map<string, { name: string; pos: number }[]>();
  ROLE_HEAD.lastIndex = 0;
  for (let h; (h = ROLE_HEAD.exec(text)); ) {
    NAME_AT.lastIndex = h.index + h[0].length;
    const n = NAME_AT.exec(text);
    if (!n || insideAny(h.index, ctx.quotes)) continue;
    const m = [h[0] + n[0], h[0].trim(), n[0]];
    const pos = n.index;
    const ent = entityAt(ctx.entities, { start: pos, end: pos + 1 });
    const run = nameRun(m[2].split(/\s+/));
    if (!run && !ent) continue;
    const plain = run ? run.join(' ') : '';
    const full = ent && ent.type === 'person' ? ent.canonical : fullestName(ctx, plain, pos) ?? normaliseCase(plain);
    const key = roleKey(m[1]);
    const list = out.get(key) ?? [];
    list.push({ name: full, pos: h.index });
    out.set(key, list);
    ROLE_HEAD.lastIndex = h.index + h[0].length;
  }
  return out;
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
