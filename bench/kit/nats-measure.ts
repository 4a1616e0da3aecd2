/**
 * Broker measurements shared by benches (packages/runtime/bench/nats.bench.ts, and the live
 * bench's raw baselines in packages/cli/bench/live.bench.ts): raw nats.js pub/sub and JetStream
 * appends, on a server the caller started.
 */
import { connect } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { encodeEnvelope, type EnvelopeBody } from '@faultline/protocol';

/** The payload of every measurement: an order, as a trader sends one. */
export const ORDER: EnvelopeBody = {
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
    sub.subscribe(options.subject, {
      callback: () => {
        if (++received === options.messages) done();
      },
    });
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
