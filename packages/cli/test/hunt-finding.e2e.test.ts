/**
 * `faultline hunt`'s finding path from the command line, end to end (through the CLI's testing
 * seam: the engine with the planted resting-reserve-forgotten in every run the process simulates):
 * exit 1, the finding table, the shrunk stream written and the printed repro command — which fails
 * the same way with the planted engine and passes on the correct one, so what it reproduces is the
 * planted hole. The hunt's size is that of packages/sim/test/hunt.test.ts (300 strategies of 2
 * accounts, up to 16 steps, seed 1), which finds this hole.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PLANTED = ['--import', 'tsx', 'packages/cli/test/support/faultline-planted.ts'];
const VARIANT = 'resting-reserve-forgotten';

function run(args: string[], venueVariant?: string): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env };
  delete env.FAULTLINE_TEST_VENUE_VARIANT;
  if (venueVariant) env.FAULTLINE_TEST_VENUE_VARIANT = venueVariant;
  return spawnSync(process.execPath, [...PLANTED, ...args], { encoding: 'utf8', env, timeout: 240_000 });
}

describe('faultline hunt finds a planted hole (CLI)', () => {
  it('exits 1 with the finding table and a repro that fails on the planted engine and passes on the correct one', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'faultline-hunt-found-')), 'out');
    const hunt = run(['hunt', '--runs', '300', '--seed', '1', '--accounts', '2', '--steps', '16', '--out', out], VARIANT);
    expect(hunt.status, hunt.stderr.slice(-3_000)).toBe(1);
    expect(hunt.stdout).toMatch(/findings\s+[1-9]/);
    expect(hunt.stdout).toMatch(/admission-margin\s+[1-9]/);
    const repro = /repro: npx faultline venue --replay-orders (\S+)/.exec(hunt.stdout)?.[1];
    expect(repro, hunt.stdout).toBeDefined();
    expect(existsSync(repro as string)).toBe(true);
    // e.g. "best extraction  0 units in 7 transactions (fires admission-margin)", then the table.
    const invariant = /fires ([a-z-]+)/.exec(hunt.stdout)?.[1];
    expect(invariant, hunt.stdout).toBe('admission-margin');
    const planted = run(['venue', '--replay-orders', repro as string, '--json'], VARIANT);
    expect(planted.status, planted.stderr.slice(-2_000)).toBe(1);
    const failed = Object.entries(JSON.parse(planted.stdout).invariants as Record<string, boolean>).filter(([, ok]) => !ok).map(([name]) => name);
    expect(failed).toContain(invariant);
    const correct = run(['venue', '--replay-orders', repro as string, '--json']);
    expect(correct.status, correct.stderr.slice(-2_000)).toBe(0);
  }, 240_000);
});
