/**
 * blocks-resume-after-heal counts from a real heal only: a run's start (a live run's processes
 * starting on a busy machine) is not one, nor is a heal, restart or resume with no fault before
 * it. The same RunObserver judges the simulator's and live runs, so both worlds agree.
 */
import { describe, expect, it } from 'vitest';
import { createVenueState } from '@faultline/venue';
import { testVenueConfig } from '@faultline/venue/testing';
import { RunObserver, lastFaultEndUs } from '@faultline/sim';
import type { FaultEvent } from '@faultline/runtime';

const S = 1_000_000;
const { config: venue } = testVenueConfig();

/** A run whose primary replica executes blocks at the given times (seconds), judged at `endS`. */
function judge(faults: FaultEvent[], blocksAtS: number[], endS: number, world: 'sim' | 'live' = 'live') {
  const observer = new RunObserver({ world, venue, faults, replicaIds: [] });
  const state = createVenueState(venue);
  blocksAtS.forEach((atS, i) => observer.executed('observer', i + 1, state, [], 'ab', atS * S));
  return observer.finish(endS * S).verdicts['blocks-resume-after-heal'];
}

describe('blocks-resume-after-heal: only a real heal counts', () => {
  it('a run without faults whose first block came 40 s after its start is not judged (start-up is not a heal)', () => {
    for (const world of ['sim', 'live'] as const) {
      const verdict = judge([], [40, 41, 42], 100, world);
      expect(verdict?.status, world).toBe('not-evaluated');
      expect(verdict?.status === 'not-evaluated' ? verdict.why : '').toMatch(/no fault/);
    }
  });

  it('a heal, restart or resume alone heals nothing', () => {
    const endings: FaultEvent[] = [
      { kind: 'heal', atUs: 5 * S },
      { kind: 'restart', atUs: 6 * S, actors: ['exec-1'] },
      { kind: 'resume', atUs: 7 * S, actors: ['exec-1'] },
    ];
    expect(lastFaultEndUs(endings)).toBe(0);
    expect(judge(endings, [40], 100)?.status).toBe('not-evaluated');
  });

  it('a real fault is judged from its end: passed when blocks resume within the bound, failed when they do not', () => {
    const partition: FaultEvent[] = [{ kind: 'partition', atUs: 2 * S, groups: [['validator-1', 'validator-2'], ['validator-3', 'validator-4']], durationUs: 3 * S }];
    expect(lastFaultEndUs(partition)).toBe(5 * S);
    expect(judge(partition, [1, 6], 100)?.status).toBe('passed');
    expect(judge(partition, [1, 40], 100)?.status).toBe('failed');
  });
});
