/**
 * The warm passes (warm.ts) run only on a venue of at least WARM_MIN_ACCOUNTS accounts, where a
 * block's account chains are out of cache; below it they are skipped. They decide nothing either
 * way: on both sides of the bound a block gives every account one AccountUpdate, by index, the
 * incremental hash equals the one from scratch, and the kept sums equal the sums from scratch.
 */
import { describe, expect, it } from 'vitest';
import { stateHash, stateHashFromScratch, type VenueState } from '@faultline/venue';
import { KeptSums, scratchSums } from '../src/monitor-sums.ts';
import { WARM_MIN_ACCOUNTS, warmsAhead } from '../src/warm.ts';
import { bodies, funded, rejections, Scenario } from './venue-scenario.ts';

describe('warmsAhead', () => {
  it(`is false below ${WARM_MIN_ACCOUNTS} accounts and true from there`, () => {
    const of = (n: number) => warmsAhead({ accounts: { length: n } } as unknown as VenueState);
    expect([of(0), of(21), of(WARM_MIN_ACCOUNTS - 1), of(WARM_MIN_ACCOUNTS), of(10_000)]).toEqual([false, false, false, true, true]);
  });

  for (const accounts of [WARM_MIN_ACCOUNTS - 3, WARM_MIN_ACCOUNTS + 40]) {
    it(`a block with trades and deposits over ${accounts} accounts (warmsAhead ${accounts >= WARM_MIN_ACCOUNTS}): every account one AccountUpdate, by index; the hash and the kept sums as from scratch`, () => {
      const v = new Scenario();
      funded(v, { maker: 1_000_000, taker: 1_000_000 });
      const kept = new KeptSums();
      kept.update(v.state, v.state.height, [], undefined);
      const ids = Array.from({ length: accounts - 2 }, (_, i) => `acct-${String(i).padStart(5, '0')}`);
      const events = v.block([v.limit('maker', 'sell', 10_000, 3), v.limit('maker', 'sell', 10_100, 1), ...ids.map((id, i) => v.deposit(id, 1_000 + i)), v.limit('taker', 'buy', 10_000, 2), v.limit('taker', 'buy', 9_900, 1)]);
      expect(rejections(events)).toEqual([]);
      expect(v.state.accounts.length).toBe(accounts);
      expect(warmsAhead(v.state)).toBe(accounts >= WARM_MIN_ACCOUNTS);
      expect(bodies(events, 'fill').map((f) => [f.makerAccountId, f.takerAccountId, f.sizeLots])).toEqual([['maker', 'taker', 2]]);
      expect(bodies(events, 'accountUpdate').map((u) => u.accountId)).toEqual(['maker', 'taker', ...ids]);
      expect(Buffer.from(stateHash(v.state)).toString('hex')).toBe(Buffer.from(stateHashFromScratch(v.state)).toString('hex'));
      expect(kept.update(v.state, v.state.height, events, undefined)).toEqual(scratchSums(v.state));
      // The next block touches a few of them again (the kept sums' update, not their rebuild).
      const next = v.block([v.limit('taker', 'sell', 10_000, 1), v.deposit(ids[7] as string, 5)]);
      expect(rejections(next)).toEqual([]);
      expect(kept.update(v.state, v.state.height, next, undefined)).toEqual(scratchSums(v.state));
      expect(Buffer.from(stateHash(v.state)).toString('hex')).toBe(Buffer.from(stateHashFromScratch(v.state)).toString('hex'));
    });
  }
});
