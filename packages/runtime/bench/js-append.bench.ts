/**
 * The durable log's append as a live validator makes it (issue 15 item 2): a few appends, then
 * wait for their acks before the vote they guard may leave — the write-ahead round trip paid
 * ~4 times a block. This process's CPU per append through NatsDurableLog with nats.js'
 * `js.publish` (the log's publish before js-append.ts) and with the JetStreamAppender (its
 * default now), alternating in one run on one nats-server, rounds interleaved so that the
 * machine's load falls on both alike. CPU, not wall time: the round trip's wall time is the
 * broker's and the machine's.
 *
 *   npx tsx packages/runtime/bench/js-append.bench.ts [--quick]    (or npm run bench -- --filter js-append)
 */
import { connect } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import { NatsDurableLog, startNatsServer } from '@faultline/runtime/nats';
import type { LogPublish } from '../src/nats/nats-log.ts';
import { JetStreamAppender } from '../src/nats/js-append.ts';
import type { BenchResult } from '../../../bench/kit/mod.ts';

export async function run(options: { quick: boolean }): Promise<BenchResult[]> {
  const server = await startNatsServer();
  const nc = await connect({ servers: server.url });
  try {
    const runId = `append-bench-${process.pid}`;
    // Opening creates the run's stream; its publish is replaced per measurement below.
    await NatsDurableLog.open({ nc, runId, actorId: 'opener', onFailure: () => {} });
    const js = jetstream(nc);
    const clients: Record<'js.publish' | 'JetStreamAppender', LogPublish> = {
      'js.publish': (subject, data, opts) => js.publish(subject, data, opts),
      JetStreamAppender: new JetStreamAppender(nc).publish,
    };
    const rounds = options.quick ? 2 : 5;
    const cycles = options.quick ? 500 : 2_000;
    const entry = new Uint8Array(120).fill(7); // a signed vote record's size
    const cpuUs: Record<string, number[]> = { 'js.publish': [], JetStreamAppender: [] };
    const wallUs: Record<string, number[]> = { 'js.publish': [], JetStreamAppender: [] };
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? (['js.publish', 'JetStreamAppender'] as const) : (['JetStreamAppender', 'js.publish'] as const);
      for (const name of order) {
        const log = NatsDurableLog.create({ publish: clients[name], logSubject: `faultline.${runId}.log.${name === 'js.publish' ? 'a' : 'b'}`, snapSubject: `faultline.${runId}.snap.x`, onFailure: (error) => {
            throw error;
          },
        });
        // A vote's cycle: one append (two at a precommit: the lock record and the vote), then its ack.
        for (let i = 0; i < 200; i++) {
          log.append(entry);
          await log.whenIdle();
        }
        const cpu = process.cpuUsage();
        const wall = performance.now();
        for (let i = 0; i < cycles; i++) {
          log.append(entry);
          if (i % 2 === 1) log.append(entry);
          await log.whenAcknowledged(log.issued);
        }
        const appends = cycles + Math.floor(cycles / 2);
        const used = process.cpuUsage(cpu);
        cpuUs[name]!.push((used.user + used.system) / appends);
        wallUs[name]!.push(((performance.now() - wall) * 1000) / appends);
      }
    }
    const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] as number;
    const range = (values: number[]): string => `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}`;
    const before = median(cpuUs['js.publish']!);
    const after = median(cpuUs['JetStreamAppender']!);
    return [
      { name: 'durable-log append, CPU per append (this process): js.publish', value: Math.round(before * 10) / 10, unit: 'µs', notes: `median of ${rounds} rounds x ${cycles} vote cycles (range ${range(cpuUs['js.publish']!)}); round trip ${median(wallUs['js.publish']!).toFixed(0)} µs wall` },
      { name: 'durable-log append, CPU per append (this process): JetStreamAppender', value: Math.round(after * 10) / 10, unit: 'µs', notes: `range ${range(cpuUs['JetStreamAppender']!)}; round trip ${median(wallUs['JetStreamAppender']!).toFixed(0)} µs wall` },
      { name: 'durable-log append: JetStreamAppender CPU / js.publish CPU, same run', value: Math.round((100 * after) / before), unit: '%' },
    ];
  } finally {
    await nc.close();
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await run({ quick: process.argv.includes('--quick') });
  console.table(results);
}
