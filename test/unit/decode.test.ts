import { describe, expect, it } from 'vitest';
import { decodeArticle } from '../../src/core/text/decode';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeArticle', () => {
  it('decodes UTF-8 and removes a UTF-8 BOM', () => {
    const r = decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Kyiv “quote”')]));
    expect(r).toEqual({ ok: true, text: 'Kyiv “quote”', encoding: 'utf-8' });
  });

  it('decodes UTF-16 LE and BE with BOM', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x3d, 0xd8, 0x00, 0xde]); // "A😀"
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0xd8, 0x3d, 0xde, 0x00]);
    expect(decodeArticle(le)).toMatchObject({ ok: true, text: 'A😀', encoding: 'utf-16le' });
    expect(decodeArticle(be)).toMatchObject({ ok: true, text: 'A😀', encoding: 'utf-16be' });
  });

  it('rejects binary files with a clear message', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const r = decodeArticle(png);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/binary/);
  });

  it('rejects invalid UTF-8 with a clear message', () => {
    const r = decodeArticle(new Uint8Array([0x41, 0xc3, 0x28, 0x42]));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/UTF-8/);
  });

  it('accepts an empty file', () => {
    expect(decodeArticle(new Uint8Array())).toEqual({ ok: true, text: '', encoding: 'utf-8' });
  });
});
