/**
 * Vitest for mutation testing of packages/runtime (npm run mutation): its fast tests only — no
 * nats-server (the NATS host and log are tested against in-memory fakes in *.unit tests), no
 * second OS process; the focused rule files first, the properties last (vitest-mutation.ts);
 * every workspace package resolved inside this config's tree (workspace-aliases.ts), never the
 * live worktree that node_modules links to.
 */
import { defineConfig } from 'vitest/config';
import { mutationTestConfig } from './vitest-mutation.ts';

export default defineConfig(
  mutationTestConfig({
    include: ['packages/runtime/test/**/*.test.ts'],
    exclude: ['**/*nats*.int.test.ts'],
    // The determinism property's "two OS processes" case runs the original sources, not the mutant.
    testNamePattern: '^(?!.*two separate OS processes)',
    // Isolated: log-recovery.rules replaces @nats-io/jetstream with vi.mock, which cannot reach a
    // module graph shared with the files that import the NATS log first (durability.rules in a
    // fresh sandbox's alphabetical order: every runtime dry run failed on "inboxPrefix").
    isolate: true,
    first: [/rules\.unit\.test\.ts$/, /fault-schedule-fields/, /broker-restart-fault/, /contract-sim/],
    last: [/\.prop\./, /sim-planted-bugs/, /sim-faults/, /nats-log-repair/],
  }),
);
