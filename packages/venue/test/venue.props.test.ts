/**
 * Venue properties over random histories (venue-run.ts). Each planted bug of the engine must be
 * caught by the invariant it breaks; `npm test` fails if one survives.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { VenueInvariant } from '@faultline/venue';
import { VENUE_VARIANTS, type VenueVariant } from '@faultline/venue/testing';
import { historyArbitrary, runHistory, runWithRestoreAt } from './venue-run.ts';

const RUNS = Number(process.env.FAULTLINE_PROP_RUNS ?? 100);

describe('venue invariants over random histories', () => {
  it('every invariant holds after every block: conservation, open interest, book, halts, fees, funding, liquidation, fund, ADL', () => {
    fc.assert(
      fc.property(historyArbitrary(), (history) => {
        const { violations } = runHistory(history, { hash: false });
        expect(violations.slice(0, 3)).toEqual([]);
      }),
      { numRuns: RUNS, seed: 42 },
    );
  });

  it('the histories exercise what the invariants guard (fills, halts, auctions, funding, liquidations, ADL)', () => {
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(historyArbitrary(), (history) => {
        for (const events of runHistory(history, { hash: false }).events) {
          for (const e of events) {
            const key = e.kind === 'liquidation' ? (e.liquidation.executed ? 'liquidation-executed' : 'liquidation-refused') : e.kind === 'marketStatus' ? `status-${e.marketStatus.reason}` : e.kind;
            seen.set(key, (seen.get(key) ?? 0) + 1);
          }
        }
      }),
      { numRuns: RUNS, seed: 43 },
    );
    for (const kind of ['fill', 'funding', 'liquidation-executed', 'liquidation-refused', 'adl', 'auctionResult', 'status-block-gap', 'status-oracle-stale', 'txRejected']) {
      expect(seen.get(kind) ?? 0, `${kind} never happened`).toBeGreaterThan(0);
    }
  });

  it('determinism: the same blocks give the same events and state hashes', () => {
    fc.assert(
      fc.property(historyArbitrary({ blocks: 25 }), (history) => {
        const a = runHistory(history);
        const b = runHistory(history);
        expect(b.hashes).toEqual(a.hashes);
        expect(JSON.stringify(b.events)).toEqual(JSON.stringify(a.events));
      }),
      { numRuns: Math.ceil(RUNS / 4), seed: 44 },
    );
  });

  it('determinism: applying blocks one by one equals applying them after a restore from a snapshot', () => {
    fc.assert(
      fc.property(historyArbitrary({ blocks: 25 }), fc.nat(), (history, at) => {
        const straight = runHistory(history).hashes.at(-1);
        const k = 1 + (at % history.blocks.length);
        expect(runWithRestoreAt(history, k)).toEqual(straight);
      }),
      { numRuns: Math.ceil(RUNS / 4), seed: 45 },
    );
  });
});

/**
 * The margin variants (issue 17) are caught by the solvency referee's invariants, proven in
 * their own tests; their holes are shown directly in margin.scenarios.test.ts.
 */
const MARGIN_VARIANTS = [
  'resting-reserve-forgotten',
  'reduce-only-unchecked',
  'liquidation-past-bankruptcy',
  'withdrawal-ignores-resting',
  // What the rewritten liquidation-recheck, adl-after-fund-exhausted and oracle-fresh-quorum-median
  // see and the old checks did not (referee.variants.test.ts, sim/test/proofs/solvency.proof.ts).
  'liquidation-equity-omits-pnl',
  'adl-before-fund-exhausted',
  'oracle-stale-as-fresh',
] as const;

/** Variants proven by a scripted proof of the invariant registry (packages/sim/test/proofs/venue.proof.ts). */
const REGISTRY_PROVEN = ['keep-orders-on-halt', 'taker-extra-lot', 'crossing-order-rests', 'fund-cover-unbounded'] as const;

/**
 * The state hash's variant: caught by the incremental-equals-from-scratch property
 * (state-hash.props.test.ts) and by replay's hashes-match (sim/test/proofs/log.proof.ts).
 */
const HASH_VARIANTS = ['hash-forgets-touched-leaf', 'hash-forgets-touched-book'] as const;

const CAUGHT_BY: Record<Exclude<VenueVariant, (typeof MARGIN_VARIANTS)[number] | (typeof REGISTRY_PROVEN)[number] | (typeof HASH_VARIANTS)[number]>, VenueInvariant> = {
  'fee-rounding-trader-favour': 'fees-venue-favour',
  'liquidate-without-recheck': 'liquidation-recheck',
  'fill-while-halted': 'no-fill-while-halted',
  'funding-not-zero-sum': 'funding-zero-sum',
  'oracle-mean': 'oracle-fresh-quorum-median',
  // Also by the book's model-based test against a reference book (book.model.test.ts).
  'priority-off-by-one': 'price-time-priority',
};

describe('planted bugs are caught', () => {
  it('every planted venue bug has a catching test', () => {
    expect(new Set([...Object.keys(CAUGHT_BY), ...MARGIN_VARIANTS, ...REGISTRY_PROVEN, ...HASH_VARIANTS])).toEqual(new Set(VENUE_VARIANTS));
  });
  for (const [bug, invariant] of Object.entries(CAUGHT_BY) as Array<[VenueVariant, VenueInvariant]>) {
    it(`${bug} is caught by the ${invariant} invariant`, () => {
      let caught: string | undefined;
      const outcome = fc.check(
        fc.property(historyArbitrary(), (history) => {
          const { violations } = runHistory(history, { variant: bug, hash: false });
          const hit = violations.find((v) => v.invariant === invariant);
          if (hit) caught = `${hit.invariant} at height ${hit.height}: ${hit.detail}`;
          return hit === undefined;
        }),
        { numRuns: 200, seed: 7, endOnFailure: true },
      );
      expect(outcome.failed, `${bug} survived 200 histories`).toBe(true);
      expect(caught).toBeDefined();
    });
  }
});
