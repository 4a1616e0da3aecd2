/**
 * End to end, live, on a 3-node nats-server cluster (`faultline up --cluster 3`): the run's
 * stream at R3, services spread over the nodes, and the nemesis (examples/nemesis/broker-kill.json)
 * killing one node (nats-2, 6 s), then two of three (nats-1 and nats-3, 5 s) under the venue's
 * order flow. With two gone JetStream takes no write: no block is committed until the quorum is
 * back (the validators' durable logs stall them), then blocks resume. Nothing committed is lost
 * (every height in the event log, in order), the execution replicas and the stream's replicas
 * agree, the replay reproduces every hash, and no process outlives the run. About 45 s of wall time.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEventLog } from '@faultline/protocol';
import { replayLog } from '@faultline/replay';

const BIN = 'packages/cli/bin/faultline.js';

describe('faultline up --cluster 3: broker-kill nemesis (live)', () => {
  it('runs on with one node killed, stalls with two and resumes with the quorum, losing no committed event: replicas agree, replay clean, no orphans', () => {
    const out = mkdtempSync(join(tmpdir(), 'faultline-up-cluster-'));
    const run = spawnSync(process.execPath, [BIN, 'up', '--scenario', 'live-smoke', '--cluster', '3', '--nemesis', 'examples/nemesis/broker-kill.json', '--duration', '36', '--seed', '5', '--out', out, '--json'], {
      encoding: 'utf8',
      timeout: 180_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.cluster).toMatchObject({ nodes: 3, brokerKills: 3, brokerPartitions: 0, replicas: { agree: true } });
    expect(summary.violations).toEqual([]);
    expect(Object.values(summary.verdicts as Record<string, { status: string }>).filter((v) => v.status === 'failed')).toEqual([]);
    expect(summary.verdicts['broker-permissions'].status).toBe('passed');

    const log = readEventLog(readFileSync(join(out, 'events.fllog')));
    expect(log.problems).toEqual([]);
    const at = (node: string, change: string): number[] => log.records.filter((r) => r.lifecycle?.actorId === node && r.lifecycle.change === change).map((r) => Number(r.timeUs));
    expect(at('nats-2', 'crashed')).toHaveLength(1);
    const quorumLost = at('nats-1', 'crashed')[0] as number;
    const quorumBack = Math.min(...at('nats-1', 'restarted'), ...at('nats-3', 'restarted'));
    const blockTimes = log.records.filter((r) => r.block).map((r) => Number(r.timeUs));
    // Two of three gone: the venue stalls (a block already under way may still land in the first second)…
    expect(blockTimes.filter((t) => t > quorumLost + 1_000_000 && t < quorumBack)).toEqual([]);
    // …and resumes once the quorum is back.
    expect(blockTimes.some((t) => t > quorumBack)).toBe(true);
    const heights = log.records.filter((r) => r.block).map((r) => Number(r.block?.block?.header?.height));
    expect(heights).toEqual(Array.from({ length: summary.height }, (_, i) => i + 1));
    for (const [replica, height] of Object.entries(summary.replicaHeights as Record<string, number>)) expect(Math.abs(height - summary.height), replica).toBeLessThanOrEqual(1);
    for (const [id, p] of Object.entries(summary.processes as Record<string, { exits: number[] }>)) expect(p.exits.at(-1), id).toBe(0);

    expect(replayLog(readFileSync(join(out, 'events.fllog')))).toMatchObject({ height: summary.height, firstViolation: null, hashMatch: true });
    const ps = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
    expect(ps.split('\n').filter((line) => line.includes(out) || line.includes('faultline-cluster-'))).toEqual([]);
  }, 200_000);
});
