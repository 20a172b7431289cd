// Writes l10n/bundle.l10n.json, the English bundle of the runtime strings: every
// vscode.l10n.t('...') literal in src/extension. A translation is then a copy of that file as
// bundle.l10n.<locale>.json with the values translated. --check fails when the bundle is stale.
// Usage: node scripts/l10n-bundle.mjs [--check]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE = path.join(root, 'l10n/bundle.l10n.json');

/** The message literals of l10n.t('…') / l10n.t("…") calls in a source text. */
export function extractMessages(src) {
  const out = [];
  for (const m of src.matchAll(/\bl10n\.t\(\s*(['"])((?:\\.|(?!\1)[^\\\n])*)\1/g)) {
    out.push(JSON.parse(`"${m[2].replace(/\\'/g, "'").replace(/(^|[^\\])"/g, '$1\\"')}"`));
  }
  return out;
}

export function buildBundle(dir = path.join(root, 'src/extension')) {
  const messages = new Set();
  for (const f of fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.ts'))) {
    for (const m of extractMessages(fs.readFileSync(path.join(dir, f), 'utf8'))) messages.add(m);
  }
  const bundle = {};
  for (const m of [...messages].sort()) bundle[m] = m;
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = buildBundle();
  if (process.argv.includes('--check')) {
    const ok = fs.existsSync(BUNDLE) && fs.readFileSync(BUNDLE, 'utf8') === text;
    console.log(ok ? 'l10n bundle up to date' : 'l10n/bundle.l10n.json is stale: run node scripts/l10n-bundle.mjs');
    process.exit(ok ? 0 : 1);
  }
  fs.mkdirSync(path.dirname(BUNDLE), { recursive: true });
  fs.writeFileSync(BUNDLE, text);
  console.log(`wrote ${path.relative(root, BUNDLE)}: ${Object.keys(JSON.parse(text)).length} messages`);
}
