// The reader's corrections stored beside an article, read synchronously for the batch CLI.
import * as fs from 'node:fs';
import type { ReaderAnnotation } from '../../core/annotations/model';
import { parseStore } from '../../core/annotations/w3c';
import { decodeArticle } from '../../core/text/decode';
import { storePathFor } from './storeFile';

/**
 * The annotations with a correction in the store of `articlePath` (none when it has no store).
 * A store that cannot be read is reported through `warn` and ignored; it is never changed.
 */
export function storedCorrections(articlePath: string, articleText: string, warn: (msg: string) => void): ReaderAnnotation[] {
  const file = storePathFor(articlePath);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') warn(`warning: ${file}: cannot read: ${(e as Error).message}\n`);
    return [];
  }
  const decoded = decodeArticle(bytes);
  const parsed = decoded.ok ? parseStore(decoded.text, { text: articleText }) : { ok: false as const, message: decoded.message };
  if (!parsed.ok) {
    warn(`warning: ${file}: not an annotation store (${parsed.message}); its corrections are not applied\n`);
    return [];
  }
  for (const p of parsed.problems) warn(`warning: ${file}: item ${p.item + 1}: ${p.message}\n`);
  return parsed.annotations.filter((a) => a.correction);
}
