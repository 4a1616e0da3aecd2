/**
 * The simulator's signing thread (runtime sim/signer.ts, SimulationOptions.signing 'worker') makes
 * the signatures node:crypto makes here (ed25519 is deterministic) and the frames carrying them
 * are encoded at their first delivery instead of at publish: every run must trace byte for byte as
 * on one thread — honest runs of several seeds, runs with crashes, restarts (a restarted validator
 * reads its write-ahead votes), lossy and duplicating links, every Byzantine behaviour, every
 * planted consensus bug, and venue scenarios — and give the same verdicts. Every signature a run
 * asked the thread for is read when the run ends; the thread is kept for the next run.
 */
import { describe, expect, it } from 'vitest';
import { BYZANTINE_BEHAVIOURS, DYDX_TIMEOUTS } from '@faultline/consensus';
import { CONSENSUS_VARIANTS } from '@faultline/consensus/testing';
import type { FaultSchedule } from '@faultline/runtime';
import { sharedSigner, type Simulation } from '@faultline/runtime/sim';
import { loadScenarioFile, runConsensus, runVenue, scenarioSetup, type ConsensusRunOptions } from '@faultline/sim';

const S = 1_000_000;

/** A consensus run on one thread and with the signing thread: the same trace, verdicts and heights; every job of its lease read. */
function bothWays(options: ConsensusRunOptions, committing = true): void {
  const one = runConsensus({ ...options, signing: 'main' });
  let sim: Simulation | undefined;
  const two = runConsensus({
    ...options,
    signing: 'worker',
    prepare: (s, validators) => {
      sim = s;
      options.prepare?.(s, validators);
    },
  });
  expect(two.traceHash).toBe(one.traceHash);
  expect(two.heights).toEqual(one.heights);
  expect(two.verdicts).toEqual(one.verdicts);
  expect(two.violations).toEqual(one.violations);
  expect(two.rejectedMessages).toBe(one.rejectedMessages);
  if (committing) expect(one.height).toBeGreaterThan(0);
  // Not vacuous: the worker signed (its start-up lets the first signatures be made here).
  const stats = sim?.signerStats();
  expect(stats).toBeDefined();
  expect((stats?.jobs ?? 0) + (stats?.signedHere ?? 0)).toBeGreaterThan(0);
  // Every signature the run asked the worker for was read out before the thread stopped.
  expect(stats?.reads).toBe(stats?.jobs);
}

const faults: FaultSchedule = {
  version: 1,
  faults: [
    { kind: 'crash', atUs: 1 * S, durationUs: 1 * S, actors: ['validator-3'] },
    { kind: 'crash-after-vote', atUs: 3 * S, durationUs: 200_000, actors: ['validator-2'] },
    { kind: 'link', atUs: 0, durationUs: 6 * S, from: ['*'], to: ['*'], dropPpm: 50_000, duplicatePpm: 50_000, reorderPpm: 50_000 },
    { kind: 'partition', atUs: 6 * S, durationUs: 2 * S, groups: [['validator-1', 'validator-2'], ['validator-3', 'validator-4']] },
    { kind: 'crash', atUs: 9 * S, durationUs: 500_000, actors: ['validator-1', 'validator-4'] },
  ],
};

describe('signing on a worker thread traces as signing here', () => {
  it('empty blocks with a 10 ms commit wait, seeds 1-4 (the bench run)', () => {
    for (const seed of [1, 2, 3, 4]) bothWays({ validators: 4, seed, durationUs: 6 * S, timeouts: { ...DYDX_TIMEOUTS, commitUs: 10_000 }, txIntervalUs: 0, txsPerTick: 0 });
  });

  it('crashes, restarts, crash after a vote, lossy links and a partition, with client txs', () => {
    for (const seed of [5, 6]) bothWays({ validators: 4, seed, durationUs: 14 * S, faults, txIntervalUs: 50_000 });
  });

  it('every Byzantine behaviour', () => {
    for (const behaviour of BYZANTINE_BEHAVIOURS) bothWays({ validators: 4, seed: 11, durationUs: 10 * S, byzantine: { 'validator-2': behaviour }, txIntervalUs: 100_000 });
  });

  it('every planted consensus bug', () => {
    const splitBrain: FaultSchedule = { version: 1, faults: [{ kind: 'partition', atUs: 3 * S, durationUs: 6 * S, groups: [['validator-1', 'validator-2'], ['validator-3', 'validator-4']] }] };
    for (const variant of CONSENSUS_VARIANTS) bothWays({ validators: 4, seed: 13, durationUs: 12 * S, variant, faults: splitBrain, txIntervalUs: 100_000 }, false);
  });

  it('venue scenarios: the same trace, final state hash and verdicts', () => {
    for (const name of ['baseline', 'byzantine-validator']) {
      const scenario = loadScenarioFile(new URL(`../../../scenarios/${name}.json`, import.meta.url).pathname);
      const setup = () => scenarioSetup({ ...scenario, durationUs: 20 * S }, 3);
      const one = runVenue(setup(), { signing: 'main' });
      const two = runVenue(setup(), { signing: 'worker' });
      expect(two.traceHash).toBe(one.traceHash);
      expect(two.finalStateHash).toBe(one.finalStateHash);
      expect(two.verdicts).toEqual(one.verdicts);
      expect(two.sim).toEqual(one.sim);
    }
  });

  it('once runConsensus returns its lease is settled (every job read, no signer offered) and the next run shares the thread', () => {
    let sim: Simulation | undefined;
    runConsensus({ validators: 4, seed: 1, durationUs: 5 * S, txIntervalUs: 0, signing: 'worker', prepare: (s) => (sim = s) });
    const stats = sim?.signerStats();
    expect(stats?.reads).toBe(stats?.jobs);
    // A closed simulation offers no signer: an actor started after it signs at once.
    expect(sim?.signerForActors()).toBeUndefined();
    const thread = sharedSigner();
    let next: Simulation | undefined;
    runConsensus({ validators: 4, seed: 2, durationUs: 5 * S, txIntervalUs: 0, signing: 'worker', prepare: (s) => (next = s) });
    expect(sharedSigner()).toBe(thread);
    // The thread was up from the start: every signature of the second run went to it.
    expect(next?.signerStats()).toMatchObject({ signedHere: 0 });
    expect(next?.signerStats()?.jobs).toBeGreaterThan(0);
  });
});
