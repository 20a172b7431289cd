// Turns file bytes into article text, or a clear reason why the file is not a text article.

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; message: string };

/** Looks at the bytes: BOMs (UTF-8, UTF-16 LE/BE), NUL bytes (binary), invalid UTF-8. */
export function decodeArticle(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: stripBom(new TextDecoder('utf-16le').decode(bytes.subarray(2))), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: stripBom(new TextDecoder('utf-16be').decode(bytes.subarray(2))), encoding: 'utf-16be' };
  }
  const probe = bytes.subarray(0, 64 * 1024);
  if (probe.includes(0)) return { ok: false, message: 'binary file (contains NUL bytes), not a text article' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: 'not valid UTF-8 text (save the article as UTF-8)' };
  }
  return { ok: true, text: stripBom(text), encoding: 'utf-8' };
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
