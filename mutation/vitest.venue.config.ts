/**
 * Vitest for mutation testing of packages/venue (npm run mutation): its own tests except the
 * whole-history properties (venue.props: ~25 s, and a simulation that may notice a broken rule
 * much later — the issue asks whether a focused test catches it); every
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
    include: ['packages/venue/test/**/*.test.ts'],
    exclude: ['packages/venue/test/venue.props.test.ts', '**/node_modules/**'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
