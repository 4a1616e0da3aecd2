/**
 * The execution engine's synthetic load, shared by benches (packages/venue/bench/apply-block.bench.ts
 * times applyBlock over it, packages/replay/bench/replay.bench.ts writes it as a run log): 10,000
 * funded accounts and 5 markets, 1,000-tx blocks one second apart. The mix per block: ~60 % limit
 * orders around the mark (GTC, some crossing), 25 % cancels (by client order id, of orders the
 * generator saw live), 10 % market orders, 5 % deposits and withdrawals, plus 15 signed oracle
 * reports (3 oracles x 5 markets). Blocks are encoded and decoded (the wire path, blockTxFromBytes).
 */
import { applyBlock, blockTxFromBytes, createVenueState, type BlockTx, type VenueBlock } from '@faultline/venue';
import { encodeTx, signedOracleReport, testVenueConfig } from '@faultline/venue/testing';
import type { SigningKeyPair } from '@faultline/protocol';

const S = 1_000_000;
export const ACCOUNTS = 10_000;
export const MARKETS = 5;
export const TXS_PER_BLOCK = 1_000;
const BASE_PRICES = [50_000, 20_000, 10_000, 5_000, 2_000];
const DEPOSIT = 100_000_000;

export interface Workload {
  /** Genesis: the oracle's first prices and every account's deposit (not timed). */
  setup: VenueBlock[];
  /** Not timed: builds a book. */
  warmup: VenueBlock[];
  timed: VenueBlock[];
}

/**
 * A seeded stream of blocks; a 32-bit LCG keeps it identical for every run. The generator
 * applies each block to a scratch venue (not timed) and follows the orders it placed through
 * the OrderUpdate events, so its cancels name orders that were live when the block was built
 * (some still fill earlier in the same block and are rejected — a real race).
 */
export function workload(options: { warmupBlocks: number; timedBlocks: number; seed?: number }): { config: ReturnType<typeof testVenueConfig>['config']; blocks: Workload } {
  const { config, oracleKeys } = testVenueConfig({ markets: MARKETS, oracles: 3, insuranceFundSeed: 10_000_000 });
  const scratch = createVenueState(config);
  let rng = (options.seed ?? 1) >>> 0;
  const random = (): number => (rng = (Math.imul(rng, 1664525) + 1013904223) >>> 0) / 4294967296;
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  const nonces = new Map<string, number>();
  const next = (client: string): number => {
    const n = (nonces.get(client) ?? 0) + 1;
    nonces.set(client, n);
    return n;
  };
  const wire = (tx: BlockTx): BlockTx => blockTxFromBytes(tx.bytes);
  const accountId = (i: number): string => `acct-${i}`;
  const prices = [...BASE_PRICES];
  const clientOrderIds = new Uint32Array(ACCOUNTS);
  // Live orders (resting in the scratch venue): an array for uniform choice, an index by order id.
  const live: Array<{ orderId: number; accountId: string; marketId: number; cid: number }> = [];
  const liveAt = new Map<number, number>();
  const removeLive = (orderId: number): void => {
    const at = liveAt.get(orderId);
    if (at === undefined) return;
    const moved = live[live.length - 1] as (typeof live)[number];
    live[at] = moved;
    liveAt.set(moved.orderId, at);
    live.pop();
    liveAt.delete(orderId);
  };
  let height = 0;
  let timeUs = 0;

  const reports = (): BlockTx[] =>
    [...oracleKeys].flatMap(([oracleId, keys]: [string, SigningKeyPair], o) =>
      prices.map((price, m) => {
        const seq = next(oracleId);
        // Each oracle a tick apart, so the median is a real choice.
        const report = { oracleId, marketId: m + 1, priceTicks: price + o - 1, observedAtUs: timeUs, reportSeq: seq };
        return wire(encodeTx(oracleId, seq, { oracleReport: signedOracleReport(keys, report) }));
      }),
    );
  const apply = (txs: BlockTx[]): VenueBlock => {
    const block = { height, timeUs, txs };
    for (const event of applyBlock(scratch, block, { hash: false }).events) {
      if (event.kind !== 'orderUpdate') continue;
      const u = event.orderUpdate;
      if (u.status === 'resting') {
        liveAt.set(u.orderId, live.length);
        live.push({ orderId: u.orderId, accountId: u.accountId, marketId: u.marketId, cid: u.clientOrderId });
      } else if (u.status === 'filled' || u.status === 'cancelled') removeLive(u.orderId);
    }
    return block;
  };

  const setup: VenueBlock[] = [];
  for (let first = 0; first < ACCOUNTS; first += TXS_PER_BLOCK) {
    height++;
    timeUs += S;
    const txs = reports();
    for (let a = first; a < Math.min(ACCOUNTS, first + TXS_PER_BLOCK); a++) {
      const id = accountId(a);
      txs.push(wire(encodeTx(id, next(id), { deposit: { accountId: id, amount: DEPOSIT } })));
    }
    setup.push(apply(txs));
  }

  const tradingBlock = (): VenueBlock => {
    height++;
    timeUs += S;
    // Oracle walk: a few ticks per block.
    for (let m = 0; m < MARKETS; m++) prices[m] = Math.max(100, (prices[m] as number) + int(-2, 2));
    const txs = reports();
    for (let i = 0; i < TXS_PER_BLOCK; i++) {
      const roll = random();
      const a = int(0, ACCOUNTS - 1);
      const id = accountId(a);
      const m = int(0, MARKETS - 1);
      const price = prices[m] as number;
      if (roll < 0.6 || (roll < 0.85 && live.length === 0)) {
        // Limit GTC from 0.2 % through the price to 0.4 % behind it: about a third cross on arrival.
        const side = random() < 0.5 ? 1 : 2;
        const offset = Math.round(price * (random() * 0.006 - 0.002));
        const limit = side === 1 ? price - offset : price + offset;
        const cid = ++(clientOrderIds[a] as number);
        txs.push(wire(encodeTx(id, next(id), { placeOrder: { accountId: id, marketId: m + 1, clientOrderId: cid, side, type: 1, timeInForce: 1, priceTicks: limit, sizeLots: int(1, 10) } })));
      } else if (roll < 0.85) {
        const order = live[int(0, live.length - 1)] as (typeof live)[number];
        removeLive(order.orderId);
        txs.push(wire(encodeTx(order.accountId, next(order.accountId), { cancelOrder: { accountId: order.accountId, marketId: order.marketId, orderId: 0, clientOrderId: order.cid } })));
      } else if (roll < 0.95) {
        txs.push(wire(encodeTx(id, next(id), { placeOrder: { accountId: id, marketId: m + 1, side: random() < 0.5 ? 1 : 2, type: 2, sizeLots: int(1, 5) } })));
      } else if (roll < 0.975) {
        txs.push(wire(encodeTx(id, next(id), { deposit: { accountId: id, amount: int(1_000, 100_000) } })));
      } else {
        txs.push(wire(encodeTx(id, next(id), { withdraw: { accountId: id, amount: int(1_000, 100_000) } })));
      }
    }
    return apply(txs);
  };
  const warmup = Array.from({ length: options.warmupBlocks }, tradingBlock);
  const timed = Array.from({ length: options.timedBlocks }, tradingBlock);
  return { config, blocks: { setup, warmup, timed } };
}
