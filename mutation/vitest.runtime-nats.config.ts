/**
 * Vitest for mutation testing of packages/runtime/src/nats (npm run mutation -- runtime, its
 * second config: mutation/stryker.runtime-nats.config.json, recorded in the part
 * mutation/incremental/runtime.nats.json): every runtime test, the *nats*.int tests too — each
 * starts its own nats-server on a loopback port it picks — so the NATS host, log, world, auth and
 * server helper are judged by the tests against a real broker as well as by the in-memory fakes
 * of the *.unit rule files (run first: a mutant they kill costs no broker). The main config
 * (vitest.runtime.config.ts) leaves the int tests out: a runtime run stays broker-free.
 *
 * A test that waits on a broken broker path fails at 15 s (not the shared 60 s): the int tests'
 * own waits are capped at 5-10 s, so a mutant that hangs one is killed without reaching
 * Stryker's timeout (30 s over the test's own time, then a new worker).
 */
import { defineConfig } from 'vitest/config';
import { mutationTestConfig } from './vitest-mutation.ts';

const config = mutationTestConfig({
  include: ['packages/runtime/test/**/*.test.ts'],
  // The determinism property's "two OS processes" case runs the original sources, not the mutant.
  testNamePattern: '^(?!.*two separate OS processes)',
  // Isolated, as the main runtime config: log-recovery.rules replaces @nats-io/jetstream with vi.mock.
  isolate: true,
  first: [/rules\.unit\.test\.ts$/, /nats-log-repair/, /broker-restart-fault/],
  last: [/\.int\.test\.ts$/, /\.prop\./, /sim-planted-bugs/, /sim-faults/],
});
config.test = { ...config.test, testTimeout: 15_000, hookTimeout: 15_000 };

export default defineConfig(config);
