/**
 * `faultline replay --no-hash-thread`: with the judge thread, the state hash's buckets hashed on
 * the main thread instead of a third (packages/replay/src/hash-thread.ts) — the same JSON, byte
 * for byte, as with it and as on one thread.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = 'packages/cli/bin/faultline.js';
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000 });

describe('faultline replay --no-hash-thread', () => {
  it('the same JSON with the hash thread, without it, and on one thread', () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-hash-thread-'));
    execFileSync(process.execPath, [BIN, 'sim', '--scenario', 'oracle-outage', '--seed', '4', '--duration', '20', '--out', dir, '--json'], { encoding: 'utf8' });
    const log = join(dir, 'events.fllog');
    const withThread = run(['replay', log, '--json', '--judge-thread']);
    expect(withThread.status).toBe(0);
    expect(JSON.parse(withThread.stdout)).toMatchObject({ firstViolation: null, hashMatch: true });
    expect(run(['replay', log, '--json', '--judge-thread', '--no-hash-thread']).stdout).toBe(withThread.stdout);
    expect(run(['replay', log, '--json', '--no-judge-thread']).stdout).toBe(withThread.stdout);
  }, 180_000);
});
