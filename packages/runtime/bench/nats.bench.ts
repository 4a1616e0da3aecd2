/**
 * NatsHost publish/subscribe throughput against raw nats.js pub/sub, in the same run, on the
 * same server, with the same payload (an encoded Envelope carrying an order); and durable-log
 * appends pipelined vs one synchronous JetStream publish at a time. Target: NatsHost >= 60 % of raw.
 */
import { connect } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { encodeEnvelope, type EnvelopeBody } from '@faultline/protocol';
import { NatsWorld, startNatsServer } from '@faultline/runtime/nats';
import type { Host } from '@faultline/runtime';
import type { BenchResult } from '../../../bench/bench-result.ts';

const ORDER: EnvelopeBody = {
  tx: { clientId: 'trader-1', nonce: 1, placeOrder: { accountId: 'trader-1', marketId: 1, side: 1, type: 1, timeInForce: 1, priceTicks: 6_000_000, sizeLots: 3 } },
};

/** Broker credentials (a server with an authorization block); none for the project's default server. */
export interface BenchCredentials {
  user?: string;
  pass?: string;
}

/** The default payload of the raw measurements: an encoded Envelope carrying an order (64 bytes). */
export function orderEnvelopeBytes(): Uint8Array {
  return encodeEnvelope({ runId: 'bench', sender: 'trader-1', seq: 1, lamport: 1, sentAtUs: 1, ...ORDER });
}

/**
 * Raw nats.js pub/sub, the physical limit of the broker and client on this machine: one publisher
 * connection, one subscriber connection, a flush every 1,000 messages (bounded in-flight data, the
 * same pacing as NatsHost below). Returns messages per second, publish of the first to receipt of the last.
 */
export async function measureRawPubSub(options: BenchCredentials & { servers: string; subject: string; messages: number; payload?: Uint8Array }): Promise<number> {
  const credentials = options.user ? { user: options.user, pass: options.pass ?? '' } : {};
  const payload = options.payload ?? orderEnvelopeBytes();
  const pub = await connect({ servers: options.servers, ...credentials });
  const sub = await connect({ servers: options.servers, ...credentials });
  try {
    let received = 0;
    let done: () => void = () => {};
    const finished = new Promise<void>((resolve) => (done = resolve));
    sub.subscribe(options.subject, { callback: () => ++received === options.messages && done() });
    await sub.flush();
    const started = performance.now();
    for (let i = 0; i < options.messages; i++) {
      pub.publish(options.subject, payload);
      if (i % 1_000 === 0) await pub.flush();
    }
    await finished;
    return options.messages / ((performance.now() - started) / 1000);
  } finally {
    await pub.close();
    await sub.close();
  }
}

/** JetStream appends of 100 bytes: one synchronous ack at a time, then pipelined 1,000 in flight. */
export async function measureJetStreamAppends(
  options: BenchCredentials & { servers: string; stream: string; subjectPrefix: string; appends: number },
): Promise<{ syncRate: number; pipelinedRate: number }> {
  const jsConnection = await connect({ servers: options.servers, ...(options.user ? { user: options.user, pass: options.pass ?? '' } : {}) });
  try {
    const jsm = await jetstreamManager(jsConnection);
    await jsm.streams.add({ name: options.stream, subjects: [`${options.subjectPrefix}.>`] });
    const js = jetstream(jsConnection);
    const entry = new Uint8Array(100);
    let started = performance.now();
    for (let i = 0; i < options.appends; i++) await js.publish(`${options.subjectPrefix}.sync`, entry);
    const syncRate = options.appends / ((performance.now() - started) / 1000);
    started = performance.now();
    const window: Promise<unknown>[] = [];
    for (let i = 0; i < options.appends; i++) {
      window.push(js.publish(`${options.subjectPrefix}.pipelined`, entry));
      if (window.length >= 1_000) await Promise.all(window.splice(0));
    }
    await Promise.all(window);
    const pipelinedRate = options.appends / ((performance.now() - started) / 1000);
    await jsm.streams.delete(options.stream);
    return { syncRate, pipelinedRate };
  } finally {
    await jsConnection.close();
  }
}

export async function run(options: { quick: boolean }): Promise<BenchResult[]> {
  const messages = options.quick ? 50_000 : 300_000;
  const server = await startNatsServer();
  try {
    // Raw nats.js: one publisher connection, one subscriber connection.
    const payload = orderEnvelopeBytes();
    const rawRate = await measureRawPubSub({ servers: server.url, subject: 'raw.bench', messages, payload });

    // NatsHost: two actors in a NatsWorld, envelopes built, encoded, decoded and validated.
    const world = await NatsWorld.start({ seed: 1, server, runId: `bench-${process.pid}` });
    let hostReceived = 0;
    let hostDone: () => void = () => {};
    const hostFinished = new Promise<void>((done) => (hostDone = done));
    let sender: Host | undefined;
    await world.addActor('receiver', (host) => ({ start: () => void host.subscribe('tx.bench', () => ++hostReceived === messages && hostDone()) }));
    await world.addActor('sender', (host) => ((sender = host), { start() {} }));
    const senderHost = world.hostOf('sender')!;
    const hostStarted = performance.now();
    for (let i = 0; i < messages; i++) {
      sender!.publish('tx.bench', ORDER);
      if (i % 1_000 === 0) await senderHost.flush(); // the same pacing as the raw run
    }
    await hostFinished;
    const hostRate = messages / ((performance.now() - hostStarted) / 1000);
    await world.close();

    // Durable log: pipelined appends (as NatsDurableLog does) vs one acked publish at a time.
    const appends = options.quick ? 5_000 : 20_000;
    const { syncRate, pipelinedRate } = await measureJetStreamAppends({ servers: server.url, stream: 'BENCH', subjectPrefix: 'bench.log', appends });

    return [
      { name: 'raw nats.js pub/sub (encoded order envelope)', value: Math.round(rawRate), unit: 'msgs/s', notes: `${messages} messages, ${payload.length} bytes` },
      {
        name: 'NatsHost publish/subscribe (envelope built, encoded, decoded, validated)',
        value: Math.round(hostRate),
        unit: 'msgs/s',
        target: '>= 60 % of raw',
        notes: `${((100 * hostRate) / rawRate).toFixed(0)} % of raw in the same run`,
      },
      { name: 'JetStream append, one synchronous ack at a time', value: Math.round(syncRate), unit: 'appends/s', notes: `${appends} x 100 bytes` },
      { name: 'JetStream append, pipelined (1,000 in flight)', value: Math.round(pipelinedRate), unit: 'appends/s', notes: `${(pipelinedRate / syncRate).toFixed(1)}x synchronous` },
    ];
  } finally {
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await run({ quick: process.argv.includes('--quick') }));
}
