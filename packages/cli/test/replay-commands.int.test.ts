/**
 * `faultline replay` and `faultline diff` through the real binary: a sim log replays to the
 * sim's final hash (the contract's JSON fields), a corrupt one exits 1 naming the byte offset,
 * diff exits 0 on agreeing logs and 1 on divergent ones.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = 'packages/cli/bin/faultline.js';
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000 });

function simRun(seed: number): { dir: string; summary: { finalStateHash: string; height: number } } {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-replay-'));
  const summary = JSON.parse(execFileSync(process.execPath, [BIN, 'sim', '--scenario', 'oracle-outage', '--seed', String(seed), '--duration', '30', '--out', dir, '--json'], { encoding: 'utf8' }));
  return { dir, summary };
}

describe('faultline replay / diff', () => {
  const one = simRun(3);

  it('replay --json: height, firstViolation null, hashMatch true, the sim final hash', () => {
    const result = run(['replay', join(one.dir, 'events.fllog'), '--json']);
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out).toMatchObject({ height: one.summary.height, firstViolation: null, hashMatch: true, finalStateHash: one.summary.finalStateHash });
    expect(Object.values(out.invariants).every(Boolean)).toBe(true);
  }, 120_000);

  it('replay --judge-thread: the same JSON as on one thread, for a clean log and a corrupt one', () => {
    const log = join(one.dir, 'events.fllog');
    const threaded = run(['replay', log, '--json', '--judge-thread']);
    expect(threaded.status).toBe(0);
    expect(threaded.stdout).toBe(run(['replay', log, '--json', '--no-judge-thread']).stdout);
    const bytes = readFileSync(log);
    const at = Math.floor(bytes.length / 3);
    bytes[at] = (bytes[at] as number) ^ 0xff;
    const dir = mkdtempSync(join(tmpdir(), 'faultline-corrupt-'));
    writeFileSync(join(dir, 'events.fllog'), bytes);
    const corrupt = run(['replay', dir, '--json', '--judge-thread']);
    expect(corrupt.status).toBe(1);
    expect(corrupt.stdout).toBe(run(['replay', dir, '--json']).stdout);
  }, 120_000);

  it('replay of a run directory with a flipped byte: exit 1, the problem with its offset; --skip-corrupt goes on', () => {
    const bytes = readFileSync(join(one.dir, 'events.fllog'));
    const at = Math.floor(bytes.length / 2);
    bytes[at] = (bytes[at] as number) ^ 0xff;
    const dir = mkdtempSync(join(tmpdir(), 'faultline-corrupt-'));
    writeFileSync(join(dir, 'events.fllog'), bytes);
    const result = run(['replay', dir, '--json']);
    expect(result.status).toBe(1);
    const out = JSON.parse(result.stdout);
    expect(out.problems[0].kind).toMatch(/checksum|oversized|undecodable|sequence-gap/);
    expect(out.problems[0].offset).toBeLessThanOrEqual(at);
    expect(out.problems[0].recordIndex).toBeGreaterThan(0);
    const skipped = JSON.parse(run(['replay', dir, '--skip-corrupt', '--json']).stdout);
    expect(skipped.height).toBeGreaterThanOrEqual(out.height);
    const human = run(['replay', dir]);
    expect(human.stdout).toMatch(/log problem: \w+ at byte \d+, record \d+/);
  }, 120_000);

  it('diff: a log against itself agrees (exit 0); two seeds diverge (exit 1) at a named height', () => {
    expect(run(['diff', one.dir, one.dir, '--json']).status).toBe(0);
    const two = simRun(4);
    const result = run(['diff', one.dir, two.dir, '--json']);
    expect(result.status).toBe(1);
    const out = JSON.parse(result.stdout);
    expect(out.divergence.height).toBeGreaterThan(0);
    expect(out.headerDifferences).toContain('seed: 3 ≠ 4');
  }, 120_000);

  it('a missing log is a usage error', () => {
    const result = run(['replay', '/nonexistent/events.fllog', '--json']);
    expect(result.status).toBe(2);
    expect(JSON.parse(result.stdout).code).toBe('ENOENT');
  });
});
