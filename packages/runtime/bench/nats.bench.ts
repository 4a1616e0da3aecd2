/**
 * NatsHost publish/subscribe throughput against raw nats.js pub/sub, in the same run, on the
 * same server, with the same payload (an encoded Envelope carrying an order); and durable-log
 * appends pipelined vs one synchronous JetStream publish at a time. Target: NatsHost >= 60 % of raw.
 */
import { NatsWorld, startNatsServer } from '@faultline/runtime/nats';
import type { Host } from '@faultline/runtime';
import { ORDER, measureJetStreamAppends, measureRawPubSub, orderEnvelopeBytes, type BenchResult } from '../../../bench/kit/mod.ts';

export async function run(options: { quick: boolean }): Promise<BenchResult[]> {
  const messages = options.quick ? 50_000 : 300_000;
  const server = await startNatsServer();
  try {
    // Raw nats.js: one publisher connection, one subscriber connection.
    const payload = orderEnvelopeBytes();
    let cpuStarted = process.cpuUsage();
    const rawRate = await measureRawPubSub({ servers: server.url, subject: 'raw.bench', messages, payload });
    const rawCpuUs = cpuMicrosSince(cpuStarted) / messages;

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
    cpuStarted = process.cpuUsage();
    for (let i = 0; i < messages; i++) {
      sender!.publish('tx.bench', ORDER);
      if (i % 1_000 === 0) await senderHost.flush(); // the same pacing as the raw run
    }
    await hostFinished;
    const hostRate = messages / ((performance.now() - hostStarted) / 1000);
    const hostCpuUs = cpuMicrosSince(cpuStarted) / messages;
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
        target: 'the share of raw below',
        notes: `${((100 * hostRate) / rawRate).toFixed(0)} % of raw in the same run`,
      },
      // The same goal as one figure per run (so before/after compares the ratio of each run), and
      // this process's CPU per message (publisher and subscriber sides together; the server's is apart).
      { name: 'NatsHost as a share of raw nats.js, same run', value: Math.round((1000 * hostRate) / rawRate) / 10, unit: '%', target: '>= 60 %' },
      { name: 'raw nats.js: CPU per message (this process)', value: Math.round(rawCpuUs * 100) / 100, unit: 'µs' },
      { name: 'NatsHost: CPU per message (this process)', value: Math.round(hostCpuUs * 100) / 100, unit: 'µs', notes: `${(hostCpuUs - rawCpuUs).toFixed(2)} µs more than raw` },
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

function cpuMicrosSince(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return used.user + used.system;
}
