/**
 * A normal end is never a failure (issue 12): ten short `faultline up --demo` runs in a row,
 * their ends falling at different moments of the services' lives — while they still load or
 * connect (0.2 s), while they recover their durable logs, while they ping and append — each
 * exits 0, every service reports and exits 0, no "durable log failed" is logged, and no process
 * of the run is left behind.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const BIN = 'packages/cli/bin/faultline.js';
const DURATIONS_S = [0.2, 0.5, 1, 1.5, 2, 0.3, 0.8, 1.2, 2.5, 3];

describe('faultline up: clean stop', () => {
  it('ten short demo runs in a row exit 0, every service exits 0, no orphans', () => {
    let pongs = 0;
    for (const [index, duration] of DURATIONS_S.entries()) {
      const run = spawnSync(process.execPath, [BIN, 'up', '--demo', '--duration', String(duration), '--pairs', '1', '--seed', String(index + 1), '--json'], {
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, FAULTLINE_LOG_LEVEL: 'info' },
      });
      const label = `run ${index + 1} (${duration} s)`;
      expect(run.status, `${label}: ${run.stderr}`).toBe(0);
      const summary = JSON.parse(run.stdout) as { runId: string; processes: number; reported: number; crashed: string[]; stoppedBeforeStart: string[]; pongsReceived: number };
      expect(summary.crashed, label).toEqual([]);
      // Each service reported at its stop, or was stopped while still loading (then it says so, or the parent does).
      expect(summary.reported + summary.stoppedBeforeStart.length, label).toBeGreaterThanOrEqual(summary.processes);
      pongs += summary.pongsReceived;
      expect(run.stderr, label).not.toContain('durable log failed');
      const left = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
        .split('\n')
        .filter((line) => line.includes(`--run ${summary.runId} `));
      expect(left, label).toEqual([]);
    }
    // Some of the ends fell while the pairs were exchanging pings, not only during start-up.
    expect(pongs).toBeGreaterThan(0);
  }, 240_000);
});
