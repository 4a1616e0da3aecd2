/**
 * The incremental state hash (state-hash.ts) against its from-scratch recomputation: after every
 * block of random histories — some blocks applied without a hash (marks accumulate), snapshots
 * taken and restored in the middle — the incremental root equals a recomputation from nothing;
 * the planted variants that forget one touched principal leaf or one changed book are caught by
 * the same property. Then: every field of the canonical state moves the hash (the layout covers
 * the whole state).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyBlock, createVenueState, encodeSnapshot, restoreSnapshot, stateHash, stateHashFromScratch, type VenueState, type VenueVariant } from '@faultline/venue';
import { ClientTxs, encodeTx, signedOracleReport } from '@faultline/venue/testing';
import { IncrementalTree, treeTop } from '../src/state-hash.ts';
import { buildBlocks, historyArbitrary, venueConfigFor, type History } from './venue-run.ts';

const RUNS = Number(process.env.FAULTLINE_PROP_RUNS ?? 100);
const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

/** Per block: 0 hash, 1 no hash, 2 hash then snapshot and restore. */
const scheduleArbitrary = fc.array(fc.constantFrom(0, 0, 0, 1, 2), { minLength: 45, maxLength: 45 });

/** Applies the history by the schedule; returns the first height where the roots differ, or undefined. */
function firstMismatch(history: History, schedule: readonly number[], variant?: VenueVariant): string | undefined {
  const { config, oracleKeys } = venueConfigFor(history.policy);
  let state: VenueState = createVenueState(config);
  const blocks = buildBlocks(history, oracleKeys);
  for (const [i, block] of blocks.entries()) {
    const mode = schedule[i % schedule.length] ?? 0;
    const result = applyBlock(state, block, { hash: mode !== 1, ...(variant ? { variant } : {}) });
    if (mode === 1) continue;
    const incremental = hex(result.stateHash as Uint8Array);
    const scratch = hex(stateHashFromScratch(state));
    if (incremental !== scratch) return `height ${block.height}: incremental ${incremental.slice(0, 12)}… from scratch ${scratch.slice(0, 12)}…`;
    if (mode === 2) {
      state = restoreSnapshot(config, encodeSnapshot(state));
      const restored = hex(stateHash(state));
      if (restored !== incremental) return `height ${block.height}: restored state hashes ${restored.slice(0, 12)}…, the state before ${incremental.slice(0, 12)}…`;
    }
  }
  return undefined;
}

describe('incremental state hash', () => {
  it('equals a from-scratch recomputation after every block, across unhashed blocks, snapshots and restores', () => {
    fc.assert(
      fc.property(historyArbitrary(), scheduleArbitrary, (history, schedule) => {
        expect(firstMismatch(history, schedule)).toBeUndefined();
      }),
      { numRuns: Math.ceil(RUNS / 4), seed: 46 },
    );
  });

  for (const variant of ['hash-forgets-touched-leaf', 'hash-forgets-touched-book'] as const) {
    it(`the planted ${variant} is caught by the same property`, () => {
      let found: string | undefined;
      const outcome = fc.check(
        fc.property(historyArbitrary(), scheduleArbitrary, (history, schedule) => {
          found = firstMismatch(history, schedule, variant);
          return found === undefined;
        }),
        { numRuns: 100, seed: 47, endOnFailure: true },
      );
      expect(outcome.failed, `${variant} survived 100 histories`).toBe(true);
      expect(found).toMatch(/^height \d+: incremental/);
    });
  }
});

describe('the layout covers the whole state', () => {
  /** A small venue with two accounts, a resting order each side, a fill, oracle reports. */
  function venue(): VenueState {
    const { config, oracleKeys } = venueConfigFor(historyArbitraryPolicy());
    const state = createVenueState(config);
    const c = new ClientTxs();
    const reports = [...oracleKeys].flatMap(([oracleId, keys], i) =>
      [1, 2].map((marketId) => {
        const reportSeq = c.nonce(oracleId);
        return encodeTx(oracleId, reportSeq, { oracleReport: signedOracleReport(keys, { oracleId, marketId, priceTicks: 10_000 + i, observedAtUs: 1_000_000, reportSeq }) });
      }),
    );
    applyBlock(state, { height: 1, timeUs: 1_000_000, txs: [...reports, c.deposit('alice', 5_000_000), c.deposit('bob', 5_000_000)] });
    applyBlock(state, { height: 2, timeUs: 2_000_000, txs: [c.limit('alice', 'sell', 10_010, 5), c.limit('bob', 'buy', 9_990, 3), c.limit('bob', 'buy', 10_010, 2)] });
    return state;
  }

  const edits: Array<[string, (s: VenueState) => void]> = [
    ['height', (s) => s.height++],
    ['insurance fund', (s) => s.insuranceFund++],
    ['fees collected', (s) => s.feesCollected++],
    ['next order id', (s) => s.nextOrderId++],
    ['bad debt', (s) => s.badDebtTotal++],
    ['collateral', (s) => (s.accountsById.get('bob') as VenueState['accounts'][number]).collateral++],
    ['position size', (s) => ((s.accountsById.get('bob') as VenueState['accounts'][number]).positions.get(1) as { sizeLots: number }).sizeLots++],
    ['position fees', (s) => ((s.accountsById.get('alice') as VenueState['accounts'][number]).positions.get(1) as { feesPaid: number }).feesPaid++],
    ['nonce window', (s) => s.nonces.get('alice')?.runs.push(99, 99)],
    ['nonce floor', (s) => ((s.nonces.get('bob') as { floor: number }).floor = 1)],
    ['market mark', (s) => (s.markets.get(2) as { markTicks: number }).markTicks++],
    ['market reason', (s) => ((s.markets.get(1) as { reason: string }).reason = 'other')],
    ['book order size', (s) => ((s.markets.get(1)?.book.get(3) ?? s.markets.get(1)?.book.get(1)) as { sizeLots: number }).sizeLots++],
    ['oracle report', (s) => ((s.oracleReports.get('oracle-1')?.get(2) as { priceTicks: number }).priceTicks = 1)],
  ];
  for (const [what, edit] of edits) {
    it(`${what} moves the hash`, () => {
      const state = venue();
      const before = hex(stateHashFromScratch(state));
      edit(state);
      expect(hex(stateHashFromScratch(state))).not.toBe(before);
    });
  }
});

function historyArbitraryPolicy(): History['policy'] {
  return fc.sample(historyArbitrary(), { numRuns: 1, seed: 1 })[0]?.policy as History['policy'];
}

describe('the incremental tree', () => {
  it('equals the plain tree over up to three levels after random leaf updates and resizes', () => {
    const leaf = (i: number, v: number): Buffer => Buffer.from(hex(new Uint8Array(32).fill((i * 31 + v) & 0xff)).slice(0, 64), 'hex');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5_000 }), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { maxLength: 40 }), (n, updates) => {
        const tree = new IncrementalTree();
        const leaves = Array.from({ length: n }, (_, i) => leaf(i, 0));
        tree.resize(n);
        leaves.forEach((h, i) => tree.setLeaf(i, h));
        expect(hex(tree.top())).toBe(hex(treeTop(leaves)));
        for (const [at, v] of updates) {
          const i = at % n;
          leaves[i] = leaf(i, v + 1);
          tree.setLeaf(i, leaves[i] as Buffer);
        }
        expect(hex(tree.top())).toBe(hex(treeTop(leaves)));
      }),
      { numRuns: 30, seed: 48 },
    );
  });
});
