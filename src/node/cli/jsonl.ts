// JSON Lines in and out, streamed: memory stays constant whatever the input size. Lines end in
// LF, CRLF or a lone CR (raw CR cannot occur inside a JSON line); a BOM at the start of each input
// is dropped; blank lines are skipped; a line longer than the limit is reported, never buffered.
import type { Writable } from 'node:stream';

/** One input line: parsed JSON, or why it could not be read. `line` counts from 1 per input. */
export type JsonLine = { line: number; value: unknown } | { line: number; error: string };

export const DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024;

const LF = 0x0a;
const CR = 0x0d;

/** Raw lines (bytes, terminator removed) of a byte stream; over-long lines come back as `null`. */
export async function* byteLines(input: AsyncIterable<Buffer | string>, maxBytes = DEFAULT_MAX_LINE_BYTES): AsyncGenerator<Buffer | null> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  const flush = (): Buffer | null => {
    const out = tooLong ? null : parts.length === 1 ? parts[0] : Buffer.concat(parts, size);
    parts = [];
    size = 0;
    tooLong = false;
    return out;
  };
  const keep = (b: Buffer) => {
    if (tooLong || !b.length) return;
    if (size + b.length > maxBytes) {
      tooLong = true; // drop what we have: the line is reported, not kept
      parts = [];
      size = 0;
    } else {
      parts.push(b);
      size += b.length;
    }
  };
  // A CR just ended a line: an LF right after it (maybe in the next chunk) is part of the same CRLF.
  let pendingCR = false;
  for await (const chunk of input) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let from = 0;
    for (let i = 0; i < buf.length; i++) {
      const c = buf[i];
      if (c !== LF && c !== CR) continue;
      if (c === LF && pendingCR && i === from) {
        pendingCR = false;
        from = i + 1;
        continue;
      }
      keep(buf.subarray(from, i));
      yield flush();
      pendingCR = c === CR;
      from = i + 1;
    }
    if (from < buf.length) {
      pendingCR = false;
      keep(buf.subarray(from));
    }
  }
  if (size || tooLong) yield flush();
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Parsed lines of one input (a file stream or stdin). Never throws on content, only on I/O. */
export async function* jsonLines(input: AsyncIterable<Buffer | string>, maxBytes = DEFAULT_MAX_LINE_BYTES): AsyncGenerator<JsonLine> {
  let line = 0;
  for await (const raw of byteLines(input, maxBytes)) {
    line++;
    if (raw === null) {
      yield { line, error: `line longer than ${Math.round(maxBytes / 1048576)} MB` };
      continue;
    }
    let text: string;
    try {
      text = decoder.decode(raw);
    } catch {
      yield { line, error: 'not valid UTF-8' };
      continue;
    }
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (!text.trim()) continue;
    try {
      yield { line, value: JSON.parse(text) };
    } catch (e) {
      yield { line, error: `malformed JSON: ${(e as Error).message}` };
    }
  }
}

/** The output stream failed (e.g. the reader of a pipe went away): the run stops. */
export class OutputError extends Error {}

/** Writes lines to a stream, waiting for 'drain' when its buffer is full (backpressure). */
export class LineWriter {
  private failed: OutputError | null = null;

  constructor(private readonly out: Writable) {
    out.on('error', (e) => (this.failed = new OutputError(`cannot write output: ${e.message}`)));
  }

  /** Resolves once the stream can take more; rejects when the stream failed (e.g. EPIPE). */
  async write(value: unknown): Promise<void> {
    await this.writeRaw(JSON.stringify(value) + '\n');
  }

  async writeRaw(s: string): Promise<void> {
    if (this.failed) throw this.failed;
    if (!this.out.write(s)) {
      await new Promise<void>((resolve, reject) => {
        const done = () => {
          this.out.off('drain', done);
          this.out.off('error', fail);
          this.out.off('close', done);
          resolve();
        };
        const fail = (e: Error) => {
          this.out.off('drain', done);
          this.out.off('close', done);
          reject(new OutputError(`cannot write output: ${e.message}`));
        };
        this.out.once('drain', done);
        this.out.once('error', fail);
        this.out.once('close', done);
      });
    }
    if (this.failed) throw this.failed;
  }

  /** Resolves when everything written has been flushed. */
  end(): Promise<void> {
    return new Promise((resolve) => {
      if (this.failed || this.out === process.stdout || this.out === process.stderr) {
        // stdout is never ended; a final empty write calls back once earlier writes are flushed
        if (this.failed) resolve();
        else this.out.write('', () => resolve());
      } else this.out.end(() => resolve());
    });
  }
}
