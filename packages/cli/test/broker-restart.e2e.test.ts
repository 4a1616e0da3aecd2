/**
 * End to end, live: the nemesis restarts the nats-server itself (kill -9, back 3 s later on the
 * same port and JetStream store) under a running venue. Event-driven: the schedule starts once
 * height 5 is executed (--faults-after-height), and the run is stopped (SIGINT) once the log
 * holds blocks committed after the broker came back — on a fast or a slow machine, with a
 * generous cap instead of wall-clock deadlines. Blocks were committed before and resume after;
 * services reconnect, or exit on a lost log append and recover from their JetStream log; no
 * committed height is missing from the event log; the replicas agree and the replay reproduces
 * every hash.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEventLog } from '@faultline/protocol';
import { replayLog } from '@faultline/replay';
import { upUntil } from './support/live-until.ts';

/** Blocks the log holds after the broker's restart (0 before it). */
function blocksAfterRestart(logPath: string): number {
  if (!existsSync(logPath)) return 0;
  const { records } = readEventLog(readFileSync(logPath));
  const upAt = records.find((r) => r.lifecycle?.actorId === 'nats-server' && r.lifecycle.change === 'restarted')?.timeUs;
  return upAt === undefined || upAt === null ? 0 : records.filter((r) => r.block && Number(r.timeUs) > Number(upAt)).length;
}

describe('faultline up: broker-restart nemesis (live)', () => {
  it('survives a restart of the nats-server: blocks resume, nothing committed is lost, replicas and replay agree', async () => {
    const out = mkdtempSync(join(tmpdir(), 'faultline-up-broker-'));
    const nemesis = join(out, 'broker-restart.json');
    writeFileSync(nemesis, JSON.stringify({ version: 1, faults: [{ kind: 'broker-restart', atUs: 2_000_000, durationUs: 3_000_000 }] }));
    const logPath = join(out, 'run', 'events.fllog');
    const run = await upUntil(['--scenario', 'live-smoke', '--nemesis', nemesis, '--faults-after-height', '5', '--duration', '600', '--seed', '5', '--out', join(out, 'run')], {
      until: /nemesis: the broker is back/,
      poll: () => blocksAfterRestart(logPath) >= 5,
      capMs: 240_000,
    });
    expect(run.reached, run.stderr.slice(-3_000)).toBe(true);
    expect(run.status, run.stderr.slice(-3_000)).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, 'run', 'summary.json'), 'utf8'));
    expect(summary.brokerRestarts).toBe(1);
    expect(summary.violations).toEqual([]);
    expect(Object.values(summary.verdicts as Record<string, { status: string }>).filter((v) => v.status === 'failed')).toEqual([]);
    expect(summary.verdicts['broker-permissions'].status).toBe('passed');

    const log = readEventLog(readFileSync(logPath));
    expect(log.problems).toEqual([]);
    const lifecycle = (change: string): number => Number(log.records.find((r) => r.lifecycle?.actorId === 'nats-server' && r.lifecycle.change === change)?.timeUs ?? NaN);
    const downAt = lifecycle('crashed');
    const upAt = lifecycle('restarted');
    expect(upAt).toBeGreaterThan(downAt);
    const blocks = log.records.filter((r) => r.block);
    // The schedule started at height 5: blocks on both sides of the restart.
    expect(blocks.filter((r) => Number(r.timeUs) < downAt).length).toBeGreaterThanOrEqual(5);
    expect(blocks.filter((r) => Number(r.timeUs) > upAt).length).toBeGreaterThanOrEqual(5);
    const heights = blocks.map((r) => Number(r.block?.block?.header?.height));
    expect(heights).toEqual(Array.from({ length: summary.height }, (_, i) => i + 1));
    for (const [replica, height] of Object.entries(summary.replicaHeights as Record<string, number>)) expect(Math.abs(height - summary.height), replica).toBeLessThanOrEqual(1);
    for (const [id, p] of Object.entries(summary.processes as Record<string, { exits: number[] }>)) expect(p.exits.at(-1), id).toBe(0);

    expect(replayLog(readFileSync(logPath))).toMatchObject({ height: summary.height, firstViolation: null, hashMatch: true });
    const ps = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
    expect(ps.split('\n').filter((line) => line.includes(out))).toEqual([]);
  }, 300_000);
});
