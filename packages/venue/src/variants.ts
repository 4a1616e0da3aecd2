/**
 * Deliberately broken engine variants, for proving that every check fires (the testing seam).
 *
 * A variant reaches the engine only as `applyBlock(state, block, { variant })` and lives on the
 * block context for that one call: it is never part of the venue config, a scenario file, a CLI
 * flag, a snapshot or a hash. Tests take the list from `@faultline/venue/testing`; product code
 * never sets one. Each name says the hole it re-creates (docs/venue.md, "Planted variants").
 */
export type VenueVariant =
  /** The book serves a level's second order first (time priority broken). */
  | 'priority-off-by-one'
  /** Fees round toward the trader instead of the venue. */
  | 'fee-rounding-trader-favour'
  /** A liquidation trusts the liquidator's observed mark instead of re-checking health. */
  | 'liquidate-without-recheck'
  /** Orders are accepted and matched while the market is halted. */
  | 'fill-while-halted'
  /** Funding receivers' shares round up, creating money. */
  | 'funding-not-zero-sum'
  /** The oracle price is the mean of fresh reports instead of their median. */
  | 'oracle-mean'
  /** Admission forgets the worst case of the account's other resting orders (only the new order's). */
  | 'resting-reserve-forgotten'
  /** Reduce-only orders skip every risk check (a user fill can take equity below zero). */
  | 'reduce-only-unchecked'
  /** A liquidation's book close fills beyond the bankruptcy price although the fund is empty. */
  | 'liquidation-past-bankruptcy'
  /** A withdrawal ignores the worst case of the account's resting orders. */
  | 'withdrawal-ignores-resting'
  /** A halt leaves the book's resting orders in place although the policy cancels them on halt. */
  | 'keep-orders-on-halt'
  /** Liquidation judges health on collateral alone (unrealized P&L omitted) and reports that equity. */
  | 'liquidation-equity-omits-pnl'
  /** Deleveraging starts whenever the closed account is in deficit, the fund handing over all it holds first. */
  | 'adl-before-fund-exhausted'
  /** An oracle report is kept with the block time as its observation time: stale reports count as fresh. */
  | 'oracle-stale-as-fresh'
  /** A fill books one lot more on the taker's position than on the maker's (open long != open short). */
  | 'taker-extra-lot'
  /** A resting limit order that crosses the opposite best rests without matching (the book left crossed). */
  | 'crossing-order-rests'
  /** Once a liquidated account is flat, the fund pays its whole deficit, not at most what it holds (the fund goes negative). */
  | 'fund-cover-unbounded'
  /** The state hash forgets to re-hash one touched leaf (the first changed principal in id order keeps its old hash). */
  | 'hash-forgets-touched-leaf'
  /** The state hash forgets to re-hash one book that changed (the first by market id keeps its old book hash). */
  | 'hash-forgets-touched-book';

export const VENUE_VARIANTS: readonly VenueVariant[] = [
  'priority-off-by-one',
  'fee-rounding-trader-favour',
  'liquidate-without-recheck',
  'fill-while-halted',
  'funding-not-zero-sum',
  'oracle-mean',
  'resting-reserve-forgotten',
  'reduce-only-unchecked',
  'liquidation-past-bankruptcy',
  'withdrawal-ignores-resting',
  'keep-orders-on-halt',
  'liquidation-equity-omits-pnl',
  'adl-before-fund-exhausted',
  'oracle-stale-as-fresh',
  'taker-extra-lot',
  'crossing-order-rests',
  'fund-cover-unbounded',
  'hash-forgets-touched-leaf',
  'hash-forgets-touched-book',
];
