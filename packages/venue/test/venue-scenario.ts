/**
 * The scripted-scenario harness: a venue, its oracles and a clock; `block` applies one block
 * and checks every invariant of the VenueMonitor after it. The test market has quotePerTickLot
 * 1, initial margin 5 %, maintenance 3 %, maker -100 ppm, taker 500 ppm, liquidation penalty
 * 5,000 ppm, 3 oracles with a quorum of 2.
 */
import { expect } from 'vitest';
import { TIF_FOK, TIF_GTC, TIF_IOC, TIF_POST_ONLY, accountHealth, applyBlock, createVenueState, DEFAULT_POLICY, VenueMonitor, type BlockTx, type MarketRuntime, type VenueConfig, type VenueEvent, type VenuePolicy, type VenueState, type VenueVariant } from '@faultline/venue';
import { ClientTxs, encodeTx, signedOracleReport, testVenueConfig, type OrderOptions } from '@faultline/venue/testing';
import type { SigningKeyPair } from '@faultline/protocol';

export const S = 1_000_000;
export const GTC = TIF_GTC;
export const IOC = TIF_IOC;
export const FOK = TIF_FOK;
export const POST_ONLY = TIF_POST_ONLY;

export type Kind = VenueEvent['kind'];
export type BodyOf<K extends Kind> = Extract<VenueEvent, { kind: K }> extends infer E ? (K extends keyof E ? E[K] : never) : never;

/** The bodies of every event of one kind, in emission order. */
export function bodies<K extends Kind>(events: readonly VenueEvent[], kind: K): Array<BodyOf<K>> {
  return events.filter((e) => e.kind === kind).map((e) => (e as unknown as Record<string, BodyOf<K>>)[kind] as BodyOf<K>);
}

/** The RejectCodes of a block's rejections, in order. */
export function rejections(events: readonly VenueEvent[]): string[] {
  return bodies(events, 'txRejected').map((r) => r.reason);
}

/** Their details (for people; the tests read the numbers in them). */
export function details(events: readonly VenueEvent[]): string[] {
  return bodies(events, 'txRejected').map((r) => r.detail);
}

interface BlockOptions {
  /** Time since the previous block (default 1 s; the first block is at t = 1 s). */
  dtUs?: number;
  /** New oracle prices by market id, reported from this block on by every oracle. */
  prices?: Record<number, number>;
  /** Per oracle and market: the price it reports, or undefined for silence (default: the price). */
  report?: (oracleId: string, marketId: number, price: number) => number | undefined;
}

/** A venue, its oracles and a clock; `block` applies one block and checks every invariant. */
export class Scenario extends ClientTxs {
  readonly config: VenueConfig;
  readonly state: VenueState;
  readonly monitor = new VenueMonitor();
  readonly oracleKeys: Map<string, SigningKeyPair>;
  readonly prices = new Map<number, number>();
  timeUs = 0;
  events: VenueEvent[] = [];

  readonly variant: VenueVariant | undefined;

  constructor(options: { markets?: number; policy?: VenuePolicy; insuranceFundSeed?: number; price?: number; tweak?: (config: VenueConfig) => void; variant?: VenueVariant } = {}) {
    super();
    this.variant = options.variant;
    const { config, oracleKeys } = testVenueConfig({ markets: options.markets ?? 1, policy: options.policy ?? DEFAULT_POLICY, insuranceFundSeed: options.insuranceFundSeed ?? 1_000_000 });
    options.tweak?.(config);
    this.config = config;
    this.oracleKeys = oracleKeys;
    this.state = createVenueState(config);
    for (const m of config.markets) this.prices.set(m.marketId, options.price ?? 10_000);
  }

  marketOrder(accountId: string, side: 'buy' | 'sell', sizeLots: number, o: OrderOptions & { priceTicks?: number } = {}): BlockTx {
    return encodeTx(accountId, this.nonce(accountId), {
      placeOrder: { accountId, marketId: o.market ?? 1, clientOrderId: o.cid ?? 0, side: side === 'buy' ? 1 : 2, type: 2, timeInForce: o.tif ?? 0, priceTicks: o.priceTicks ?? 0, sizeLots, reduceOnly: o.reduceOnly ?? false },
    });
  }

  cancel(accountId: string, clientOrderId: number, market = 1): BlockTx {
    return encodeTx(accountId, this.nonce(accountId), { cancelOrder: { accountId, marketId: market, orderId: 0, clientOrderId } });
  }

  liquidate(accountId: string, market = 1, observedMarkTicks = 0): BlockTx {
    return encodeTx('liquidator', this.nonce('liquidator'), { liquidate: { liquidatorId: 'liquidator', accountId, marketId: market, observedMarkTicks } });
  }

  report(oracleId: string, marketId: number, priceTicks: number, observedAtUs: number): BlockTx {
    const keys = this.oracleKeys.get(oracleId) as SigningKeyPair;
    const seq = this.nonce(oracleId);
    return encodeTx(oracleId, seq, { oracleReport: signedOracleReport(keys, { oracleId, marketId, priceTicks, observedAtUs, reportSeq: seq }) });
  }

  block(txs: BlockTx[], options: BlockOptions = {}): VenueEvent[] {
    this.timeUs = this.timeUs === 0 ? S : this.timeUs + (options.dtUs ?? S);
    for (const [marketId, price] of Object.entries(options.prices ?? {})) this.prices.set(Number(marketId), price);
    const reports: BlockTx[] = [];
    for (const oracleId of this.oracleKeys.keys()) {
      for (const [marketId, price] of this.prices) {
        const reported = options.report ? options.report(oracleId, marketId, price) : price;
        if (reported !== undefined) reports.push(this.report(oracleId, marketId, reported, this.timeUs));
      }
    }
    const height = this.state.height + 1;
    const block = { height, timeUs: this.timeUs, txs: [...reports, ...txs] };
    const result = applyBlock(this.state, block, { hash: false, ...(this.variant ? { variant: this.variant } : {}) });
    const violations = this.monitor.check(this.state, height, result.events, block);
    // A planted variant re-creates a hole the referee exists to report (its proofs: referee.*.test.ts).
    if (!this.variant) expect(violations, `invariants after block ${height}`).toEqual([]);
    this.events = result.events;
    return result.events;
  }

  /** `count` blocks one second apart with nothing but the oracle reports. */
  idle(count: number, options: BlockOptions = {}): void {
    for (let i = 0; i < count; i++) this.block([], options);
  }

  account(id: string) {
    const account = this.state.accountsById.get(id);
    if (!account) throw new Error(`no account ${id}`);
    return account;
  }

  collateral(id: string): number {
    return this.account(id).collateral;
  }

  position(id: string, market = 1): { sizeLots: number; costQuote: number; realizedPnl: number; fundingPaid: number; feesPaid: number } {
    const p = this.account(id).positions.get(market);
    return p ? { sizeLots: p.sizeLots, costQuote: p.costQuote, realizedPnl: p.realizedPnl, fundingPaid: p.fundingPaid, feesPaid: p.feesPaid } : { sizeLots: 0, costQuote: 0, realizedPnl: 0, fundingPaid: 0, feesPaid: 0 };
  }

  health(id: string) {
    return accountHealth(this.state, this.account(id));
  }

  market(id = 1): MarketRuntime {
    return this.state.markets.get(id) as MarketRuntime;
  }
}

/** Accounts funded in the first block (t = 1 s). */
export function funded(v: Scenario, deposits: Record<string, number>): void {
  v.block(Object.entries(deposits).map(([id, amount]) => v.deposit(id, amount)));
}

