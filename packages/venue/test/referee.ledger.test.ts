/**
 * The referee keeps its own books; they must be the engine's books. Over random histories (every
 * kind of transaction, halts, auctions, funding, liquidations, ADL, bad input — venue-run.ts)
 * the referee follows every block without losing its way, and its equity of every account
 * equals the engine's collateral + unrealized P&L at the end. 40 histories of up to 40 blocks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountHealth, Referee } from '@faultline/venue';
import { ceilPpm } from '../src/referee/ledger.ts';
import { historyArbitrary, runHistory } from './venue-run.ts';

describe('the referee ledger', () => {
  it('follows every block and agrees with the engine on every account equity and the fund', () => {
    fc.assert(
      fc.property(historyArbitrary(), (history) => {
        const { state, blocks, events } = runHistory(history, { hash: false });
        const referee = new Referee(state.config);
        blocks.forEach((block, i) => referee.observe(block, events[i] ?? []));
        expect(referee.problems).toEqual([]);
        for (const account of state.accounts) {
          expect([account.id, referee.ledger.standing(account.id).equity]).toEqual([account.id, accountHealth(state, account).equity]);
        }
        expect(referee.ledger.fund).toBe(state.insuranceFund);
      }),
      { numRuns: 40, seed: 17 },
    );
  });
});

describe('the referee\'s ceilPpm', () => {
  // The reference: the BigInt ceiling the referee used on every call before its double fast path.
  const reference = (value: number, ppm: number): number => {
    if (value === 0 || ppm === 0) return 0;
    const product = BigInt(value) * BigInt(ppm);
    const q = product / 1_000_000n;
    return Number(product % 1_000_000n === 0n || product < 0n ? q : q + 1n);
  };
  it('equals the BigInt ceiling on both signs, at multiples, around 2^53 and beyond', () => {
    const value = fc.oneof(fc.integer(), fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), fc.constantFrom(9_007_199_254, -9_007_199_254, 9_007_199_254_740_991, -9_007_199_254_740_991, 1_000_000, -1_000_000, 1, -1));
    const ppm = fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom(1, 999_999, 1_000_000, 50_000));
    fc.assert(
      fc.property(value, ppm, (v, p) => {
        const got = ceilPpm(v, p);
        expect(Object.is(got, reference(v, p)) || (got === 0 && reference(v, p) === 0)).toBe(true);
        expect(Object.is(got, -0)).toBe(false);
      }),
      { numRuns: 2_000 },
    );
  });
});
