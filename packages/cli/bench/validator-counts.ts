/**
 * Deterministic per-order and per-height counts of four validators (the real ValidatorActor over
 * the consensus core) in the simulator, with the live bench's crossing orders at a fixed rate and
 * the fast profile's timeouts: what each validator publishes per order (all messages, relay
 * batches, relayed txs) with and without the relay window (ValidatorConfig.relayWindowUs), and the
 * relay choices it makes (the core's `relays`, a sha256 of the tx; with a window the choice is
 * validator-core's relayIndexOf, FNV-1a, counted as the txs it holds for the window), and the
 * bytes of its write-ahead records per height written bare (encodeMessage, every entry before
 * version 1) and as the live encoder writes them (wal-encode.ts: a lock record with one block
 * object as locked and valid block is a version-1 entry carrying it once). No clock, no broker:
 * the same figures on every run and machine (the simulated network has no faults here).
 *
 *   npx tsx packages/cli/bench/validator-counts.ts [--rate 5000] [--seconds 1] [--windows 0,10000]
 */
import { parseArgs } from 'node:util';
import { DYDX_TIMEOUTS } from '@faultline/consensus';
import { encodeMessage, pb, type faultline } from '@faultline/protocol';
import { Simulation } from '@faultline/runtime/sim';
import { checkLazyLogRecords } from '@faultline/runtime/testing';
import { createValidator, type ValidatorActor, type ValidatorConfig } from '@faultline/actors';
import { WalRecordEncoder } from '../../actors/src/validator/wal-encode.ts';

const IDS = ['validator-1', 'validator-2', 'validator-3', 'validator-4'];

export interface ValidatorCounts {
  relayWindowUs: number;
  orders: number;
  heights: number;
  /** Per validator (mean of the four), per order. */
  publishesPerOrder: number;
  relayBatchesPerOrder: number;
  relayedTxsPerOrder: number;
  /** The relay choice (the core's `relays`: a sha256 of the tx) per validator per order. */
  relayChoicesPerOrder: number;
  /** Client txs held for the relay window (each then looked up in the committed set when it closes) per validator per order. */
  heldPerOrder: number;
  /** Per validator (mean), per height: write-ahead bytes bare and as the encoder writes them. */
  walBareBytesPerHeight: number;
  walBytesPerHeight: number;
  txsPerHeight: number;
}

export function countValidators(options: { rate: number; seconds: number; relayWindowUs: number }): ValidatorCounts {
  const sim = new Simulation({ seed: 11, runId: 'counts' });
  const config: ValidatorConfig = { validatorIds: IDS, keySeed: 11, timeouts: { ...DYDX_TIMEOUTS, commitUs: 10_000 }, relayWindowUs: options.relayWindowUs };
  const actors: ValidatorActor[] = [];
  const records = new Map<string, faultline.v1.IValidatorWalRecord[]>();
  const published = new Map<string, { all: number; batches: number; relayed: number }>();
  let counting = false;
  let choices = 0;
  let held = 0;
  for (const id of IDS) {
    records.set(id, []);
    published.set(id, { all: 0, batches: 0, relayed: 0 });
    sim.addActor(id, (host) => {
      const publish = host.publish.bind(host);
      host.publish = (subject, body) => {
        if (counting) {
          const counts = published.get(id)!;
          counts.all++;
          const batch = (body as { txBatch?: faultline.v1.ITxBatch }).txBatch;
          if (batch) {
            counts.batches++;
            counts.relayed += batch.txs?.length ?? 0;
          }
        }
        publish(subject, body);
      };
      const actor = createValidator(config)(host) as ValidatorActor;
      const relays = actor.consensus.relays.bind(actor.consensus);
      actor.consensus.relays = (tx) => {
        if (counting) choices++;
        return relays(tx);
      };
      // Every tx held for the window passes through the queue's push (validator-core's holdRelay).
      const queue = actor.core.relayQueue;
      queue.push = (...txs: Uint8Array[]) => {
        if (counting) held += txs.length;
        return Array.prototype.push.apply(queue, txs);
      };
      const wal = actor.core.wal;
      const encode = wal.encode.bind(wal);
      wal.encode = (record) => {
        if (counting) records.get(id)!.push(record);
        return encode(record);
      };
      actors.push(actor);
      return actor;
    });
  }
  let orders = 0;
  let loading = false;
  sim.addActor('client', (host) => ({
    start() {
      let nonce = 0;
      let due = 0;
      const tick = (): void => {
        if (loading) {
          due += options.rate / 1000;
          for (; due >= 1; due--) {
            const i = orders++;
            host.publish(`tx.client-${i % 32}`, {
              tx: {
                clientId: `client-${i % 32}`,
                nonce: ++nonce,
                submittedAtUs: host.now(),
                placeOrder: { accountId: `client-${i % 32}`, marketId: 1, clientOrderId: i + 1, side: i % 2 === 0 ? pb.Side.SIDE_SELL : pb.Side.SIDE_BUY, type: pb.OrderType.ORDER_TYPE_LIMIT, timeInForce: pb.TimeInForce.TIME_IN_FORCE_GTC, priceTicks: 30_000, sizeLots: 1 },
              },
            });
          }
        }
        host.setTimer(1_000, tick);
      };
      host.setTimer(1_000, tick);
    },
  }));
  const height = (): number => Math.max(0, ...actors.map((actor) => actor.consensus.committedHeight));
  for (let waitedUs = 0; height() < 1 && waitedUs < 30_000_000; waitedUs += 100_000) sim.runFor(100_000);
  const startHeight = height();
  // Every record encoded as it is persisted (the simulator otherwise encodes lazily).
  const lazy = checkLazyLogRecords(true);
  try {
    loading = true;
    counting = true;
    sim.runFor(options.seconds * 1_000_000);
    counting = false;
  } finally {
    checkLazyLogRecords(lazy);
  }
  const heights = height() - startHeight;
  let bare = 0;
  let encoded = 0;
  for (const list of records.values()) {
    const encoder = new WalRecordEncoder();
    for (const record of list) {
      bare += encodeMessage('ValidatorWalRecord', record).length;
      encoded += encoder.encode(record).length;
    }
  }
  const sum = (pick: (c: { all: number; batches: number; relayed: number }) => number) => [...published.values()].reduce((total, c) => total + pick(c), 0);
  const perValidatorPerOrder = (value: number) => value / IDS.length / orders;
  const txs = actors[0]!.consensus.chain.slice(startHeight).reduce((total, c) => total + (c.block?.txs?.length ?? 0), 0);
  return {
    relayWindowUs: options.relayWindowUs,
    orders,
    heights,
    publishesPerOrder: perValidatorPerOrder(sum((c) => c.all)),
    relayBatchesPerOrder: perValidatorPerOrder(sum((c) => c.batches)),
    relayedTxsPerOrder: perValidatorPerOrder(sum((c) => c.relayed)),
    relayChoicesPerOrder: perValidatorPerOrder(choices),
    heldPerOrder: perValidatorPerOrder(held),
    walBareBytesPerHeight: bare / IDS.length / heights,
    walBytesPerHeight: encoded / IDS.length / heights,
    txsPerHeight: txs / heights,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { rate: { type: 'string', default: '5000' }, seconds: { type: 'string', default: '1' }, windows: { type: 'string', default: '0,10000' } } });
  for (const relayWindowUs of values.windows.split(',').map(Number)) {
    const c = countValidators({ rate: Number(values.rate), seconds: Number(values.seconds), relayWindowUs });
    process.stdout.write(
      `relay window ${relayWindowUs} µs: ${c.orders} orders, ${c.heights} heights (${c.txsPerHeight.toFixed(0)} txs each); per validator per order: ${c.publishesPerOrder.toFixed(3)} publishes, ${c.relayBatchesPerOrder.toFixed(3)} relay batches, ${c.relayedTxsPerOrder.toFixed(3)} relayed txs, ${c.relayChoicesPerOrder.toFixed(3)} relay choices (sha256), ${c.heldPerOrder.toFixed(3)} txs held for the window; write-ahead bytes per validator per height: ${c.walBareBytesPerHeight.toFixed(0)} bare, ${c.walBytesPerHeight.toFixed(0)} as written (${((100 * c.walBytesPerHeight) / c.walBareBytesPerHeight).toFixed(1)} %)\n`,
    );
  }
}
