/**
 * The summaries' bad debt is the realized deficit, counted once, derived from the fund's flows and
 * the accounts' updates — not the sum of the liquidation events' `badDebt`, which each partial
 * close reports again for the position still open (congestion-during-crash, seed 1: 35.5M summed,
 * against the 4,274,166 the fund paid, which is now the figure).
 */
import { describe, expect, it } from 'vitest';
import { VenueFiguresCollector } from '@faultline/sim';
import type { VenueEvent } from '@faultline/venue';

const liquidation = (accountId: string, o: { badDebt: number; penalty?: number; fundAfter: number; lots: number }): VenueEvent => ({
  kind: 'liquidation',
  liquidation: { height: 0, accountId, marketId: 1, liquidatorId: 'liq', executed: true, reason: 'book-partial', sizeLots: o.lots, priceTicks: 9_000, penalty: o.penalty ?? 0, badDebt: o.badDebt, insuranceFundAfter: o.fundAfter, equityBefore: -o.badDebt, maintenanceBefore: 1, markTicks: 9_000 },
});
const update = (accountId: string, collateral: number, sizeLots: number): VenueEvent => ({
  kind: 'accountUpdate',
  accountUpdate: { accountId, height: 0, collateral, equity: collateral, marginInitial: 0, marginMaintenance: 0, positions: [{ marketId: 1, sizeLots, entryNotional: 0, realizedPnl: 0, fundingPaid: 0 }], openOrders: 0 },
});

describe('bad debt in the run figures', () => {
  it('a deficit reported by two partial closes counts once, as what the fund paid; an uncovered rest on a flat account counts as well; penalties are no draw', () => {
    const c = new VenueFiguresCollector(10_000, { gapThresholdUs: 10_000_000, afterGapWindowUs: 30_000_000 });
    // alice: a partial close leaves 5 lots open at a deficit of 1,000 (the fund pays nothing yet)...
    c.addBlock(1, 1_000_000, [liquidation('alice', { badDebt: 1_000, fundAfter: 10_000, lots: 5 }), update('alice', -200, 5)]);
    expect(c.current().badDebt).toBe(0);
    // ... the next closes the rest, the deficit now 1,200, paid by the fund: 10,000 -> 8,800.
    c.addBlock(2, 2_000_000, [liquidation('alice', { badDebt: 1_200, fundAfter: 8_800, lots: 5 }), update('alice', 0, 0)]);
    expect(c.current().badDebt).toBe(1_200); // summed per event: 2,200
    // bob: a penalty of 50 into the fund, no deficit.
    c.addBlock(3, 3_000_000, [liquidation('bob', { badDebt: 0, penalty: 50, fundAfter: 8_850, lots: 2 }), update('bob', 100, 0)]);
    expect(c.current().badDebt).toBe(1_200);
    // carol: a deficit of 9,350 the fund covers with all it holds (8,850); 500 stay on the flat account.
    c.addBlock(4, 4_000_000, [liquidation('carol', { badDebt: 9_350, fundAfter: 0, lots: 3 }), update('carol', -500, 0)]);
    expect(c.current().badDebt).toBe(1_200 + 8_850 + 500);
    expect(c.finish(5_000_000).badDebt).toBe(10_550);
  });
});
