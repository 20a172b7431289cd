// Anchoring benchmark: seeded edit scripts over news text, run through our anchoring, a
// Hypothesis-style matcher (quote + context with approx-string-match alone) and a position-only one.
//   npx esbuild test/bench/anchoring.ts --bundle --platform=node --outfile=/tmp/anch.js && node /tmp/anch.js
// The annotated words are wrapped in two private-use markers while the text is edited, so after
// any edit script we know exactly where they went ("correct" is defined from that, not guessed).
// PER_CLASS=n changes the number of cases per class (default 2200); DEBUG=<class> prints our wrong
// placements of that class to stderr, DEBUG_ATT=<class> the ones sent to Needs attention.
import * as fs from 'node:fs';
import * as path from 'node:path';
import search from 'approx-string-match';
import { rng } from '../../scripts/rng';
import { anchor, anchorAll, makeTarget } from '../../src/core/annotations/anchor';
import type { AnchorResult, TextTarget } from '../../src/core/annotations/model';
import { FILLER, OWN_TEXTS, SWAP_WORDS } from './anchoringTexts';

const A = '\uE000';
const B = '\uE001';
const MARKS = /[\uE000\uE001]/g;
type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

// ---------- texts ----------
const root = path.resolve(__dirname === '/tmp' ? process.cwd() : path.join(__dirname, '../..'));
const seedDir = fs.existsSync(path.join(root, 'seeds')) ? path.join(root, 'seeds') : path.join(process.cwd(), 'seeds');
const SEEDS = fs.readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(seedDir, f), 'utf8').replace(/\r\n?/g, '\n'));
const TEXTS = [...SEEDS, ...OWN_TEXTS];

// ---------- helpers over marked documents ----------
interface Span { start: number; end: number }
function marked(doc: string): { text: string; span: Span } {
  const a = doc.indexOf(A);
  const b = doc.indexOf(B);
  return { text: doc.replace(MARKS, ''), span: { start: a, end: b - 1 } };
}
const markerSpan = (doc: string) => ({ a: doc.indexOf(A), b: doc.indexOf(B) + 1 });
const words = (doc: string) => [...doc.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, w: m[0] }));
/** Paragraph ranges [start, end) including the trailing newline. */
function paragraphs(doc: string): Span[] {
  const out: Span[] = [];
  let s = 0;
  for (;;) {
    const i = doc.indexOf('\n', s);
    if (i === -1) { if (s < doc.length) out.push({ start: s, end: doc.length }); return out; }
    out.push({ start: s, end: i + 1 });
    s = i + 1;
  }
}
const distance = (x: Span, m: { a: number; b: number }) => (x.end <= m.a ? m.a - x.end : x.start >= m.b ? x.start - m.b : -1);
const splice = (doc: string, at: number, del: number, ins: string) => doc.slice(0, at) + ins + doc.slice(at + del);
const endNl = (s: string) => (s.endsWith('\n') ? s : s + '\n');

type Op = (doc: string, r: Rand) => string | null;
const FAR = 40;

// Edits away from the annotation (further than its context reaches), or global ones.
const insertParagraph: Op = (doc, r) => {
  const m = markerSpan(doc);
  const at = paragraphs(doc).map((p) => p.start).concat([doc.length]).filter((x) => distance({ start: x, end: x }, m) > FAR);
  if (!at.length) return null;
  const x = pick(r, at);
  return splice(doc, x, 0, x === doc.length && !doc.endsWith('\n') ? '\n' + pick(r, FILLER) : pick(r, FILLER) + '\n');
};
const deleteParagraph: Op = (doc, r) => {
  const m = markerSpan(doc);
  const ps = paragraphs(doc).filter((p) => distance(p, m) > FAR);
  if (!ps.length) return null;
  const p = pick(r, ps);
  return splice(doc, p.start, p.end - p.start, '');
};
const moveParagraph: Op = (doc, r) => {
  const ps = paragraphs(doc);
  if (ps.length < 3) return null;
  const p = pick(r, ps);
  const body = endNl(doc.slice(p.start, p.end));
  const rest = splice(doc, p.start, p.end - p.start, '');
  const at = paragraphs(endNl(rest)).map((q) => q.start).filter((x) => x !== p.start);
  if (!at.length) return null;
  return splice(endNl(rest), pick(r, at), 0, body);
};
const copyEditFar: Op = (doc, r) => {
  const m = markerSpan(doc);
  const ws = words(doc).filter((w) => distance(w, m) > FAR);
  if (!ws.length) return null;
  const w = pick(r, ws);
  return splice(doc, w.start, w.end - w.start, variant(w.w, r));
};
const whitespace: Op = (doc, r) => {
  switch (int(r, 0, 2)) {
    case 0: return doc.replace(/\. (?=\p{Lu})/gu, '.  ');
    case 1: return doc.replace(/\n/g, ' \n');
    default: return doc.replace(/\n/g, '\n\n');
  }
};
const quoteStyle: Op = (doc) =>
  /[“”‘’]/.test(doc) ? doc.replace(/[“”]/g, '"').replace(/[‘’]/g, "'") : doc.replace(/"([^"\n]*)"/g, '“$1”').replace(/'/g, '’');
const crlf: Op = (doc) => doc.replace(/\n/g, '\r\n');
const ELSEWHERE: Op[] = [insertParagraph, insertParagraph, deleteParagraph, moveParagraph, copyEditFar, copyEditFar, whitespace, quoteStyle, crlf];

/** A copy-edit of a word: a typo fixed or made, another word, or the word dropped. */
function variant(w: string, r: Rand): string {
  switch (int(r, 0, 3)) {
    case 0: { const i = int(r, 0, w.length - 1); return w.slice(0, i) + pick(r, [...'aeiourst']) + w.slice(i + 1); }
    case 1: return pick(r, SWAP_WORDS);
    case 2: return w + pick(r, [',', ' very', ' also']);
    default: return w.length > 3 ? w.slice(0, -1) : pick(r, SWAP_WORDS);
  }
}

// Edits next to the annotation (inside its 32-character context, not touching the words).
const nextTo: Op = (doc, r) => {
  const m = markerSpan(doc);
  const ws = words(doc).filter((w) => { const d = distance(w, m); return d >= 1 && d <= 28; });
  const kind = int(r, 0, 3);
  if (kind === 3) {
    // punctuation right at an edge
    return r() < 0.5 ? splice(doc, m.b, 0, pick(r, [',', ';', ' —'])) : splice(doc, m.a, 0, pick(r, ['(', '“', 'and ']));
  }
  if (!ws.length) return null;
  const w = pick(r, ws);
  if (kind === 0) return splice(doc, w.start, w.end - w.start, variant(w.w, r));
  if (kind === 1) return splice(doc, w.start, 0, pick(r, SWAP_WORDS) + ' ');
  return splice(doc, w.start, Math.min(w.end + 1, doc.length) - w.start, '');
};

// Edits inside the annotated words.
const inside: Op = (doc, r) => {
  const m = markerSpan(doc);
  const ws = words(doc).filter((w) => w.start > m.a && w.end < m.b);
  if (ws.length < 2) return null;
  const w = pick(r, ws);
  switch (int(r, 0, 3)) {
    case 0: {
      // a copy-edit of one word; appending to the last word would be an edit next to the words
      let v = variant(w.w, r);
      if (w === ws[ws.length - 1] && v.startsWith(w.w)) v = w.w.slice(0, -1) + 'x';
      return splice(doc, w.start, w.end - w.start, v);
    }
    case 1: return w === ws[0] ? null : splice(doc, w.start, 0, pick(r, SWAP_WORDS) + ' ');
    case 2: return ws.length >= 3 ? splice(doc, w.start, Math.min(w.end + 1, m.b - 1) - w.start, '') : null;
    default: { const i = int(r, w.start, w.end - 1); return splice(doc, i, 1, doc[i] === 'e' ? 'a' : 'e'); }
  }
};

// ---------- cases ----------
type ClassName = 'elsewhere' | 'next' | 'inside' | 'same_words' | 'duplicated';
const CLASSES: ClassName[] = ['elsewhere', 'next', 'inside', 'same_words', 'duplicated'];
const UNCHANGED: ReadonlySet<ClassName> = new Set(['elsewhere', 'next', 'duplicated']);
interface Case { cls: ClassName; before: string; target: TextTarget; after: string; expected: Span | null }

/** A span of 1–12 whole words inside one paragraph (readers annotate within a paragraph). */
function randomSpan(text: string, r: Rand, minWords = 1): Span | null {
  const ps = paragraphs(text).filter((p) => p.end - p.start > 20);
  if (!ps.length) return null;
  const p = pick(r, ps);
  const ws = words(text.slice(p.start, p.end)).map((w) => ({ start: w.start + p.start, end: w.end + p.start }));
  if (ws.length < minWords + 1) return null;
  const want = r() < 0.3 ? Math.max(minWords, 1) : r() < 0.5 ? int(r, Math.max(minWords, 2), 3) : int(r, Math.max(minWords, 4), 12);
  const n = Math.min(want, ws.length);
  const i = int(r, 0, ws.length - n);
  return { start: ws[i].start, end: ws[i + n - 1].end };
}
const mark = (text: string, s: Span) => text.slice(0, s.start) + A + text.slice(s.start, s.end) + B + text.slice(s.end);

function finish(cls: ClassName, before: string, span: Span, doc: string | null): Case | null {
  if (doc === null || doc.indexOf(A) < 0 || doc.indexOf(B) < doc.indexOf(A)) return null;
  const { text, span: expected } = marked(doc);
  if (cls !== 'same_words' && expected.end <= expected.start) return null;
  if (text === before && cls !== 'elsewhere') return null;
  return { cls, before, target: makeTarget(before, span.start, span.end), after: text, expected: cls === 'same_words' ? null : expected };
}

function makeCase(cls: ClassName, text: string, r: Rand): Case | null {
  if (cls === 'same_words') {
    // Annotate one occurrence of a word or pair of words that also occurs elsewhere, then replace it.
    const ws = words(text).filter((w) => w.w.length >= 3);
    const grams = new Map<string, Span[]>();
    for (let i = 0; i < ws.length; i++) {
      for (const n of [1, 2]) {
        if (i + n > ws.length) continue;
        const s = { start: ws[i].start, end: ws[i + n - 1].end };
        const g = text.slice(s.start, s.end);
        if (g.includes('\n')) continue;
        (grams.get(g) ?? grams.set(g, []).get(g)!).push(s);
      }
    }
    const repeated = [...grams.values()].filter((v) => v.length >= 2);
    if (!repeated.length) return null;
    const span = pick(r, pick(r, repeated));
    const old = text.slice(span.start, span.end);
    let repl = pick(r, SWAP_WORDS);
    for (let k = 0; k < 5 && (repl.toLowerCase() === old.toLowerCase() || old.toLowerCase().includes(repl)); k++) repl = pick(r, SWAP_WORDS);
    let doc: string | null = text.slice(0, span.start) + A + repl + B + text.slice(span.end);
    if (r() < 0.5) doc = pick(r, ELSEWHERE)(doc, r) ?? doc;
    return finish(cls, text, span, doc);
  }
  const span = randomSpan(text, r, cls === 'inside' ? 2 : 1);
  if (!span) return null;
  let doc: string | null = mark(text, span);
  if (cls === 'elsewhere') {
    for (let k = int(r, 1, 3); k > 0 && doc; k--) doc = pick(r, ELSEWHERE)(doc, r) ?? doc;
  } else if (cls === 'next') {
    doc = nextTo(doc, r);
    if (doc && r() < 0.3) doc = pick(r, ELSEWHERE)(doc, r) ?? doc;
  } else if (cls === 'inside') {
    doc = inside(doc, r);
  } else {
    // duplicated sentence: the annotated one (copied away from it) or another one
    const m = markerSpan(doc);
    const sentences = [...doc.matchAll(/[^.!?\n]+[.!?]+["”’]?/g)].map((x) => ({ start: x.index!, end: x.index! + x[0].length }));
    const own = sentences.find((s) => s.start <= m.a && s.end >= m.b);
    const src = own && r() < 0.6 ? own : pick(r, sentences);
    if (!src) return null;
    const copy = doc.slice(src.start, src.end).replace(MARKS, '').trim();
    // Not right before or after the annotated paragraph (blank lines aside): a copy there would be
    // indistinguishable from the original (same position, same context).
    const ps = paragraphs(doc);
    const home = ps.findIndex((p) => p.start <= m.a && p.end > m.a);
    const homeStart = ps[home]?.start ?? 0;
    const homeEnd = ps[home]?.end ?? doc.length;
    const adjacent = (x: number) => (x <= homeStart && !doc!.slice(x, homeStart).trim()) || (x >= homeEnd && !doc!.slice(homeEnd, x).trim());
    const at = ps.map((p) => p.start).concat([doc.length]).filter((x, i) => i !== home && !adjacent(x) && distance({ start: x, end: x }, m) > FAR + 20);
    if (!at.length) return null;
    const x = pick(r, at);
    doc = splice(doc, x, 0, x === doc.length ? '\n' + copy : copy + '\n');
  }
  return finish(cls, text, span, doc);
}

// ---------- matchers ----------
type Matcher = (text: string, t: TextTarget) => Span | null;
const ours: Matcher = (text, t) => { const r: AnchorResult = anchor(text, t); return r.status === 'anchored' ? r : null; };
const positionOnly: Matcher = (text, t) => (t.end <= text.length ? { start: t.start, end: t.end } : null);

/** Hypothesis-style: position if the quote is still there, else approx-string-match on the quote, scored with context. */
const hypothesis: Matcher = (text, t) => {
  if (text.slice(t.start, t.end) === t.exact) return { start: t.start, end: t.end };
  const maxErrors = Math.min(256, Math.floor(t.exact.length / 2));
  const matches = search(text, t.exact, maxErrors);
  if (!matches.length) return null;
  const ctxScore = (str: string, pattern: string) => {
    if (!pattern.length || !str.length) return 0;
    const m = search(str, pattern, pattern.length); // as Hypothesis's textMatchScore
    return m.length ? 1 - m[0].errors / pattern.length : 0;
  };
  let best: Span | null = null;
  let bestScore = -1;
  for (const m of matches) {
    const q = 1 - m.errors / t.exact.length;
    const p = t.prefix ? ctxScore(text.slice(Math.max(0, m.start - t.prefix.length), m.start), t.prefix) : 1;
    const s = t.suffix ? ctxScore(text.slice(m.end, m.end + t.suffix.length), t.suffix) : 1;
    const pos = 1 - Math.abs(m.start - t.start) / text.length;
    const score = (50 * q + 20 * p + 20 * s + 2 * pos) / 92;
    if (score > bestScore) { bestScore = score; best = { start: m.start, end: m.end }; }
  }
  return best;
};

/** correct | wrong | attention for one result. */
function judge(c: Case, got: Span | null): 'correct' | 'wrong' | 'attention' {
  if (!got) return 'attention';
  if (!c.expected) return 'wrong'; // the annotated words are gone: any placement is a wrong one
  const e = c.expected;
  const overlap = Math.min(e.end, got.end) - Math.max(e.start, got.start);
  const union = Math.max(e.end, got.end) - Math.min(e.start, got.start);
  if (overlap <= 0) return 'wrong';
  // Unchanged words must be found again as they are; edited ones must at least mostly coincide.
  if (c.cls === 'inside') return overlap / union >= 0.5 ? 'correct' : 'wrong';
  const norm = (s: string) => s.replace(/\s+/g, ' ').replace(/[“”]/g, '"').replace(/[‘’]/g, "'").trim();
  return norm(c.after.slice(got.start, got.end)) === norm(c.after.slice(e.start, e.end)) && overlap / union >= 0.8 ? 'correct' : 'wrong';
}

// ---------- run ----------
const PER_CLASS = Number(process.env.PER_CLASS) || 2200;
const r = rng(20261203);
const cases: Case[] = [];
for (const cls of CLASSES) {
  let made = 0;
  for (let tries = 0; made < PER_CLASS && tries < PER_CLASS * 20; tries++) {
    const c = makeCase(cls, pick(r, TEXTS), r);
    if (c) { cases.push(c); made++; }
  }
}

const MATCHERS: [string, Matcher][] = [['ours', ours], ['hypothesis-style', hypothesis], ['position-only', positionOnly]];
interface Tally { n: number; correct: number; wrong: number; attention: number; ms: number }
const tallies = new Map<string, Tally>();
const tally = (k: string) => tallies.get(k) ?? tallies.set(k, { n: 0, correct: 0, wrong: 0, attention: 0, ms: 0 }).get(k)!;
const examples: string[] = [];
for (const [name, fn] of MATCHERS) {
  for (const cls of CLASSES) {
    for (const c of cases.filter((x) => x.cls === cls)) {
      const t0 = performance.now();
      const got = fn(c.after, c.target);
      const ms = performance.now() - t0;
      const v = judge(c, got);
      for (const k of [`${name}|${cls}`, `${name}|all`, ...(UNCHANGED.has(cls) ? [`${name}|unchanged`] : [])]) {
        const tl = tally(k);
        tl.n++; tl[v]++; tl.ms += ms;
      }
      if (name === 'ours' && v === 'attention' && process.env.DEBUG_ATT === cls) {
        const res = anchor(c.after, c.target);
        console.error(JSON.stringify({ res, t: c.target, expCtx: c.expected && c.after.slice(c.expected.start - 40, c.expected.end + 40) }));
      }
      if (name === 'ours' && v === 'wrong' && process.env.DEBUG === cls) {
        console.error(JSON.stringify({ after: process.env.FULL ? c.after : undefined, t: c.target, got, exp: c.expected, ctx: c.after.slice(got!.start - 40, got!.end + 40), expCtx: c.expected && c.after.slice(c.expected.start - 40, c.expected.end + 40) }));
      }
      if (name === 'ours' && v === 'wrong' && examples.length < 8) {
        examples.push(`  wrong ${cls}: "${c.target.exact.slice(0, 60)}" → "${c.after.slice(got!.start, got!.end).slice(0, 60)}" (expected ${c.expected ? `"${c.after.slice(c.expected.start, c.expected.end).slice(0, 60)}"` : 'orphaned'})`);
      }
    }
  }
}

const pct = (a: number, n: number) => (n ? ((100 * a) / n).toFixed(2) : '0.00');
console.log(`Anchoring benchmark: ${cases.length} cases over ${TEXTS.length} texts (seed 20261203)`);
console.log('matcher           class        cases  correct%  wrong%  attention%  ms/case');
for (const [name] of MATCHERS) {
  for (const cls of [...CLASSES, 'unchanged', 'all']) {
    const t = tally(`${name}|${cls}`);
    console.log(`${name.padEnd(17)} ${cls.padEnd(11)} ${String(t.n).padStart(6)}  ${pct(t.correct, t.n).padStart(8)}  ${pct(t.wrong, t.n).padStart(6)}  ${pct(t.attention, t.n).padStart(10)}  ${(t.ms / Math.max(1, t.n)).toFixed(4).padStart(7)}`);
  }
}
if (examples.length) console.log('Wrong placements (ours), first few:\n' + examples.join('\n'));

// ---------- speed ----------
function speedCases(base: string, n: number, seed: number): { before: string; after: string; targets: TextTarget[] } {
  const rr = rng(seed);
  const targets: TextTarget[] = [];
  for (let i = 0; i < n; i++) { const s = randomSpan(base, rr)!; targets.push(makeTarget(base, s.start, s.end)); }
  // An edit script above most annotations: a new paragraph at the top, one deleted in the middle,
  // copy-edits here and there.
  let after = pick(rr, FILLER) + '\n' + base;
  const ps = paragraphs(after);
  const mid = ps[Math.floor(ps.length / 2)];
  after = splice(after, mid.start, mid.end - mid.start, '');
  for (let k = 0; k < Math.max(5, n / 50); k++) { const ws = words(after); const w = pick(rr, ws); after = splice(after, w.start, w.end - w.start, variant(w.w, rr)); }
  return { before: base, after, targets };
}
// A 5 KB article: each annotation anchored on its own (the editor's case).
let five = SEEDS.find((s) => s.length >= 5000) ?? SEEDS.join('\n');
five = five.slice(0, 5200);
const small = speedCases(five, 300, 7);
for (const t of small.targets) anchor(small.after, t); // warm-up
let t0 = performance.now();
const ROUNDS = 5;
for (let k = 0; k < ROUNDS; k++) for (const t of small.targets) anchor(small.after, t);
const msPerAnnotation = (performance.now() - t0) / (ROUNDS * small.targets.length);
// A 1 MB article with 1,000 annotations, all at once.
let big = '';
// Copies of the texts made distinct (numbered names, some numbered words), as one long article is
// not the same few paragraphs forty times over.
const rb = rng(5);
for (let k = 0; big.length < 1_000_000; k++) {
  big += TEXTS[k % TEXTS.length].replace(/\p{L}{6,}/gu, (w) => (rb() < 0.3 ? w + k : w)).replace(/\b\p{Lu}\p{Ll}+/gu, (w) => w + k) + '\n';
}
big = big.slice(0, 1_000_000);
const large = speedCases(big, 1000, 11);
anchorAll(large.after, large.targets.slice(0, 50));
t0 = performance.now();
const bigResults = anchorAll(large.after, large.targets);
const msBig = performance.now() - t0;
t0 = performance.now();
anchorAll(large.before, large.targets);
const msBigUnchanged = performance.now() - t0;
const bigOrphaned = bigResults.filter((x) => x.status !== 'anchored').length;
// Worst case: another text of the same size pasted over the article (every annotation is lost).
const replaced = large.after.replace(/[a-y]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 1));
t0 = performance.now();
const cpu0 = process.cpuUsage();
const lost = anchorAll(replaced, large.targets).filter((x) => x.status !== 'anchored').length;
const msReplaced = performance.now() - t0;
const cpuReplaced = process.cpuUsage(cpu0).user / 1000;
console.log(`speed: ${msPerAnnotation.toFixed(4)} ms per annotation on a ${small.after.length}-char article (300 annotations after edits, anchor() each)`);
console.log(`speed: ${msReplaced.toFixed(1)} ms (${cpuReplaced.toFixed(0)} ms CPU) for 1,000 annotations when the whole 1 MB text was replaced (worst case; ${lost} orphaned)`);
console.log(`speed: ${msBig.toFixed(1)} ms to re-anchor 1,000 annotations on a ${large.after.length}-char article after edits (anchorAll; ${bigOrphaned} orphaned); ${msBigUnchanged.toFixed(1)} ms unchanged`);

const all = tally('ours|all');
const unchanged = tally('ours|unchanged');
const same = tally('ours|same_words');
console.log(`ANCHORING cases=${all.n} wrong_pct=${pct(all.wrong, all.n)} wrong_same_words=${same.wrong} correct_unchanged_pct=${pct(unchanged.correct, unchanged.n)} needs_attention_pct=${pct(all.attention, all.n)} ms_per_annotation=${msPerAnnotation.toFixed(4)}`);
