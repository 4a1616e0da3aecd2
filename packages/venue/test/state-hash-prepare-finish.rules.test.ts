/**
 * The state hash's root in two steps (state-hash.ts, StateHashCache.prepare / finish): prepare
 * encodes the changed leaves and hands out the bytes of the buckets to hash, finish takes their
 * sha256 digests, in that order, and gives the root — the root stateHash gives. (Replay's hash
 * thread used them through an exported two-step API, removed with the thread in session 23; the
 * root is still taken in these two steps.)
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { applyBlock, createVenueState, stateHash, stateHashFromScratch, type VenueState } from '@faultline/venue';
import { encodeTx, testVenueConfig } from '@faultline/venue/testing';
import { BUCKET } from '../src/state-hash.ts';
import { getOrCreateAccount } from '../src/state.ts';

const hex = (bytes: Uint8Array | undefined): string => Buffer.from(bytes ?? []).toString('hex');
const sha256 = (bytes: Uint8Array): Buffer => createHash('sha256').update(bytes).digest();
const deposit = (id: string, nonce: number, amount: number) => encodeTx(id, nonce, { deposit: { accountId: id, amount } });
const prepareStateHash = (state: VenueState): Buffer[] => state.hashCache.prepare(state, undefined);
const finishStateHash = (state: VenueState, digests: readonly Uint8Array[]): Uint8Array => state.hashCache.finish(state, digests);

/** A venue of `n` accounts (more than a bucket: several buckets). */
function venue(n: number): VenueState {
  const { config } = testVenueConfig({ markets: 2 });
  const state = createVenueState(config);
  for (let i = 0; i < n; i++) getOrCreateAccount(state, `acct-${i}`).collateral = 100 + i;
  return state;
}

describe('StateHashCache.prepare and finish', () => {
  it('a new state: every bucket is handed out, and their digests give the root from scratch', () => {
    const state = venue(3 * BUCKET + 5);
    const buckets = prepareStateHash(state);
    expect(buckets).toHaveLength(4);
    expect(hex(finishStateHash(state, buckets.map(sha256)))).toBe(hex(stateHashFromScratch(state)));
  });

  it('after a block only the buckets of the touched accounts, and the root is stateHash’s', () => {
    const state = venue(3 * BUCKET + 5);
    const twin = venue(3 * BUCKET + 5);
    stateHash(state);
    stateHash(twin);
    const block = { height: 1, timeUs: 1_000_000, txs: [deposit('acct-7', 1, 50)] };
    const applied = applyBlock(state, block, { hash: false });
    expect(applied.stateHash).toBeUndefined();
    const buckets = prepareStateHash(state);
    expect(buckets).toHaveLength(1);
    const root = finishStateHash(state, buckets.map(sha256));
    expect(hex(root)).toBe(hex(applyBlock(twin, block).stateHash));
    expect(hex(root)).toBe(hex(stateHashFromScratch(state)));
  });

  it('finish takes the digests in prepare’s order: two buckets swapped give another root', () => {
    const state = venue(3 * BUCKET + 5);
    const buckets = prepareStateHash(state);
    const digests = buckets.map(sha256);
    [digests[0], digests[1]] = [digests[1] as Buffer, digests[0] as Buffer];
    expect(hex(finishStateHash(state, digests))).not.toBe(hex(stateHashFromScratch(state)));
  });

  it('finish refuses a digest count other than the buckets prepared', () => {
    const state = venue(BUCKET + 1);
    const buckets = prepareStateHash(state);
    expect(() => finishStateHash(state, buckets.slice(1).map(sha256))).toThrow(/1 bucket digests for 2 buckets/);
  });

  it('a finished bucket is not handed out again until a leaf in it changes', () => {
    const state = venue(BUCKET + 1);
    finishStateHash(state, prepareStateHash(state).map(sha256));
    expect(prepareStateHash(state)).toHaveLength(0);
    expect(hex(finishStateHash(state, []))).toBe(hex(stateHashFromScratch(state)));
  });
});

describe("applyBlock's hash option", () => {
  it("true and the default give stateHash's, false none", () => {
    const results = ([undefined, true, false] as const).map((hash) => {
      const state = venue(10);
      stateHash(state);
      const applied = applyBlock(state, { height: 1, timeUs: 1_000_000, txs: [deposit('acct-3', 1, 50)] }, hash === undefined ? {} : { hash });
      return { root: applied.stateHash, scratch: stateHashFromScratch(state) };
    });
    expect(hex(results[0]?.root)).toBe(hex(results[0]?.scratch));
    expect(hex(results[1]?.root)).toBe(hex(results[1]?.scratch));
    expect(results[2]?.root).toBeUndefined();
  });
});
