/**
 * The validator service's warm-up (warm-up.ts): it runs the real per-block code on a scratch
 * chain, and leaves no trace in a real one — its validators are not real ones (ids, keys), the
 * config it is given is only read, the process is not left in the simulator's sharing mode, and a
 * consensus run after a warm-up is the same, trace hash for trace hash, as one before it.
 */
import { describe, expect, it } from 'vitest';
import { DYDX_TIMEOUTS } from '@faultline/consensus';
import { deriveKeyPair, sharingVerifications } from '@faultline/protocol';
import { runConsensus } from '@faultline/sim';
import { warmUpValidator, WARM_UP_IDS, WARM_UP_KEY_SEED } from '../src/validator/warm-up.ts';

const FAST = { ...DYDX_TIMEOUTS, commitUs: 10_000 };

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

describe('validator warm-up on a scratch chain', () => {
  it('commits heights of orders on its own chain (the per-block paths run)', () => {
    const summary = warmUpValidator({ timeouts: FAST }, { durationUs: 200_000, ordersPerSecond: 2_000 });
    expect(summary.orders).toBe(400);
    expect(summary.heights).toBeGreaterThanOrEqual(5);
    expect(summary.cpuUs).toBeGreaterThan(0);
    // Its orders are admitted and committed, not refused: the paths warmed are the order path's.
    expect(summary.txsCommitted).toBeLessThanOrEqual(summary.orders);
    expect(summary.txsCommitted).toBeGreaterThanOrEqual(summary.orders - 60);
  });

  it('runs with the real config limits (a block holds at most blockTxsMax of its orders)', () => {
    const summary = warmUpValidator({ timeouts: FAST, limits: { blockTxsMax: 3 } }, { durationUs: 200_000, ordersPerSecond: 2_000 });
    expect(summary.txsCommitted).toBeGreaterThan(0);
    expect(summary.txsCommitted).toBeLessThanOrEqual(3 * summary.heights);
  });

  it('its validators are not real ones: other ids, other keys', () => {
    for (const id of WARM_UP_IDS) expect(id).not.toMatch(/^validator-/);
    const scratch = new Set(WARM_UP_IDS.map((id) => Buffer.from(deriveKeyPair(WARM_UP_KEY_SEED, id).publicKeyRaw).toString('hex')));
    for (const seed of [0, 1, 7, 42, WARM_UP_KEY_SEED]) {
      for (let n = 1; n <= 10; n++) expect(scratch.has(Buffer.from(deriveKeyPair(seed, `validator-${n}`).publicKeyRaw).toString('hex'))).toBe(false);
    }
  });

  it('only reads the real config (a deeply frozen one is accepted and unchanged)', () => {
    const config = deepFreeze({ validatorIds: ['validator-1', 'validator-2', 'validator-3', 'validator-4'], keySeed: 7, timeouts: { ...FAST }, limits: { blockTxsMax: 500 } });
    const before = JSON.stringify(config);
    warmUpValidator(config, { durationUs: 100_000, ordersPerSecond: 1_000 });
    expect(JSON.stringify(config)).toBe(before);
  });

  it('leaves the process out of the simulator sharing mode (a live validator verifies every signature itself)', () => {
    expect(sharingVerifications()).toBe(false);
    warmUpValidator({ timeouts: FAST }, { durationUs: 100_000, ordersPerSecond: 1_000 });
    expect(sharingVerifications()).toBe(false);
  });

  it('a real chain run after a warm-up is the same as one before it (trace hash, heights, txs)', () => {
    const run = () => runConsensus({ validators: 4, seed: 11, durationUs: 4_000_000, timeouts: FAST, txIntervalUs: 2_000, txsPerTick: 3 });
    const before = run();
    warmUpValidator({ timeouts: FAST }, { durationUs: 300_000, ordersPerSecond: 2_000 });
    const after = run();
    expect(before.height).toBeGreaterThan(10);
    expect(after.traceHash).toBe(before.traceHash);
    expect(after.heights).toEqual(before.heights);
    expect(after.txsCommitted).toBe(before.txsCommitted);
  });
});
