/**
 * What a validator's write-ahead appends per height cost in CPU — nats-server's and the writer's —
 * as the live validator writes them, without batches and with them (validator-core.ts "Write-ahead
 * batches"). Four logs (four validators) on one nats-server with file storage, as a live run has;
 * per height each log writes the shape of a non-proposer's height with the barrier's waits:
 *   single:  prevote → ack; lock, precommit → acks; commit (not waited for)
 *   batched: prevote → ack; [lock, precommit] → ack; commit (not waited for)
 *   held:    [commit of the height before, prevote] → ack; [lock, precommit] → ack
 *            (walHoldCommit: validator-core.ts "Held commit records")
 * Records of the live sizes at 5,000 orders/s (a vote ~150 B, a lock and a commit record the
 * block's ~20 KB; `--block-bytes`). CPU time, not wall time: nats-server's from /proc, this
 * process's from process.cpuUsage — so a loaded machine slows it but changes little of what it
 * reads. Shapes rotate, `--rounds` each.
 *
 *   npx tsx bench/wal-appends.ts [--heights 2000] [--rounds 3] [--block-bytes 20000]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { connect } from '@nats-io/transport-node';
import { NatsDurableLog, startNatsServer } from '@faultline/runtime/nats';

const { values } = parseArgs({ options: { heights: { type: 'string', default: '2000' }, rounds: { type: 'string', default: '3' }, 'block-bytes': { type: 'string', default: '20000' } } });
const HEIGHTS = Number(values.heights);
const ROUNDS = Number(values.rounds);
const BLOCK = Number(values['block-bytes']);
const VALIDATORS = 4;

const bytes = (n: number, fill: number) => new Uint8Array(n).fill(fill);
const vote = bytes(150, 1);
const lock = bytes(BLOCK + 40, 2);
const commit = bytes(BLOCK + 400, 3);
const join = (...parts: Uint8Array[]) => Buffer.concat(parts.map((p) => Buffer.concat([Buffer.from([0, 0, 0]), p])));

function serverCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, clock ticks of 10 ms
}

const server = await startNatsServer();
try {
  const run = `walbench${process.pid}`;
  const connections = await Promise.all(Array.from({ length: VALIDATORS }, () => connect({ servers: server.url })));
  const logs = await Promise.all(connections.map((nc, i) => NatsDurableLog.open({ nc, runId: run, actorId: `validator-${i + 1}`, onFailure: (error) => { throw error; } })));
  type Shape = 'single' | 'batched' | 'held';
  const SHAPES: readonly Shape[] = ['single', 'batched', 'held'];
  const height = async (shape: Shape) => {
    await Promise.all(
      logs.map(async (log) => {
        if (shape === 'single') {
          log.append(vote);
          await log.whenIdle();
          log.append(lock);
          log.append(vote);
          await log.whenIdle();
          log.append(commit);
        } else if (shape === 'batched') {
          log.append(vote);
          await log.whenIdle();
          log.append(join(lock, vote));
          await log.whenIdle();
          log.append(commit);
        } else {
          log.append(join(commit, vote));
          await log.whenIdle();
          log.append(join(lock, vote));
          await log.whenIdle();
        }
      }),
    );
  };
  for (const shape of SHAPES) for (let h = 0; h < 200; h++) await height(shape); // warm
  const results: Record<string, Array<{ serverUs: number; clientUs: number; wallUs: number }>> = { single: [], batched: [], held: [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const shape of [...SHAPES.slice(round % SHAPES.length), ...SHAPES.slice(0, round % SHAPES.length)]) {
      await Promise.all(logs.map((log) => log.whenIdle()));
      const s0 = serverCpuMs(server.pid!);
      const c0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      for (let h = 0; h < HEIGHTS; h++) await height(shape);
      await Promise.all(logs.map((log) => log.whenIdle()));
      const wallUs = Number(process.hrtime.bigint() - t0) / 1000 / HEIGHTS;
      const c = process.cpuUsage(c0);
      const serverUs = ((serverCpuMs(server.pid!) - s0) * 1000) / HEIGHTS;
      results[shape]!.push({ serverUs, clientUs: (c.user + c.system) / HEIGHTS, wallUs });
      console.log(`${shape.padEnd(7)} round ${round + 1}: per height (4 validators) nats-server ${serverUs.toFixed(0)} µs, writers ${((c.user + c.system) / HEIGHTS).toFixed(0)} µs, wall ${wallUs.toFixed(0)} µs; load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  for (const shape of SHAPES) {
    const r = results[shape]!;
    console.log(`${shape}: median per height nats-server ${median(r.map((x) => x.serverUs)).toFixed(0)} µs (${r.map((x) => x.serverUs.toFixed(0)).join(', ')}), writers ${median(r.map((x) => x.clientUs)).toFixed(0)} µs (${r.map((x) => x.clientUs.toFixed(0)).join(', ')})`);
  }
  await Promise.all(connections.map((nc) => nc.close()));
} finally {
  await server.stop();
}
