// files.associations globs <-> what the corpus scan searches. VS Code matches an association that
// contains "/" against the file's whole (absolute) path and one without "/" against its name, both
// case-insensitively; `workspace.findFiles` matches an include pattern relative to a base folder.
// These pure helpers translate between the two so that the language and the scan agree.

/** Where to search and what to match there: `pattern` is relative to the absolute folder `base`. */
export interface ScanTarget {
  base: string;
  pattern: string;
}

// What makes a segment more than a literal (escapeGlob turns each into a one-character class).
const META = /[*?[\]{}]/;

/** Forward slashes; a Windows drive path "C:\x" becomes "C:/x". */
export function toPosixPath(p: string): string {
  return p.replace(/\\/g, '/');
}

/**
 * Makes a literal path safe inside a VS Code glob. A one-character class is VS Code's only escape on
 * every platform: "[" -> "[[]", "]" -> "[]]", "}" -> "[}]", "*" -> "[*]", "?" -> "[?]". "{" -> "[{]"
 * only when a "}" follows in the same path segment: VS Code splits a glob into segments outside
 * braces, so an unclosed "{" would swallow the rest; that "{" becomes "?" (any one character).
 */
export function escapeGlob(literal: string): string {
  return literal
    .split('/')
    .map((seg) => seg.replace(/[*?[\]{}]/g, (c, at: number) => (c === '{' && seg.indexOf('}', at) < 0 ? '?' : `[${c}]`)))
    .join('/');
}

/** Undoes `escapeGlob` for a segment made only of literals and one-character classes; null if it has real globbing. */
export function unescapeSegment(segment: string): string | null {
  const literal = segment.replace(/\[([^\\^!-]|\])\]/g, (_m, c: string) => `\u0000${c}`);
  if (META.test(literal.replace(/\u0000./g, ''))) return null;
  return literal.replace(/\u0000(.)/g, '$1');
}

/** The association glob for "every .txt under this folder" (absolute, escaped). */
export function folderAssociationGlob(folderPath: string): string {
  const p = toPosixPath(folderPath).replace(/\/+$/, '');
  return `${escapeGlob(p)}/**/*.txt`;
}

export function isAbsoluteGlob(glob: string): boolean {
  return glob.startsWith('/') || /^[a-zA-Z]:\//.test(glob);
}

export type GlobKind = 'name' | 'absolute' | 'anywhere' | 'relative';

/**
 * - name: no "/" ("*.article"): VS Code matches the file name, anywhere.
 * - absolute: "/data/news/**\/*.txt".
 * - anywhere: "**\/news/*.txt": VS Code matches it against the absolute path.
 * - relative: "news/*.txt": VS Code never applies it (it is matched against the absolute path);
 *   the scan reads it relative to each workspace folder, which is what its author meant.
 */
export function globKind(glob: string): GlobKind {
  const g = toPosixPath(glob);
  if (!g.includes('/')) return 'name';
  if (isAbsoluteGlob(g)) return 'absolute';
  if (g.startsWith('**/')) return 'anywhere';
  return 'relative';
}

/**
 * What to search for one association glob, given the workspace folders' absolute paths. An
 * absolute glob is searched from its longest literal folder prefix, so a folder outside the
 * workspace or one with "[" or "{" in its name is found as the association finds it.
 */
export function scanTargets(glob: string, workspaceFolders: readonly string[]): ScanTarget[] {
  const g = toPosixPath(glob.trim());
  if (!g) return [];
  const folders = workspaceFolders.map((f) => toPosixPath(f).replace(/\/+$/, '') || '/');
  switch (globKind(g)) {
    case 'name':
      return folders.map((base) => ({ base, pattern: `**/${g}` }));
    case 'anywhere':
      return folders.map((base) => ({ base, pattern: g }));
    case 'relative':
      return folders.map((base) => ({ base, pattern: g.replace(/^\.\//, '') }));
    case 'absolute': {
      const segments = g.split('/');
      const base: string[] = [];
      let i = 0;
      // The last segment is the file pattern: keep at least it in the pattern.
      for (; i < segments.length - 1; i++) {
        const lit = unescapeSegment(segments[i]);
        if (lit === null) break;
        base.push(lit);
      }
      const root = base.join('/') || '/';
      return [{ base: root, pattern: segments.slice(i).join('/') }];
    }
  }
}

/** The workspace-relative scan targets for the globs the `news` language claims in package.json. */
export const BUILT_IN_NEWS_GLOBS: readonly string[] = ['**/*.news.txt', '**/seeds/*.txt'];

/** Globs of files.associations entries that map to `language`. */
export function associationsFor(associations: Record<string, unknown> | undefined, language: string): string[] {
  return Object.entries(associations ?? {})
    .filter(([glob, lang]) => lang === language && typeof glob === 'string' && glob.trim() !== '')
    .map(([glob]) => glob);
}
