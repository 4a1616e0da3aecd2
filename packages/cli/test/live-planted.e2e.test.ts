/**
 * Live checks shown to fail, end to end: `faultline up` (through the CLI's testing seam: every
 * service from a test-only entry that plants a variant in the actor named) over its own
 * nats-server on a loopback port, stopped as soon as the violation shows (SIGINT), with a
 * generous cap instead of fixed sleeps.
 * - An execution node with a planted venue engine: the run exits 1 naming replicas-agree at the
 *   height where that node's state hash first differs, and `faultline replay` of the run's log
 *   (which records every replica's state hash) names the same height (hashes-match, the node named).
 * (broker-permissions: packages/cli/test/proofs/live.proof.ts, run by the registry's proof test.)
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { upUntil } from './support/live-until.ts';

const BIN = 'packages/cli/bin/faultline.js';

describe('faultline up with a planted execution variant (live)', () => {
  it('exits 1 naming replicas-agree at a height, and faultline replay of its log names the same height', async () => {
    const out = mkdtempSync(join(tmpdir(), 'faultline-up-planted-'));
    // No faults: the only thing wrong in this run is exec-2's engine.
    const calm = join(out, 'calm.json');
    writeFileSync(calm, JSON.stringify({ version: 1, faults: [] }));
    const run = await upUntil(['--scenario', 'live-smoke', '--nemesis', calm, '--duration', '600', '--seed', '4', '--out', join(out, 'run')], {
      plant: { 'exec-2': { venueVariant: 'taker-extra-lot' } },
      until: /VIOLATION replicas-agree at height (\d+)/,
      capMs: 240_000,
    });
    expect(run.match, run.stderr.slice(-3_000)).not.toBeNull();
    const height = Number(run.match?.[1]);
    expect(run.status, run.stderr.slice(-3_000)).toBe(1);
    const summary = JSON.parse(readFileSync(join(out, 'run', 'summary.json'), 'utf8'));
    expect(summary.verdicts['replicas-agree']).toMatchObject({ status: 'failed', height });
    expect(JSON.stringify(summary.violations.find((v: { invariant: string }) => v.invariant === 'replicas-agree'))).toMatch(/exec-2/);
    // The correct replicas and the observer agree with each other: only exec-2 is named.
    expect(summary.verdicts['consensus-agreement'].status).toBe('passed');

    const replay = spawnSync(process.execPath, [BIN, 'replay', join(out, 'run', 'events.fllog'), '--json'], { encoding: 'utf8', timeout: 120_000 });
    expect(replay.status, replay.stderr).toBe(1);
    const judged = JSON.parse(replay.stdout);
    expect(judged.firstHashMismatch).toMatchObject({ height, replicaId: 'exec-2' });
    expect(judged.verdicts['hashes-match']).toMatchObject({ status: 'failed', height });
    // No process of this run is left behind.
    const ps = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
    expect(ps.split('\n').filter((line) => line.includes(out))).toEqual([]);
  }, 300_000);
});
