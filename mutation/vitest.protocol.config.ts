/**
 * Vitest for mutation testing of packages/protocol (npm run mutation): its own tests but the
 * generated code's freshness check; every
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
    // generated-fresh regenerates the code from proto/ (12 s) and judges no line of src/.
    exclude: ['packages/protocol/test/generated-fresh.unit.test.ts', '**/node_modules/**'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
