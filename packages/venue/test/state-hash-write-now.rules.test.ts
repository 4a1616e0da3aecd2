/**
 * When a touched account's leaf is encoded (state-hash.ts, StateHashCache.markAndWrite): applyBlock
 * encodes it in its last loop, right after the account's AccountUpdate, not at the next root —
 * the bytes are the same, the work moves to where the account's objects are still in cache. The
 * moment is made visible here by a change the engine never makes: one left unmarked after the
 * write. A leaf written at once does not see it; a leaf only marked is encoded from the state at
 * the next root, and sees it.
 */
import { describe, expect, it } from 'vitest';
import { applyBlock, createVenueState, stateHash, stateHashFromScratch, type VenueState } from '@faultline/venue';
import { encodeTx, testVenueConfig } from '@faultline/venue/testing';
import { getOrCreateAccount } from '../src/state.ts';
import { nonceRunsOf } from '../src/nonce-window.ts';

const hex = (bytes: Uint8Array | undefined): string => Buffer.from(bytes ?? []).toString('hex');

/** A venue with accounts a, b, c, hashed once (the layout stands). */
function hashedVenue(): VenueState {
  const { config } = testVenueConfig({ markets: 1 });
  const state = createVenueState(config);
  for (const id of ['a', 'b', 'c']) getOrCreateAccount(state, id).collateral = 100;
  stateHash(state);
  return state;
}

const deposit = (id: string, nonce: number, amount: number) => encodeTx(id, nonce, { deposit: { accountId: id, amount } });

describe('markAndWrite', () => {
  it('encodes the leaf at once: a later unmarked change is not in the next root', () => {
    const state = hashedVenue();
    const b = state.accountsById.get('b');
    if (!b) throw new Error('no account b');
    b.collateral += 5;
    state.hashCache.markAndWrite(b);
    const atWrite = hex(stateHashFromScratch(state));
    b.collateral += 7; // unmarked: never how the engine changes an account
    expect(hex(stateHash(state))).toBe(atWrite);
    expect(atWrite).not.toBe(hex(stateHashFromScratch(state)));
  });

  it('with a new principal waiting to be laid out it only marks: the next root encodes the state then', () => {
    const state = hashedVenue();
    getOrCreateAccount(state, 'd').collateral = 1;
    state.hashCache.mark('d', state.accountsById.get('d'), undefined);
    const b = state.accountsById.get('b');
    if (!b) throw new Error('no account b');
    b.collateral += 5;
    state.hashCache.markAndWrite(b);
    b.collateral += 7;
    expect(hex(stateHash(state))).toBe(hex(stateHashFromScratch(state)));
  });

  it('an account whose principal was placed for its nonce window first (the account made later) is linked and encoded at once', () => {
    const state = hashedVenue();
    const window = nonceRunsOf(0, [1]);
    state.nonces.set('w', window);
    state.hashCache.mark('w', undefined, window);
    stateHash(state); // 'w' placed, as a client with a window and no account
    const w = getOrCreateAccount(state, 'w');
    w.collateral = 5;
    state.hashCache.markAndWrite(w);
    const atWrite = hex(stateHashFromScratch(state));
    w.collateral += 7; // unmarked: never how the engine changes an account
    expect(hex(stateHash(state))).toBe(atWrite);
    expect(atWrite).not.toBe(hex(stateHashFromScratch(state)));
  });

  it('before the first root (no layout yet) it only marks', () => {
    const { config } = testVenueConfig({ markets: 1 });
    const state = createVenueState(config);
    const a = getOrCreateAccount(state, 'a');
    a.collateral = 3;
    state.hashCache.markAndWrite(a);
    a.collateral = 4;
    expect(hex(stateHash(state))).toBe(hex(stateHashFromScratch(state)));
  });
});

describe('applyBlock', () => {
  it('a hashed block encodes its touched accounts in its last loop, with the same root as from scratch', () => {
    const state = hashedVenue();
    const applied = applyBlock(state, { height: 1, timeUs: 1_000_000, txs: [deposit('b', 1, 50), deposit('c', 1, 60)] });
    expect(hex(applied.stateHash)).toBe(hex(stateHashFromScratch(state)));
  });

  it('a block without the hash only marks its touched accounts: their leaves are encoded at the next hash, from the state then', () => {
    const state = hashedVenue();
    applyBlock(state, { height: 1, timeUs: 1_000_000, txs: [deposit('b', 1, 50)] }, { hash: false });
    const b = state.accountsById.get('b');
    if (!b) throw new Error('no account b');
    b.collateral += 7; // unmarked, after the block
    expect(hex(stateHash(state))).toBe(hex(stateHashFromScratch(state)));
  });

  it('with the planted hash-forgets-touched-leaf a touched account is only marked, so the variant forgets it', () => {
    const state = hashedVenue();
    const applied = applyBlock(state, { height: 1, timeUs: 1_000_000, txs: [deposit('b', 1, 50)] }, { variant: 'hash-forgets-touched-leaf' });
    expect(hex(applied.stateHash)).not.toBe(hex(stateHashFromScratch(state)));
  });
});
