/**
 * The whole-venue commands end to end through the real binary: `sim --scenario` (summary JSON,
 * event log readable with every checksum good, same seed same trace), `compare` and `check`.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEventLog } from '@faultline/protocol';

const BIN = 'packages/cli/bin/faultline.js';
const run = (args: string[]): ReturnType<typeof spawnSync> => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 300_000 });

describe('faultline sim --scenario', () => {
  it('prints the summary as JSON with traceHash and invariants, and writes a valid event log', () => {
    const out = mkdtempSync(join(tmpdir(), 'faultline-sim-'));
    const args = ['sim', '--scenario', 'consensus-stall', '--seed', '4', '--duration', '45', '--out', out, '--json'];
    const first = JSON.parse(execFileSync(process.execPath, [BIN, ...args], { encoding: 'utf8' }));
    expect(first.traceHash).toMatch(/^[0-9a-f]{64}$/);
    const verdicts = Object.values(first.verdicts as Record<string, { status: string }>);
    expect(verdicts.filter((v) => v.status === 'failed')).toEqual([]);
    expect(verdicts.filter((v) => v.status === 'passed').length).toBeGreaterThanOrEqual(15);
    expect(first.bounds).toMatchObject({ 'liveness-after-heal': 30_000_000, 'replica-lag': 3 });
    for (const field of ['height', 'longestBlockGapUs', 'markets', 'fills', 'liquidations', 'liquidatedLots', 'badDebt', 'insuranceFundMin', 'insuranceFundEnd', 'adlEvents', 'hedger', 'oracleMaxStalenessUs']) {
      expect(first, field).toHaveProperty(field);
    }
    const log = readEventLog(readFileSync(join(out, 'events.fllog')));
    expect(log.problems).toEqual([]);
    expect(log.header?.scenario).toBe('consensus-stall');
    expect(log.records.filter((r) => r.block).length).toBe(first.height);
    expect(log.records.some((r) => r.stateHash)).toBe(true);
    const again = JSON.parse(execFileSync(process.execPath, [BIN, ...args.slice(0, -3), '--json'], { encoding: 'utf8' }));
    expect(again.traceHash).toBe(first.traceHash);
  }, 300_000);

  it('a bad scenario field is a usage error naming the path', () => {
    const result = run(['sim', '--scenario', 'baseline', '--policy', 'no-such-policy', '--json']);
    expect(result.status).toBe(2);
    expect(JSON.parse(String(result.stdout)).detail).toMatch(/no-such-policy/);
  });
});

describe('faultline compare and check', () => {
  it('compare prints a row per policy with mean and worst figures', () => {
    const result = run(['compare', '--scenario', 'consensus-stall', '--policies', 'default,none', '--seeds', '1..2', '--json']);
    expect(result.status).toBe(0);
    const parsed = JSON.parse(String(result.stdout));
    expect(parsed.policies.map((p: { policy: string }) => p.policy)).toEqual(['default', 'none']);
    expect(parsed.policies[0].badDebt).toHaveProperty('worst');
  }, 300_000);

  it('check runs a campaign, re-runs a sample for determinism, counts per invariant the runs that evaluated it, and passes on a healthy venue', () => {
    const result = run(['check', '--runs', '2', '--swarm', '--seed', '5', '--duration', '70', '--json']);
    expect(result.status, String(result.stdout).slice(0, 500)).toBe(0);
    const parsed = JSON.parse(String(result.stdout));
    expect(parsed.runs).toBe(2);
    expect(parsed.runsWithoutFault).toBe(0);
    // 70 s runs leave the 55 s recovery tail after every fault: recovery is judged in every run.
    for (const name of ['blocks-resume-after-heal', 'replicas-catch-up', 'trading-reopens', 'conservation']) expect(parsed.evaluated[name], name).toBe(2);
    expect(parsed.evaluated['broker-permissions']).toBe(0);
    expect(parsed.determinismChecks).toBeGreaterThan(0);
    expect(parsed.nondeterministic).toEqual([]);
  }, 300_000);

  it('check refuses runs too short for the recovery tail (exit 2, naming the length needed)', () => {
    const result = run(['check', '--runs', '1', '--swarm', '--duration', '30', '--json']);
    expect(result.status).toBe(2);
    expect(String(result.stdout)).toMatch(/at least 65 s/);
  }, 300_000);
});
