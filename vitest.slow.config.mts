import { defineConfig } from 'vitest/config';
import { shared } from './vitest.config.mts';

// The slow tier (npm run test:slow): *.slow.test.ts only.
export default defineConfig({
  ...shared,
  // One file at a time: the 1 MB cases assert wall-time bounds, which a parallel `npm pack` would distort.
  test: { ...shared.test, include: ['test/unit/**/*.slow.test.ts'], testTimeout: 120000, fileParallelism: false },
});
