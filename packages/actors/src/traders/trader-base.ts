/**
 * What every trader shares: the venue view, the nonce sequence, the deposit that funds it, the
 * control statechart (trader-machine.ts) on the host clock, seeded tick jitter, and the
 * bookkeeping of its own orders from the execution events. A trader kind only says what to do
 * at a tick (`act`) and, optionally, when it is done.
 *
 * Restarts: the Deposit is written to the durable log before it is sent, so a new incarnation
 * re-sends that very transaction (same nonce: the venue drops the duplicate) instead of paying
 * in twice; the nonce sequence starts after host.now() so a new incarnation never reuses a
 * nonce (a client sends far fewer than one transaction per µs).
 */
import { createActor, type Actor as XstateActor } from 'xstate';
import { decodeMessage, encodeMessage, pb, type faultline } from '@faultline/protocol';
import { hostClock, type Actor, type Host, type Rng } from '@faultline/runtime';
import type { VenueEvent } from '@faultline/venue';
import { TxSender } from '../venue/tx-sender.ts';
import { VenueView, type ExecutedBlockView } from '../venue/venue-view.ts';
import { createTraderMachine, type TraderMode } from './trader-machine.ts';

export const BUY = pb.Side.SIDE_BUY;
export const SELL = pb.Side.SIDE_SELL;
export const LIMIT = pb.OrderType.ORDER_TYPE_LIMIT;
export const MARKET = pb.OrderType.ORDER_TYPE_MARKET;
export const GTC = pb.TimeInForce.TIME_IN_FORCE_GTC;
export const IOC = pb.TimeInForce.TIME_IN_FORCE_IOC;
const MARKET_ACTIVE = 1;

export interface TraderConfig {
  /** The venue account; default: the actor id. */
  accountId?: string;
  marketIds: number[];
  /** Paid in once, at start (quote units). */
  deposit: number;
  /** Mean time between actions (µs). */
  intervalUs: number;
  /** Delay before the first action; default: seeded, uniform in [0, intervalUs). */
  startDelayUs?: number;
  /** Tick jitter: exponential (a Poisson process, default) or uniform in [interval/2, 3 interval/2]. */
  jitter?: 'exponential' | 'uniform';
  /** The trader pauses when its view is older than this (µs); default 5 s. */
  staleAfterUs?: number;
  /** The deposit is re-sent this often until it is seen (µs); default 2 s. */
  fundingRetryUs?: number;
  /** An order with no execution event after this long is taken as lost (µs); default max(2 s, 4 intervals). */
  orderTimeoutUs?: number;
}

export interface TraderCounters {
  ticks: number;
  orders: number;
  cancels: number;
  /** Own transactions the venue rejected (TxRejected events). */
  rejected: number;
  /** Deposit transmissions (first send and re-sends). */
  depositSends: number;
}

export interface OrderSpec {
  marketId: number;
  side: faultline.v1.Side;
  type: faultline.v1.OrderType;
  timeInForce: faultline.v1.TimeInForce;
  priceTicks: number;
  sizeLots: number;
  reduceOnly?: boolean;
}

interface PendingOrder {
  marketId: number;
  nonce: number;
  sentAtUs: number;
}

const JITTER_CAP = 10; // an exponential draw is capped at 10 means: no trader sleeps for ever

export function checkPositiveInt(what: string, value: unknown, min = 1): void {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) throw new RangeError(`${what} must be an integer >= ${min}, got ${String(value)}`);
}

export abstract class TraderBase implements Actor {
  readonly view: VenueView;
  readonly accountId: string;
  readonly counters: TraderCounters = { ticks: 0, orders: 0, cancels: 0, rejected: 0, depositSends: 0 };
  protected sender: TxSender | undefined;
  private machine: XstateActor<ReturnType<typeof createTraderMachine>> | undefined;
  private readonly scheduleRng: Rng;
  private depositTx: faultline.v1.ITransaction | undefined;
  private funded = false;
  private readonly pending = new Map<number, PendingOrder>();
  private clientOrderIdNext = 1;

  constructor(
    protected readonly host: Host,
    protected readonly base: TraderConfig,
  ) {
    if (!Array.isArray(base.marketIds) || base.marketIds.length === 0) throw new RangeError('trader: marketIds must not be empty');
    for (const id of base.marketIds) checkPositiveInt('trader: marketIds[]', id);
    checkPositiveInt('trader: deposit', base.deposit);
    checkPositiveInt('trader: intervalUs', base.intervalUs);
    this.accountId = base.accountId ?? host.actorId;
    this.view = new VenueView(host);
    this.scheduleRng = host.rng.derive('trader/schedule');
  }

  get mode(): TraderMode {
    return (this.machine?.getSnapshot().value as TraderMode | undefined) ?? 'funding';
  }

  start(): void {
    const now = Math.max(0, this.host.now());
    this.sender = new TxSender(this.host, this.host.actorId, now);
    this.clientOrderIdNext = now + 1;
    this.recoverDeposit();
    this.view.onBlock((block) => this.onBlock(block));
    this.view.start();
    const delayUs = this.base.startDelayUs ?? this.scheduleRng.int(0, this.base.intervalUs - 1);
    this.host.setTimer(delayUs, () => this.begin());
  }

  stop(): void {
    this.machine?.stop();
  }

  /** What the trader does at a tick (only called in `trading`). */
  protected abstract act(): void;

  /** Its goal is met: it stops for good (default: never). */
  protected isDone(): boolean {
    return false;
  }

  /** Called for each of the trader's own order events, before the machine sees the block. */
  protected onOwnOrderEvent(_event: Extract<VenueEvent, { kind: 'orderUpdate' }>['orderUpdate']): void {}

  protected marketActive(marketId: number): boolean {
    return this.view.market(marketId)?.state === MARKET_ACTIVE;
  }

  protected positionLots(marketId: number): number {
    return this.view.accounts.get(this.accountId)?.positions.find((p) => p.marketId === marketId)?.sizeLots ?? 0;
  }

  protected accountKnown(): boolean {
    return this.view.accounts.has(this.accountId);
  }

  /** An order of ours in this market not yet executed (nor timed out). */
  protected hasPending(marketId: number): boolean {
    const timeoutUs = this.base.orderTimeoutUs ?? Math.max(2_000_000, 4 * this.base.intervalUs);
    const now = this.host.now();
    for (const [id, order] of this.pending) {
      if (now - order.sentAtUs > timeoutUs) this.pending.delete(id);
      else if (order.marketId === marketId) return true;
    }
    return false;
  }

  /** Submits an order; `track` keeps it pending until its execution event arrives. */
  protected placeOrder(spec: OrderSpec, track = true): number {
    const clientOrderId = this.clientOrderIdNext++;
    const nonce = this.submit({
      placeOrder: {
        accountId: this.accountId,
        marketId: spec.marketId,
        clientOrderId,
        side: spec.side,
        type: spec.type,
        timeInForce: spec.timeInForce,
        priceTicks: spec.priceTicks,
        sizeLots: spec.sizeLots,
        reduceOnly: spec.reduceOnly ?? false,
      },
    });
    this.counters.orders++;
    if (track) this.pending.set(clientOrderId, { marketId: spec.marketId, nonce, sentAtUs: this.host.now() });
    return clientOrderId;
  }

  protected cancelOrder(marketId: number, orderId: number): void {
    this.submit({ cancelOrder: { accountId: this.accountId, marketId, orderId } });
    this.counters.cancels++;
  }

  private submit(body: Parameters<TxSender['submit']>[0]): number {
    if (!this.sender) throw new Error('trader: submit before start');
    return this.sender.submit(body);
  }

  private begin(): void {
    // A recovered deposit is sent once more: the first may have been lost before it was
    // committed, and if it was not, the venue drops the copy as a duplicate.
    if (!this.depositTx) this.sendDeposit();
    else this.publishDeposit();
    this.machine = createActor(
      createTraderMachine(
        {
          isFunded: () => this.funded,
          canTrade: () => this.canTrade(),
          isDone: () => this.isDone(),
          nextDelayUs: () => this.nextDelayUs(),
          act: () => {
            this.counters.ticks++;
            this.act();
          },
          retryFunding: () => this.resendDeposit(),
        },
        { fundingRetryUs: this.base.fundingRetryUs ?? 2_000_000 },
      ),
      { clock: hostClock(this.host) },
    );
    this.machine.start();
    this.machine.send({ type: 'BLOCK' }); // a recovered deposit counts at once
  }

  private canTrade(): boolean {
    if (this.view.ageUs() > (this.base.staleAfterUs ?? 5_000_000)) return false;
    return this.base.marketIds.some((id) => this.marketActive(id));
  }

  private nextDelayUs(): number {
    const mean = this.base.intervalUs;
    const u = this.scheduleRng.float();
    const raw = this.base.jitter === 'uniform' ? mean / 2 + u * mean : -Math.log(1 - u) * mean;
    return Math.max(1, Math.min(JITTER_CAP * mean, Math.round(raw)));
  }

  private sendDeposit(): void {
    const sender = this.sender as TxSender;
    // Built here (not by TxSender) so the exact bytes can be logged first and re-sent later.
    const tx: faultline.v1.ITransaction = {
      clientId: sender.clientId,
      nonce: sender.lastNonce + 1,
      submittedAtUs: this.host.now(),
      deposit: { accountId: this.accountId, amount: this.base.deposit },
    };
    this.host.log.append(encodeMessage('Transaction', tx));
    this.depositTx = tx;
    sender.submit({ deposit: tx.deposit });
    this.counters.depositSends++;
  }

  private resendDeposit(): void {
    if (!this.funded) this.publishDeposit();
  }

  private publishDeposit(): void {
    if (!this.depositTx) return;
    this.host.publish(`tx.${this.depositTx.clientId}`, { tx: this.depositTx });
    this.counters.depositSends++;
  }

  private recoverDeposit(): void {
    for (const entry of this.host.log.recover().entries) {
      const decoded = decodeMessage('Transaction', entry);
      if (decoded.ok && decoded.value.deposit) this.depositTx = decoded.value;
    }
    // A previous incarnation paid in: trust it (its account may not appear in the view until
    // something touches it, and waiting for that could wait for ever).
    if (this.depositTx) this.funded = true;
  }

  private onBlock(block: ExecutedBlockView): void {
    for (const event of block.events) {
      if (event.kind === 'orderUpdate' && event.orderUpdate.accountId === this.accountId) {
        // Any update means the order was executed in this block, and so is in the position.
        this.pending.delete(event.orderUpdate.clientOrderId);
        this.onOwnOrderEvent(event.orderUpdate);
      } else if (event.kind === 'txRejected' && event.txRejected.clientId === this.host.actorId) {
        this.counters.rejected++;
        for (const [id, order] of this.pending) if (order.nonce === event.txRejected.nonce) this.pending.delete(id);
      }
    }
    if (!this.funded && (this.view.accounts.get(this.accountId)?.collateral ?? 0) > 0) this.funded = true;
    this.machine?.send({ type: 'BLOCK' });
  }
}
