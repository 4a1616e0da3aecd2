/**
 * Vitest for mutation testing of packages/protocol (npm run mutation): its own tests but the
 * generated code's freshness check (it regenerates the code from proto/, 12 s, and judges no
 * line of src/). One fresh module graph per Stryker run, shared by its files (mutation-setup.ts:
 * the compiled codecs are built at module load, so their static mutants need the reload, and the
 * memos must not outlive a run); the focused rule and unit files first, the properties last.
 * Every workspace package resolved inside this config's tree (workspace-aliases.ts), never the
 * live worktree that node_modules links to.
 */
import { defineConfig } from 'vitest/config';
import { mutationTestConfig } from './vitest-mutation.ts';

export default defineConfig(
  mutationTestConfig({
    include: ['packages/protocol/test/**/*.test.ts', 'mutation/protocol-loads.test.ts'],
    exclude: ['packages/protocol/test/generated-fresh.unit.test.ts'],
    isolate: false,
    env: { FAULTLINE_MUTATION_FRESH_PER_RUN: '1' },
    // The load check always first: a mutant that breaks module evaluation must meet it before a
    // file whose static imports fail (a file that failed the previous run would otherwise lead).
    pinned: [/protocol-loads\.test\.ts$/],
    first: [/rules\.unit\.test\.ts$/, /(codec|signing)\.unit\.test\.ts$/],
    last: [/\.prop\.test\.ts$/],
    // A test file that fails outside its tests (a static mutant its top-level code runs) fails this.
    loadCheck: { file: /protocol-loads\.test\.ts$/, test: 'every other test file of the run loads' },
  }),
);
