/**
 * Vitest for mutation testing of packages/consensus (npm run mutation): its own tests only, the
 * focused rule files first and the recovery property last (vitest-mutation.ts); every workspace
 * package resolved inside this config's tree (workspace-aliases.ts), never the live worktree
 * that node_modules links to.
 */
import { defineConfig } from 'vitest/config';
import { mutationTestConfig } from './vitest-mutation.ts';

export default defineConfig(
  mutationTestConfig({
    include: ['packages/consensus/test/**/*.test.ts'],
    isolate: false,
    first: [/rules\.unit\.test\.ts$/, /(certificate|evidence|validator-set|convert|commit-wedge)\.unit\.test\.ts$/],
    last: [/\.prop\./, /limits\.unit/, /bft-time/],
  }),
);
