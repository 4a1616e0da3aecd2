/**
 * Layout v3 of the state hash (docs/venue.md, "The state hash"), its tree recomputed here by hand
 * from the leaf bytes (state-leaves.ts writes them; this test judges what is built over them, not
 * through stateHashFromScratch's or the cache's tree code): each principal's leaf is hashed on its
 * own, in id order, and principalsTop is the FANOUT-64 tree over those leaf hashes — with 130
 * principals two nodes of 64 and one of 2 under one top. Each principal's leaf counts alone: one
 * collateral change moves the root, and the incremental root follows it.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createVenueState, stateHash, stateHashFromScratch, type VenueState } from '@faultline/venue';
import { testVenueConfig } from '@faultline/venue/testing';
import { LeafWriter, writeBook, writeGlobals, writeMarket, writeOracleReports, writePrincipal } from '../src/state-leaves.ts';
import { getOrCreateAccount } from '../src/state.ts';

const sha256 = (...parts: Uint8Array[]): Buffer => {
  const h = createHash('sha256');
  for (const part of parts) h.update(part);
  return h.digest();
};
const u32 = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};
const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

function venue(n: number): VenueState {
  const { config } = testVenueConfig({ markets: 2 });
  const state = createVenueState(config);
  // Created out of id order: the leaves go in id order all the same.
  for (let i = n - 1; i >= 0; i--) getOrCreateAccount(state, `p-${String(i).padStart(3, '0')}`).collateral = 1_000 + i;
  return state;
}

/** The v3 root, by hand: leaf hashes per principal, groups of 64 under 0x01, the root's fields in order. */
function byHand(state: VenueState): string {
  const w = new LeafWriter();
  const ids = [...state.accountsById.keys()].sort();
  const marketIds = [...state.markets.keys()].sort((a, b) => a - b);
  const leaves = ids.map((id) => sha256(writePrincipal(w, id, state.accountsById.get(id), state.nonces.get(id), marketIds)));
  expect(leaves).toHaveLength(130);
  const nodes = [leaves.slice(0, 64), leaves.slice(64, 128), leaves.slice(128)].map((group) => sha256(Buffer.of(0x01), ...group));
  const principalsTop = sha256(Buffer.of(0x01), ...nodes);
  const markets = [...state.markets.values()].map((m) => sha256(writeMarket(w, m, sha256(writeBook(w, m.book)))));
  const marketsTop = sha256(Buffer.of(0x01), ...markets);
  const oracle = sha256(writeOracleReports(w, state));
  w.length = 0;
  writeGlobals(w, state);
  const globals = Buffer.from(w.bytes());
  return hex(sha256(Buffer.from('faultline/venue-state/v3', 'ascii'), globals, u32(130), principalsTop, u32(markets.length), marketsTop, oracle));
}

describe('state hash layout v3', () => {
  it('130 principals: one leaf hash each, two full nodes and one of two under the top — the root from scratch and incrementally', () => {
    const state = venue(130);
    const root = byHand(state);
    expect(hex(stateHashFromScratch(state))).toBe(root);
    expect(hex(stateHash(state))).toBe(root);
  });

  it('one principal in the last node changed: the root by hand moves, and the incremental root with it', () => {
    const state = venue(130);
    const before = hex(stateHash(state));
    const account = state.accountsById.get('p-129');
    if (!account) throw new Error('no p-129');
    account.collateral += 1;
    state.hashCache.mark(account.id, account, undefined);
    const root = byHand(state);
    expect(root).not.toBe(before);
    expect(hex(stateHash(state))).toBe(root);
  });
});
