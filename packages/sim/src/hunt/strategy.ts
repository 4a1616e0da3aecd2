/**
 * Strategies of a group of colluding accounts (g1..gK) against the pure engine, and how one is
 * written as an order stream (../order-stream.ts). A strategy is a list of steps; prices are
 * offsets from the oracle price of the moment, sizes and amounts come from small menus sized to
 * the test market (initial margin 5 %, maintenance 3 %, band ±10 %), so random strategies reach
 * the margin edges instead of the far corners.
 *
 * What the group may do: deposit, withdraw (a share of what it deposited), place orders of every
 * type and flag (limit / market, GTC / IOC / FOK / post-only, reduce-only), cancel one or all,
 * trade with itself across accounts (one rests, another takes), squeeze (the oracle moves 3 %,
 * one rests at the liquidation limit, the keeper liquidates another), let time pass (0: end the block;
 * 11 s: past the gap threshold, so the market halts, reopens by auction), ask a keeper to
 * liquidate a member, and move the oracle by up to 3 % a step and 5 % in all — inside the
 * deviation guard (15 %) and the price band (10 %), and enough to take a 20x account past its
 * maintenance margin, so liquidations happen without any other hole.
 */
import fc from 'fast-check';
import { ORDER_TYPE_LIMIT, ORDER_TYPE_MARKET, SIDE_BUY, SIDE_SELL, TIF_FOK, TIF_GTC, TIF_IOC, TIF_POST_ONLY, type Side } from '@faultline/venue';
import type { OrderStreamFile } from '../order-stream.ts';

export type Step =
  | { k: 'deposit'; a: number; amount: number }
  | { k: 'withdraw'; a: number; pct: number }
  | { k: 'order'; a: number; side: Side; offBps: number; lots: number; tif: Tif; market: boolean; reduceOnly: boolean }
  | { k: 'cross'; a: number; b: number; side: Side; offBps: number; lots: number; tif: typeof TIF_IOC | typeof TIF_FOK; reduceOnly: boolean }
  | { k: 'ladder'; a: number; side: Side; offBps: number; lots: number; count: number }
  /**
   * A squeeze: the oracle moves 3 % toward `side`'s price (down for a buy), a rests at the
   * liquidation limit (3 % beyond the new oracle), then the keeper liquidates b.
   */
  | { k: 'trap'; a: number; b: number; side: Side }
  | { k: 'cancel'; a: number; nth: number }
  | { k: 'cancelAll'; a: number }
  | { k: 'oracle'; bps: number }
  | { k: 'advance'; us: number }
  | { k: 'liquidate'; a: number };

export type Strategy = Step[];
type Tif = typeof TIF_GTC | typeof TIF_IOC | typeof TIF_FOK | typeof TIF_POST_ONLY;
const opposite = (side: Side): Side => (side === SIDE_BUY ? SIDE_SELL : SIDE_BUY);

export const START_PRICE = 10_000;
/** The oracle never leaves START_PRICE ± this (basis points). */
export const ORACLE_DRIFT_MAX_BPS = 500;
const AMOUNTS = [1_000, 10_000, 20_000, 59_000, 100_000];
/** 0 sizes an order at 19x what its account deposited (the initial margin allows 20x). */
const LOTS = [0, 0, 0, 1, 5, 10, 19, 50, 100];
const LEVERAGE = 19;
/** Offsets from the oracle, weighted to the band's edges (±10 %) and the liquidation limit (3 %). */
const OFFSETS_BPS = [-1_000, -1_000, -900, -500, -300, -300, -100, -10, 0, 10, 100, 300, 300, 500, 900, 1_000, 1_000];
/** Resting orders: at the liquidation limit (3 % from the mark) and the band's edges, or near the mark. */
const REST_OFFSETS_BPS = [-300, -300, 300, 300, -1_000, 1_000, -900, 900, -100, 100, -10, 10];
/** Self-trades open at the mark (max leverage) or dump at the band's edges. */
const CROSS_OFFSETS_BPS = [0, 0, 0, 0, 0, 0, -1_000, 1_000, -900, 900, -300, 300];
const CROSS_LOTS = [0, 0, 0, 10, 100];
const ORACLE_STEPS_BPS = [-300, -300, -300, -200, -100, 100, 200, 300, 300, 300];
const PCTS = [10, 25, 50, 75, 100];
const ADVANCES_US = [0, 0, 1_000_000, 11_000_000];

export function strategyArbitrary(accounts: number, maxSteps = 24): fc.Arbitrary<Strategy> {
  const a = fc.nat({ max: accounts - 1 });
  const side = fc.constantFrom<Side>(SIDE_BUY, SIDE_SELL);
  const off = fc.constantFrom(...OFFSETS_BPS);
  const lots = fc.constantFrom(...LOTS);
  const weighted: Array<{ weight: number; arbitrary: fc.Arbitrary<Step> }> = [
    { weight: 3, arbitrary: fc.record({ k: fc.constant('deposit' as const), a, amount: fc.constantFrom(...AMOUNTS) }) },
    { weight: 2, arbitrary: fc.record({ k: fc.constant('withdraw' as const), a, pct: fc.constantFrom(...PCTS) }) },
    {
      weight: 6,
      arbitrary: fc.record({
        k: fc.constant('order' as const),
        a,
        side,
        offBps: off,
        lots,
        tif: fc.constantFrom<Tif>(TIF_IOC, TIF_FOK),
        market: fc.boolean(),
        reduceOnly: fc.boolean(),
      }),
    },
    {
      // A resting order (GTC or post-only), most often where liquidations and dumps fill.
      weight: 6,
      arbitrary: fc.record({
        k: fc.constant('order' as const),
        a,
        side,
        offBps: fc.constantFrom(...REST_OFFSETS_BPS),
        lots,
        tif: fc.constantFrom<Tif>(TIF_GTC, TIF_GTC, TIF_POST_ONLY),
        market: fc.constant(false),
        reduceOnly: fc.constant(false),
      }),
    },
    ...(accounts > 1
      ? [
          {
            weight: 10,
            arbitrary: fc
              .record({ a, d: fc.integer({ min: 1, max: accounts - 1 }), side, offBps: fc.constantFrom(...CROSS_OFFSETS_BPS), lots: fc.constantFrom(...CROSS_LOTS), tif: fc.constantFrom<typeof TIF_IOC | typeof TIF_FOK>(TIF_IOC, TIF_FOK), reduceOnly: fc.constantFrom(false, false, false, true) })
              .map(({ a: first, d, ...rest }): Step => ({ k: 'cross', a: first, b: (first + d) % accounts, ...rest })),
          },
        ]
      : []),
    ...(accounts > 1
      ? [
          {
            weight: 3,
            arbitrary: fc
              .record({ a, d: fc.integer({ min: 1, max: accounts - 1 }), side })
              .map(({ a: first, d, side: s }): Step => ({ k: 'trap', a: first, b: (first + d) % accounts, side: s })),
          },
        ]
      : []),
    { weight: 2, arbitrary: fc.record({ k: fc.constant('ladder' as const), a, side, offBps: off, lots, count: fc.integer({ min: 2, max: 10 }) }) },
    { weight: 1, arbitrary: fc.record({ k: fc.constant('cancel' as const), a, nth: fc.nat({ max: 7 }) }) },
    { weight: 1, arbitrary: fc.record({ k: fc.constant('cancelAll' as const), a }) },
    { weight: 4, arbitrary: fc.record({ k: fc.constant('oracle' as const), bps: fc.constantFrom(...ORACLE_STEPS_BPS) }) },
    { weight: 2, arbitrary: fc.record({ k: fc.constant('advance' as const), us: fc.constantFrom(...ADVANCES_US) }) },
    { weight: 4, arbitrary: fc.record({ k: fc.constant('liquidate' as const), a }) },
  ];
  const step = fc.oneof(...weighted);
  // Every member starts funded (a strategy of orders from empty accounts finds nothing).
  const prologue = fc.tuple(...Array.from({ length: accounts }, (_, i) => fc.constantFrom(...AMOUNTS).map((amount): Step => ({ k: 'deposit', a: i, amount }))));
  return fc.tuple(prologue, fc.array(step, { minLength: 1, maxLength: maxSteps, size: 'max' })).map(([deposits, steps]) => [...deposits, ...steps]);
}

export const accountName = (index: number): string => `g${index + 1}`;

/** The oracle `bps` on from `price`, kept within ORACLE_DRIFT_MAX_BPS of the start. */
function moveOracle(price: number, bps: number): number {
  const next = Math.round((price * (10_000 + bps)) / 10_000);
  const lo = Math.ceil((START_PRICE * (10_000 - ORACLE_DRIFT_MAX_BPS)) / 10_000);
  const hi = Math.floor((START_PRICE * (10_000 + ORACLE_DRIFT_MAX_BPS)) / 10_000);
  return Math.min(hi, Math.max(lo, next));
}

/**
 * The strategy as an order stream: every account funded with the stream's first deposits is a
 * member; a keeper (outside the group, no account) sends the liquidations.
 */
export function strategyToOrderStream(strategy: Strategy, options: { insuranceFundSeed?: number } = {}): OrderStreamFile {
  const transactions: Array<Record<string, unknown>> = [];
  let price = START_PRICE;
  const deposited = new Map<number, number>();
  const orders = new Map<number, number>();
  const clientOrderId = (a: number): number => {
    const n = (orders.get(a) ?? 0) + 1;
    orders.set(a, n);
    return n;
  };
  const priceAt = (offBps: number): number => Math.max(1, Math.round((price * (10_000 + offBps)) / 10_000));
  const lotsOf = (a: number, lots: number): number => (lots > 0 ? lots : Math.max(1, Math.floor(((deposited.get(a) ?? 0) * LEVERAGE) / price)));
  for (const step of strategy) {
    switch (step.k) {
      case 'deposit':
        deposited.set(step.a, (deposited.get(step.a) ?? 0) + step.amount);
        transactions.push({ deposit: { accountId: accountName(step.a), amount: step.amount } });
        break;
      case 'withdraw': {
        const amount = Math.floor(((deposited.get(step.a) ?? 0) * step.pct) / 100);
        if (amount > 0) transactions.push({ withdraw: { accountId: accountName(step.a), amount } });
        break;
      }
      case 'order':
        transactions.push({
          placeOrder: {
            accountId: accountName(step.a),
            marketId: 1,
            clientOrderId: clientOrderId(step.a),
            side: step.side,
            type: step.market ? ORDER_TYPE_MARKET : ORDER_TYPE_LIMIT,
            timeInForce: step.market ? TIF_IOC : step.tif,
            priceTicks: step.market ? 0 : priceAt(step.offBps),
            sizeLots: lotsOf(step.a, step.lots),
            reduceOnly: step.reduceOnly,
          },
        });
        break;
      case 'cross': {
        const b = step.b;
        const priceTicks = priceAt(step.offBps);
        const sizeLots = step.lots > 0 ? step.lots : Math.min(lotsOf(step.a, 0), lotsOf(b, 0));
        transactions.push({ placeOrder: { accountId: accountName(step.a), marketId: 1, clientOrderId: clientOrderId(step.a), side: step.side, type: ORDER_TYPE_LIMIT, timeInForce: TIF_GTC, priceTicks, sizeLots, reduceOnly: false } });
        transactions.push({ placeOrder: { accountId: accountName(b), marketId: 1, clientOrderId: clientOrderId(b), side: opposite(step.side), type: ORDER_TYPE_LIMIT, timeInForce: step.tif, priceTicks, sizeLots, reduceOnly: step.reduceOnly } });
        break;
      }
      case 'ladder':
        for (let i = 0; i < step.count; i++) {
          transactions.push({ placeOrder: { accountId: accountName(step.a), marketId: 1, clientOrderId: clientOrderId(step.a), side: step.side, type: ORDER_TYPE_LIMIT, timeInForce: TIF_GTC, priceTicks: priceAt(step.offBps), sizeLots: Math.max(1, Math.floor(lotsOf(step.a, step.lots) / step.count)), reduceOnly: false } });
        }
        break;
      case 'trap':
        price = moveOracle(price, step.side === SIDE_BUY ? -300 : 300);
        transactions.push({ oracle: { priceTicks: price } });
        transactions.push({ placeOrder: { accountId: accountName(step.a), marketId: 1, clientOrderId: clientOrderId(step.a), side: step.side, type: ORDER_TYPE_LIMIT, timeInForce: TIF_GTC, priceTicks: priceAt(step.side === SIDE_BUY ? -300 : 300), sizeLots: lotsOf(step.a, 0), reduceOnly: false } });
        transactions.push({ liquidate: { liquidatorId: 'keeper', accountId: accountName(step.b), marketId: 1, observedMarkTicks: 0 } });
        break;
      case 'cancel': {
        const placed = orders.get(step.a) ?? 0;
        if (placed > 0) transactions.push({ cancelOrder: { accountId: accountName(step.a), marketId: 1, orderId: 0, clientOrderId: (step.nth % placed) + 1 } });
        break;
      }
      case 'cancelAll':
        transactions.push({ cancelAll: { accountId: accountName(step.a), marketId: 1 } });
        break;
      case 'oracle':
        price = moveOracle(price, step.bps);
        transactions.push({ oracle: { priceTicks: price } });
        break;
      case 'advance':
        transactions.push({ advanceUs: step.us });
        break;
      case 'liquidate':
        transactions.push({ liquidate: { liquidatorId: 'keeper', accountId: accountName(step.a), marketId: 1, observedMarkTicks: 0 } });
        break;
    }
  }
  return {
    markets: 1,
    oraclePriceTicks: START_PRICE,
    txsPerBlock: 8,
    blockIntervalUs: 1_000_000,
    ...(options.insuranceFundSeed !== undefined ? { insuranceFundSeed: options.insuranceFundSeed } : {}),
    transactions,
  };
}
