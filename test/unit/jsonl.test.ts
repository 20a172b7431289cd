import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { byteLines, jsonLines, LineWriter } from '../../src/node/cli/jsonl';

async function* chunks(...parts: (string | Buffer)[]) {
  for (const p of parts) yield typeof p === 'string' ? Buffer.from(p, 'utf8') : p;
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('JSON Lines reader', () => {
  it('reads LF, CRLF and lone CR endings, even when a CRLF is split across chunks', async () => {
    const lines = await collect(jsonLines(chunks('{"a":1}\r', '\n{"a":2}\r{"a":3}\n{"a"', ':4}')));
    expect(lines).toEqual([
      { line: 1, value: { a: 1 } },
      { line: 2, value: { a: 2 } },
      { line: 3, value: { a: 3 } },
      { line: 4, value: { a: 4 } },
    ]);
  });

  it('drops a BOM, skips blank lines and keeps astral characters whole across chunks', async () => {
    const rocket = Buffer.from('{"t":"🚀 go"}\n', 'utf8');
    const lines = await collect(jsonLines(chunks('\uFEFF{"t":1}\n\n   \n', rocket.subarray(0, 8), rocket.subarray(8))));
    expect(lines).toEqual([
      { line: 1, value: { t: 1 } },
      { line: 4, value: { t: '🚀 go' } },
    ]);
  });

  it('reports malformed JSON and invalid UTF-8 by line number and goes on', async () => {
    const lines = await collect(jsonLines(chunks('{"ok":1}\n{"broken":\n', Buffer.from([0xff, 0xfe, 0x0a]), '{"ok":2}')));
    expect(lines[0]).toEqual({ line: 1, value: { ok: 1 } });
    expect(lines[1]).toMatchObject({ line: 2, error: expect.stringMatching(/malformed JSON/) });
    expect(lines[2]).toEqual({ line: 3, error: 'not valid UTF-8' });
    expect(lines[3]).toEqual({ line: 4, value: { ok: 2 } });
  });

  it('gives nothing for empty input', async () => {
    expect(await collect(jsonLines(chunks()))).toEqual([]);
    expect(await collect(jsonLines(chunks('', '\n\r\n')))).toEqual([]);
  });

  it('reports a line over the limit without keeping it, then reads the next', async () => {
    const huge = 'x'.repeat(1000);
    const parts = ['{"a":"', ...Array(50).fill(huge), '"}\n{"b":2}\n'];
    const lines = await collect(jsonLines(chunks(...parts), 10_000));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ line: 1, error: expect.stringMatching(/longer than/) });
    expect(lines[1]).toEqual({ line: 2, value: { b: 2 } });
    // the raw reader yields null for it, never a 50 kB buffer
    const raw = await collect(byteLines(chunks(...parts), 10_000));
    expect(raw[0]).toBeNull();
  });
});

describe('JSON Lines writer', () => {
  it('waits for drain when the reader is slow (backpressure) and loses no line', async () => {
    const got: string[] = [];
    let pending = 0;
    const slow = new Writable({
      highWaterMark: 64,
      write(chunk, _enc, cb) {
        pending++;
        setTimeout(() => {
          got.push(String(chunk));
          pending--;
          cb();
        }, 1);
      },
    });
    const w = new LineWriter(slow);
    let maxBuffered = 0;
    for (let k = 0; k < 200; k++) {
      await w.write({ k, pad: 'y'.repeat(100) });
      maxBuffered = Math.max(maxBuffered, slow.writableLength);
    }
    await w.end();
    expect(pending).toBe(0);
    expect(got.join('').trim().split('\n').map((l) => JSON.parse(l).k)).toEqual([...Array(200).keys()]);
    expect(maxBuffered).toBeLessThan(1000); // never more than one line over the mark
  });

  it('fails the write when the stream has failed (a closed pipe)', async () => {
    const out = new PassThrough();
    const w = new LineWriter(out);
    out.destroy(new Error('EPIPE'));
    await new Promise((r) => setImmediate(r));
    await expect(w.write({ a: 1 })).rejects.toThrow(/cannot write output/);
  });
});
