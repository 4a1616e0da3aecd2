/**
 * Vitest for mutation testing of packages/protocol (npm run mutation): its own tests but the
 * generated code's freshness check (it regenerates the code from proto/, 12 s, and judges no
 * line of src/). Isolated (vitest-mutation.ts: the compiled codecs are built at module load, so
 * their mutants need the reload); the focused rule and unit files first, the properties last.
 * Every workspace package resolved inside this config's tree (workspace-aliases.ts), never the
 * live worktree that node_modules links to.
 */
import { defineConfig } from 'vitest/config';
import { mutationTestConfig } from './vitest-mutation.ts';

export default defineConfig(
  mutationTestConfig({
    include: ['packages/protocol/test/**/*.test.ts'],
    exclude: ['packages/protocol/test/generated-fresh.unit.test.ts'],
    isolate: true,
    first: [/rules\.unit\.test\.ts$/, /(codec|signing)\.unit\.test\.ts$/],
    last: [/\.prop\.test\.ts$/],
  }),
);
