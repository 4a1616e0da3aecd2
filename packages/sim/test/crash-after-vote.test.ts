/**
 * The `crash-after-vote` fault kind in the simulator: a crash timed to an event (a validator's
 * next vote), not a time — a nemesis that acts on what it sees. It is what the planted
 * `no-persist-before-vote` needs: a validator restarted with no vote in its log casts a
 * different one at the same height and round.
 */
import { describe, expect, it } from 'vitest';
import { runConsensus } from '@faultline/sim';
import type { FaultSchedule } from '@faultline/runtime';

const S = 1_000_000;

describe('crash-after-vote', () => {
  it('crashes the validator right after the first vote it publishes from atUs on, and restarts it durationUs later', () => {
    const publishes: Array<{ timeUs: number; vote: boolean }> = [];
    const summary = runConsensus({
      validators: 4,
      seed: 2,
      durationUs: 8 * S,
      faults: { version: 1, faults: [{ kind: 'crash-after-vote', atUs: 4 * S, durationUs: 300_000, actors: ['validator-2'] }] },
      prepare: (sim) => sim.observePublishes((m) => m.from === 'validator-2' && m.timeUs >= 4 * S && publishes.push({ timeUs: m.timeUs, vote: m.envelope.vote?.validatorId === 'validator-2' })),
    });
    const vote = publishes.find((p) => p.vote);
    expect(vote).toBeDefined();
    // Nothing from it after that vote's step until it is back, 0.3 s later.
    const next = publishes.find((p) => p.timeUs > (vote?.timeUs ?? 0));
    expect(next?.timeUs).toBe((vote?.timeUs ?? 0) + 300_000);
    expect(summary.agreement).toBe(true);
    expect(summary.heights['validator-2']).toBeGreaterThan(6);
  });

  it('an actor that never votes is never crashed and the run ends; a trigger lapses after withinUs', () => {
    const neverVotes = runConsensus({ validators: 4, seed: 2, durationUs: 6 * S, faults: { version: 1, faults: [{ kind: 'crash-after-vote', atUs: 1 * S, durationUs: 100_000, actors: ['client-1'] }] } });
    expect(neverVotes.txsSubmitted).toBeGreaterThan(50);
    expect(neverVotes.height).toBeGreaterThan(3);
    // validator-2 is held down past its trigger's 0.5 s: back at 3 s it votes again and is not crashed.
    let backAt: number | undefined;
    let lastPublishUs = 0;
    runConsensus({
      validators: 4,
      seed: 2,
      durationUs: 6 * S,
      faults: { version: 1, faults: [{ kind: 'crash', atUs: 1 * S, durationUs: 2 * S, actors: ['validator-2'] }, { kind: 'crash-after-vote', atUs: 1_100_000, withinUs: 500_000, durationUs: 100_000, actors: ['validator-2'] }] },
      prepare: (sim) =>
        sim.observePublishes((m) => {
          if (m.from !== 'validator-2' || m.timeUs < 2 * S) return;
          backAt ??= m.timeUs;
          lastPublishUs = m.timeUs;
        }),
    });
    expect(backAt).toBe(3 * S);
    expect(lastPublishUs).toBeGreaterThan(5 * S);
  });

  /**
   * From 4.5 s validator-3 is cut off (the height needs validator-2's votes), validator-2 crashes
   * right after its next vote (a prevote for the height's block) and restarts 0.1 s later, and
   * from 4.55 s proposals reach it 3 s late: restarted at round 0, it times out into a nil prevote.
   */
  const schedule: FaultSchedule = {
    version: 1,
    faults: [
      { kind: 'partition', atUs: 4_500_000, durationUs: 5 * S, groups: [['validator-3'], ['validator-1', 'validator-2', 'validator-4', 'client-1']] },
      { kind: 'crash-after-vote', atUs: 4_500_000, durationUs: 100_000, actors: ['validator-2'] },
      { kind: 'delay-kind', atUs: 4_550_000, durationUs: 5 * S, messageKind: 'proposal', delayUs: 3 * S, to: ['validator-2'] },
    ],
  };

  it('with no-persist-before-vote planted, the restarted validator votes again differently: no-equivocation fails by name', () => {
    const summary = runConsensus({ validators: 4, seed: 1, durationUs: 12 * S, faults: schedule, variant: 'no-persist-before-vote' });
    expect(summary.verdicts['no-equivocation']?.status).toBe('failed');
    expect(summary.violations.find((v) => v.invariant === 'no-equivocation')?.detail).toMatch(/validator-2 signed two different prevotes/);
  });

  it('the correct validator logs its vote before sending it: the same schedule passes', () => {
    const summary = runConsensus({ validators: 4, seed: 1, durationUs: 12 * S, faults: schedule });
    expect(summary.verdicts['no-equivocation']?.status).toBe('passed');
    expect(summary.agreement).toBe(true);
  });
});
