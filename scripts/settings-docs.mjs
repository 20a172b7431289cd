// The README's settings table, generated from the manifest (package.json contributes.configuration),
// where the settings and their defaults are declared once. It lives between the marker lines
//   <!-- settings:start -->  and  <!-- settings:end -->
// Usage: node scripts/settings-docs.mjs [--write | --check] [--readme FILE]
//   (no flag) print the table; --write replace it in the README (atomically); --check exit 1 when it differs.
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const START = '<!-- settings:start -->';
const END = '<!-- settings:end -->';
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const readme = path.resolve(arg('--readme') ?? path.join(root, 'README.md'));
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
// Manifest strings are %key% placeholders (localisable); the English text is in package.nls.json.
const nlsFile = path.join(root, 'package.nls.json');
const nls = fs.existsSync(nlsFile) ? JSON.parse(fs.readFileSync(nlsFile, 'utf8')) : {};
const english = (s) => (typeof s === 'string' && /^%[^%]+%$/.test(s) ? (nls[s.slice(1, -1)] ?? s) : s);

const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const rows = Object.entries(manifest.contributes?.configuration?.properties ?? {}).map(
  ([key, p]) => `| \`${key}\` | \`${JSON.stringify(p.default)}\` | ${cell(english(p.markdownDescription ?? p.description ?? ''))} |`,
);
const table = ['| Setting | Default | What it does |', '| --- | --- | --- |', ...rows].join('\n');

if (!process.argv.includes('--write') && !process.argv.includes('--check')) {
  console.log(table);
  process.exit(0);
}
const text = fs.readFileSync(readme, 'utf8');
const eol = text.includes('\r\n') ? '\r\n' : '\n';
const a = text.indexOf(START);
const b = text.indexOf(END, a + START.length);
if (a < 0 || b < 0) {
  console.error(`${path.relative(process.cwd(), readme)}: no "${START}" … "${END}" markers around the settings table`);
  process.exit(2);
}
const updated = text.slice(0, a + START.length) + eol + table.replace(/\n/g, eol) + eol + text.slice(b);
if (process.argv.includes('--check')) {
  if (updated === text) process.exit(0);
  console.error(`${path.relative(process.cwd(), readme)}: the settings table differs from package.json; run npm run docs:settings`);
  process.exit(1);
}
if (updated !== text) {
  // Write then rename: a half-written README never replaces the real one.
  const tmp = `${readme}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, updated);
  fs.renameSync(tmp, readme);
}
console.log(
  `${path.relative(process.cwd(), readme)}: settings table ${updated === text ? 'already up to date' : 'updated'} (${rows.length} settings)`,
);
