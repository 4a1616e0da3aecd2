/**
 * Vitest for mutation testing of packages/actors (npm run mutation): the validator's sources only
 * (stryker.actors.config.json mutates src/validator), judged by the validator's and its
 * write-ahead log's tests, the focused rule files first; every workspace package resolved inside
 * this config's tree (workspace-aliases.ts).
 */
import { defineConfig } from 'vitest/config';
import { mutationTestConfig } from './vitest-mutation.ts';

export default defineConfig(
  mutationTestConfig({
    include: ['packages/actors/test/validator*.test.ts', 'packages/actors/test/wal-*.test.ts'],
    isolate: false,
    first: [/rules\.unit\.test\.ts$/],
    last: [/validator-core\.test\.ts$/, /validator-relay\.test\.ts$/],
  }),
);
