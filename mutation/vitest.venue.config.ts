/**
 * Vitest for mutation testing of packages/venue (npm run mutation): its own tests except the
 * whole-history properties (venue.props: ~25 s, and a simulation that may notice a broken rule
 * much later — the issue asks whether a focused test catches it). Focused rule and scenario
 * files run first, the properties last (vitest-mutation.ts); every workspace package resolved
 * inside this config's tree (workspace-aliases.ts), never the live worktree that node_modules
 * links to.
 */
import { defineConfig } from 'vitest/config';
import { mutationTestConfig } from './vitest-mutation.ts';

export default defineConfig(
  mutationTestConfig({
    include: ['packages/venue/test/**/*.test.ts'],
    exclude: ['packages/venue/test/venue.props.test.ts'],
    isolate: false,
    first: [/\.rules\.test\.ts$/, /scenarios\.test\.ts$/, /genesis-opening/, /referee\.(variants|holes|unjudged)/],
    last: [/props\.test\.ts$/, /bad-input/, /limits/, /referee\.ledger/, /book\.model/],
  }),
);
