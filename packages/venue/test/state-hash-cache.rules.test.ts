/**
 * The incremental state hash's cache (state-hash.ts), the rules the layout and property tests left
 * open (found by mutation testing): a tree over no leaves is 32 zero bytes; a tree over exactly
 * FANOUT leaves is one node; FANOUT² principals (4,096: two full levels) hash incrementally as
 * from scratch; and the planted hash-forgets-touched-leaf forgets exactly the touched principal first
 * in id order — only touched ones: a state seeded once does not mark every principal again; the
 * planted hash-forgets-touched-book forgets exactly the first changed book by market id.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createVenueState, stateHash, stateHashFromScratch, type VenueState } from '@faultline/venue';
import { testVenueConfig } from '@faultline/venue/testing';
import { FANOUT, IncrementalTree, treeTop } from '../src/state-hash.ts';
import { getOrCreateAccount } from '../src/state.ts';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const leaf = (i: number): Buffer => createHash('sha256').update(`leaf ${i}`).digest();

function venue(ids: readonly string[]): VenueState {
  const { config } = testVenueConfig({ markets: 1 });
  const state = createVenueState(config);
  for (const id of ids) getOrCreateAccount(state, id).collateral = 100;
  return state;
}

function touch(state: VenueState, id: string): void {
  const account = state.accountsById.get(id);
  if (!account) throw new Error(`no account ${id}`);
  account.collateral += 1;
  state.hashCache.mark(id, account, undefined);
}

describe('the trees', () => {
  it('an incremental tree laid out for no leaves has the empty top, 32 zero bytes', () => {
    const tree = new IncrementalTree();
    tree.resize(0);
    expect(hex(tree.top())).toBe('00'.repeat(32));
    expect(hex(treeTop([]))).toBe('00'.repeat(32));
  });

  it('exactly FANOUT leaves are one node: sha256(0x01 ‖ the leaves)', () => {
    const leaves = Array.from({ length: FANOUT }, (_, i) => leaf(i));
    const node = createHash('sha256').update(Buffer.concat([Buffer.of(0x01), ...leaves])).digest();
    expect(hex(treeTop(leaves))).toBe(hex(node));
    const tree = new IncrementalTree();
    tree.resize(FANOUT);
    leaves.forEach((h, i) => tree.setLeaf(i, h));
    expect(hex(tree.top())).toBe(hex(node));
  });

  it('FANOUT² principals (4,096: two full levels) hash incrementally as from scratch, before and after a touch', () => {
    expect(FANOUT * FANOUT).toBe(4_096);
    const state = venue(Array.from({ length: FANOUT * FANOUT }, (_, i) => `p-${String(i).padStart(4, '0')}`));
    expect(hex(stateHash(state))).toBe(hex(stateHashFromScratch(state)));
    touch(state, 'p-4095');
    expect(hex(stateHash(state))).toBe(hex(stateHashFromScratch(state)));
  });
});

describe('the planted hash-forgets-touched-leaf', () => {
  /** An untouched principal first in id order, then three touched in the order d, b, c (b is first in id order among them). */
  function touchedOutOfOrder(): VenueState {
    const state = venue(['a', 'b', 'c', 'd']);
    stateHash(state);
    for (const id of ['d', 'b', 'c']) touch(state, id);
    return state;
  }

  it('forgets a touched principal even when an untouched one comes first in id order', () => {
    const state = touchedOutOfOrder();
    expect(hex(stateHash(state, 'hash-forgets-touched-leaf'))).not.toBe(hex(stateHashFromScratch(state)));
  });

  it('forgets exactly the touched principal first in id order: marking it again repairs the root', () => {
    const state = touchedOutOfOrder();
    stateHash(state, 'hash-forgets-touched-leaf');
    state.hashCache.mark('b', state.accountsById.get('b'), undefined);
    expect(hex(stateHash(state))).toBe(hex(stateHashFromScratch(state)));
  });

  it('a principal touched after the first hash is re-read, the others are not re-marked', () => {
    const state = touchedOutOfOrder();
    expect(hex(stateHash(state))).toBe(hex(stateHashFromScratch(state)));
    touch(state, 'c');
    expect(hex(stateHash(state, 'hash-forgets-touched-leaf'))).not.toBe(hex(stateHashFromScratch(state)));
  });
});

describe('the planted hash-forgets-touched-book', () => {
  it('forgets exactly the first changed book by market id: the root is the state with only the later book changed', () => {
    const { config } = testVenueConfig({ markets: 2 });
    const state = createVenueState(config);
    stateHash(state);
    const rest = (marketId: number, orderId: number): void =>
      state.markets.get(marketId)?.book.rest({ orderId, accountIndex: 0, side: 1, priceTicks: 9_000, sizeLots: 1, clientOrderId: orderId, reduceOnly: false });
    rest(2, 1);
    const onlyBookTwo = hex(stateHashFromScratch(state));
    rest(1, 2);
    expect(hex(stateHash(state, 'hash-forgets-touched-book'))).toBe(onlyBookTwo);
    expect(hex(stateHash(state))).toBe(hex(stateHashFromScratch(state)));
  });
});
