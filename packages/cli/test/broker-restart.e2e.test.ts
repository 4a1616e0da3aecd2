/**
 * End to end, live: the nemesis restarts the nats-server itself (examples/nemesis/broker-restart.json:
 * kill -9 at 20 s, back 3 s later on the same port and JetStream store) under a running venue.
 * Blocks were committed before and resume after; services reconnect, or exit on a lost log append
 * and recover from their JetStream log; no committed height is missing from the event log; the
 * replicas agree and the replay reproduces every hash. About 40 s of wall time.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEventLog } from '@faultline/protocol';
import { replayLog } from '@faultline/replay';

const BIN = 'packages/cli/bin/faultline.js';

describe('faultline up: broker-restart nemesis (live)', () => {
  it('survives a restart of the nats-server: blocks resume, nothing committed is lost, replicas and replay agree', () => {
    const out = mkdtempSync(join(tmpdir(), 'faultline-up-broker-'));
    const run = spawnSync(process.execPath, [BIN, 'up', '--scenario', 'live-smoke', '--nemesis', 'examples/nemesis/broker-restart.json', '--duration', '36', '--seed', '5', '--out', out, '--json'], {
      encoding: 'utf8',
      timeout: 180_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.brokerRestarts).toBe(1);
    expect(summary.violations).toEqual([]);
    expect(Object.values(summary.verdicts as Record<string, { status: string }>).filter((v) => v.status === 'failed')).toEqual([]);
    expect(summary.verdicts['broker-permissions'].status).toBe('passed');

    const log = readEventLog(readFileSync(join(out, 'events.fllog')));
    expect(log.problems).toEqual([]);
    const lifecycle = (change: string): number => Number(log.records.find((r) => r.lifecycle?.actorId === 'nats-server' && r.lifecycle.change === change)?.timeUs ?? NaN);
    const downAt = lifecycle('crashed');
    const upAt = lifecycle('restarted');
    expect(upAt).toBeGreaterThan(downAt);
    const blockTimes = log.records.filter((r) => r.block).map((r) => Number(r.timeUs));
    // Without blocks on both sides the run would not show a resumption (the machine was too slow to start the venue by 20 s).
    expect(blockTimes.some((t) => t < downAt)).toBe(true);
    expect(blockTimes.some((t) => t > upAt)).toBe(true);
    const heights = log.records.filter((r) => r.block).map((r) => Number(r.block?.block?.header?.height));
    expect(heights).toEqual(Array.from({ length: summary.height }, (_, i) => i + 1));
    for (const [replica, height] of Object.entries(summary.replicaHeights as Record<string, number>)) expect(Math.abs(height - summary.height), replica).toBeLessThanOrEqual(1);
    for (const [id, p] of Object.entries(summary.processes as Record<string, { exits: number[] }>)) expect(p.exits.at(-1), id).toBe(0);

    expect(replayLog(readFileSync(join(out, 'events.fllog')))).toMatchObject({ height: summary.height, firstViolation: null, hashMatch: true });
    const ps = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
    expect(ps.split('\n').filter((line) => line.includes(out))).toEqual([]);
  }, 200_000);
});
