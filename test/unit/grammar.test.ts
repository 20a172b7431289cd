// The TextMate grammar, run through the same engine VS Code uses (vscode-textmate + Oniguruma).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const root = path.join(__dirname, '../..');
let grammar: textmate.IGrammar;

beforeAll(async () => {
  const wasm = fs.readFileSync(path.join(root, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (p) => new oniguruma.OnigScanner(p),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async () =>
      textmate.parseRawGrammar(fs.readFileSync(path.join(root, 'syntaxes/news.tmLanguage.json'), 'utf8'), 'news.tmLanguage.json'),
  });
  grammar = (await registry.loadGrammar('text.news'))!;
});

/** The scopes of the token that covers `needle` on each line of `text`. */
function scopesOf(text: string, needle: string): string[] {
  let state = textmate.INITIAL;
  for (const line of text.split('\n')) {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    const at = line.indexOf(needle);
    if (at >= 0) return r.tokens.find((t) => t.startIndex <= at && at < t.endIndex)!.scopes;
  }
  throw new Error(`${needle} not found`);
}

describe('news grammar', () => {
  it('marks the date header', () => {
    expect(scopesOf(' date 2025-01-16 Your support…', 'date')).toContain('keyword.other.header.news');
    expect(scopesOf(' date 2025-01-16 Your support…', '2025-01-16')).toContain('constant.numeric.date.header.news');
  });

  it('marks straight and curly quotes, and a quote inside a curly quote', () => {
    expect(scopesOf('He said "we are ready" today.', 'ready')).toContain('string.quoted.double.news');
    expect(scopesOf('He said “we are ready” today.', 'ready')).toContain('string.quoted.double.curly.news');
    expect(scopesOf('He said “we are ready” today.', 'today')).not.toContain('string.quoted.double.curly.news');
  });

  it('ends an unbalanced quote at the end of the paragraph', () => {
    const text = 'She said “this never closes\nThe next paragraph is not quoted.';
    expect(scopesOf(text, 'next paragraph')).not.toContain('string.quoted.double.curly.news');
  });

  it('marks datelines and captions', () => {
    expect(scopesOf('LONDON 1996-08-30 - Shares rose.', 'LONDON')).toContain('entity.name.section.dateline.news');
    expect(scopesOf('WASHINGTON (Reuters) - The Senate voted.', 'WASHINGTON')).toContain('entity.name.section.dateline.news');
    expect(scopesOf('open image in gallery A crowd gathers ( PA Wire )', 'crowd')).toContain('comment.line.caption.news');
    expect(scopesOf('ReutersThe minister arrives[/caption]', 'minister')).toContain('comment.line.caption.news');
  });

  it('does not take an ordinary sentence for a dateline', () => {
    expect(scopesOf('The minister arrived in Kyiv.', 'minister')).not.toContain('entity.name.section.dateline.news');
  });
});
