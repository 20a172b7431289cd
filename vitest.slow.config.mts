import { defineConfig } from 'vitest/config';
import { shared } from './vitest.config.mts';

// The slow tier (npm run test:slow): *.slow.test.ts only.
export default defineConfig({
  ...shared,
  test: { ...shared.test, include: ['test/unit/**/*.slow.test.ts'], testTimeout: 120000 },
});
