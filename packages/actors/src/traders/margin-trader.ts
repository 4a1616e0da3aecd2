/**
 * The margin user: an account that uses its margin the way real users do, in one of three
 * styles (the holes of a margin model are found where users press on it, not by a crash alone):
 * - `ladder` (a grid bot): rests a ladder of GTC bids (or asks, seeded) `rungStepBps` apart
 *   below (above) the mark, each rung sized so the ladder's worst case is `ladderUsePpm` of what
 *   the deposit supports at the initial margin — above 100 %, as a grid set up by hand often is:
 *   the venue must refuse the rungs its margin does not cover. Now and then it cancels its
 *   farthest rung (re-placed nearer the mark at a later tick).
 * - `withdraw`: rests a smaller ladder, then now and then asks to withdraw what the venue last
 *   reported free (min(collateral, equity − initial margin with orders)) or a twentieth of its
 *   deposit, whichever is more, and every other time more than that (up to 1.5x): the venue
 *   must refuse what its resting orders need (in a crash, bids left above the mark). At most
 *   `maxWithdrawals` requests, counted in its durable log (a restart does not start over).
 * - `cut-loss`: opens a position at `targetLeverage` with market orders (like the leveraged
 *   trader), then watches its equity at the mark; below `cutAtMaintenancePpm` of its maintenance
 *   margin (a venue's margin call, before the liquidator's turn: a crash) it cuts the whole position with a reduce-only IOC limit order `cutThroughBps` through
 *   the mark — a panicked sell through a thin book, which the venue must refuse where it would
 *   take the account below zero (the liquidator's job) — and, once flat, stays out. The cut is logged before it is sent, so a
 *   restarted incarnation does not open a new position.
 *
 * Requests are persisted (withdrawals, the cut) as Transactions and applied by the strategy's
 * `evolve`, live and on recovery (trader-core.ts). Amounts are integers; a rung or withdrawal
 * that rounds to nothing is not sent. A TraderStrategy of the trader core; MarginTrader is its actor.
 */
import type { faultline } from '@faultline/protocol';
import type { Host, Rng } from '@faultline/runtime';
import { PPM, SIDE_BUY as BUY, TIF_GTC as GTC, TIF_IOC as IOC, ORDER_TYPE_LIMIT as LIMIT, ORDER_TYPE_MARKET as MARKET, SIDE_SELL as SELL } from '@faultline/venue';
import type { CoreEffect } from '../core/effects.ts';
import { viewMarkTicks } from '../venue/view-state.ts';
import { TraderActor } from './trader-actor.ts';
import { accountKnown, cancelOrder, checkPositiveInt, hasPending, marketActive, persistTx, placeOrder, positionLots, type TraderConfig, type TraderState, type TraderStrategy } from './trader-core.ts';

export type MarginStyle = 'ladder' | 'withdraw' | 'cut-loss';
export const MARGIN_STYLES: readonly MarginStyle[] = ['ladder', 'withdraw', 'cut-loss'];

export interface MarginTraderConfig extends TraderConfig {
  style: MarginStyle;
  /** The market's contract multiplier (quote units per tick x lot). */
  quotePerTickLot: number;
  /** The market's initial margin (ppm of notional): what a deposit supports. */
  initialMarginPpm: number;
  /** Prices are multiples of this; default 1. */
  priceStepTicks?: number;
  /** ladder / withdraw: resting rungs; default 4 (ladder), 2 (withdraw). */
  rungs?: number;
  /** ladder / withdraw: bps between rungs, the first one this far from the mark; default 30. */
  rungStepBps?: number;
  /** ladder / withdraw: the ladder's worst case, ppm of what the deposit supports; default 1,300,000 (ladder), 700,000 (withdraw). */
  ladderUsePpm?: number;
  /** ladder: chance per tick of cancelling the farthest rung (ppm); default 100,000. */
  refreshChancePpm?: number;
  /** withdraw: at most this many withdrawal requests; default 12. */
  maxWithdrawals?: number;
  /** withdraw: chance per tick of a request, once the ladder rests (ppm); default 200,000. */
  withdrawChancePpm?: number;
  /** cut-loss: position notional / deposit; default 10. */
  targetLeverage?: number;
  /** The market's maintenance margin (ppm of notional): cut-loss watches its equity against it. */
  maintenanceMarginPpm: number;
  /** cut-loss: it cuts when its equity is below this multiple of its maintenance margin (ppm; a venue's margin call); default 1,500,000. */
  cutAtMaintenancePpm?: number;
  /** cut-loss: the cut's limit this far through the mark (bps); default 1,000. */
  cutThroughBps?: number;
  /** Default: seeded. */
  direction?: 'long' | 'short';
}

export interface MarginOwn {
  readonly config: MarginTraderConfig;
  readonly marketId: number;
  readonly long: boolean;
  /** Its own seeded stream (refreshes, over-asks). */
  readonly rng: Rng;
  /** Own resting orders: venue order id → limit price (ticks). */
  readonly resting: Map<number, number>;
  /** Prices of rungs sent and not yet resting or gone: client order id → limit price (ticks). */
  readonly sent: Map<number, number>;
  /** Withdrawal requests made (the durable log's count). */
  withdrawals: number;
  /** The loss was cut (logged): it stays out. */
  cut: boolean;
}

const BPS = 10_000;
const SENT_REMEMBERED_MAX = 64;
const defaults = (style: MarginStyle) => ({
  rungs: style === 'withdraw' ? 2 : 4,
  ladderUsePpm: style === 'withdraw' ? 700_000 : 1_300_000,
});

export function checkMarginConfig(config: MarginTraderConfig): void {
  if (!MARGIN_STYLES.includes(config.style)) throw new RangeError(`margin trader: style must be one of ${MARGIN_STYLES.join(', ')}, got ${String(config.style)}`);
  checkPositiveInt('margin trader: quotePerTickLot', config.quotePerTickLot);
  checkPositiveInt('margin trader: initialMarginPpm', config.initialMarginPpm);
  checkPositiveInt('margin trader: maintenanceMarginPpm', config.maintenanceMarginPpm);
  for (const key of ['priceStepTicks', 'rungs', 'rungStepBps', 'ladderUsePpm', 'maxWithdrawals', 'targetLeverage', 'cutAtMaintenancePpm', 'cutThroughBps'] as const) {
    if (config[key] !== undefined) checkPositiveInt(`margin trader: ${key}`, config[key]);
  }
  for (const key of ['refreshChancePpm', 'withdrawChancePpm'] as const) if (config[key] !== undefined) checkPositiveInt(`margin trader: ${key}`, config[key], 0);
  if ((config.cutThroughBps ?? 0) >= BPS || (config.rungStepBps ?? 0) * (config.rungs ?? 4) >= BPS) throw new RangeError('margin trader: cutThroughBps and the ladder must stay within the price');
}

/** Lots a deposit supports at the initial margin and this mark (0 without a mark). */
export function supportedLots(config: MarginTraderConfig, markTicks: number, equity = config.deposit): number {
  if (markTicks <= 0 || equity <= 0) return 0;
  return Math.floor((equity * PPM) / config.initialMarginPpm / (markTicks * config.quotePerTickLot));
}

/** The account's equity at the view's mark (its last AccountUpdate revalued), or undefined before one. */
export function equityAtMark(state: TraderState<MarginOwn>): number | undefined {
  const update = state.view.accounts.get(state.accountId);
  if (!update) return undefined;
  let equity = update.collateral;
  for (const p of update.positions) {
    const mark = viewMarkTicks(state.view, p.marketId);
    if (p.sizeLots !== 0 && mark > 0) equity += p.sizeLots * mark * state.own.config.quotePerTickLot - p.entryNotional;
  }
  return equity;
}

/** What the venue last reported free to withdraw: min(collateral, equity − initial margin with orders). */
export function reportedFree(state: TraderState<MarginOwn>): number {
  const update = state.view.accounts.get(state.accountId);
  if (!update) return 0;
  return Math.max(0, Math.min(update.collateral, update.equity - update.marginInitial));
}

function ladder(state: TraderState<MarginOwn>, nowUs: number, effects: CoreEffect[]): boolean {
  const { config, marketId, long, resting, rng } = state.own;
  const rungs = config.rungs ?? defaults(config.style).rungs;
  const mark = viewMarkTicks(state.view, marketId);
  if (mark <= 0) return false;
  if (config.style === 'ladder' && resting.size > 0 && rng.chance(config.refreshChancePpm ?? 100_000)) {
    // The farthest rung: the lowest bid or the highest ask.
    const [orderId] = [...resting].reduce((far, rung) => ((long ? rung[1] < far[1] : rung[1] > far[1]) ? rung : far));
    resting.delete(orderId);
    cancelOrder(state, marketId, orderId, nowUs, effects);
    return true;
  }
  if (resting.size >= rungs || hasPending(state, marketId, nowUs)) return false;
  const rungLots = Math.floor((supportedLots(config, mark) * (config.ladderUsePpm ?? defaults(config.style).ladderUsePpm)) / PPM / rungs);
  if (rungLots <= 0 || Math.abs(positionLots(state, marketId)) >= supportedLots(config, mark)) return false;
  const step = config.priceStepTicks ?? 1;
  const offsetBps = (resting.size + 1) * (config.rungStepBps ?? 30);
  const raw = long ? (mark * (BPS - offsetBps)) / BPS : (mark * (BPS + offsetBps)) / BPS;
  const priceTicks = Math.max(step, (long ? Math.floor(raw / step) : Math.ceil(raw / step)) * step);
  const clientOrderId = placeOrder(state, { marketId, side: long ? BUY : SELL, type: LIMIT, timeInForce: GTC, priceTicks, sizeLots: rungLots }, nowUs, effects);
  state.own.sent.set(clientOrderId, priceTicks);
  // A rung lost on the way never gets an event: remember a bounded number.
  if (state.own.sent.size > SENT_REMEMBERED_MAX) state.own.sent.delete(state.own.sent.keys().next().value as number);
  return true;
}

function withdraw(state: TraderState<MarginOwn>, nowUs: number, effects: CoreEffect[]): void {
  const own = state.own;
  if (own.withdrawals >= (own.config.maxWithdrawals ?? 12) || !own.rng.chance(own.config.withdrawChancePpm ?? 200_000)) return;
  // What the venue last reported free, or a twentieth of the deposit when that is less (what it
  // came for); every other request more than that (up to 1.5x): the venue decides.
  const want = Math.max(reportedFree(state), Math.floor(own.config.deposit / 20));
  const amount = own.withdrawals % 2 === 0 ? want : want + own.rng.int(1, Math.max(1, Math.floor(want / 2)));
  if (amount <= 0) return;
  persistTx(state, { withdraw: { accountId: state.accountId, amount } }, nowUs, effects);
}

function cutLoss(state: TraderState<MarginOwn>, nowUs: number, effects: CoreEffect[]): void {
  const { config, marketId, long } = state.own;
  const mark = viewMarkTicks(state.view, marketId);
  const position = positionLots(state, marketId);
  if (mark <= 0 || hasPending(state, marketId, nowUs)) return;
  const equity = equityAtMark(state) ?? config.deposit;
  const maintenance = Math.ceil((Math.abs(position) * mark * config.quotePerTickLot * config.maintenanceMarginPpm) / PPM);
  // Before the liquidator would (equity below maintenance): at the margin call.
  if (position !== 0 && equity < (maintenance * (config.cutAtMaintenancePpm ?? 1_500_000)) / PPM) {
    const through = config.cutThroughBps ?? 1_000;
    const step = config.priceStepTicks ?? 1;
    const sell = position > 0;
    const raw = sell ? (mark * (BPS - through)) / BPS : (mark * (BPS + through)) / BPS;
    const priceTicks = Math.max(step, (sell ? Math.floor(raw / step) : Math.ceil(raw / step)) * step);
    persistTx(state, { placeOrder: { accountId: state.accountId, marketId, clientOrderId: 0, side: sell ? SELL : BUY, type: LIMIT, timeInForce: IOC, priceTicks, sizeLots: Math.abs(position), reduceOnly: true } }, nowUs, effects, marketId);
    return;
  }
  if (state.own.cut) return;
  const target = Math.floor((config.deposit * (config.targetLeverage ?? 10)) / (mark * config.quotePerTickLot));
  const remaining = target - Math.abs(position);
  if (remaining <= 0) return;
  placeOrder(state, { marketId, side: long ? BUY : SELL, type: MARKET, timeInForce: IOC, priceTicks: 0, sizeLots: Math.min(remaining, Math.ceil(target / 4)) }, nowUs, effects);
}

export const marginStrategy: TraderStrategy<MarginOwn> = {
  isDone(state) {
    return state.own.cut && accountKnown(state) && positionLots(state, state.own.marketId) === 0;
  },
  onOwnOrderEvent(state, update) {
    const { resting, sent } = state.own;
    if ((update.status === 'resting' || update.status === 'accepted') && update.remainingLots > 0) {
      const price = sent.get(update.clientOrderId) ?? resting.get(update.orderId);
      if (price !== undefined) resting.set(update.orderId, price);
    } else resting.delete(update.orderId);
    if (update.status !== 'accepted') sent.delete(update.clientOrderId);
  },
  evolve(state, record: faultline.v1.ITransaction) {
    if (record.withdraw) state.own.withdrawals++;
    if (record.placeOrder?.reduceOnly) state.own.cut = true;
  },
  act(state, nowUs, effects) {
    const { config, marketId } = state.own;
    if (!marketActive(state, marketId) || !accountKnown(state)) return;
    if (config.style === 'cut-loss') return cutLoss(state, nowUs, effects);
    const placed = ladder(state, nowUs, effects);
    if (!placed && config.style === 'withdraw' && state.own.resting.size > 0) withdraw(state, nowUs, effects);
  },
};

export class MarginTrader extends TraderActor<MarginOwn> {
  constructor(host: Host, config: MarginTraderConfig) {
    checkMarginConfig(config);
    const marketId = host.rng.derive('margin/market').pick(config.marketIds);
    const long = config.direction ? config.direction === 'long' : host.rng.derive('margin/direction').chance(500_000);
    super(host, config, marginStrategy, { config, marketId, long, rng: host.rng.derive('margin/act'), resting: new Map(), sent: new Map(), withdrawals: 0, cut: false });
  }

  get style(): MarginStyle {
    return this.core.own.config.style;
  }

  get withdrawals(): number {
    return this.core.own.withdrawals;
  }

  get cut(): boolean {
    return this.core.own.cut;
  }
}

export function createMarginTrader(config: MarginTraderConfig): (host: Host) => MarginTrader {
  return (host) => new MarginTrader(host, config);
}
