/**
 * Codec throughput: Envelope(order) encode + decode (with full validation), each half alone,
 * and a block of 1,000 transactions. Target: >= 1,000,000 Envelope(order) encode+decode per s.
 */
import { decodeEnvelope, decodeMessage, encodeEnvelope, encodeMessage, pb } from '@faultline/protocol';
import { opsPerSecond, spread, type BenchResult } from '../../../bench/bench-result.ts';

function order(i: number) {
  return {
    runId: 'run-1',
    sender: 'trader-17',
    seq: i + 1,
    lamport: 2 * i,
    sentAtUs: 1_000_000 + i,
    tx: {
      clientId: 'trader-17',
      nonce: i,
      submittedAtUs: 1_000_000 + i,
      placeOrder: { accountId: 'trader-17', marketId: 1, clientOrderId: i, side: 1, type: 1, timeInForce: 1, priceTicks: 6_000_000 + (i & 1023), sizeLots: 1 + (i & 15) },
    },
  };
}

export async function run(options: { quick: boolean }): Promise<BenchResult[]> {
  const sampleMs = options.quick ? 200 : 1_000;
  const frame = encodeEnvelope(order(1));
  let sink = 0;
  const roundTrip = opsPerSecond((n) => {
    for (let i = 0; i < n; i++) {
      const decoded = decodeEnvelope(encodeEnvelope(order(i)));
      if (decoded.ok) sink += decoded.value.tx?.placeOrder?.sizeLots ?? 0;
    }
  }, { sampleMs });
  // The same three per CPU second of this process: on a shared machine the wall figures are the load's.
  const roundTripCpu = opsPerSecond((n) => {
    for (let i = 0; i < n; i++) {
      const decoded = decodeEnvelope(encodeEnvelope(order(i)));
      if (decoded.ok) sink += decoded.value.tx?.placeOrder?.sizeLots ?? 0;
    }
  }, { sampleMs, clock: 'cpu' });
  const encodeCpu = opsPerSecond((n) => {
    for (let i = 0; i < n; i++) sink += encodeEnvelope(order(i)).length;
  }, { sampleMs, clock: 'cpu' });
  const decodeCpu = opsPerSecond((n) => {
    for (let i = 0; i < n; i++) if (decodeEnvelope(frame).ok) sink++;
  }, { sampleMs, clock: 'cpu' });
  const encodeOnly = opsPerSecond((n) => {
    for (let i = 0; i < n; i++) sink += encodeEnvelope(order(i)).length;
  }, { sampleMs });
  const decodeOnly = opsPerSecond((n) => {
    for (let i = 0; i < n; i++) if (decodeEnvelope(frame).ok) sink++;
  }, { sampleMs });
  const rawDecode = opsPerSecond((n) => {
    for (let i = 0; i < n; i++) sink += pb.Envelope.decode(frame).seq as number;
  }, { sampleMs });
  const txs = Array.from({ length: 1_000 }, (_, i) => encodeMessage('Transaction', order(i).tx));
  const block = { header: { height: 1, round: 0, proposerId: 'validator-1', timeUs: 5, txCount: 1000 }, txs };
  const blockRate = opsPerSecond((n) => {
    for (let i = 0; i < n; i++) {
      const decoded = decodeMessage('Block', encodeMessage('Block', block));
      if (decoded.ok) sink += decoded.value.txs.length;
    }
  }, { sampleMs, batch: 10 });
  if (sink === -1) console.log(sink);
  return [
    { name: 'Envelope(order) encode + decode + validate', value: Math.round(roundTrip.median), unit: 'ops/s', target: '>= 1,000,000', notes: spread(roundTrip) },
    { name: 'Envelope(order) encode + decode + validate, per CPU second', value: Math.round(roundTripCpu.median), unit: 'ops/CPU-s', target: '>= 1,000,000 on an idle core', notes: spread(roundTripCpu) },
    { name: 'Envelope(order) encode, per CPU second', value: Math.round(encodeCpu.median), unit: 'ops/CPU-s', notes: spread(encodeCpu) },
    { name: 'Envelope(order) decode + validate, per CPU second', value: Math.round(decodeCpu.median), unit: 'ops/CPU-s', notes: spread(decodeCpu) },
    { name: 'Envelope(order) encode', value: Math.round(encodeOnly.median), unit: 'ops/s', notes: spread(encodeOnly) },
    { name: 'Envelope(order) decode + validate', value: Math.round(decodeOnly.median), unit: 'ops/s', notes: spread(decodeOnly) },
    { name: 'Envelope(order) decode, protobufjs alone', value: Math.round(rawDecode.median), unit: 'ops/s', notes: spread(rawDecode) },
    { name: 'Block of 1,000 txs encode + decode', value: Math.round(blockRate.median), unit: 'blocks/s', notes: `${frame.length}-byte order frames; ${spread(blockRate)}` },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await run({ quick: process.argv.includes('--quick') }));
}
