/**
 * The referee keeps its own books; they must be the engine's books. Over random histories (every
 * kind of transaction, halts, auctions, funding, liquidations, ADL, bad input — venue-run.ts)
 * the referee follows every block without losing its way, and its equity of every account
 * equals the engine's collateral + unrealized P&L at the end. 40 histories of up to 40 blocks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountHealth, Referee } from '@faultline/venue';
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
