/**
 * Vitest for mutation testing of packages/actors/src/core (npm run mutation -- actors, its second
 * config: mutation/stryker.actors-core.config.json, recorded in the part
 * mutation/incremental/actors.core.json): the shared actor core — the chart keeper every actor's
 * control statechart runs in (chart.ts), the effect runner (run-effects.ts), the core-actor shell —
 * judged by every actors test: the chart and effect-runner rule files first, then the actors'
 * cores, whose runs go through both. Isolated, unlike the validator's config: chart.ts remembers
 * what it worked out per machine, transition and snapshot (WeakMaps at module scope), and a
 * machine built once at a module's load (the actors' charts) would keep the answer an earlier run
 * computed without the mutant — the mutant never runs and "survives" (session 33's first run:
 * chart.ts 61.6 %, among its survivors a reentry-plan mutant its rule file kills when run alone).
 */
import { defineConfig } from 'vitest/config';
import { mutationTestConfig } from './vitest-mutation.ts';

export default defineConfig(
  mutationTestConfig({
    include: ['packages/actors/test/**/*.test.ts'],
    isolate: true,
    first: [/chart-.*\.test\.ts$/, /run-effects-.*\.test\.ts$/],
    last: [/validator-core\.test\.ts$/, /validator-relay\.test\.ts$/, /execution\.test\.ts$/],
  }),
);
