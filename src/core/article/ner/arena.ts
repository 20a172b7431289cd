// Scratch memory for per-sentence arrays. Many small typed arrays each get their own
// off-heap backing store, and that external memory drives V8 into frequent full GCs; views
// into a few large chunks avoid it. Only inside withArena (one article at runtime); outside
// it (training keeps its arrays) these are ordinary allocations.

const CHUNK = 1 << 20;

let chunks: ArrayBuffer[] = [new ArrayBuffer(CHUNK)];
let chunk = chunks[0];
let offset = 0;
let active = false;

function take(bytes: number): [ArrayBuffer, number] {
  offset = (offset + 7) & ~7;
  if (offset + bytes > chunk.byteLength) {
    chunk = new ArrayBuffer(Math.max(CHUNK, bytes));
    chunks.push(chunk);
    offset = 0;
  }
  const at = offset;
  offset += bytes;
  return [chunk, at];
}

/** Zero-filled views. */
export function f64(n: number): Float64Array {
  if (!active) return new Float64Array(n);
  const [b, o] = take(n * 8);
  return new Float64Array(b, o, n).fill(0);
}
export function i32(n: number): Int32Array {
  if (!active) return new Int32Array(n);
  const [b, o] = take(n * 4);
  return new Int32Array(b, o, n).fill(0);
}
export function u32(n: number): Uint32Array {
  if (!active) return new Uint32Array(n);
  const [b, o] = take(n * 4);
  return new Uint32Array(b, o, n).fill(0);
}
export function u16(n: number): Uint16Array {
  if (!active) return new Uint16Array(n);
  const [b, o] = take(n * 2);
  return new Uint16Array(b, o, n).fill(0);
}
export function u8(n: number): Uint8Array {
  if (!active) return new Uint8Array(n);
  const [b, o] = take(n);
  return new Uint8Array(b, o, n).fill(0);
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
}
