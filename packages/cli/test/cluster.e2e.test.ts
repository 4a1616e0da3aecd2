/**
 * End to end, live, on a 3-node nats-server cluster (`faultline up --cluster 3`): the run's
 * stream at R3, services spread over the nodes, and the nemesis (examples/nemesis/broker-kill.json)
 * killing one node (nats-2, 6 s), then two of three (nats-1 and nats-3, 5 s) under the venue's
 * order flow. With one gone blocks go on; with two gone JetStream takes no write: no block is
 * committed until the quorum is back (the validators' appends wait, retried in place), then
 * blocks resume — and no service exits or is restarted at any point. Nothing committed is lost
 * (every height in the event log, in order), the execution replicas and the stream's replicas
 * agree, the replay reproduces every hash, and no process outlives the run.
 *
 * Event-driven (the guide: live tests wait on events): the schedule starts once height 3 is
 * executed (--faults-after-height), and the run is stopped (SIGINT) once 3 blocks were committed
 * after the quorum came back, with a generous cap — not a fixed run length, which on a loaded
 * machine ended before the first block after the quorum's return (CI, ed0f8f7). About 45 s alone.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEventLog } from '@faultline/protocol';
import { replayLog } from '@faultline/replay';
import { upUntil } from './support/live-until.ts';

/** Blocks the log holds after the quorum came back (the first of nats-1 / nats-3 restarted; 0 before). */
function blocksAfterQuorumBack(logPath: string): number {
  if (!existsSync(logPath)) return 0;
  const { records } = readEventLog(readFileSync(logPath));
  const back = records.filter((r) => (r.lifecycle?.actorId === 'nats-1' || r.lifecycle?.actorId === 'nats-3') && r.lifecycle.change === 'restarted').map((r) => Number(r.timeUs));
  return back.length === 0 ? 0 : records.filter((r) => r.block && Number(r.timeUs) > Math.min(...back)).length;
}

describe('faultline up --cluster 3: broker-kill nemesis (live)', () => {
  it('runs on with one node killed, stalls with two and resumes with the quorum, losing no committed event and restarting no service: replicas agree, replay clean, no orphans', async () => {
    const out = mkdtempSync(join(tmpdir(), 'faultline-up-cluster-'));
    const logPath = join(out, 'events.fllog');
    const run = await upUntil(['--scenario', 'live-smoke', '--cluster', '3', '--nemesis', 'examples/nemesis/broker-kill.json', '--faults-after-height', '3', '--duration', '600', '--seed', '5', '--out', out], {
      poll: () => blocksAfterQuorumBack(logPath) >= 3,
      capMs: 240_000,
    });
    // The nodes' own logs are kept in the run directory (logs/nats-N.log) for a failure's diagnosis.
    expect(run.reached, `${run.stderr.slice(-3_000)}\nrun directory: ${out}`).toBe(true);
    expect(run.status, run.stderr.slice(-3_000)).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.cluster).toMatchObject({ nodes: 3, brokerKills: 3, brokerPartitions: 0, replicas: { agree: true } });
    expect(summary.violations).toEqual([]);
    expect(Object.values(summary.verdicts as Record<string, { status: string }>).filter((v) => v.status === 'failed')).toEqual([]);
    expect(summary.verdicts['broker-permissions'].status).toBe('passed');

    const log = readEventLog(readFileSync(logPath));
    expect(log.problems).toEqual([]);
    const at = (node: string, change: string): number[] => log.records.filter((r) => r.lifecycle?.actorId === node && r.lifecycle.change === change).map((r) => Number(r.timeUs));
    expect(at('nats-2', 'crashed')).toHaveLength(1);
    const quorumLost = at('nats-1', 'crashed')[0] as number;
    const quorumBack = Math.min(...at('nats-1', 'restarted'), ...at('nats-3', 'restarted'));
    const blockTimes = log.records.filter((r) => r.block).map((r) => Number(r.timeUs));
    // One of three gone: the venue runs on (blocks between nats-2's kill and the quorum's loss).
    expect(blockTimes.filter((t) => t > (at('nats-2', 'crashed')[0] as number) && t < quorumLost).length).toBeGreaterThan(0);
    // Two of three gone: the venue stalls (a block already under way may still land in the first second)…
    expect(blockTimes.filter((t) => t > quorumLost + 1_000_000 && t < quorumBack)).toEqual([]);
    // …and resumes once the quorum is back.
    expect(blockTimes.filter((t) => t > quorumBack).length).toBeGreaterThanOrEqual(3);
    const heights = log.records.filter((r) => r.block).map((r) => Number(r.block?.block?.header?.height));
    expect(heights).toEqual(Array.from({ length: summary.height }, (_, i) => i + 1));
    for (const [replica, height] of Object.entries(summary.replicaHeights as Record<string, number>)) expect(Math.abs(height - summary.height), replica).toBeLessThanOrEqual(1);
    // No service exited or was restarted: an append JetStream could not take was retried in place.
    for (const [id, p] of Object.entries(summary.processes as Record<string, { restarts: number; exits: number[] }>)) expect({ id, ...p }).toEqual({ id, restarts: 0, exits: [0], started: 1 });

    expect(replayLog(readFileSync(logPath))).toMatchObject({ height: summary.height, firstViolation: null, hashMatch: true });
    // This run's nodes keep their configs and stores in a temporary cluster directory, named in
    // each start line of their logs: no process of that directory (nor of the run's) is left.
    // Only this run's: another file's cluster (broker-cluster.int) may be running beside it.
    const clusterDirs = [...new Set(readdirSync(join(out, 'logs')).flatMap((file) => [...readFileSync(join(out, 'logs', file), 'utf8').matchAll(/ -c (\S*faultline-cluster-[^/\s]+)\//g)].map((m) => m[1] as string)))];
    expect(clusterDirs).toHaveLength(1);
    const ps = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
    expect(ps.split('\n').filter((line) => line.includes(out) || clusterDirs.some((dir) => line.includes(dir)))).toEqual([]);
  }, 300_000);
});
