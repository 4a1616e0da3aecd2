/**
 * `faultline check`'s failure path from the command line, end to end (through the CLI's testing
 * seam: a planted venue engine in every run the process simulates): the campaign exits 1 naming the
 * invariant, writes the shrunk and original schedules and the run's scenario, and the printed repro
 * command reproduces the failure — and passes on the correct engine, so what it reproduces is the
 * planted bug, not the schedule.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PLANTED = ['--import', 'tsx', 'packages/cli/test/support/faultline-planted.ts'];
const BIN = 'packages/cli/bin/faultline.js';

function run(launcher: string[], args: string[], venueVariant?: string): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env };
  delete env.FAULTLINE_TEST_VENUE_VARIANT;
  if (venueVariant) env.FAULTLINE_TEST_VENUE_VARIANT = venueVariant;
  return spawnSync(process.execPath, [...launcher, ...args], { encoding: 'utf8', env, timeout: 240_000 });
}

describe('faultline check finds a planted venue bug (CLI)', () => {
  it('exits 1 naming the invariant, writes the schedules, and its printed repro fails the same way', () => {
    const out = mkdtempSync(join(tmpdir(), 'faultline-check-fail-'));
    const checkOut = join(out, 'check-out');
    const check = run(PLANTED, ['check', '--runs', '1', '--swarm', '--seed', '1', '--duration', '65', '--out', checkOut, '--json'], 'fee-rounding-trader-favour');
    expect(check.status, check.stderr.slice(-3_000)).toBe(1);
    const result = JSON.parse(check.stdout);
    expect(result.ok).toBe(false);
    expect(result.failures).toBeGreaterThan(0);
    const violated = result.firstFailure.violations.map((v: { invariant: string }) => v.invariant);
    expect(violated).toContain('fees-venue-favour');
    expect(result.failedRuns['fees-venue-favour']).toBeGreaterThan(0);
    for (const file of ['minimal.json', 'original.json', 'scenario.json']) expect(existsSync(join(checkOut, file)), file).toBe(true);
    expect(result.minimalFaults).toBe(join(checkOut, 'minimal.json'));
    expect(JSON.parse(readFileSync(join(checkOut, 'minimal.json'), 'utf8'))).toEqual(result.firstFailure.minimalFaults);

    // The printed repro, word for word: `faultline sim --scenario … --seed … --duration … --faults …`.
    const repro: string[] = result.repro.split(' ');
    expect(repro.slice(0, 2)).toEqual(['faultline', 'sim']);
    expect(repro).toContain(String(result.firstFailure.runSeed));
    const args = [...repro.slice(1), '--json'];
    const again = run(PLANTED, args, 'fee-rounding-trader-favour');
    expect(again.status, again.stderr.slice(-3_000)).toBe(1);
    const summary = JSON.parse(again.stdout);
    expect(summary.verdicts['fees-venue-favour'].status).toBe('failed');
    expect(summary.seed).toBe(result.firstFailure.runSeed);

    // The same command on the correct engine passes it: the repro reproduces the planted bug.
    const correct = run([BIN], args);
    expect(correct.stderr).not.toMatch(/Error/);
    const correctSummary = JSON.parse(correct.stdout);
    expect(correctSummary.verdicts['fees-venue-favour'].status).toBe('passed');
    expect(correct.status).toBe(0);
  }, 300_000);
});
