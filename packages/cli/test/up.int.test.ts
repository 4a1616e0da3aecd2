import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../bin/faultline.js', import.meta.url));

function processesOf(runId: string): Promise<string> {
  return promisify(execFile)('ps', ['-eo', 'args']).then(({ stdout }) => stdout.split('\n').filter((line) => line.includes(runId)).join('\n'));
}

describe('faultline up --demo', () => {
  it('runs the demo as OS processes over its own nats-server, then leaves no process behind', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'up', '--demo', '--duration', '6', '--pairs', '2', '--json'], {
      timeout: 60_000,
    });
    const summary = JSON.parse(stdout) as { runId: string; processes: number; reported: number; crashed: string[]; pingsSent: number; pongsReceived: number; counters: Record<string, number> };
    expect(summary.processes).toBe(4);
    expect(summary.reported).toBe(4);
    expect(summary.crashed).toEqual([]);
    expect(summary.pingsSent).toBeGreaterThan(20);
    // Pongs arrived (a run where every process started but no reply crossed the broker fails here),
    // every pong answered a ping, and the counters count distinct pings.
    expect(summary.pongsReceived).toBeGreaterThan(0);
    expect(summary.pongsReceived).toBeLessThanOrEqual(summary.pingsSent);
    expect(Object.values(summary.counters).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(summary.pongsReceived);
    expect(await processesOf(summary.runId)).toBe('');
  });

  it('says clearly when nats-server cannot be found (exit 3)', async () => {
    const result = await promisify(execFile)(process.execPath, [bin, 'up', '--demo', '--duration', '1', '--json'], {
      env: { ...process.env, PATH: '/nonexistent', NATS_SERVER_BIN: '/nonexistent/nats-server' },
      timeout: 60_000,
    }).catch((error: { code: number; stdout: string }) => error);
    expect((result as { code: number }).code).toBe(3);
    expect(JSON.parse((result as { stdout: string }).stdout)).toMatchObject({ code: 'ENATSSERVER', summary: 'nats-server is missing' });
  });
});
