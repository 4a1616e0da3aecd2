/**
 * `faultline replay --hash-thread`: the state hash's buckets hashed on a thread of their own
 * (packages/replay/src/hash-thread.ts) — the same JSON, byte for byte, as without it, with the
 * judge thread and on one thread.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = 'packages/cli/bin/faultline.js';
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000 });

describe('faultline replay --hash-thread', () => {
  it('the same JSON with the hash thread, without it, and on one thread', () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-hash-thread-'));
    execFileSync(process.execPath, [BIN, 'sim', '--scenario', 'oracle-outage', '--seed', '4', '--duration', '20', '--out', dir, '--json'], { encoding: 'utf8' });
    const log = join(dir, 'events.fllog');
    const withThread = run(['replay', log, '--json', '--judge-thread', '--hash-thread']);
    expect(withThread.status).toBe(0);
    expect(JSON.parse(withThread.stdout)).toMatchObject({ firstViolation: null, hashMatch: true });
    expect(run(['replay', log, '--json', '--judge-thread']).stdout).toBe(withThread.stdout);
    expect(run(['replay', log, '--json', '--no-judge-thread', '--hash-thread']).stdout).toBe(withThread.stdout);
    expect(run(['replay', log, '--json', '--no-judge-thread']).stdout).toBe(withThread.stdout);
  }, 180_000);
});
