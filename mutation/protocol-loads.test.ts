/**
 * Mutation testing of packages/protocol only (vitest.protocol.config.ts runs it first): the
 * package's sources load. A static mutant that breaks module evaluation (the compiled encoder's
 * source made invalid, e.g. encode.ts's `'    try {'` emptied) makes every test file fail to load,
 * and Stryker 9.6 with vitest 4.1 scores a run in which no test completed as survived
 * (stryker-js#6213): found in the 13:26 run, three false survivors in encode.ts. Imported inside a
 * test, the failure is a failing test, and the mutant is killed.
 */
import { expect, it } from 'vitest';

it('the protocol sources load', async () => {
  const protocol = await import('@faultline/protocol');
  expect(typeof protocol.encodeMessage).toBe('function');
});
