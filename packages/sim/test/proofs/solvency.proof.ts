/**
 * The solvency referee's invariants (packages/venue/src/referee) fire under the engine's planted
 * variants: the four holes of issue 17, and the three variants the rewritten liquidation-recheck,
 * adl-after-fund-exhausted and oracle-fresh-quorum-median see where the old checks did not (the
 * engine's own report agreed with its mistake). Numbers: packages/venue/test/referee.*.test.ts.
 */
import { TIF_IOC } from '@faultline/venue';
import type { Proof } from './proof.ts';
import { VenueScript } from './venue-script.ts';

export const proofs: Proof[] = [
  {
    invariant: 'admission-margin',
    by: 'variant',
    what: 'resting-reserve-forgotten: ten bids of 10 @ 10,900 on 59,000, each passing alone (together they need 140,000)',
    run: () => {
      const v = new VenueScript({ variant: 'resting-reserve-forgotten' });
      v.block([v.deposit('alice', 59_000), v.deposit('bob', 1_000_000)]);
      v.block(Array.from({ length: 10 }, () => v.limit('alice', 'buy', 10_900, 10)));
      return v.verdicts();
    },
  },
  {
    invariant: 'admission-margin',
    by: 'variant',
    what: 'withdrawal-ignores-resting: 15,000 of 20,000 withdrawn with a bid of 10 @ 10,900 resting (it needs 14,000)',
    run: () => {
      const v = new VenueScript({ variant: 'withdrawal-ignores-resting' });
      v.block([v.deposit('alice', 20_000)]);
      v.block([v.limit('alice', 'buy', 10_900, 10)]);
      v.block([v.withdraw('alice', 15_000)]);
      return v.verdicts();
    },
  },
  {
    invariant: 'no-hidden-deficit',
    by: 'variant',
    what: 'reduce-only-unchecked: a 20x long sells reduce-only 10 % under the mark and ends flat at about -9,000',
    run: () => {
      const v = new VenueScript({ variant: 'reduce-only-unchecked' });
      v.block([v.deposit('alice', 10_000), v.deposit('bob', 1_000_000), v.deposit('carol', 1_000_000)]);
      v.block([v.limit('carol', 'sell', 10_000, 19), v.limit('alice', 'buy', 10_000, 19)]);
      v.block([v.limit('bob', 'buy', 9_000, 19), v.limit('alice', 'sell', 9_000, 19, { tif: TIF_IOC, reduceOnly: true })]);
      return v.verdicts();
    },
  },
  {
    invariant: 'no-hidden-deficit',
    by: 'variant',
    what: 'liquidation-past-bankruptcy: with an empty fund the close fills at 9,312, past the bankruptcy price ~9,479, leaving -3,167',
    run: () => {
      const v = new VenueScript({ variant: 'liquidation-past-bankruptcy', insuranceFundSeed: 0 });
      v.block([v.deposit('alice', 10_000), v.deposit('bob', 1_000_000), v.deposit('carol', 1_000_000)]);
      v.block([v.limit('carol', 'sell', 10_000, 19), v.limit('alice', 'buy', 10_000, 19)]);
      v.price = 9_600;
      v.block([v.limit('bob', 'buy', 9_312, 19), v.liquidate('alice')]);
      return v.verdicts();
    },
  },
  {
    invariant: 'fund-pays-only-bad-debt',
    by: 'variant',
    what: 'adl-before-fund-exhausted: the fund hands all 1,000,000 to an account 4,650 short, then deleverages',
    run: () => adlBeforeFundExhausted(),
  },
  {
    invariant: 'adl-after-fund-exhausted',
    by: 'variant',
    what: 'adl-before-fund-exhausted: ADL with 1,000,000 recorded in the fund for a 4,650 deficit (the ADL event said 0)',
    run: () => adlBeforeFundExhausted(),
  },
  {
    invariant: 'liquidation-recheck',
    by: 'variant',
    what: 'liquidation-equity-omits-pnl: an account with equity 6,950 and maintenance 3,150 liquidated on its 1,950 collateral',
    run: () => {
      const v = new VenueScript({ variant: 'liquidation-equity-omits-pnl' });
      v.block([v.deposit('alice', 6_000), v.deposit('bob', 1_000_000), v.deposit('carol', 1_000_000)]);
      v.block([v.limit('bob', 'sell', 10_000, 10), v.limit('alice', 'buy', 10_000, 10)]);
      v.price = 10_500;
      v.block([v.limit('carol', 'buy', 10_400, 20), v.limit('carol', 'sell', 10_600, 20), v.withdraw('alice', 4_000)]);
      v.block([v.liquidate('alice')]);
      return v.verdicts();
    },
  },
  {
    invariant: 'oracle-fresh-quorum-median',
    by: 'variant',
    what: 'oracle-stale-as-fresh: two reports observed 9 s before delivery still priced 2 s later (11 s old)',
    run: () => {
      const v = new VenueScript({ variant: 'oracle-stale-as-fresh' });
      v.block([v.deposit('alice', 10_000)]);
      v.block([], { dtUs: 9_000_000, reports: (oracleId) => (oracleId === 'oracle-3' ? undefined : { priceTicks: 10_000, observedAtUs: v.timeUs - 9_000_000 }) });
      v.block([], { dtUs: 2_000_000, reports: () => undefined });
      return v.verdicts();
    },
  },
];

function adlBeforeFundExhausted(): ReturnType<VenueScript['verdicts']> {
  const v = new VenueScript({ variant: 'adl-before-fund-exhausted' });
  v.block([v.deposit('alice', 6_000), v.deposit('bob', 100_000), v.deposit('carol', 30_000), v.deposit('dave', 1_000_000)]);
  v.block([v.limit('bob', 'sell', 10_000, 6), v.limit('carol', 'sell', 10_000, 4), v.limit('alice', 'buy', 10_000, 10)]);
  v.price = 9_000;
  v.block([v.limit('dave', 'buy', 8_800, 3), v.liquidate('alice')]);
  return v.verdicts();
}
