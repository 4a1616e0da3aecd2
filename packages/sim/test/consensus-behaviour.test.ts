/** Validators facing bad input and Byzantine peers, in the simulator. */
import { describe, expect, it } from 'vitest';
import { deriveKeyPair, encodeEnvelope, pb } from '@faultline/protocol';
import { signVote } from '@faultline/consensus';
import { Simulation } from '@faultline/runtime/sim';
import type { Host } from '@faultline/runtime';
import { runConsensus } from '@faultline/sim';
import type { ValidatorActor } from '@faultline/actors';

const S = 1_000_000;

describe('validators under bad input', () => {
  it('reject malformed, unknown, badly signed, far-future and misrouted messages with a counted reason, and keep committing', () => {
    let validators: Map<string, ValidatorActor> | undefined;
    let simulation: Simulation | undefined;
    const attacker = {
      id: 'attacker',
      factory: (host: Host) => ({
        start() {
          const junk = new Uint8Array(64).fill(3);
          const attack = () => {
            const height = 1 + Math.max(0, ...[...(validators?.values() ?? [])].map((v) => v.consensus.committedHeight));
            host.publish('consensus.attacker', { vote: { type: pb.VoteType.VOTE_TYPE_PREVOTE, height, round: 0, blockHash: new Uint8Array(32), validatorId: 'mallory', timestampUs: 1, signature: junk } });
            host.publish('consensus.attacker', { vote: { type: pb.VoteType.VOTE_TYPE_PRECOMMIT, height, round: 0, blockHash: new Uint8Array(32), validatorId: 'validator-1', timestampUs: 1, signature: junk } });
            const forged = signVote({ type: pb.VoteType.VOTE_TYPE_PREVOTE, height, round: 10_000, blockHash: new Uint8Array(32), validatorId: 'validator-2', timestampUs: 1 }, deriveKeyPair(99, 'not-validator-2').privateKey);
            host.publish('consensus.attacker', { vote: forged });
            host.publish('consensus.attacker', { proposal: { height, round: 0, polRound: -1, proposerId: 'validator-3', blockHash: new Uint8Array(32), signature: junk } });
            host.publish('consensus.attacker', { hedgeOrder: { hedgerId: 'x' } });
            simulation?.injectRaw('validator-1', 'consensus.attacker', new Uint8Array([0xff, 0x01, 0x02]));
            simulation?.injectRaw('validator-1', 'consensus.attacker', encodeEnvelope({ sender: 'attacker', ping: { n: 1 } }).subarray(0, 5));
            host.setTimer(500_000, attack);
          };
          host.setTimer(500_000, attack);
        },
      }),
    };
    const summary = runConsensus({
      validators: 4,
      seed: 3,
      durationUs: 20 * S,
      extraActors: [attacker],
      prepare: (sim, actors) => {
        validators = actors;
        simulation = sim;
      },
    });
    expect(summary.agreement).toBe(true);
    expect(summary.height).toBeGreaterThan(15);
    const reasons = [...validators!.get('validator-1')!.counters.rejectReasons.keys()].join('\n');
    expect(reasons).toMatch(/unknown validator mallory/);
    expect(reasons).toMatch(/bad signature/);
    expect(reasons).toMatch(/unexpected hedgeOrder/);
    expect(summary.rejectedMessages).toBeGreaterThan(100);
  });
});

describe('Byzantine validators', () => {
  it('a double-voting validator is caught: equivocation evidence is committed as a transaction, and the chain agrees', () => {
    const summary = runConsensus({ validators: 4, seed: 8, durationUs: 20 * S, byzantine: { 'validator-4': 'double-vote' } });
    expect(summary.agreement).toBe(true);
    expect(summary.height).toBeGreaterThan(10);
    expect(summary.violations).toEqual([]);
    expect(summary.evidenceCommitted).toBeGreaterThan(0);
  });

  it('an equivocating proposer double-signs and is caught: duplicate-vote evidence of it is committed; with the same seed and no Byzantine validator, none', () => {
    const summary = runConsensus({ validators: 4, seed: 9, durationUs: 20 * S, byzantine: { 'validator-4': 'equivocate' } });
    expect(summary.agreement).toBe(true);
    expect(summary.validity).toBe(true);
    expect(summary.evidenceCommitted).toBeGreaterThan(0);
    expect(runConsensus({ validators: 4, seed: 9, durationUs: 20 * S }).evidenceCommitted).toBe(0);
  });

  it.each(['equivocate', 'invalid-block', 'withhold', 'replay'] as const)('with one %s validator of 4 the honest ones agree and keep committing', (behaviour) => {
    const summary = runConsensus({ validators: 4, seed: 9, durationUs: 30 * S, byzantine: { 'validator-2': behaviour } });
    expect(summary.agreement).toBe(true);
    expect(summary.validity).toBe(true);
    expect(summary.height).toBeGreaterThan(10);
  });
});
