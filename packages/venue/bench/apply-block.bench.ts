/**
 * Execution-engine throughput: applyBlock over 10,000 funded accounts and 5 markets, 1,000-tx
 * blocks one second apart, with and without the state hash. The mix per block: ~60 % limit
 * orders around the mark (GTC, some crossing), 25 % cancels (by client order id, of orders the
 * generator saw live — some fill earlier in the same block and are rejected), 10 % market
 * orders, 5 % deposits and withdrawals, plus 15 signed oracle reports (3 oracles x 5 markets,
 * each verified with ed25519). Blocks are generated, encoded and decoded (the wire path,
 * blockTxFromBytes) before timing; only applyBlock is timed. A warm-up of blocks builds a book
 * before the timed window. Also: what one state hash costs and the snapshot's size.
 *
 *   npx tsx packages/venue/bench/apply-block.bench.ts [--quick]
 *   /usr/bin/time -v node --import tsx bench/run.ts --filter apply-block
 */
import { performance } from 'node:perf_hooks';
import { applyBlock, blockTxFromBytes, createVenueState, encodeSnapshot, snapshotOf, stateHash, type BlockTx, type VenueBlock, type VenueState } from '@faultline/venue';
import { encodeTx, signedOracleReport, testVenueConfig } from '@faultline/venue/testing';
import type { SigningKeyPair } from '@faultline/protocol';
import type { BenchResult } from '../../../bench/bench-result.ts';

const S = 1_000_000;
const ACCOUNTS = 10_000;
const MARKETS = 5;
const TXS_PER_BLOCK = 1_000;
const BASE_PRICES = [50_000, 20_000, 10_000, 5_000, 2_000];
const DEPOSIT = 100_000_000;

interface Workload {
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

interface RunFigures {
  perBlockMs: number[];
  totalMs: number;
  txs: number;
  events: number;
  rejected: number;
  fills: number;
  halts: number;
  restingAtStart: number;
  restingAtEnd: number;
}

function runOnce(config: ReturnType<typeof workload>['config'], blocks: Workload, hash: boolean): { figures: RunFigures; state: VenueState } {
  const state = createVenueState(config);
  for (const b of [...blocks.setup, ...blocks.warmup]) applyBlock(state, b, { hash: false });
  const resting = (): number => [...state.markets.values()].reduce((sum, m) => sum + m.book.orderCount, 0);
  const figures: RunFigures = { perBlockMs: [], totalMs: 0, txs: 0, events: 0, rejected: 0, fills: 0, halts: 0, restingAtStart: resting(), restingAtEnd: 0 };
  for (const b of blocks.timed) {
    const started = performance.now();
    const result = applyBlock(state, b, { hash });
    const ms = performance.now() - started;
    figures.perBlockMs.push(ms);
    figures.totalMs += ms;
    figures.txs += b.txs.length;
    figures.events += result.events.length;
    for (const e of result.events) {
      if (e.kind === 'txRejected') figures.rejected++;
      else if (e.kind === 'fill') figures.fills++;
      else if (e.kind === 'marketStatus') figures.halts++;
    }
  }
  figures.restingAtEnd = resting();
  return { figures, state };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] as number;
}

const round = (value: number, digits = 2): number => Math.round(value * 10 ** digits) / 10 ** digits;

export async function run(options: { quick: boolean }): Promise<BenchResult[]> {
  const warmupBlocks = options.quick ? 20 : 50;
  const timedBlocks = options.quick ? 50 : 200;
  // Each mode runs `repeats` times on a fresh venue; the run with the median total is reported.
  const repeats = options.quick ? 1 : 3;
  const generated = performance.now();
  const { config, blocks } = workload({ warmupBlocks, timedBlocks });
  const generateS = (performance.now() - generated) / 1000;
  const rssAfterGenerationMiB = Math.round(process.memoryUsage().rss / 1024 / 1024);
  const results: BenchResult[] = [];
  const reportsPerBlock = (blocks.timed[0]?.txs.length ?? 0) - TXS_PER_BLOCK;
  const meanMs = new Map<boolean, number>();
  let last: VenueState | undefined;
  for (const hash of [false, true]) {
    // One venue alive at a time: only the figures of each run are kept (and the last state).
    const runs: RunFigures[] = [];
    for (let r = 0; r < repeats; r++) {
      last = undefined;
      const { figures, state } = runOnce(config, blocks, hash);
      runs.push(figures);
      last = state;
    }
    runs.sort((a, b) => a.totalMs - b.totalMs);
    const f = runs[Math.floor(runs.length / 2)] as RunFigures;
    const rates = runs.map((r) => (timedBlocks / r.totalMs) * 1000);
    const sorted = [...f.perBlockMs].sort((a, b) => a - b);
    const label = hash ? 'with state hash' : 'without state hash';
    meanMs.set(hash, f.totalMs / timedBlocks);
    results.push({
      name: `applyBlock ${label}: blocks/s`,
      value: round((timedBlocks / f.totalMs) * 1000, 1),
      unit: 'blocks/s',
      notes: `${timedBlocks} blocks of ${TXS_PER_BLOCK} txs + ${reportsPerBlock} oracle reports; ${ACCOUNTS.toLocaleString('en')} accounts, ${MARKETS} markets; median of ${repeats} runs (${rates.map((r) => r.toFixed(1)).join(' / ')})`,
    });
    results.push({ name: `applyBlock ${label}: txs/s`, value: Math.round((timedBlocks * TXS_PER_BLOCK * 1000) / f.totalMs), unit: 'txs/s', notes: `the 1,000 user txs of each block (${Math.round((f.txs * 1000) / f.totalMs).toLocaleString('en')} counting the oracle reports)` });
    results.push({ name: `applyBlock ${label}: ms per block p50`, value: round(percentile(sorted, 0.5)), unit: 'ms', notes: `mean ${round(f.totalMs / timedBlocks)} ms` });
    results.push({ name: `applyBlock ${label}: ms per block p99`, value: round(percentile(sorted, 0.99)), unit: 'ms', notes: `max ${round(sorted[sorted.length - 1] as number)} ms` });
    if (!hash) {
      results.push({
        name: 'workload per block',
        value: Math.round(f.fills / timedBlocks),
        unit: 'fills/block',
        notes: `${Math.round(f.events / timedBlocks)} events/block, ${Math.round(f.rejected / timedBlocks)} rejected txs/block, ${f.halts} market status changes; resting orders ${f.restingAtStart.toLocaleString('en')} -> ${f.restingAtEnd.toLocaleString('en')}; generation ${generateS.toFixed(1)} s (not timed)`,
      });
    }
  }
  const state = last as VenueState;
  const hashes = options.quick ? 5 : 20;
  let started = performance.now();
  for (let i = 0; i < hashes; i++) stateHash(state);
  const hashMs = (performance.now() - started) / hashes;
  started = performance.now();
  for (let i = 0; i < hashes; i++) snapshotOf(state);
  const buildMs = (performance.now() - started) / hashes;
  const bytes = encodeSnapshot(state);
  const nonceEntries = [...state.nonces.values()].reduce((sum, w) => sum + w.seen.size, 0);
  results.push({
    name: 'state hash (snapshot + encode + sha256), end state',
    value: round(hashMs),
    unit: 'ms',
    notes: `snapshot ${(bytes.length / 1024 / 1024).toFixed(2)} MiB, ${state.accounts.length.toLocaleString('en')} accounts, ${nonceEntries.toLocaleString('en')} nonce-window entries; building the snapshot object alone ${round(buildMs)} ms; per-block cost with - without hashing: ${round((meanMs.get(true) as number) - (meanMs.get(false) as number))} ms`,
  });
  const memory = process.memoryUsage();
  results.push({ name: 'process memory after the runs', value: Math.round(memory.rss / 1024 / 1024), unit: 'MiB RSS', notes: `heap used ${Math.round(memory.heapUsed / 1024 / 1024)} MiB; ${rssAfterGenerationMiB} MiB RSS once the blocks were generated (before any timed run); max RSS: /usr/bin/time -v` });
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await run({ quick: process.argv.includes('--quick') }));
}
