/**
 * Fault schedule paths the other rule files leave open: a delay-kind fault's `to` list and a
 * skew fault's `actors` list are checked at their own paths.
 */
import { expect, it } from 'vitest';
import { FaultScheduleError, parseFaultSchedule } from '@faultline/runtime';

const pathOf = (event: Record<string, unknown>): string => {
  try {
    parseFaultSchedule({ version: 1, faults: [event] });
  } catch (error) {
    if (error instanceof FaultScheduleError) return error.path;
    throw error;
  }
  throw new Error('expected a FaultScheduleError');
};

it('a delay-kind fault\'s to list and a skew fault\'s actors are checked at their paths', () => {
  expect(pathOf({ kind: 'delay-kind', atUs: 0, messageKind: 'vote', delayUs: 1, to: [] })).toBe('$.faults[0].to');
  expect(pathOf({ kind: 'delay-kind', atUs: 0, messageKind: 'vote', delayUs: 1, from: [1] })).toBe('$.faults[0].from[0]');
  expect(pathOf({ kind: 'skew', atUs: 0, actors: [], skewUs: 1 })).toBe('$.faults[0].actors');
});
