/**
 * End to end, live: a run whose validators never start (a contradictory switch makes each refuse at
 * start-up, every restart) commits no block. Its monitors judged nothing, so none of them "passed":
 * run-completes fails and names the services' error exits, what passed on an empty chain is not
 * evaluated, and the exit code says violations (1) — never a clean run on nothing.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = 'packages/cli/bin/faultline.js';

describe('faultline up --scenario: a run that committed no block', () => {
  it('fails run-completes with the exits named; nothing passes on an empty chain but the broker permissions', () => {
    const out = mkdtempSync(join(tmpdir(), 'faultline-up-nothing-'));
    const run = spawnSync(process.execPath, [BIN, 'up', '--scenario', 'live-smoke', '--duration', '5', '--seed', '3', '--out', out, '--json'], {
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, FAULTLINE_WAL_HOLD_COMMIT: '1', FAULTLINE_COMMIT_BEFORE_RECORD: '0' },
    });
    expect(run.status, run.stderr).toBe(1);
    const summary = JSON.parse(run.stdout);
    expect(summary.height).toBe(0);
    const verdicts = summary.verdicts as Record<string, { status: string; evidence?: string; why?: string }>;
    expect(verdicts['run-completes']!.status).toBe('failed');
    expect(verdicts['run-completes']!.evidence).toMatch(/^no block was committed in [\d.]+ s; services that exited with an error .*validator-1 exited 1/);
    expect(Object.entries(verdicts).filter(([, v]) => v.status === 'passed').map(([name]) => name)).toEqual(['broker-permissions']);
    expect(verdicts['chain-integrity']).toMatchObject({ status: 'not-evaluated', why: 'the run committed no block: there was nothing for it to judge' });
  });
});
