/**
 * End to end, live: a run whose chain grows but one of whose services never came up, and one that
 * did not come back after a kill -9, is not a clean run. Through the CLI's testing seam, a noise
 * trader exits at start-up in every incarnation and the liquidator in every incarnation after its
 * first (the nemesis kills it once the chain is at height 12): run-completes fails naming both and
 * their exits, and the run exits 1 — it is the only verdict that fails: before it, every monitor
 * "passed" a venue without them and the run exited 0. (An execution node that does not come back
 * also fails replicas-catch-up.)
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { upUntil } from './support/live-until.ts';

const logHas = (path: string, text: string): boolean => existsSync(path) && readFileSync(path, 'utf8').includes(text);

describe('faultline up --scenario: services that never came up or did not come back', () => {
  it('fails run-completes naming them, and exits 1', async () => {
    const out = mkdtempSync(join(tmpdir(), 'faultline-up-came-up-'));
    const schedule = join(out, 'crash-liquidator-1.json');
    // Relative to the height below: liquidator-1 is killed 2 s after it and restarted 0.5 s later.
    writeFileSync(schedule, JSON.stringify({ version: 1, faults: [{ kind: 'crash', atUs: 2_000_000, durationUs: 500_000, actors: ['liquidator-1'] }] }));
    const runDir = join(out, 'run');
    const run = await upUntil(['--scenario', 'live-smoke', '--nemesis', schedule, '--faults-after-height', '12', '--duration', '600', '--seed', '5', '--out', runDir], {
      plant: { 'trader-noise-1': { refuseStart: 'always' }, 'liquidator-1': { refuseStart: 'after-first' } },
      // Three failed restarts of liquidator-1 (incarnations 2-4) and two of the trader: then stop.
      poll: () => logHas(join(runDir, 'logs', 'liquidator-1.log'), 'planted start-up failure (incarnation 4)') && logHas(join(runDir, 'logs', 'trader-noise-1.log'), 'planted start-up failure (incarnation 2)'),
      capMs: 240_000,
    });
    expect(run.reached, run.stderr.slice(-3_000)).toBe(true);
    expect(run.status, run.stderr.slice(-3_000)).toBe(1);
    const summary = JSON.parse(readFileSync(join(runDir, 'summary.json'), 'utf8'));
    expect(summary.height).toBeGreaterThan(3);
    const verdict = summary.verdicts['run-completes'];
    expect(verdict.status).toBe('failed');
    expect(verdict.evidence).toMatch(/liquidator-1 did not come back: the \d+ incarnations after its last start exited before starting \(1, 1, 1[,;]/);
    expect(verdict.evidence).toMatch(/trader-noise-1 never started: \d+ incarnations exited before starting \(1, 1[,;]/);
    expect(summary.processes['trader-noise-1'].started).toBe(0);
    expect(summary.processes['liquidator-1'].started).toBe(1);
    // Nothing else failed: without this judgement the run was clean.
    expect(Object.values(summary.verdicts as Record<string, { name: string; status: string }>).filter((v) => v.status === 'failed').map((v) => v.name)).toEqual(['run-completes']);
  }, 300_000);
});
