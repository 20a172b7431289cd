// Large answers (a 10,000-article corpus snapshot is megabytes) cross from the worker in chunks, so
// that the receiving thread deserialises them in many short turns of its event loop instead of one
// long block. The arrays at these paths are sent ahead in pieces and put back on arrival.
const CHUNKED_PATHS = ['stories', 'articles', 'across.entities', 'across.quotes'];
const CHUNK = 400;

type Obj = Record<string, unknown>;

function arrayAt(value: unknown, path: string): { parent: Obj; key: string; items: unknown[] } | null {
  const keys = path.split('.');
  let parent = value as Obj;
  for (const k of keys.slice(0, -1)) {
    if (!parent || typeof parent !== 'object') return null;
    parent = parent[k] as Obj;
  }
  const key = keys[keys.length - 1];
  const items = parent && typeof parent === 'object' ? parent[key] : undefined;
  return Array.isArray(items) ? { parent, key, items } : null;
}

/** Splits the value's long arrays off: returns the chunks and the value with those arrays emptied. */
export function splitValue(value: unknown): { chunks: { path: string; items: unknown[] }[]; rest: unknown } {
  if (!value || typeof value !== 'object') return { chunks: [], rest: value };
  const chunks: { path: string; items: unknown[] }[] = [];
  const rest = structuredClone(pick(value as Obj));
  for (const path of CHUNKED_PATHS) {
    const at = arrayAt(value, path);
    if (!at || at.items.length <= CHUNK) continue;
    for (let i = 0; i < at.items.length; i += CHUNK) chunks.push({ path, items: at.items.slice(i, i + CHUNK) });
    const restAt = arrayAt(rest, path);
    if (restAt) restAt.parent[restAt.key] = [];
  }
  return chunks.length ? { chunks, rest } : { chunks: [], rest: value };
}

/** A shallow copy deep enough to empty the chunked arrays without touching the original. */
function pick(v: Obj): Obj {
  const out: Obj = { ...v };
  for (const path of CHUNKED_PATHS) {
    const keys = path.split('.');
    if (keys.length === 2 && out[keys[0]] && typeof out[keys[0]] === 'object') out[keys[0]] = { ...(out[keys[0]] as Obj), [keys[1]]: [] };
    else if (keys.length === 1 && Array.isArray(out[keys[0]])) out[keys[0]] = [];
  }
  return out;
}

/** Collects chunks for one answer and puts them back into its value. */
export class ChunkAssembler {
  private readonly parts = new Map<string, unknown[][]>();

  add(chunk: { path: string; items: unknown[] }): void {
    const list = this.parts.get(chunk.path) ?? this.parts.set(chunk.path, []).get(chunk.path)!;
    list.push(chunk.items);
  }

  finish(value: unknown): unknown {
    for (const [path, lists] of this.parts) {
      const at = arrayAt(value, path);
      if (at) at.parent[at.key] = ([] as unknown[]).concat(...lists);
    }
    this.parts.clear();
    return value;
  }
}
