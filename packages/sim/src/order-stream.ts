/**
 * Order streams (docs/venue.md, "Replaying an order stream"): a JSON list of transactions applied
 * to a fresh venue (the venue defaults, as scenarios) by the execution engine alone — no consensus, no network. The runner
 * packs them into blocks (`txsPerBlock`, one block every `blockIntervalUs`), adds signed reports
 * of the test oracles at the stream's price to every block, numbers nonces per client, and
 * checks every block with the venue's monitor (and its solvency referee).
 *
 * Entries besides transactions:
 *   { "advanceUs": N }                      ends the block being filled and moves time N µs on
 *                                           (more than the gap threshold halts the markets)
 *   { "oracle": { "priceTicks": P, "marketId"?: M } }
 *                                           ends the block; later blocks report P (for market M,
 *                                           else every market)
 *
 * One runner serves `faultline venue --replay-orders` and `faultline hunt` (which writes its
 * findings as order streams), so a hunt's repro replays exactly what the hunt ran. The file is
 * read strictly by order-stream-parse.ts (a bad field is an OrderStreamError at its JSON path).
 */
import {
  applyBlock,
  createVenueState,
  encodeTx,
  type Referee,
  signedOracleReport,
  txFromWire,
  keyedVenueConfig,
  validateVenueConfig,
  VENUE_INVARIANTS,
  VenueConfigError,
  VenueMonitor,
  type BlockTx,
  type FillEvent,
  type VenueState,
  type VenueVariant,
} from '@faultline/venue';
import { OrderStreamError, parseOrderStream } from './order-stream-parse.ts';

/** An order stream as JSON (what `faultline hunt` writes; see order-stream-parse.ts for every field). */
export interface OrderStreamFile {
  markets?: number;
  oraclePriceTicks?: number | Record<string, number>;
  txsPerBlock?: number;
  blockIntervalUs?: number;
  insuranceFundSeed?: number;
  policy?: unknown;
  transactions: Array<Record<string, unknown>>;
}

export interface OrderStreamViolation {
  invariant: string;
  height: number;
  detail: string;
}

export interface OrderStreamResult {
  fills: FillEvent[];
  stateHash: string;
  height: number;
  transactions: number;
  rejected: number;
  rejections: Record<string, number>;
  events: Record<string, number>;
  invariants: Record<string, boolean>;
  violations: OrderStreamViolation[];
}

export interface OrderStreamRun {
  result: OrderStreamResult;
  state: VenueState;
  /** The referee's books at the end (equity of every account by the referee's own count). */
  referee: Referee;
  /** Per account: what its accepted deposits and withdrawals moved. */
  transfers: Map<string, { deposited: number; withdrawn: number }>;
}

/**
 * Runs a stream. `variant` is the engine's testing seam (tests only: a hunt's finding on a
 * planted engine is replayed with it); `hash: false` skips the state hash (the hunt's speed).
 */
export function runOrderStream(input: unknown, options: { variant?: VenueVariant; hash?: boolean; source?: string } = {}): OrderStreamRun {
  const file = parseOrderStream(input, options.source ?? 'order stream');
  const { config, oracleKeys } = keyedVenueConfig({ markets: file.markets, ...(file.insuranceFundSeed !== undefined ? { insuranceFundSeed: file.insuranceFundSeed } : {}) });
  config.policy = file.policy;
  try {
    validateVenueConfig(config); // the policy's ranges
  } catch (error) {
    if (error instanceof VenueConfigError) throw new OrderStreamError(`$.${error.path}`, error.message.slice(`venue config: ${error.path} `.length));
    throw error;
  }
  const state = createVenueState(config);
  const monitor = new VenueMonitor();
  const transfers = new Map<string, { deposited: number; withdrawn: number }>();
  const perBlock = file.txsPerBlock;
  const interval = file.blockIntervalUs;
  const prices = new Map<number, number>();
  for (const market of config.markets) prices.set(market.marketId, file.oraclePriceTicks(market.marketId));
  const nonces = new Map<string, number>();
  const nextNonce = (client: string): number => {
    const n = (nonces.get(client) ?? 0) + 1;
    nonces.set(client, n);
    return n;
  };
  const result: OrderStreamResult = { fills: [], stateHash: '', height: 0, transactions: 0, rejected: 0, rejections: {}, events: {}, invariants: {}, violations: [] };
  let timeUs = 0;
  let pending: BlockTx[] = [];
  let reportSeq = 0;
  const flush = (): void => {
    timeUs += interval;
    reportSeq++;
    const txs: BlockTx[] = [];
    for (const [oracleId, keys] of oracleKeys) {
      for (const [marketId, priceTicks] of prices) {
        const report = signedOracleReport(keys, { oracleId, marketId, priceTicks, observedAtUs: timeUs, reportSeq });
        txs.push(encodeTx(oracleId, nextNonce(oracleId), { oracleReport: report }));
      }
    }
    const block = { height: state.height + 1, timeUs, txs: [...txs, ...pending] };
    const applied = applyBlock(state, block, { hash: options.hash ?? true, ...(options.variant ? { variant: options.variant } : {}) });
    pending = [];
    result.violations.push(...monitor.check(state, state.height, applied.events, block));
    result.stateHash = Buffer.from(applied.stateHash ?? []).toString('hex');
    const rejectedTxs = new Set<string>();
    for (const event of applied.events) {
      result.events[event.kind] = (result.events[event.kind] ?? 0) + 1;
      if (event.kind === 'fill') result.fills.push(event.fill);
      if (event.kind === 'txRejected') {
        result.rejected++;
        const code = event.txRejected.reason; // a RejectCode: nothing to parse
        result.rejections[code] = (result.rejections[code] ?? 0) + 1;
        rejectedTxs.add(`${event.txRejected.clientId}/${event.txRejected.nonce}`);
      }
    }
    for (const item of block.txs) {
      if (!item.tx) continue;
      // Wire to domain as the engine reads it (the venue's txFromWire).
      const tx = txFromWire(item.tx);
      if (rejectedTxs.has(`${tx.clientId}/${tx.nonce}`)) continue;
      if (tx.body.kind === 'deposit') transferOf(transfers, tx.body.accountId).deposited += tx.body.amount;
      if (tx.body.kind === 'withdraw') transferOf(transfers, tx.body.accountId).withdrawn += tx.body.amount;
    }
  };
  flush(); // genesis block: the oracle price exists before the first order
  for (const entry of file.transactions) {
    if ('advanceUs' in entry) {
      if (pending.length > 0) flush();
      timeUs += entry.advanceUs;
      continue;
    }
    if ('oracle' in entry) {
      if (pending.length > 0) flush();
      for (const marketId of prices.keys()) if (entry.oracle.marketId === undefined || entry.oracle.marketId === marketId) prices.set(marketId, entry.oracle.priceTicks);
      continue;
    }
    const { kind, body } = entry;
    const clientId = String(entry.clientId ?? body['accountId'] ?? body['liquidatorId'] ?? 'client');
    pending.push(encodeTx(clientId, nextNonce(clientId), { [kind]: body }));
    result.transactions++;
    if (pending.length >= perBlock) flush();
  }
  if (pending.length > 0) flush();
  result.height = state.height;
  for (const name of VENUE_INVARIANTS) result.invariants[name] = !result.violations.some((v) => v.invariant === name);
  return { result, state, referee: monitor.books as Referee, transfers };
}

function transferOf(transfers: Map<string, { deposited: number; withdrawn: number }>, accountId: string): { deposited: number; withdrawn: number } {
  let t = transfers.get(accountId);
  if (!t) transfers.set(accountId, (t = { deposited: 0, withdrawn: 0 }));
  return t;
}
