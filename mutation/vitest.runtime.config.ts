/**
 * Vitest for mutation testing of packages/runtime (npm run mutation): its fast tests only — no
 * nats-server (the NATS host and log are tested against in-memory fakes in *.unit tests), no
 * second OS process; every
 * workspace package resolved inside this config's tree (workspace-aliases.ts), never the live
 * worktree that node_modules links to.
 */
import { defineConfig } from 'vitest/config';
import { workspaceAliases } from './workspace-aliases.ts';

export default defineConfig({
  resolve: {
    alias: workspaceAliases(),
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
