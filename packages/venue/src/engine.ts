/**
 * applyBlock(state, block) → { state, events, stateHash }: the venue's whole execution.
 *
 * Order within a block: (1) every oracle report, in block order (prices enter a block before
 * trading, as dYdX's vote-extension prices do); (2) per market: oracle aggregation, breakers,
 * reopening, mark, funding; (3) every other transaction, in block order; (4) an AccountUpdate
 * for every account the block touched (by account index) and the state hash.
 *
 * A transaction is applied at most once: (client id, nonce) pairs already applied are rejected
 * as duplicates (a window of the last 1,024 nonces per client above a floor). Any rejected
 * transaction leaves the state exactly as it was and yields a TxRejected event with a reason
 * (a rejected liquidation yields a LiquidationResult with executed = false instead).
 *
 * The state is mutated in place and returned; snapshot.ts gives the immutable canonical form.
 */
import { createHash } from 'node:crypto';
import type { faultline } from '@faultline/protocol';
import { BlockContext } from './context.ts';
import { accountHealth } from './accounting.ts';
import { blockIntervalUs } from './block-interval.ts';
import { assert } from './assert.ts';
import { TxRejection, reject, type RejectCode } from './reject.ts';
import { freeCollateral } from './margin.ts';
import { accountOf } from './lookup.ts';
import { placeOrder } from './admission.ts';
import { cancelAll, cancelOrder } from './cancels.ts';
import { hedgerQuote } from './quotes.ts';
import { beginBlock } from './market-cycle.ts';
import { applyOracleReport } from './oracle.ts';
import { liquidate } from './liquidation.ts';
import { markAccount, markNonceWindow, stateHash, writeAccountLeaf } from './state-hash.ts';
import { txFromWire, type TxBody, type VenueTx } from './wire.ts';
import { type Account, type NonceWindow, type VenueState, getOrCreateAccount } from './state.ts';
import { WARM_BATCH, warmAccounts, warmsAhead, warmTxs } from './warm.ts';
import { addNonce, holdsNonce, pruneNonces } from './nonce-window.ts';
import type { PositionView, VenueEvent } from './events.ts';
import type { VenueVariant } from './variants.ts';

/** One transaction of a block: its bytes and, when they decode, the transaction. */
export interface BlockTx {
  bytes: Uint8Array;
  tx: faultline.v1.ITransaction | undefined;
  /** Why the bytes did not decode (then tx is undefined). */
  decodeError?: string;
}

export interface VenueBlock {
  height: number;
  timeUs: number;
  txs: readonly BlockTx[];
}

export interface BlockResult {
  state: VenueState;
  events: VenueEvent[];
  /** sha256 of the canonical state after the block; undefined when hashing was switched off. */
  stateHash: Uint8Array | undefined;
}

export class VenueBlockError extends Error {
  override readonly name = 'VenueBlockError';
}

export interface ApplyBlockOptions {
  /**
   * false: skip the state hash (benches, the hunt); default true. (A 'leaves' mode that left the
   * root to replay's hash thread went with that thread in session 23: on two cores it cost more
   * than it saved.) With false the touched accounts' leaves are only marked for the next root.
   */
  hash?: boolean;
  /** The testing seam (variants.ts): a deliberately broken engine for this block only. */
  variant?: VenueVariant;
}

export function applyBlock(state: VenueState, block: VenueBlock, options: ApplyBlockOptions = {}): BlockResult {
  // Heights are the caller's contract (an execution node applies the chain in order; replay reports
  // a gap in a log as log-contiguous): a block out of order is not a block of this chain.
  if (block.height !== state.height + 1) throw new VenueBlockError(`block ${block.height} applied at height ${state.height}: blocks apply in order`);
  const timeUs = venueTimeOf(state.blockTimeUs, block.timeUs);
  const ctx = new BlockContext(state, block.height, timeUs, options.variant);
  const bookVariant = options.variant === 'priority-off-by-one' || options.variant === 'crossing-order-rests' ? options.variant : undefined;
  for (const market of state.markets.values()) market.book.variant = bookVariant;
  // Blocks 1 and 2 close no interval: block 1 carries the genesis time (block-interval.ts).
  const intervalUs = blockIntervalUs(block.height, state.blockTimeUs, timeUs);
  const firstBlock = intervalUs === undefined;
  const elapsedUs = intervalUs ?? 0;
  // Wire to domain once, at the engine's edge (wire.ts); nothing below reads a protobuf field.
  const txs: EngineTx[] = block.txs.map((item) => ({ item, tx: item.tx ? txFromWire(item.tx) : undefined }));
  for (const t of txs) if (t.tx?.reportsPrice) applyTx(ctx, t);
  beginBlock(ctx, elapsedUs, firstBlock);
  // In batches: the batch's clients and accounts are first read together (warm.ts), then applied.
  const warm = warmsAhead(state);
  for (let from = 0; from < txs.length; from += WARM_BATCH) {
    const to = Math.min(txs.length, from + WARM_BATCH);
    if (warm) ctx.warmed += warmTxs(state, txs, from, to);
    for (let i = from; i < to; i++) {
      const t = txs[i] as EngineTx;
      if (!t.tx?.reportsPrice) applyTx(ctx, t);
    }
  }
  state.prevBlockTimeUs = state.blockTimeUs;
  state.blockTimeUs = timeUs;
  state.height = block.height;
  // Each touched account's leaf is encoded right after its AccountUpdate read the same objects; with
  // no hash this block, or the planted variant that forgets a marked leaf, it is only marked.
  const writeLeaves = options.hash !== false && options.variant !== 'hash-forgets-touched-leaf';
  const touched = [...ctx.touched].sort((a, b) => a.index - b.index);
  for (let from = 0; from < touched.length; from += WARM_BATCH) {
    const to = Math.min(touched.length, from + WARM_BATCH);
    if (warm) ctx.warmed += warmAccounts(touched, from, to);
    for (let i = from; i < to; i++) {
      const account = touched[i] as Account;
      ctx.emit(accountUpdate(ctx, account));
      // Every account change goes with ctx.touch (that is what AccountUpdate reports): its leaf is re-hashed.
      if (writeLeaves) writeAccountLeaf(state, account);
      else markAccount(state, account);
    }
  }
  const hash = options.hash ?? true;
  return { state, events: ctx.events, stateHash: hash === true ? stateHash(state, options.variant) : undefined };
}

/**
 * The venue's clock never runs backwards (docs/venue.md, "A block, step by step"): a block whose
 * time is before the previous block's, or is not a safe integer, runs at the previous block's
 * time — an interval of zero: no funding accrues, no breaker fires, no report ages. Consensus
 * (BFT time) never commits such a block; if it did, every replica applies the same clamp instead
 * of all of them stopping on the same exception.
 */
export function venueTimeOf(previousUs: number, blockUs: number): number {
  return Number.isSafeInteger(blockUs) && blockUs >= previousUs ? blockUs : previousUs;
}

/** A block's transaction: its bytes (for its hash) and, when they decoded, the transaction in the engine's terms. */
interface EngineTx {
  item: BlockTx;
  tx: VenueTx | undefined;
}

function applyTx(ctx: BlockContext, { item, tx }: EngineTx): void {
  if (!tx) {
    rejected(ctx, item, '', 0, 'malformed-tx', item.decodeError ?? 'undecodable');
    return;
  }
  const { clientId, nonce } = tx;
  if (tx.evidence) return; // consensus evidence: nothing for execution to do
  try {
    if (!clientId) reject('missing-client-id');
    if (!Number.isSafeInteger(nonce) || nonce < 1) reject('nonce-must-be-positive', String(nonce));
    // The client's window, looked up once per transaction (dispatch never touches nonce windows).
    const window = ctx.state.nonces.get(clientId);
    if (alreadyApplied(window, nonce)) reject('duplicate-tx', `${clientId} ${nonce}`);
    const maxClients = ctx.state.limits.maxClients;
    if (window === undefined && ctx.state.nonces.size >= maxClients) reject('client-limit', `limit ${maxClients}`);
    dispatch(ctx, tx.body);
    recordNonce(ctx, clientId, window, nonce);
  } catch (error) {
    if (!(error instanceof TxRejection)) throw error;
    rejected(ctx, item, clientId, nonce, error.code, error.detail);
  }
}

function dispatch(ctx: BlockContext, body: TxBody): void {
  switch (body.kind) {
    case 'placeOrder':
      return placeOrder(ctx, body.input);
    case 'cancelOrder':
      return cancelOrder(ctx, body.input);
    case 'cancelAll':
      return cancelAll(ctx, body.input);
    case 'deposit':
      return deposit(ctx, body.accountId, body.amount);
    case 'withdraw':
      return withdraw(ctx, body.accountId, body.amount);
    case 'oracleReport':
      return applyOracleReport(ctx, body.input);
    case 'liquidate':
      return liquidate(ctx, body.input);
    case 'hedgerQuote':
      return hedgerQuote(ctx, body.input);
    case 'unknown':
      return reject('unknown-tx-kind', body.detail);
    default: {
      const unreachable: never = body;
      reject('unknown-tx-kind', String(unreachable));
    }
  }
}

function deposit(ctx: BlockContext, accountId: string, amount: number): void {
  const { state } = ctx;
  checkAmount(ctx, amount);
  if (!accountId) reject('missing-account-id');
  const existing = state.accountsById.get(accountId);
  const maxAccounts = state.limits.maxAccounts;
  if (!existing && state.accounts.length >= maxAccounts) reject('account-limit', `limit ${maxAccounts}`);
  // Every balance and total stays a safe integer: a deposit that would take one past it is refused.
  if (amount > VALUE_MAX - state.totalDeposits || (existing && amount > VALUE_MAX - Math.max(0, existing.collateral))) reject('value-limit', `${amount} would pass ${VALUE_MAX}`);
  const account = existing ?? getOrCreateAccount(state, accountId);
  account.collateral += amount;
  state.totalDeposits += amount;
  ctx.touch(account);
}

function withdraw(ctx: BlockContext, accountId: string, amount: number): void {
  const account = accountOf(ctx, accountId);
  checkAmount(ctx, amount);
  const free = freeCollateral(ctx, account);
  if (amount > free) reject('insufficient-free-collateral', `free ${free}`);
  account.collateral -= amount;
  ctx.state.totalWithdrawals += amount;
  // Not "no more withdrawn than deposited": a bankrupt account's debt left on it (ADL off, the fund
  // empty) is its counterparties' gain, which they may withdraw. What a withdrawal guarantees:
  assert(account.collateral >= 0, 'a withdrawal took collateral below zero');
  ctx.touch(account);
}

/** Largest value the venue stores: every balance, total and notional stays a safe integer. */
const VALUE_MAX = Number.MAX_SAFE_INTEGER;

function checkAmount(ctx: BlockContext, amount: number): void {
  if (!Number.isSafeInteger(amount) || amount <= 0) reject('amount-not-positive', String(amount));
  if (amount > ctx.state.config.maxTransferAmount) reject('amount-above-max', `${amount} > ${ctx.state.config.maxTransferAmount}`);
}

function alreadyApplied(window: NonceWindow | undefined, nonce: number): boolean {
  return window !== undefined && holdsNonce(window, nonce);
}

/** `found`: the client's window as applyTx looked it up before dispatching (undefined: a new client). */
function recordNonce(ctx: BlockContext, clientId: string, found: NonceWindow | undefined, nonce: number): void {
  let window = found;
  if (!window) ctx.state.nonces.set(clientId, (window = { floor: 0, runs: [], count: 0 }));
  addNonce(window, nonce);
  markNonceWindow(ctx.state, clientId, window);
  const floorWas = window.floor;
  if (pruneNonces(window)) assert(window.floor > floorWas, () => `nonce floor of ${clientId} would fall from ${floorWas} to ${window?.floor}`);
}

function rejected(ctx: BlockContext, item: BlockTx, clientId: string, nonce: number, reason: RejectCode, detail: string): void {
  ctx.emit({
    kind: 'txRejected',
    txRejected: { height: ctx.height, txHash: txHash(item.bytes), clientId, nonce, reason, detail },
  });
}

export function txHash(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(bytes).digest());
}

function accountUpdate(ctx: BlockContext, account: import('./state.ts').Account): VenueEvent {
  const health = accountHealth(ctx.state, account);
  let openOrders = 0;
  for (const exposure of account.exposure.values()) openOrders += exposure.count;
  return {
    kind: 'accountUpdate',
    accountUpdate: {
      accountId: account.id,
      height: ctx.height,
      collateral: account.collateral,
      equity: health.equity,
      // The required margin with resting orders: the number admission and withdrawals use.
      marginInitial: health.initialWithOrders,
      marginMaintenance: health.maintenance,
      positions: positionViews(account),
      openOrders,
    },
  };
}

/**
 * The account's positions by market id, as AccountUpdate reports them. The Map keeps them in the
 * order they opened (market ids are unique in it): an insertion sort of the few views in place,
 * without the copy and the sort's own work arrays of a spread and Array#sort per touched account.
 */
function positionViews(account: import('./state.ts').Account): PositionView[] {
  const views: PositionView[] = [];
  for (const p of account.positions.values()) {
    const view = { marketId: p.marketId, sizeLots: p.sizeLots, entryNotional: p.costQuote, realizedPnl: p.realizedPnl, fundingPaid: p.fundingPaid };
    let i = views.length;
    for (; i > 0 && (views[i - 1] as PositionView).marketId > view.marketId; i--) views[i] = views[i - 1] as PositionView;
    views[i] = view;
  }
  return views;
}
