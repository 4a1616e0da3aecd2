/**
 * Vitest for mutation testing of packages/runtime (npm run mutation): its fast tests only — no
 * nats-server (the NATS host and log are tested against in-memory fakes in *.unit tests), no
 * second OS process — and the package resolved from this config's tree: Stryker mutates a
 * sandbox copy, while the workspace link in node_modules points at the original sources.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (file: string) => fileURLToPath(new URL(`../packages/runtime/src/${file}`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@faultline\/runtime\/sim$/, replacement: src('sim/mod.ts') },
      { find: /^@faultline\/runtime\/nats$/, replacement: src('nats/mod.ts') },
      { find: /^@faultline\/runtime\/demo$/, replacement: src('demo/mod.ts') },
      { find: /^@faultline\/runtime\/testing$/, replacement: src('testing/mod.ts') },
      { find: /^@faultline\/runtime$/, replacement: src('mod.ts') },
    ],
  },
  test: {
    include: ['packages/runtime/test/**/*.test.ts'],
    exclude: ['**/*nats*.int.test.ts', '**/node_modules/**'],
    // The determinism property's "two OS processes" case runs the original sources, not the mutant.
    testNamePattern: '^(?!.*two separate OS processes)',
    testTimeout: 60_000,
    pool: 'forks',
  },
});
