/** `faultline hunt --json`: exactly { runs, findings, best: { extraction, txs, invariant, repro } }; exit 1 on a finding, with a repro file. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = 'packages/cli/bin/faultline.js';

describe('faultline hunt', () => {
  it('prints the contract JSON; a finding exits 1 and writes a stream the venue command replays', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'faultline-hunt-')), 'out');
    const run = spawnSync(process.execPath, [BIN, 'hunt', '--runs', '20', '--seed', '1', '--out', out, '--json'], { encoding: 'utf8' });
    const parsed = JSON.parse(run.stdout);
    expect(Object.keys(parsed)).toEqual(['runs', 'findings', 'best']);
    expect(Object.keys(parsed.best)).toEqual(['extraction', 'txs', 'invariant', 'repro']);
    expect(parsed.runs).toBe(20);
    expect(run.status).toBe(parsed.findings > 0 ? 1 : 0);
    if (parsed.findings > 0) {
      const file = String(parsed.best.repro).replace('npx faultline venue --replay-orders ', '');
      expect(existsSync(file)).toBe(true);
      const replay = spawnSync(process.execPath, [BIN, 'venue', '--replay-orders', file, '--json'], { encoding: 'utf8' });
      expect(replay.status).toBe(1);
      expect(JSON.parse(replay.stdout).invariants[parsed.best.invariant]).toBe(false);
    } else expect(parsed.best.repro).toBeNull();
  }, 120_000);

  it('a bad option is a usage error naming it', () => {
    const run = spawnSync(process.execPath, [BIN, 'hunt', '--runs', '0', '--json'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout).detail).toMatch(/--runs must be in/);
  });
});
