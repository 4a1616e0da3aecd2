/**
 * When a touched principal's leaf is digested (state-hash.ts, StateHashCache.writeLeaf and
 * digestPending): its bytes are encoded at the write, the digest waits for the next root, where
 * the leaves written since the last one are digested in the order they were written, each at its
 * principal's place then. A principal placed after the write (a new id that sorts first) moves the
 * written ones; a principal written twice ends with its later leaf.
 */
import { describe, expect, it } from 'vitest';
import { createVenueState, stateHash, stateHashFromScratch, type VenueState } from '@faultline/venue';
import { testVenueConfig } from '@faultline/venue/testing';
import { getOrCreateAccount } from '../src/state.ts';
import { LeafWriter, appendPrincipal, writePrincipal } from '../src/state-leaves.ts';

const hex = (bytes: Uint8Array | undefined): string => Buffer.from(bytes ?? []).toString('hex');

/** A venue with accounts b, c, d, hashed once (the layout stands). */
function hashedVenue(): VenueState {
  const { config } = testVenueConfig({ markets: 1 });
  const state = createVenueState(config);
  for (const id of ['b', 'c', 'd']) getOrCreateAccount(state, id).collateral = 100;
  stateHash(state);
  return state;
}

function accountOf(state: VenueState, id: string) {
  const account = state.accountsById.get(id);
  if (!account) throw new Error(`no account ${id}`);
  return account;
}

describe('leaves written since the last root', () => {
  it('are digested at the place their principal has at the root: a principal placed before them in the meantime moves them', () => {
    const state = hashedVenue();
    for (const id of ['c', 'd']) {
      accountOf(state, id).collateral += 5;
      state.hashCache.markAndWrite(accountOf(state, id));
    }
    // 'a' sorts first: every written principal's place moves by one at the root's relayout.
    getOrCreateAccount(state, 'a').collateral = 1;
    state.hashCache.mark('a', accountOf(state, 'a'), undefined);
    expect(hex(stateHash(state))).toBe(hex(stateHashFromScratch(state)));
  });

  it('a principal written twice before a root ends with its later leaf', () => {
    const state = hashedVenue();
    const c = accountOf(state, 'c');
    c.collateral += 5;
    state.hashCache.markAndWrite(c);
    c.collateral += 7;
    state.hashCache.markAndWrite(c);
    expect(hex(stateHash(state))).toBe(hex(stateHashFromScratch(state)));
  });

  it('a principal written, then marked again, is encoded again at the root, after its first leaf', () => {
    const state = hashedVenue();
    const d = accountOf(state, 'd');
    d.collateral += 5;
    state.hashCache.markAndWrite(d);
    d.collateral += 7;
    state.hashCache.mark('d', d, undefined);
    expect(hex(stateHash(state))).toBe(hex(stateHashFromScratch(state)));
  });

  it('none are left for the next root: a root with nothing touched is the same root', () => {
    const state = hashedVenue();
    accountOf(state, 'b').collateral += 3;
    state.hashCache.markAndWrite(accountOf(state, 'b'));
    const first = hex(stateHash(state));
    expect(hex(stateHash(state))).toBe(first);
    expect(first).toBe(hex(stateHashFromScratch(state)));
  });
});

describe('appendPrincipal', () => {
  it('writes the same bytes as writePrincipal, after the leaves already in the writer', () => {
    const state = hashedVenue();
    const w = new LeafWriter(16);
    const ids = ['b', 'c', 'd'];
    const ends: number[] = [];
    for (const id of ids) {
      appendPrincipal(w, id, accountOf(state, id), undefined, [1]);
      ends.push(w.length);
    }
    let start = 0;
    ids.forEach((id, i) => {
      expect(hex(w.span(start, ends[i] as number))).toBe(hex(writePrincipal(new LeafWriter(), id, accountOf(state, id), undefined, [1])));
      start = ends[i] as number;
    });
  });

  it('a span past the bytes written is a programming error', () => {
    const w = new LeafWriter(16);
    w.u32(7);
    expect(() => w.span(0, 5)).toThrow('span [0, 5) of 4 bytes written');
    expect(() => w.span(3, 2)).toThrow('span [3, 2) of 4 bytes written');
    expect(() => w.span(-1, 2)).toThrow('span [-1, 2) of 4 bytes written');
    expect(hex(w.span(0, 4))).toBe('00000007');
    expect(hex(w.span(4, 4))).toBe('');
  });
});
