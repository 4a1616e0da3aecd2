/**
 * End to end, live: a run whose validators never start (a contradictory switch makes each refuse at
 * start-up, every restart) commits no block. Its monitors judged nothing, so none of them "passed":
 * run-completes fails and names the services' error exits, what passed on an empty chain is not
 * evaluated, and the exit code says violations (1) — never a clean run on nothing.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { upUntil } from './support/live-until.ts';

const REFUSAL = 'need the block published ahead of its record';

describe('faultline up --scenario: a run that committed no block', () => {
  it('fails run-completes with the exits named; nothing passes on an empty chain but the broker permissions', async () => {
    const out = mkdtempSync(join(tmpdir(), 'faultline-up-nothing-'));
    const log = join(out, 'logs', 'validator-1.log');
    // Stopped once validator-1 has refused twice (a fixed duration raced the services' loading on a busy machine).
    const run = await upUntil(['--scenario', 'live-smoke', '--duration', '600', '--seed', '3', '--out', out], {
      poll: () => existsSync(log) && readFileSync(log, 'utf8').split(REFUSAL).length > 2,
      capMs: 120_000,
      env: { FAULTLINE_WAL_HOLD_COMMIT: '1', FAULTLINE_COMMIT_BEFORE_RECORD: '0' },
    });
    expect(run.reached, run.stderr.slice(-3_000)).toBe(true);
    expect(run.status, run.stderr.slice(-3_000)).toBe(1);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.height).toBe(0);
    const verdicts = summary.verdicts as Record<string, { status: string; evidence?: string; why?: string }>;
    expect(verdicts['run-completes']!.status).toBe('failed');
    expect(verdicts['run-completes']!.evidence).toMatch(/^no block was committed in [\d.]+ s; services that exited with an error .*validator-1 exited 1/);
    expect(Object.entries(verdicts).filter(([, v]) => v.status === 'passed').map(([name]) => name)).toEqual(['broker-permissions']);
    expect(verdicts['chain-integrity']).toMatchObject({ status: 'not-evaluated', why: 'the run committed no block: there was nothing for it to judge' });
  }, 180_000);
});
