// A readable port of VS Code's glob-to-RegExp (src/vs/base/common/glob.ts, MIT, the generic path that
// files.associations patterns with "[" or "{" take), so unit tests can check what VS Code will match.
// Checked against the workbench of VS Code 1.139 in test/vscode/newcomer.
const SEP = '[/\\\\]';
const NOT_SEP = '[^/\\\\]';
const escapeRe = (s: string) => s.replace(/[\\{}*+?|^$.[\]()]/g, '\\$&');

function star(kind: 1 | 2, last = false): string {
  return kind === 1 ? `${NOT_SEP}*?` : `(?:${SEP}|${NOT_SEP}+${SEP}${last ? `|${SEP}${NOT_SEP}+` : ''})*?`;
}

/** Splits on `sep` outside braces and brackets, exactly as VS Code does (brackets do not nest). */
function split(s: string, sep: string): string[] {
  const out: string[] = [];
  let inBraces = false;
  let inBrackets = false;
  let cur = '';
  for (const c of s) {
    if (c === sep && !inBraces && !inBrackets) {
      out.push(cur);
      cur = '';
      continue;
    }
    if (c === '{') inBraces = true;
    else if (c === '}') inBraces = false;
    else if (c === '[') inBrackets = true;
    else if (c === ']') inBrackets = false;
    cur += c;
  }
  if (cur) out.push(cur);
  return out;
}

function toRegExpSource(glob: string): string {
  const segments = split(glob, '/');
  if (segments.every((s) => s === '**')) return '.*';
  let re = '';
  let previousWasGlobstar = false;
  segments.forEach((segment, i) => {
    if (segment === '**') {
      if (!previousWasGlobstar) re += star(2, i === segments.length - 1);
    } else {
      let inBraces = false;
      let braceVal = '';
      let inBrackets = false;
      let bracketVal = '';
      for (const c of segment) {
        if (c !== '}' && inBraces) {
          braceVal += c;
          continue;
        }
        if (inBrackets && (c !== ']' || !bracketVal)) {
          bracketVal += c === '-' ? c : (c === '^' || c === '!') && !bracketVal ? '^' : c === '/' ? '' : escapeRe(c);
          continue;
        }
        switch (c) {
          case '{': inBraces = true; continue;
          case '[': inBrackets = true; continue;
          case '}': re += `(?:${split(braceVal, ',').map(toRegExpSource).join('|')})`; inBraces = false; braceVal = ''; break;
          case ']': re += `[${bracketVal}]`; inBrackets = false; bracketVal = ''; break;
          case '?': re += NOT_SEP; continue;
          case '*': re += star(1); continue;
          default: re += escapeRe(c);
        }
      }
      if (i < segments.length - 1 && (segments[i + 1] !== '**' || i + 2 < segments.length)) re += SEP;
    }
    previousWasGlobstar = segment === '**';
  });
  return re;
}

/** Does VS Code's glob `glob` match `path` (case-insensitively, as files.associations does)? */
export function vscodeGlobMatches(glob: string, path: string): boolean {
  return new RegExp(`^${toRegExpSource(glob)}$`, 'i').test(path);
}
