/**
 * A sync request the interval refuses (SYNC_REQUEST_INTERVAL_US, 500 ms since the last) is asked
 * when the interval ends, not forgotten. Forgotten, nothing asked again until the next claim — and
 * a validator that needs a second sync within 0.5 s and is the next proposer gets no claims (its
 * peers wait for its proposal): it waited for a status, 1 s (BENCHMARKS.md "Session 37 stall",
 * "What is left"). Bounded: one pending claim and one timer whatever the claims; a peer that claims
 * heights it does not have is not the one every retry asks.
 */
import { describe, expect, it } from 'vitest';
import type { faultline } from '@faultline/protocol';
import type { CoreEffect } from '../src/core/effects.ts';
import { decide, initialValidatorState, SYNC_GRACE_TIMER, type ValidatorState } from '../src/validator/validator-core.ts';
import { base, Net } from './validator-net.ts';

const INTERVAL_US = 500_000;
const requests = (effects: readonly CoreEffect[]) =>
  effects.flatMap((e) => (e.kind === 'publish' && (e.body as faultline.v1.IEnvelope).blockRequest ? [{ to: e.subject, fromHeight: Number((e.body as faultline.v1.IEnvelope).blockRequest!.fromHeight) }] : []));
const graceTimers = (effects: readonly CoreEffect[]) => effects.flatMap((e) => (e.kind === 'set-timer' && e.timer === SYNC_GRACE_TIMER ? [e.delayUs] : []));

/** The committed chain of four validators run to height 8 (base: 10 ms commit waits). */
function chainOfEight(): faultline.v1.ICommittedBlock[] {
  const net = new Net(base);
  for (const id of ['validator-1', 'validator-2', 'validator-3', 'validator-4']) net.step(id, { kind: 'start' });
  net.runUntil(() => net.states.get('validator-2')!.consensus.committedHeight >= 8);
  return net.states.get('validator-2')!.consensus.chain.slice(0, 8);
}

/**
 * A fresh validator-1 that asked validator-2 at 1 s (a claim of 8) and synced heights 1–3 at
 * 1.002 s from `answeredBy`'s blocks: validator-2's answer (see "an answer that advances the chain"
 * below), or by default validator-4's (an earlier request's late answer: validator-2's is still out).
 */
function askedOnce(chain: faultline.v1.ICommittedBlock[], answeredBy = 'validator-4'): ValidatorState {
  const v1 = initialValidatorState(base, 'validator-1');
  decide(v1, { kind: 'start' }, 0);
  expect(requests(decide(v1, { kind: 'status', from: 'validator-2', committedHeight: 8 }, 1_000_000).effects)).toEqual([{ to: 'sync.validator-2', fromHeight: 1 }]);
  decide(v1, { kind: 'blocks', blocks: chain.slice(0, 3), from: answeredBy }, 1_002_000);
  expect(v1.consensus.committedHeight).toBe(3);
  return v1;
}

const claim = (v1: ValidatorState, from: string, committedHeight: number, nowUs: number) => decide(v1, { kind: 'status', from, committedHeight }, nowUs).effects;
const grace = (v1: ValidatorState, nowUs: number) => decide(v1, { kind: 'timer', timer: SYNC_GRACE_TIMER }, nowUs).effects;

describe('a sync request refused by the interval', () => {
  const chain = chainOfEight();

  it('is asked at the end of the interval, from the height after the chain, when no further claim comes', () => {
    const v1 = askedOnce(chain);
    // 100 ms later a claim of 8 (validator-3's, two and more above): refused, and a timer for the rest of the interval.
    const refused = claim(v1, 'validator-3', 8, 1_100_000);
    expect(requests(refused)).toEqual([]);
    expect(graceTimers(refused)).toEqual([1_000_000 + INTERVAL_US - 1_100_000]);
    // Nothing else arrives (the peers wait for this validator's proposal): the timer asks.
    expect(requests(grace(v1, 1_500_000))).toEqual([{ to: 'sync.validator-3', fromHeight: 4 }]);
    expect(v1.counters.syncRequests).toBe(2);
    decide(v1, { kind: 'blocks', blocks: chain.slice(3, 8), from: 'validator-3' }, 1_502_000);
    expect(v1.consensus.committedHeight).toBe(8);
  });

  it('is not asked when the chain reached the claim meanwhile', () => {
    const v1 = askedOnce(chain);
    claim(v1, 'validator-3', 5, 1_100_000);
    decide(v1, { kind: 'blocks', blocks: chain.slice(3, 5), from: 'validator-4' }, 1_200_000);
    expect(requests(grace(v1, 1_500_000))).toEqual([]);
    expect(v1.counters.syncRequests).toBe(1);
  });

  it('a flood of claims within the interval arms one timer and costs one request per interval', () => {
    const v1 = askedOnce(chain);
    const effects: CoreEffect[] = [];
    for (let i = 0; i < 200; i++) effects.push(...claim(v1, 'validator-3', 8 + i, 1_100_000 + i * 1_000));
    expect(requests(effects)).toEqual([]);
    expect(graceTimers(effects)).toHaveLength(1);
    expect(requests(grace(v1, 1_500_000))).toEqual([{ to: 'sync.validator-3', fromHeight: 4 }]);
    // Claims go on after it (no answer yet): again one timer, for the next interval's end, and no request before it.
    const next: CoreEffect[] = [];
    for (let i = 0; i < 200; i++) next.push(...claim(v1, 'validator-3', 300, 1_500_001 + i * 1_000));
    expect(requests(next)).toEqual([]);
    expect(graceTimers(next)).toEqual([INTERVAL_US - 1]);
    expect(v1.counters.syncRequests).toBe(2);
  });

  it('the pending claim prefers a peer other than the one asked last: a peer claiming heights it does not have is not asked every time', () => {
    const v1 = initialValidatorState(base, 'validator-1');
    decide(v1, { kind: 'start' }, 0);
    // validator-4 claims height 1,000 and never answers.
    expect(requests(claim(v1, 'validator-4', 1_000, 1_000_000))).toEqual([{ to: 'sync.validator-4', fromHeight: 1 }]);
    claim(v1, 'validator-4', 1_000, 1_100_000);
    claim(v1, 'validator-2', 8, 1_200_000);
    claim(v1, 'validator-4', 1_001, 1_300_000);
    expect(requests(grace(v1, 1_500_000))).toEqual([{ to: 'sync.validator-2', fromHeight: 1 }]);
    decide(v1, { kind: 'blocks', blocks: chain, from: 'validator-2' }, 1_502_000);
    expect(v1.consensus.committedHeight).toBe(8);
  });

  it('a claim of the height after ours waiting its commit wait, then refused by the interval, is asked at the interval end', () => {
    const v1 = askedOnce(chain);
    // One above the chain: the grace of one commit wait (10 ms).
    expect(graceTimers(claim(v1, 'validator-2', 4, 1_100_000))).toEqual([base.timeouts!.commitUs]);
    // A claim further above while it waits: no second timer.
    expect(graceTimers(claim(v1, 'validator-3', 6, 1_105_000))).toEqual([]);
    // The grace ends inside the interval: refused, so it waits for the interval's end.
    const refused = grace(v1, 1_110_000);
    expect(requests(refused)).toEqual([]);
    expect(graceTimers(refused)).toEqual([1_000_000 + INTERVAL_US - 1_110_000]);
    // validator-2, asked last, gave way to validator-3's claim (see the peer preference above).
    expect(requests(grace(v1, 1_500_000))).toEqual([{ to: 'sync.validator-3', fromHeight: 4 }]);
  });
});

describe('an answer that advances the chain ends the interval', () => {
  const chain = chainOfEight();

  it('the next claim after it asks at once (before: refused until the interval ended, 500 ms after the first request)', () => {
    const v1 = initialValidatorState(base, 'validator-1');
    decide(v1, { kind: 'start' }, 0);
    expect(requests(claim(v1, 'validator-2', 8, 1_000_000))).toHaveLength(1);
    // validator-2's answer: blocks 1–3 applied; nothing pending, so no timer.
    expect(graceTimers(decide(v1, { kind: 'blocks', blocks: chain.slice(0, 3), from: 'validator-2' }, 1_002_000).effects)).toEqual([]);
    expect(requests(claim(v1, 'validator-3', 8, 1_010_000))).toEqual([{ to: 'sync.validator-3', fromHeight: 4 }]);
    expect(v1.counters.syncRequests).toBe(2);
  });

  it('a claim refused before the answer came is asked a commit wait after it, not at the interval end', () => {
    const v1 = initialValidatorState(base, 'validator-1');
    decide(v1, { kind: 'start' }, 0);
    expect(requests(claim(v1, 'validator-2', 8, 1_000_000))).toEqual([{ to: 'sync.validator-2', fromHeight: 1 }]);
    expect(graceTimers(claim(v1, 'validator-3', 8, 1_001_000))).toEqual([INTERVAL_US - 1_000]);
    const answered = decide(v1, { kind: 'blocks', blocks: chain.slice(0, 3), from: 'validator-2' }, 1_002_000).effects;
    expect(v1.consensus.committedHeight).toBe(3);
    expect(graceTimers(answered)).toEqual([base.timeouts!.commitUs]);
    expect(requests(grace(v1, 1_012_000))).toEqual([{ to: 'sync.validator-3', fromHeight: 4 }]);
  });

  it('a refused claim the answer reaches exactly is not asked again: no timer', () => {
    const v1 = initialValidatorState(base, 'validator-1');
    decide(v1, { kind: 'start' }, 0);
    expect(requests(claim(v1, 'validator-2', 8, 1_000_000))).toHaveLength(1);
    expect(graceTimers(claim(v1, 'validator-3', 3, 1_001_000))).toEqual([INTERVAL_US - 1_000]);
    expect(graceTimers(decide(v1, { kind: 'blocks', blocks: chain.slice(0, 3), from: 'validator-2' }, 1_002_000).effects)).toEqual([]);
    expect(v1.consensus.committedHeight).toBe(3);
  });

  it('an answer from a peer not asked, or one that advances nothing, leaves the interval as it was', () => {
    const v1 = initialValidatorState(base, 'validator-1');
    decide(v1, { kind: 'start' }, 0);
    expect(requests(claim(v1, 'validator-2', 8, 1_000_000))).toHaveLength(1);
    // validator-4, not asked, sends blocks 1–3: applied, but the request to validator-2 is still out.
    const unasked = decide(v1, { kind: 'blocks', blocks: chain.slice(0, 3), from: 'validator-4' }, 1_002_000).effects;
    expect(v1.consensus.committedHeight).toBe(3);
    expect(graceTimers(unasked)).toEqual([]);
    expect(requests(claim(v1, 'validator-3', 8, 1_003_000))).toEqual([]);
    // validator-2's answer, copies of blocks held already: nothing advanced, still refused.
    decide(v1, { kind: 'blocks', blocks: chain.slice(0, 3), from: 'validator-2' }, 1_004_000);
    expect(requests(claim(v1, 'validator-3', 8, 1_005_000))).toEqual([]);
    expect(v1.counters.syncRequests).toBe(1);
  });
});
