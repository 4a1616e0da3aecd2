/**
 * A generator of random venue histories for the property tests: accounts with small and large
 * collateral, oracle price paths with jumps and outages, block-time gaps, and every kind of
 * transaction (well-formed and not) — enough to drive halts, auctions, funding, liquidations
 * and ADL. The generator knows nothing of the engine's state: prices are offsets from its own
 * oracle path, order ids are guesses.
 */
import fc from 'fast-check';
import {
  applyBlock,
  createVenueState,
  encodeSnapshot,
  restoreSnapshot,
  VenueMonitor,
  DEFAULT_POLICY,
  NAMED_POLICIES,
  type BlockTx,
  type VenueConfig,
  type VenueEvent,
  type VenueVariant,
  type VenuePolicy,
  type VenueViolation,
  type VenueState,
} from '@faultline/venue';
import { encodeTx, signedOracleReport, testVenueConfig } from '@faultline/venue/testing';
import type { SigningKeyPair } from '@faultline/protocol';

export const ACCOUNTS = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank'];
const MARKETS = [1, 2];

export type Op =
  | { k: 'limit'; a: number; m: number; side: 1 | 2; offBps: number; lots: number; tif: 1 | 2 | 3 | 4 }
  | { k: 'market'; a: number; m: number; side: 1 | 2; lots: number; reduceOnly: boolean }
  | { k: 'cancel'; a: number; m: number; orderId: number }
  | { k: 'cancelAll'; a: number; m: number }
  | { k: 'deposit'; a: number; amount: number }
  | { k: 'withdraw'; a: number; amount: number }
  | { k: 'liquidate'; a: number; m: number }
  | { k: 'quote'; a: number; m: number; spreadBps: number; lots: number }
  | { k: 'bad'; variant: number };

export interface BlockPlan {
  dtUs: number;
  /** Per market: the external move in basis points. */
  moveBps: number[];
  /** Oracles that do not report in this block (bit mask). */
  silent: number;
  ops: Op[];
}

export interface History {
  policy: VenuePolicy;
  deposits: number[];
  blocks: BlockPlan[];
}

const side = fc.constantFrom<1 | 2>(1, 2);
const account = fc.nat({ max: ACCOUNTS.length - 1 });
const market = fc.constantFrom(...MARKETS);

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ k: fc.constant('limit' as const), a: account, m: market, side, offBps: fc.integer({ min: -300, max: 300 }), lots: fc.integer({ min: 1, max: 120 }), tif: fc.constantFrom<1 | 2 | 3 | 4>(1, 1, 1, 2, 3, 4) }) },
  { weight: 4, arbitrary: fc.record({ k: fc.constant('market' as const), a: account, m: market, side, lots: fc.integer({ min: 1, max: 150 }), reduceOnly: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('cancel' as const), a: account, m: market, orderId: fc.integer({ min: 0, max: 80 }) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('cancelAll' as const), a: account, m: fc.constantFrom(0, ...MARKETS) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('deposit' as const), a: account, amount: fc.integer({ min: 1, max: 50_000 }) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('withdraw' as const), a: account, amount: fc.integer({ min: 1, max: 200_000 }) }) },
  { weight: 4, arbitrary: fc.record({ k: fc.constant('liquidate' as const), a: account, m: fc.constantFrom(0, ...MARKETS) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('quote' as const), a: account, m: market, spreadBps: fc.integer({ min: 1, max: 100 }), lots: fc.integer({ min: 1, max: 30 }) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('bad' as const), variant: fc.nat({ max: 11 }) }) },
);

const block: fc.Arbitrary<BlockPlan> = fc.record({
  dtUs: fc.oneof({ weight: 12, arbitrary: fc.constant(1_000_000) }, { weight: 1, arbitrary: fc.constantFrom(12_000_000, 30_000_000, 70_000_000) }),
  moveBps: fc.array(fc.oneof({ weight: 10, arbitrary: fc.integer({ min: -40, max: 40 }) }, { weight: 1, arbitrary: fc.integer({ min: -1500, max: 1500 }) }), { minLength: 2, maxLength: 2 }),
  silent: fc.oneof({ weight: 8, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.nat({ max: 7 }) }),
  ops: fc.array(op, { maxLength: 20, size: 'max' }),
});

const policies = Object.values(NAMED_POLICIES);
export const policyArbitrary: fc.Arbitrary<VenuePolicy> = fc.oneof(
  fc.constantFrom(...policies),
  fc.record({
    name: fc.constant('random'),
    blockGapHalt: fc.record({ enabled: fc.boolean(), thresholdUs: fc.constant(10_000_000) }),
    oracleStaleHalt: fc.record({ enabled: fc.boolean() }),
    priceBand: fc.record({ enabled: fc.boolean(), bandPpm: fc.constantFrom(20_000, 100_000), haltUs: fc.constant(5_000_000) }),
    cancelOnHalt: fc.record({ enabled: fc.boolean() }),
    resumeDelayUs: fc.constantFrom(0, 3_000_000),
    reopeningAuction: fc.record({ enabled: fc.boolean(), durationUs: fc.constantFrom(0, 3_000_000) }),
    gracePeriod: fc.record({ enabled: fc.boolean(), durationUs: fc.constant(5_000_000), liquidateBelowHealthPpm: fc.constant(500_000) }),
    healthScaledMargin: fc.record({ ...Object.fromEntries(Object.entries(DEFAULT_POLICY.healthScaledMargin).map(([k, v]) => [k, fc.constant(v)])), enabled: fc.boolean() }) as fc.Arbitrary<VenuePolicy['healthScaledMargin']>,
    adl: fc.record({ enabled: fc.boolean() }),
    liquidationNeedsFreshOracle: fc.record({ enabled: fc.boolean() }),
  }),
);

export function historyArbitrary(options: { blocks?: number; policy?: fc.Arbitrary<VenuePolicy> } = {}): fc.Arbitrary<History> {
  return fc.record({
    policy: options.policy ?? policyArbitrary,
    deposits: fc.array(fc.oneof(fc.integer({ min: 3_000, max: 20_000 }), fc.integer({ min: 30_000, max: 200_000 }), fc.integer({ min: 1_000_000, max: 5_000_000 })), { minLength: ACCOUNTS.length, maxLength: ACCOUNTS.length }),
    blocks: fc.array(block, { minLength: 5, maxLength: options.blocks ?? 40, size: 'max' }),
  });
}

export interface RunOutcome {
  violations: VenueViolation[];
  hashes: string[];
  events: VenueEvent[][];
  state: VenueState;
  blocks: Array<{ height: number; timeUs: number; txs: BlockTx[] }>;
}

export function venueConfigFor(policy: VenuePolicy): { config: VenueConfig; oracleKeys: Map<string, SigningKeyPair> } {
  const { config, oracleKeys } = testVenueConfig({ markets: 2, oracles: 3, policy, insuranceFundSeed: 2_000 });
  for (const m of config.markets) {
    m.funding = { intervalUs: 5_000_000, clampPpm: 6_000 };
    m.maxOrderLots = 1_000;
  }
  config.oracleDeviationPpm = 150_000;
  // Short halts and auctions so that a 40-block history reopens markets.
  config.policy = {
    ...policy,
    resumeDelayUs: Math.min(policy.resumeDelayUs, 3_000_000),
    reopeningAuction: { ...policy.reopeningAuction, durationUs: Math.min(policy.reopeningAuction.durationUs, 3_000_000) },
    gracePeriod: { ...policy.gracePeriod, durationUs: Math.min(policy.gracePeriod.durationUs, 5_000_000) },
  };
  return { config, oracleKeys };
}

/** Turns a history into encoded blocks (deterministic) and applies them, checking every block. */
export function runHistory(history: History, options: { variant?: VenueVariant; hash?: boolean; tweak?: (config: VenueConfig) => void } = {}): RunOutcome {
  const { config, oracleKeys } = venueConfigFor(history.policy);
  options.tweak?.(config);
  const blocks = buildBlocks(history, oracleKeys);
  const state = createVenueState(config);
  const monitor = new VenueMonitor();
  const outcome: RunOutcome = { violations: [], hashes: [], events: [], state, blocks };
  for (const b of blocks) {
    const result = applyBlock(state, b, { hash: options.hash ?? true, ...(options.variant ? { variant: options.variant } : {}) });
    outcome.violations.push(...monitor.check(state, b.height, result.events, b));
    outcome.hashes.push(result.stateHash ? Buffer.from(result.stateHash).toString('hex') : '');
    outcome.events.push(result.events);
  }
  return outcome;
}

export function buildBlocks(history: History, oracleKeys: Map<string, SigningKeyPair>): Array<{ height: number; timeUs: number; txs: BlockTx[] }> {
  const prices = MARKETS.map(() => 10_007);
  const nonces = new Map<string, number>();
  const next = (client: string): number => {
    const n = (nonces.get(client) ?? 0) + 1;
    nonces.set(client, n);
    return n;
  };
  const out: Array<{ height: number; timeUs: number; txs: BlockTx[] }> = [];
  let timeUs = 1_000_000;
  const reports = (txs: BlockTx[], silent: number): void => {
    [...oracleKeys].forEach(([oracleId, keys], i) => {
      if (silent & (1 << i)) return;
      MARKETS.forEach((marketId, mi) => {
        // Each oracle adds its own small, deterministic noise.
        const priceTicks = Math.max(1, (prices[mi] as number) + ((i * 7 + out.length) % 5) - 2);
        txs.push(encodeTx(oracleId, next(oracleId), { oracleReport: signedOracleReport(keys, { oracleId, marketId, priceTicks, observedAtUs: timeUs, reportSeq: nonces.get(oracleId) ?? 0 }) }));
      });
    });
  };
  const first: BlockTx[] = [];
  reports(first, 0);
  history.deposits.forEach((amount, i) => first.push(encodeTx(ACCOUNTS[i] as string, next(ACCOUNTS[i] as string), { deposit: { accountId: ACCOUNTS[i], amount } })));
  out.push({ height: 1, timeUs, txs: first });
  for (const plan of history.blocks) {
    timeUs += plan.dtUs;
    plan.moveBps.forEach((bps, mi) => {
      prices[mi] = Math.max(100, Math.round(((prices[mi] as number) * (10_000 + bps)) / 10_000));
    });
    const txs: BlockTx[] = [];
    reports(txs, plan.silent);
    for (const o of plan.ops) txs.push(opTx(o, prices, next));
    out.push({ height: out.length + 1, timeUs, txs });
  }
  return out;
}

function opTx(o: Op, prices: number[], next: (client: string) => number): BlockTx {
  if (o.k === 'bad') return badTx(o.variant, next);
  const accountId = ACCOUNTS[o.a] as string;
  const priceOf = (m: number): number => prices[m - 1] as number;
  switch (o.k) {
    case 'limit':
      return encodeTx(accountId, next(accountId), {
        placeOrder: { accountId, marketId: o.m, clientOrderId: 0, side: o.side, type: 1, timeInForce: o.tif, priceTicks: Math.max(1, Math.round((priceOf(o.m) * (10_000 + o.offBps)) / 10_000)), sizeLots: o.lots },
      });
    case 'market':
      return encodeTx(accountId, next(accountId), { placeOrder: { accountId, marketId: o.m, side: o.side, type: 2, sizeLots: o.lots, reduceOnly: o.reduceOnly } });
    case 'cancel':
      return encodeTx(accountId, next(accountId), { cancelOrder: { accountId, marketId: o.m, orderId: o.orderId } });
    case 'cancelAll':
      return encodeTx(accountId, next(accountId), { cancelAll: { accountId, marketId: o.m } });
    case 'deposit':
      return encodeTx(accountId, next(accountId), { deposit: { accountId, amount: o.amount } });
    case 'withdraw':
      return encodeTx(accountId, next(accountId), { withdraw: { accountId, amount: o.amount } });
    case 'liquidate':
      return encodeTx('liquidator', next('liquidator'), { liquidate: { liquidatorId: 'liquidator', accountId, marketId: o.m, observedMarkTicks: priceOf(o.m || 1) } });
    case 'quote': {
      const p = priceOf(o.m);
      const half = Math.max(1, Math.round((p * o.spreadBps) / 20_000));
      return encodeTx(accountId, next(accountId), { hedgerQuote: { accountId, marketId: o.m, quoteId: 1, bidPriceTicks: p - half, bidSizeLots: o.lots, askPriceTicks: p + half, askSizeLots: o.lots } });
    }
  }
}

/** Malformed or out-of-range transactions: each must be rejected with state untouched. */
export const BAD_TX_VARIANTS = 12;
export function badTx(variant: number, next: (client: string) => number): BlockTx {
  const a = 'alice';
  const order = (fields: Record<string, unknown>): BlockTx =>
    encodeTx(a, next(a), { placeOrder: { accountId: a, marketId: 1, side: 1, type: 1, timeInForce: 1, priceTicks: 10_000, sizeLots: 1, ...fields } });
  switch (variant % BAD_TX_VARIANTS) {
    case 0:
      return order({ sizeLots: 0 });
    case 1:
      return order({ sizeLots: -5 });
    case 2:
      return order({ priceTicks: -1 });
    case 3:
      return order({ priceTicks: 2_000_000_000 });
    case 4:
      return order({ sizeLots: 5_000_000 });
    case 5:
      return order({ marketId: 99 });
    case 6:
      return order({ accountId: 'nobody' });
    case 7:
      return encodeTx(a, next(a), { withdraw: { accountId: a, amount: 1_000_000_000_000 } });
    case 8:
      return { bytes: new Uint8Array([0x0a, 0xff, 0xff, 0xff]), tx: undefined, decodeError: 'truncated' };
    case 9:
      return encodeTx('mallory', next('mallory'), { oracleReport: { oracleId: 'mallory', marketId: 1, priceTicks: 1, observedAtUs: 0, reportSeq: 1, signature: new Uint8Array(64) } });
    case 10:
      return encodeTx('oracle-1', 1, { oracleReport: { oracleId: 'oracle-1', marketId: 1, priceTicks: 10_000, observedAtUs: 0, reportSeq: 999_999, signature: new Uint8Array(64) } });
    default:
      return order({ side: 7 });
  }
}

/** Applies blocks[0..k), snapshots, restores, applies the rest: the final hash of the restored run. */
export function runWithRestoreAt(history: History, k: number): string {
  const { config, oracleKeys } = venueConfigFor(history.policy);
  const blocks = buildBlocks(history, oracleKeys);
  let state = createVenueState(config);
  let last = '';
  blocks.forEach((b, i) => {
    if (i === k) state = restoreSnapshot(config, encodeSnapshot(state));
    last = Buffer.from(applyBlock(state, b).stateHash as Uint8Array).toString('hex');
  });
  return last;
}
