/**
 * Vitest for mutation testing of packages/venue (npm run mutation): its own tests only, and the
 * package resolved from this config's tree — Stryker mutates a sandbox copy, while the
 * workspace link in node_modules points at the original sources.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (file: string) => fileURLToPath(new URL(`../packages/venue/src/${file}`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@faultline\/venue\/testing$/, replacement: src('testing.ts') },
      { find: /^@faultline\/venue$/, replacement: src('mod.ts') },
    ],
  },
  test: {
    include: ['packages/venue/test/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
