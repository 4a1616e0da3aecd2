/**
 * Vitest for mutation testing of packages/venue (npm run mutation): its own tests except the
 * whole-history properties (venue.props: ~25 s, and a simulation that may notice a broken rule
 * much later — the issue asks whether a focused test catches it), and the package resolved from
 * this config's tree: Stryker mutates a sandbox copy, while the workspace link in node_modules
 * points at the original sources.
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
    exclude: ['packages/venue/test/venue.props.test.ts', '**/node_modules/**'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
