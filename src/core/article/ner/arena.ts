// Scratch memory for per-sentence arrays. Many small typed arrays each get their own
// off-heap backing store, and that external memory drives V8 into frequent full GCs; views
// into a few large chunks avoid it. Only inside withArena (one article at runtime); outside
// it (training keeps its arrays) these are ordinary allocations.

const CHUNK = 1 << 20;

let chunks: ArrayBuffer[] = [new ArrayBuffer(CHUNK)];
let chunk = chunks[0];
let offset = 0;
/** Bytes of `chunk` that may have been written: a fresh chunk is zero, so views past this need no fill. */
let dirty = 0;
let active = false;
/** Whether the view just taken may hold old values (set by `take`). */
let reused = false;

function take(bytes: number): [ArrayBuffer, number] {
  offset = (offset + 7) & ~7;
  if (offset + bytes > chunk.byteLength) {
    chunk = new ArrayBuffer(Math.max(CHUNK, bytes));
    chunks.push(chunk);
    offset = 0;
    dirty = 0;
  }
  const at = offset;
  offset += bytes;
  reused = at < dirty;
  if (offset > dirty) dirty = offset;
  return [chunk, at];
}

/** Zero-filled views. */
export function f64(n: number): Float64Array {
  if (!active) return new Float64Array(n);
  const [b, o] = take(n * 8);
  const v = new Float64Array(b, o, n);
  return reused ? v.fill(0) : v;
}
export function i32(n: number): Int32Array {
  if (!active) return new Int32Array(n);
  const [b, o] = take(n * 4);
  const v = new Int32Array(b, o, n);
  return reused ? v.fill(0) : v;
}
export function u32(n: number): Uint32Array {
  if (!active) return new Uint32Array(n);
  const [b, o] = take(n * 4);
  const v = new Uint32Array(b, o, n);
  return reused ? v.fill(0) : v;
}
export function u16(n: number): Uint16Array {
  if (!active) return new Uint16Array(n);
  const [b, o] = take(n * 2);
  const v = new Uint16Array(b, o, n);
  return reused ? v.fill(0) : v;
}
export function u8(n: number): Uint8Array {
  if (!active) return new Uint8Array(n);
  const [b, o] = take(n);
  const v = new Uint8Array(b, o, n);
  return reused ? v.fill(0) : v;
}

/** Runs fn with scratch allocation, then frees it all: fn's result must not hold views. */
export function withArena<T>(fn: () => T): T {
  if (active) return fn();
  active = true;
  try {
    return fn();
  } finally {
    active = false;
    reset();
  }
}

function reset(): void {
  chunks = [chunks.reduce((a, b) => (b.byteLength > a.byteLength ? b : a))];
  chunk = chunks[0];
  offset = 0;
  dirty = chunk.byteLength; // the kept chunk has been written: its views are filled again
}
