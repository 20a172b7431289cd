// Writes a file so a crash never leaves it half-written: a temporary file beside it, then renamed
// over the target (rename is atomic within a folder). `durable` also flushes it to disk first
// (the store: the reader's work); exports can be made again and skip the costly fsync.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** `data` may come in pieces (an iterable of strings): large exports are never one string. */
export function writeFileAtomic(file: string, data: string | Uint8Array | Iterable<string>, options: { durable?: boolean } = {}): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const fd = fs.openSync(tmp, 'w');
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) fs.writeFileSync(fd, data);
    else writeChunks(fd, data);
    if (options.durable !== false) fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/** Writes the pieces in batches of about a megabyte (one system call per piece would be slow). */
function writeChunks(fd: number, chunks: Iterable<string>): void {
  let batch: string[] = [];
  let length = 0;
  for (const c of chunks) {
    batch.push(c);
    length += c.length;
    if (length >= 1 << 20) {
      fs.writeSync(fd, batch.join(''));
      batch = [];
      length = 0;
    }
  }
  if (batch.length) fs.writeSync(fd, batch.join(''));
}
