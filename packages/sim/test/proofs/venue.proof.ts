/**
 * The venue's invariants (packages/venue/src/checks.ts) fire under the engine's planted variants:
 * short scripted block sequences, every check after every block.
 */
import { DEFAULT_POLICY } from '@faultline/venue';
import type { Proof } from './proof.ts';
import { VenueScript } from './venue-script.ts';

/** alice and bob funded in the first block. */
function funded(script: VenueScript, amount = 1_000_000): VenueScript {
  script.block([script.deposit('alice', amount), script.deposit('bob', amount), script.deposit('carol', amount)]);
  return script;
}

export const proofs: Proof[] = [
  {
    invariant: 'fees-venue-favour',
    by: 'variant',
    what: 'fee-rounding-trader-favour: a taker fee of 15.0015 charged as 15',
    run: () => {
      const v = funded(new VenueScript({ variant: 'fee-rounding-trader-favour' }));
      v.block([v.limit('alice', 'sell', 10_001, 3), v.limit('bob', 'buy', 10_001, 3)]);
      return v.verdicts();
    },
  },
  {
    invariant: 'oracle-fresh-quorum-median',
    by: 'variant',
    what: 'oracle-mean: reports 10,000 / 10,000 / 10,300 give 10,100 instead of the median 10,000',
    run: () => {
      const v = funded(new VenueScript({ variant: 'oracle-mean' }));
      v.block([], { reports: (oracle) => (oracle === 'oracle-3' ? 10_300 : 10_000) });
      return v.verdicts();
    },
  },
  {
    invariant: 'liquidation-recheck',
    by: 'variant',
    what: "liquidate-without-recheck: a healthy account liquidated on the liquidator's word",
    run: () => {
      const v = funded(new VenueScript({ variant: 'liquidate-without-recheck' }));
      v.block([v.limit('alice', 'sell', 10_000, 10), v.limit('bob', 'buy', 10_000, 10), v.limit('carol', 'buy', 9_990, 50), v.limit('carol', 'sell', 10_010, 50)]);
      v.block([v.liquidate('bob', 5_000)]);
      return v.verdicts();
    },
  },
  {
    invariant: 'no-fill-while-halted',
    by: 'variant',
    what: 'fill-while-halted: an order takes a resting one in a market halted on a stale oracle',
    run: () => {
      const v = funded(new VenueScript({ variant: 'fill-while-halted', policy: { ...DEFAULT_POLICY, cancelOnHalt: { enabled: false } } }));
      v.block([v.limit('alice', 'sell', 10_000, 3)]);
      v.block([], { dtUs: 12_000_000, reports: () => undefined });
      v.block([v.limit('bob', 'buy', 10_000, 3)], { reports: () => undefined });
      return v.verdicts();
    },
  },
  {
    invariant: 'cancel-on-halt',
    by: 'variant',
    what: 'keep-orders-on-halt: a resting order survives a halt on a stale oracle (the default policy cancels on halt)',
    run: () => {
      const v = funded(new VenueScript({ variant: 'keep-orders-on-halt' }));
      v.block([v.limit('alice', 'sell', 10_050, 3)]);
      v.block([], { dtUs: 12_000_000, reports: () => undefined });
      return v.verdicts();
    },
  },
  {
    invariant: 'open-interest',
    by: 'variant',
    what: "taker-extra-lot: a fill of 3 lots books 4 on the taker's long (long 4, short 3)",
    run: () => {
      const v = funded(new VenueScript({ variant: 'taker-extra-lot' }));
      v.block([v.limit('alice', 'sell', 10_000, 3), v.limit('bob', 'buy', 10_000, 3)]);
      return v.verdicts();
    },
  },
  {
    invariant: 'book-not-crossed',
    by: 'variant',
    what: 'crossing-order-rests: a bid of 3 @ 10,010 rests against an ask of 3 @ 10,000 without matching',
    run: () => {
      const v = funded(new VenueScript({ variant: 'crossing-order-rests' }));
      v.block([v.limit('alice', 'sell', 10_000, 3)]);
      v.block([v.limit('bob', 'buy', 10_010, 3)]);
      return v.verdicts();
    },
  },
  {
    invariant: 'price-time-priority',
    by: 'variant',
    what: 'priority-off-by-one: asks of 3 @ 10,000 from alice, then bob; a buy of 6 takes bob’s first',
    run: () => {
      const v = funded(new VenueScript({ variant: 'priority-off-by-one' }));
      v.block([v.limit('alice', 'sell', 10_000, 3)]);
      v.block([v.limit('bob', 'sell', 10_000, 3)]);
      v.block([v.limit('carol', 'buy', 10_000, 6)]);
      return v.verdicts();
    },
  },
  {
    invariant: 'insurance-fund-non-negative',
    by: 'variant',
    what: 'fund-cover-unbounded: with ADL off and 1,000 in the fund, a liquidation closed at 9,312 leaves 3,167 of deficit and the fund pays it all (fund -2,167)',
    run: () => {
      const v = new VenueScript({ variant: 'fund-cover-unbounded', insuranceFundSeed: 1_000, policy: { ...DEFAULT_POLICY, adl: { enabled: false } } });
      v.block([v.deposit('alice', 10_000), v.deposit('bob', 1_000_000), v.deposit('carol', 1_000_000)]);
      v.block([v.limit('carol', 'sell', 10_000, 19), v.limit('alice', 'buy', 10_000, 19)]);
      v.price = 9_600;
      v.block([v.limit('bob', 'buy', 9_312, 19), v.liquidate('alice')]);
      return v.verdicts();
    },
  },
  ...(['funding-zero-sum', 'conservation'] as const).map(
    (invariant): Proof => ({
      invariant,
      by: 'variant',
      what: "funding-not-zero-sum: every receiver's share rounds up, creating money",
      run: () => {
        const v = new VenueScript({ variant: 'funding-not-zero-sum', tweak: (c) => c.markets.forEach((m) => (m.funding = { intervalUs: 2_000_000, clampPpm: 50 })) });
        // A clamped rate and an odd price: the longs pay ceil(8 x 10,007 x 50 ppm) = 5, which does not divide evenly among the shorts (3 and 5 lots).
        v.price = 10_007;
        funded(v);
        v.block([v.limit('alice', 'sell', 10_307, 3), v.limit('carol', 'sell', 10_307, 5), v.limit('bob', 'buy', 10_307, 8), v.limit('carol', 'buy', 10_257, 2), v.limit('alice', 'sell', 10_357, 2)]);
        for (let i = 0; i < 8; i++) v.block([]);
        return v.verdicts();
      },
    }),
  ),
];
