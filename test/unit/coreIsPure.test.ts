import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

// The core must run outside VS Code (CLI, workers, tests): it may not import `vscode` or node I/O.
describe('src/core purity', () => {
  const dir = path.join(__dirname, '../../src/core');
  const files = fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.ts'));
  it('has source files', () => expect(files.length).toBeGreaterThan(5));
  for (const f of files) {
    it(`${f} imports neither vscode nor node:fs`, () => {
      const src = fs.readFileSync(path.join(dir, f), 'utf8');
      expect(src).not.toMatch(/from ['"]vscode['"]|require\(['"]vscode['"]\)/);
      expect(src).not.toMatch(/from ['"](node:)?fs(\/promises)?['"]/);
    });
  }
});
