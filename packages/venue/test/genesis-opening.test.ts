/**
 * The genesis opening (docs/venue.md, "Genesis opening"): a market starts PRE_OPEN and opens
 * straight to continuous trading at the first block with a fresh oracle quorum and a fresh
 * chain. It is not a halt: no MarketStatus HALTED, no auction, no grace. A stall after the
 * opening still halts.
 */
import { describe, expect, it } from 'vitest';
import {
  applyBlock,
  createVenueState,
  DEFAULT_POLICY,
  MARKET_ACTIVE,
  MARKET_AUCTION,
  MARKET_HALTED,
  MARKET_PRE_OPEN,
  NAMED_POLICIES,
  VenueMonitor,
  type BlockTx,
  type VenueEvent,
  type VenuePolicy,
  type VenueState,
} from '@faultline/venue';
import { encodeTx, signedOracleReport, testVenueConfig } from '@faultline/venue/testing';
import type { SigningKeyPair } from '@faultline/protocol';

const S = 1_000_000;

/** A one-market venue driven block by block; every block is checked by a VenueMonitor. */
function venue(policy: VenuePolicy = DEFAULT_POLICY) {
  const { config, oracleKeys } = testVenueConfig({ policy });
  const state: VenueState = createVenueState(config);
  const monitor = new VenueMonitor();
  const nonces = new Map<string, number>();
  const nonce = (id: string): number => {
    const n = (nonces.get(id) ?? 0) + 1;
    nonces.set(id, n);
    return n;
  };
  let timeUs = 0;
  const statuses: Array<{ height: number; state: number; reason: string }> = [];
  return {
    state,
    statuses,
    market: () => state.markets.get(1) as VenueState['markets'] extends Map<number, infer M> ? M : never,
    deposit: (id: string, amount: number): BlockTx => encodeTx(id, nonce(id), { deposit: { accountId: id, amount } }),
    order: (id: string, side: 1 | 2, priceTicks: number): BlockTx =>
      encodeTx(id, nonce(id), { placeOrder: { accountId: id, marketId: 1, clientOrderId: 0, side, type: 1, timeInForce: 1, priceTicks, sizeLots: 1, reduceOnly: false } }),
    /** One block `dtUs` after the last (the first at t = 1 s); `oracles` report 10,000 at its time. */
    block(txs: BlockTx[], options: { dtUs?: number; oracles?: boolean } = {}): VenueEvent[] {
      timeUs = timeUs === 0 ? S : timeUs + (options.dtUs ?? S);
      const reports: BlockTx[] = [];
      if (options.oracles ?? true) {
        for (const [oracleId, keys] of oracleKeys as Map<string, SigningKeyPair>) {
          const seq = nonce(oracleId);
          reports.push(encodeTx(oracleId, seq, { oracleReport: signedOracleReport(keys, { oracleId, marketId: 1, priceTicks: 10_000, observedAtUs: timeUs, reportSeq: seq }) }));
        }
      }
      const height = state.height + 1;
      const block = { height, timeUs, txs: [...reports, ...txs] };
      const { events } = applyBlock(state, block, { hash: false });
      expect(monitor.check(state, height, events, block), `invariants after block ${height}`).toEqual([]);
      for (const e of events) if (e.kind === 'marketStatus') statuses.push({ height, state: e.marketStatus.state, reason: e.marketStatus.reason });
      return events;
    },
  };
}

const rejected = (events: VenueEvent[]): string[] => events.flatMap((e) => (e.kind === 'txRejected' ? [e.txRejected.reason] : []));
const fills = (events: VenueEvent[]): number => events.filter((e) => e.kind === 'fill').length;

describe('genesis opening', () => {
  it('a market is pre-open until its oracle has a fresh quorum, rejects orders meanwhile, then opens straight to continuous trading', () => {
    const v = venue();
    expect(v.market().state).toBe(MARKET_PRE_OPEN);
    v.block([v.deposit('alice', 1_000_000), v.deposit('bob', 1_000_000)], { oracles: false }); // t = 1 s
    const early = v.block([v.order('alice', 1, 10_000)], { oracles: false }); // t = 2 s
    expect(rejected(early)).toEqual(['market-not-open']);
    v.block([], { dtUs: 20 * S, oracles: false }); // a long start-up: still pre-open, not halted
    expect(v.market().state).toBe(MARKET_PRE_OPEN);
    const open = v.block([v.order('alice', 1, 10_000), v.order('bob', 2, 10_000)]); // first fresh quorum
    expect(v.statuses).toEqual([{ height: 4, state: MARKET_ACTIVE, reason: 'genesis-open' }]);
    expect(fills(open)).toBe(1); // the opening block already trades: no auction
  });

  it('with oracles fresh from block 1 (the simulated baseline) the market opens at block 1: no halt, no auction', () => {
    const v = venue();
    v.block([v.deposit('alice', 1_000_000)]);
    for (let i = 0; i < 30; i++) v.block([]);
    expect(v.statuses).toEqual([{ height: 1, state: MARKET_ACTIVE, reason: 'genesis-open' }]);
    expect(v.market().graceUntilUs).toBe(0); // the opening starts no grace period
  });

  it('a start-up stall keeps the market pre-open (no halt); it opens at the next fresh block', () => {
    const v = venue();
    v.block([], { oracles: false }); // t = 1 s (genesis time)
    v.block([], { oracles: false }); // t = 2 s
    const stalled = v.block([], { dtUs: 15 * S }); // oracles fresh, but the block follows a 15 s gap
    expect(stalled.filter((e) => e.kind === 'marketStatus')).toEqual([]);
    expect(v.market().state).toBe(MARKET_PRE_OPEN);
    v.block([]);
    expect(v.statuses).toEqual([{ height: 4, state: MARKET_ACTIVE, reason: 'genesis-open' }]);
  });

  it('the opening needs a price whatever the policy: with no staleness halt the market still waits for the oracle', () => {
    const v = venue(NAMED_POLICIES['no-halts'] as VenuePolicy);
    v.block([], { oracles: false });
    v.block([], { oracles: false });
    expect(v.market().state).toBe(MARKET_PRE_OPEN);
    v.block([]);
    expect(v.statuses).toEqual([{ height: 3, state: MARKET_ACTIVE, reason: 'genesis-open' }]);
  });

  it('a real stall after the opening still halts and reopens through the auction', () => {
    const v = venue();
    v.block([]);
    v.block([]);
    v.block([], { dtUs: 15 * S }); // 15 s > the 10 s gap threshold
    expect(v.statuses.map((s) => [s.state, s.reason])).toEqual([
      [MARKET_ACTIVE, 'genesis-open'],
      [MARKET_HALTED, 'block-gap'],
    ]);
    for (let i = 0; i < 5; i++) v.block([]);
    expect(v.market().state).toBe(MARKET_AUCTION);
  });

  it('the monitor that saw block 1 knows markets start pre-open: a fill before any opening fails no-fill-while-halted', () => {
    const { config } = testVenueConfig();
    const state = createVenueState(config);
    const fill: VenueEvent = {
      kind: 'fill',
      fill: { fillId: 1, height: 1, marketId: 1, makerOrderId: 1, takerOrderId: 2, makerAccountId: 'a', takerAccountId: 'b', takerSide: 1, priceTicks: 10_000, sizeLots: 1, makerFee: 0, takerFee: 5 },
    } as VenueEvent;
    const violations = new VenueMonitor().check(state, 1, [fill], { timeUs: 1_000_000, txs: [] });
    expect(violations.map((x) => x.invariant)).toContain('no-fill-while-halted');
    // A monitor that starts mid-chain cannot know the state and does not guess "pre-open".
    expect(new VenueMonitor().check(state, 50, [fill], { timeUs: 50_000_000, txs: [] }).map((x) => x.invariant)).not.toContain('no-fill-while-halted');
  });
});
