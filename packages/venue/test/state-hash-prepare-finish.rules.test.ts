/**
 * The state hash after blocks applied without it (state-hash.ts): the marks a block leaves are
 * hashed at the next stateHash, which then gives the root applyBlock gives a twin. (Until layout
 * v3 the root was taken in two steps, StateHashCache.prepare / finish, which handed out the bytes
 * of the principal buckets to hash; v3 hashes each principal's leaf on its own and has no buckets.)
 */
import { describe, expect, it } from 'vitest';
import { applyBlock, createVenueState, stateHash, stateHashFromScratch, type VenueState } from '@faultline/venue';
import { encodeTx, testVenueConfig } from '@faultline/venue/testing';
import { FANOUT } from '../src/state-hash.ts';
import { getOrCreateAccount } from '../src/state.ts';

const hex = (bytes: Uint8Array | undefined): string => Buffer.from(bytes ?? []).toString('hex');
const deposit = (id: string, nonce: number, amount: number) => encodeTx(id, nonce, { deposit: { accountId: id, amount } });

/** A venue of `n` accounts (more than a tree group: several groups). */
function venue(n: number): VenueState {
  const { config } = testVenueConfig({ markets: 2 });
  const state = createVenueState(config);
  for (let i = 0; i < n; i++) getOrCreateAccount(state, `acct-${i}`).collateral = 100 + i;
  return state;
}

describe('the root after blocks applied without the hash', () => {
  it('a new state of several tree groups: the root is the one from scratch', () => {
    const state = venue(3 * FANOUT + 5);
    expect(hex(stateHash(state))).toBe(hex(stateHashFromScratch(state)));
  });

  it('a block applied without the hash: the next stateHash gives the root applyBlock gives a twin', () => {
    const state = venue(3 * FANOUT + 5);
    const twin = venue(3 * FANOUT + 5);
    stateHash(state);
    stateHash(twin);
    const block = { height: 1, timeUs: 1_000_000, txs: [deposit('acct-7', 1, 50)] };
    const applied = applyBlock(state, block, { hash: false });
    expect(applied.stateHash).toBeUndefined();
    const root = stateHash(state);
    expect(hex(root)).toBe(hex(applyBlock(twin, block).stateHash));
    expect(hex(root)).toBe(hex(stateHashFromScratch(state)));
  });

  it('a root taken twice with nothing changed between is the same', () => {
    const state = venue(FANOUT + 1);
    const first = hex(stateHash(state));
    expect(hex(stateHash(state))).toBe(first);
    expect(first).toBe(hex(stateHashFromScratch(state)));
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
