import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Vite's resolver misses chrono-node's "./*" export pattern that Node and esbuild follow.
    alias: { 'chrono-node/en': fileURLToPath(new URL('./node_modules/chrono-node/dist/esm/locales/en/index.js', import.meta.url)) },
  },
  test: {
    include: ['test/unit/**/*.test.ts'],
    testTimeout: 20000,
  },
});
