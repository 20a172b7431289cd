import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Test tiers: `npm run test:unit` runs test/unit/**/*.test.ts except *.slow.test.ts (1 MB adversarial
// inputs, property-based runs, npm pack); `npm run test:slow` (vitest.slow.config.mts) runs only those.
export const shared = {
  resolve: {
    // Vite's resolver misses chrono-node's "./*" export pattern that Node and esbuild follow.
    alias: { 'chrono-node/en': fileURLToPath(new URL('./node_modules/chrono-node/dist/esm/locales/en/index.js', import.meta.url)) },
  },
  test: {
    testTimeout: 20000,
    // A test that asserts nothing fails: "no test passes without asserting something".
    expect: { requireAssertions: true },
  },
};

export default defineConfig({
  ...shared,
  test: { ...shared.test, include: ['test/unit/**/*.test.ts'], exclude: ['test/unit/**/*.slow.test.ts', '**/node_modules/**'] },
});
