/**
 * The commit step's block, as a live validator writes it, in the two orders of the validator
 * service (FAULTLINE_COMMIT_WITH_RECORD, services/validator): `after` — the commit record appended,
 * the block published once its ack is in (the write-ahead barrier); `with` — the record and the
 * block in one socket write, the block not waiting for the record's ack (NatsHost.publishWithRecord).
 * One NatsHost over a real NatsDurableLog and nats-server (file storage); per height: the
 * precommit's record, its ack awaited (as the validator's precommit waits), then the commit step;
 * a second connection subscribes to `block.validator-1` and times each block from the commit step
 * to its arrival. Also counted: the writer's socket writes per height (nats.js' transport.send),
 * and CPU per height (this process; nats-server from /proc). Orders alternate by round, in one
 * process: the one-tree A/B of the commit order with everything else the same.
 *
 *   npx tsx bench/commit-publish.ts [--heights 500] [--rounds 6] [--block-bytes 20000]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import { connect } from '@nats-io/transport-node';
import { decodeEnvelope } from '@faultline/protocol';
import { wireSubject } from '@faultline/runtime';
import { NatsDurableLog, NatsHost, startNatsServer } from '@faultline/runtime/nats';

const { values } = parseArgs({ options: { heights: { type: 'string', default: '500' }, rounds: { type: 'string', default: '6' }, 'block-bytes': { type: 'string', default: '20000' } } });
const HEIGHTS = Number(values.heights);
const ROUNDS = Number(values.rounds);
const BLOCK = Number(values['block-bytes']);

function serverCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}
const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const median = (xs: number[]): number => quantile([...xs].sort((a, b) => a - b), 0.5);

const server = await startNatsServer();
const quiet = { debug() {}, info() {}, warn() {}, error: (message: string) => console.error(message) };
try {
  const runId = `commitbench${process.pid}`;
  const nc = await connect({ servers: server.url, noEcho: true });
  const log = await NatsDurableLog.open({ nc, runId, actorId: 'validator-1', onFailure: (error) => { throw error; } });
  const host = new NatsHost({ nc, runId, actorId: 'validator-1', seed: 1, epochUs: 0, log, logger: quiet });
  const transport = (nc as unknown as { protocol: { transport: { send(frame: Uint8Array): void } } }).protocol.transport;
  let writes = 0;
  const send = transport.send.bind(transport);
  transport.send = (frame: Uint8Array) => {
    writes++;
    send(frame);
  };
  const reader = await connect({ servers: server.url });
  const arrivals = new Map<number, () => void>();
  reader.subscribe(wireSubject(runId, 'block.validator-1'), {
    callback: (_error, message) => {
      const decoded = decodeEnvelope(message.data);
      const height = decoded.ok ? Number(decoded.value.committedBlock?.block?.header?.height ?? 0) : 0;
      arrivals.get(height)?.();
    },
  });
  await reader.flush();
  const precommit = new Uint8Array(150).fill(1);
  const commit = new Uint8Array(BLOCK + 400).fill(3);
  const tx = new Uint8Array(BLOCK).fill(4);
  const encode = (record: Uint8Array): Uint8Array => record;
  let height = 0;
  type Order = 'after' | 'with';
  const results: Record<Order, Array<{ p50: number; p99: number; writes: number; cpuUs: number; serverUs: number }>> = { after: [], with: [] };
  for (let round = 0; round < ROUNDS * 2; round++) {
    const order: Order = round % 2 === 0 ? 'after' : 'with';
    const latencies: number[] = [];
    const writesBefore = writes;
    const cpuBefore = process.cpuUsage();
    const serverBefore = serverCpuMs(server.pid ?? 0);
    for (let i = 0; i < HEIGHTS; i++) {
      height++;
      host.log.appendRecord(precommit, encode);
      await log.whenIdle();
      const arrived = new Promise<void>((done) => arrivals.set(height, done));
      const body = { committedBlock: { block: { header: { height }, txs: [tx] } } };
      const start = performance.now();
      if (order === 'with') host.publishWithRecord(commit, encode, 'block.validator-1', body);
      else {
        host.log.appendRecord(commit, encode);
        host.publish('block.validator-1', body);
      }
      await arrived;
      latencies.push(performance.now() - start);
      arrivals.delete(height);
      await log.whenIdle();
    }
    const cpu = process.cpuUsage(cpuBefore);
    latencies.sort((a, b) => a - b);
    results[order].push({ p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99), writes: (writes - writesBefore) / HEIGHTS, cpuUs: (cpu.user + cpu.system) / HEIGHTS, serverUs: ((serverCpuMs(server.pid ?? 0) - serverBefore) * 1000) / HEIGHTS });
    const r = results[order].at(-1)!;
    console.log(`round ${round + 1} ${order}: block from the commit step to a subscriber p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms; socket writes per height ${r.writes.toFixed(2)}; CPU per height: this process ${r.cpuUs.toFixed(0)} µs, nats-server ${r.serverUs.toFixed(0)} µs; load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  }
  for (const order of ['after', 'with'] as const) {
    const rs = results[order];
    const range = (pick: (r: (typeof rs)[number]) => number, digits: number) => `${median(rs.map(pick)).toFixed(digits)} (${Math.min(...rs.map(pick)).toFixed(digits)}–${Math.max(...rs.map(pick)).toFixed(digits)})`;
    console.log(`${order}: medians of ${rs.length} rounds × ${HEIGHTS} heights, ${BLOCK}-byte block: p50 ${range((r) => r.p50, 2)} ms, p99 ${range((r) => r.p99, 2)} ms, writes per height ${range((r) => r.writes, 2)}, CPU per height ${range((r) => r.cpuUs, 0)} µs, nats-server ${range((r) => r.serverUs, 0)} µs`);
  }
  await reader.close();
  await host.close();
  await nc.close();
} finally {
  await server.stop();
}
