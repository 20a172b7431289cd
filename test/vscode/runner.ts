// A tiny, dependency-free test runner for the extension host (mocha would work too, but this keeps the
// bundle small and the output greppable). Each test prints "[ext-test] PASS|FAIL name"; the run ends
// with "[ext-test] N passed, N failed". run() rejects when anything failed, which the workbench turns
// into a non-zero exit code.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

type Test = { name: string; fn: () => Promise<void> | void; timeoutMs: number };
const tests: Test[] = [];

export function test(name: string, fn: Test['fn'], timeoutMs = 30_000): void {
  tests.push({ name, fn, timeoutMs });
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Polls until fn returns a truthy value. Analysis runs in a worker thread and diagnostics arrive
 * after decorations, so every check on rendered state waits instead of sleeping a fixed time.
 */
export async function waitFor<X>(
  what: string,
  fn: () => X | undefined | null | false | 0 | Promise<X | undefined | null | false | 0>,
  ms = 15_000,
): Promise<X> {
  const end = Date.now() + ms;
  let lastError: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      lastError = e; // e.g. an assertion inside fn: keep polling, report the last one
    }
    if (Date.now() > end) {
      const why = lastError instanceof Error ? `: ${lastError.message}` : '';
      throw new Error(`timed out after ${ms} ms waiting for ${what}${why}`);
    }
    await sleep(50);
  }
}

/** ONLY=substring runs the matching tests alone (set it in the environment of run-exthost-tests.js). */
export async function run(): Promise<void> {
  const only = process.env.ONLY;
  const selected = only ? tests.filter((t) => t.name.includes(only)) : tests;
  const results: { name: string; ok: boolean; error?: string; ms: number }[] = [];
  for (const t of selected) {
    const t0 = Date.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`test timed out after ${t.timeoutMs} ms`)), t.timeoutMs);
      });
      await Promise.race([Promise.resolve().then(t.fn), timeout]);
      results.push({ name: t.name, ok: true, ms: Date.now() - t0 });
      console.log(`[ext-test] PASS ${t.name} (${Date.now() - t0} ms)`);
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      results.push({ name: t.name, ok: false, error, ms: Date.now() - t0 });
      console.log(`[ext-test] FAIL ${t.name}: ${error.replace(/\n/g, ' | ')}`);
    } finally {
      clearTimeout(timer);
    }
  }
  const failed = results.filter((r) => !r.ok).length;
  const summary = `${results.length - failed} passed, ${failed} failed`;
  console.log(`[ext-test] ${summary} (vscode ${vscode.version}, node ${process.version})`);
  const out = process.env.EXT_TEST_RESULTS;
  if (out) {
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, JSON.stringify({ summary, vscode: vscode.version, results }, null, 2));
  }
  if (failed) throw new Error(summary);
}
