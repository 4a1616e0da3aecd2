/**
 * End to end, live, on a 3-node nats-server cluster (`faultline up --cluster 3`): the run's
 * stream at R3, services spread over the nodes, and the nemesis killing one node at a time
 * (examples/nemesis/broker-kill.json: nats-2 down 10–16 s, nats-1 down 20–26 s) under the
 * venue's order flow. Nothing committed is lost (every height in the event log, in order), the
 * execution replicas and the stream's replicas agree, the replay reproduces every hash, and no
 * process outlives the run. About 40 s of wall time.
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
  it('loses one node at a time without losing a committed event: replicas agree, replay clean, no orphans', () => {
    const out = mkdtempSync(join(tmpdir(), 'faultline-up-cluster-'));
    const run = spawnSync(process.execPath, [BIN, 'up', '--scenario', 'live-smoke', '--cluster', '3', '--nemesis', 'examples/nemesis/broker-kill.json', '--duration', '32', '--seed', '5', '--out', out, '--json'], {
      encoding: 'utf8',
      timeout: 180_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.cluster).toMatchObject({ nodes: 3, brokerKills: 2, brokerPartitions: 0, replicas: { agree: true } });
    expect(summary.violations).toEqual([]);
    expect(Object.values(summary.verdicts as Record<string, { status: string }>).filter((v) => v.status === 'failed')).toEqual([]);
    expect(summary.verdicts['broker-permissions'].status).toBe('passed');

    const log = readEventLog(readFileSync(join(out, 'events.fllog')));
    expect(log.problems).toEqual([]);
    const at = (node: string, change: string): number[] => log.records.filter((r) => r.lifecycle?.actorId === node && r.lifecycle.change === change).map((r) => Number(r.timeUs));
    expect(at('nats-2', 'crashed')).toHaveLength(1);
    expect(at('nats-1', 'restarted')).toHaveLength(1);
    const lastUp = at('nats-1', 'restarted')[0] as number;
    // Blocks after the last node came back: the venue ran on through both kills.
    expect(log.records.some((r) => r.block && Number(r.timeUs) > lastUp)).toBe(true);
    const heights = log.records.filter((r) => r.block).map((r) => Number(r.block?.block?.header?.height));
    expect(heights).toEqual(Array.from({ length: summary.height }, (_, i) => i + 1));
    for (const [replica, height] of Object.entries(summary.replicaHeights as Record<string, number>)) expect(Math.abs(height - summary.height), replica).toBeLessThanOrEqual(1);
    for (const [id, p] of Object.entries(summary.processes as Record<string, { exits: number[] }>)) expect(p.exits.at(-1), id).toBe(0);

    expect(replayLog(readFileSync(join(out, 'events.fllog')))).toMatchObject({ height: summary.height, firstViolation: null, hashMatch: true });
    const ps = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
    expect(ps.split('\n').filter((line) => line.includes(out) || line.includes('faultline-cluster-'))).toEqual([]);
  }, 200_000);
});
