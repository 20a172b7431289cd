// The corpus of articles an editor session (or a batch) knows: stories, near-duplicates, inferred
// publication dates, entities and quotes across articles. Updates are per article and cheap;
// stories are recomputed lazily, once, when asked for after a change.
import { QuoteIndex, type QuoteGroup, type QuoteMatch } from './quoteMatch';
import { buildStories, storyInput, type StoryInput, type StoryResult } from './stories';
import { nameKey, Vocabulary } from './termVectors';
import type { CorpusDocument, EntityType, QuoteAnnotation, Span, Story } from '../types';

/** Mentions of one entity in one article. */
export interface EntityMentions {
  id: string;
  count: number;
  spans: Span[];
}

/** One entity across the corpus. */
export interface EntityAcross {
  /** The most used full form of the name. */
  canonical: string;
  /** The type most articles give it. */
  type: EntityType;
  /** Mentions in all articles. */
  total: number;
  /** Articles mentioning it, most mentions first. */
  articles: { id: string; count: number }[];
}

/** One article's mentions of one entity, with the forms and types it gives them. */
interface Mentions {
  spans: Span[];
  forms: Map<string, number>;
  types: Map<EntityType, number>;
}

interface Entry {
  doc: CorpusDocument;
  input: StoryInput;
  /** Entity key -> mentions in this article. */
  entities: Map<string, Mentions>;
}

/**
 * Articles by id (a path or URI chosen by the caller) and what holds across them.
 *
 * Cost model: `upsert`/`remove` touch only that article's index entries (O(article length));
 * `stories()` and everything derived from it (`storyOf`, `duplicateOf`, inferred
 * `publicationDate`) regroup the whole corpus at most once per change, when first asked for.
 */
export class Corpus {
  private readonly entries = new Map<string, Entry>();
  /** Grouping terms (grows with every word seen; compacted when mostly dead, see `maybeCompact`). */
  private vocab = new Vocabulary();
  /** Document frequency by term id, kept in step with the entries. */
  private df = new Int32Array(1024);
  /** Entity key -> article id -> that article's mentions. */
  private readonly entityIndex = new Map<string, Map<string, Mentions>>();
  private readonly quotes = new QuoteIndex();
  private grouping: StoryResult | null = null;
  private quoteGroups: QuoteGroup[] | null = null;
  private across: EntityAcross[] | null = null;
  private aliases: Map<string, string> | null = null;

  /** Adds an article or replaces the one with the same id (an unsaved edit counts as a new version). */
  upsert(doc: CorpusDocument): void {
    const old = this.entries.get(doc.id);
    if (old && old.doc.text === doc.text && old.doc.analysis === doc.analysis) return;
    if (old) this.unindex(old);
    const entry: Entry = { doc, input: storyInput(doc, this.vocab), entities: entityMentionsOf(doc) };
    this.entries.set(doc.id, entry);
    if (this.df.length < this.vocab.size) {
      const grown = new Int32Array(Math.max(this.vocab.size, 2 * this.df.length));
      grown.set(this.df);
      this.df = grown;
    }
    for (const id of entry.input.terms.ids) this.df[id]++;
    if (this.vocab.size > this.compactCheckAt) this.maybeCompact();
    for (const [key, m] of entry.entities) (this.entityIndex.get(key) ?? this.entityIndex.set(key, new Map()).get(key)!).set(doc.id, m);
    this.quotes.set(doc.id, doc.analysis.quotes);
    this.dirty();
  }

  /** Forgets an article (no-op when unknown). */
  remove(id: string): void {
    const old = this.entries.get(id);
    if (!old) return;
    this.unindex(old);
    this.entries.delete(id);
    this.dirty();
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  /** Article ids, sorted. */
  ids(): string[] {
    return [...this.entries.keys()].sort(cmp);
  }

  get(id: string): CorpusDocument | undefined {
    return this.entries.get(id)?.doc;
  }

  /** Stories ordered by date (undated last), then id. Cached until the next change. */
  stories(): Story[] {
    return this.group().stories;
  }

  /** The story an article belongs to. */
  storyOf(id: string): Story | undefined {
    return this.entries.has(id) ? this.group().storyOf.get(id) : undefined;
  }

  /** The original this article is a (near-)copy of, if any. */
  duplicateOf(id: string): string | undefined {
    return this.entries.has(id) ? this.group().duplicateOf.get(id) : undefined;
  }

  /**
   * The header date (`inferred: false`), else the article's own dateline, else the earliest header
   * date of the article's story (both `inferred: true`), else null.
   */
  publicationDate(id: string): { date: string; inferred: boolean } | null {
    const e = this.entries.get(id);
    if (!e) return null;
    const { published, dateline } = e.doc.analysis.header;
    if (published) return { date: published, inferred: false };
    if (dateline) return { date: dateline, inferred: true };
    return this.group().dates.get(id) ?? null;
  }

  /**
   * Mentions of an entity in every article, most mentions first. `canonical` may be any
   * article's canonical form or an `entitiesAcross()` name ("Sir Keir Starmer" = "Keir Starmer").
   */
  entityMentions(canonical: string): EntityMentions[] {
    const key = this.resolveEntity(nameKey(canonical));
    const byId = new Map<string, EntityMentions>();
    for (const k of this.keysOf(key))
      for (const [id, m] of this.entityIndex.get(k) ?? []) {
        const prev = byId.get(id);
        if (prev) prev.spans.push(...m.spans);
        else byId.set(id, { id, count: 0, spans: [...m.spans] });
      }
    const out = [...byId.values()];
    for (const o of out) {
      o.spans.sort((a, b) => a.start - b.start);
      o.count = o.spans.length;
    }
    return out.sort((a, b) => b.count - a.count || cmp(a.id, b.id));
  }

  /**
   * Entities named in at least `minArticles` articles, most articles first. A bare surname
   * ("Zelensky") joins the one full name it ends ("Volodymyr Zelensky") when that is unambiguous.
   */
  entitiesAcross(minArticles = 2): EntityAcross[] {
    if (!this.across) {
      const merged = new Map<string, string[]>();
      for (const key of this.entityIndex.keys()) {
        const to = this.resolveEntity(key);
        if (!merged.has(to)) merged.set(to, [to]);
        if (key !== to) merged.get(to)!.push(key);
      }
      this.across = [];
      for (const keys of merged.values()) this.across.push(this.describeEntity(keys));
      this.across.sort((a, b) => b.articles.length - a.articles.length || b.total - a.total || cmp(a.canonical, b.canonical));
    }
    return this.across.filter((e) => e.articles.length >= minArticles);
  }

  /** The same or a similar quote in other articles than `id`, most similar first. */
  similarQuotes(id: string, quote: QuoteAnnotation): QuoteMatch[] {
    return this.quotes.matches(id, quote);
  }

  /** Quotes carried by two or more articles, largest groups first; members by date, then id. */
  quotesAcross(): QuoteGroup[] {
    return (this.quoteGroups ??= this.quotes.groups((a, b) => cmp(this.dateKey(a), this.dateKey(b)) || cmp(a, b)));
  }

  private dateKey(id: string): string {
    return this.entries.get(id)?.doc.analysis.header.published ?? '~';
  }

  private group(): StoryResult {
    return (this.grouping ??= buildStories(
      [...this.entries.values()].map((e) => e.input),
      this.vocab,
      this.df,
    ));
  }

  private dirty(): void {
    this.grouping = null;
    this.quoteGroups = null;
    this.across = null;
    this.aliases = null;
  }

  /** Vocabulary size at which to look for dead terms next (doubles: amortised O(1) per upsert). */
  private compactCheckAt = 65536;

  private maybeCompact(): void {
    let live = 0;
    for (let id = 0; id < this.vocab.size; id++) if (this.df[id] > 0) live++;
    if (live < this.vocab.size / 2) this.compact();
    this.compactCheckAt = 2 * this.vocab.size;
  }

  /**
   * Editing interns every half-typed word; when dead terms outnumber live ones, the vocabulary
   * and document frequencies are rebuilt from the live articles (results do not change).
   */
  private compact(): void {
    const old = this.vocab;
    this.vocab = new Vocabulary();
    for (const e of this.entries.values()) {
      const pairs = Array.from(e.input.terms.ids, (id, k) => [this.vocab.id(old.terms[id]), e.input.terms.counts[k]] as const).sort(
        (a, b) => a[0] - b[0],
      );
      e.input.terms = { ids: Int32Array.from(pairs, (p) => p[0]), counts: Float32Array.from(pairs, (p) => p[1]) };
    }
    this.df = new Int32Array(Math.max(1024, this.vocab.size));
    for (const e of this.entries.values()) for (const id of e.input.terms.ids) this.df[id]++;
  }

  private unindex(e: Entry): void {
    for (const id of e.input.terms.ids) this.df[id]--;
    for (const key of e.entities.keys()) {
      const m = this.entityIndex.get(key);
      m?.delete(e.doc.id);
      if (m && !m.size) this.entityIndex.delete(key);
    }
    this.quotes.delete(e.doc.id);
  }

  /**
   * One-word name -> the full name it shortens ("Zelensky", "Keir" -> "volodymyr zelensky",
   * "keir starmer"): the full name starting or ending with that word that most articles use,
   * when it clearly dominates (twice the articles of the next). Computed once per change.
   */
  private resolveEntity(key: string): string {
    if (!this.aliases) {
      const byWord = new Map<string, string[]>();
      for (const k of this.entityIndex.keys()) {
        const words = k.split(' ');
        if (words.length < 2) continue;
        for (const w of new Set([words[0], words[words.length - 1]])) (byWord.get(w) ?? byWord.set(w, []).get(w)!).push(k);
      }
      this.aliases = new Map();
      for (const [word, keys] of byWord) {
        // Only people go by a part of their name; "Sudan" is not short for "South Sudan".
        if (this.entityIndex.has(word) && this.typeOf(word) !== 'person') continue;
        const full = keys.filter((k) => this.typeOf(k) === 'person');
        if (!full.length) continue;
        const ranked = full.map((k) => [k, this.entityIndex.get(k)!.size] as const).sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]));
        if (ranked.length === 1 || ranked[0][1] >= 2 * ranked[1][1]) this.aliases.set(word, ranked[0][0]);
      }
    }
    return this.aliases.get(key) ?? key;
  }

  /** The type most mentions under an index key have. */
  private typeOf(key: string): EntityType {
    const types = new Map<EntityType, number>();
    for (const m of this.entityIndex.get(key)?.values() ?? []) for (const [t, n] of m.types) types.set(t, (types.get(t) ?? 0) + n);
    return argmax(types, cmp);
  }

  /** The index keys merged under a resolved key (the key itself first). */
  private keysOf(key: string): string[] {
    const out = [key];
    for (const [alias, to] of this.aliases ?? []) if (to === key && this.entityIndex.has(alias)) out.push(alias);
    return out;
  }

  private describeEntity(keys: string[]): EntityAcross {
    const forms = new Map<string, number>();
    const types = new Map<EntityType, number>();
    const perDoc = new Map<string, number>();
    for (const k of keys)
      for (const [id, m] of this.entityIndex.get(k)!) {
        perDoc.set(id, (perDoc.get(id) ?? 0) + m.spans.length);
        // The name shown is a full form (keys[0] is the full key), not a short one like "Sir Keir".
        if (k === keys[0]) for (const [f, n] of m.forms) forms.set(f, (forms.get(f) ?? 0) + n);
        for (const [t, n] of m.types) types.set(t, (types.get(t) ?? 0) + n);
      }
    const articles = [...perDoc].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || cmp(a.id, b.id));
    return {
      canonical: argmax(forms, (a, b) => b.length - a.length || cmp(a, b)),
      type: argmax(types, cmp),
      total: articles.reduce((s, a) => s + a.count, 0),
      articles,
    };
  }
}

/** An article's entity mentions grouped by normalised canonical name. */
function entityMentionsOf(doc: CorpusDocument): Entry['entities'] {
  const out: Entry['entities'] = new Map();
  for (const e of doc.analysis.entities) {
    const key = nameKey(e.canonical);
    if (!key) continue;
    let m = out.get(key);
    if (!m) out.set(key, (m = { spans: [], forms: new Map(), types: new Map() }));
    m.spans.push({ start: e.start, end: e.end });
    const form = displayName(e.canonical);
    m.forms.set(form, (m.forms.get(form) ?? 0) + 1);
    m.types.set(e.type, (m.types.get(e.type) ?? 0) + 1);
  }
  return out;
}

/** A name as shown: no possessive, no trailing punctuation, no leading title ("President X" -> "X"). */
export function displayName(canonical: string): string {
  const words = canonical
    .trim()
    .replace(/['’]s$/, '')
    .replace(/[\s,.;:)(/-]+$/, '')
    .split(/\s+/);
  let k = 0;
  while (k < words.length - 1 && nameKey(words[k]) === '') k++;
  return words.slice(k).join(' ');
}

/** Key with the highest count; ties by `tie`. */
function argmax<K>(counts: Map<K, number>, tie: (a: K, b: K) => number): K {
  let best: K | undefined;
  for (const [k, n] of counts) if (best === undefined || n > counts.get(best)! || (n === counts.get(best)! && tie(k, best) < 0)) best = k;
  return best!;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
