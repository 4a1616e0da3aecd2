/**
 * Vitest for mutation testing of packages/protocol (npm run mutation): its own tests only; every
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
    include: ['packages/protocol/test/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
