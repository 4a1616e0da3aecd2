/** `faultline venue --replay-orders`: reproducible fills and state hash; clear errors on bad files. */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { replayOrders } from '../src/commands/venue.ts';

const EXAMPLE = 'examples/orders/basic.json';
const BIN = 'packages/cli/bin/faultline.js';

describe('faultline venue --replay-orders', () => {
  it('the same order stream gives the same fills and state hash, and the invariants hold', () => {
    const input = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
    const a = replayOrders(input, EXAMPLE);
    const b = replayOrders(JSON.parse(readFileSync(EXAMPLE, 'utf8')), EXAMPLE);
    expect(a.fills.length).toBe(3);
    expect(a.fills.map((f) => [f.priceTicks, f.sizeLots])).toEqual([[9995, 5], [9990, 7], [10010, 3]]);
    expect(b.stateHash).toBe(a.stateHash);
    expect(Object.values(a.invariants).every(Boolean)).toBe(true);
    expect(a.rejections['market-halted']).toBe(1); // the 30 s gap halts the market
  });

  it('prints { fills, stateHash } as JSON and exits 0', () => {
    const out = execFileSync(process.execPath, [BIN, 'venue', '--replay-orders', EXAMPLE, '--json'], { encoding: 'utf8' });
    const parsed = JSON.parse(out);
    expect(parsed.fills).toHaveLength(3);
    expect(parsed.stateHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a malformed stream is a usage error naming the entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-orders-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ transactions: [{ deposit: { accountId: 'a', amount: 5 } }, { placeOrder: {}, cancelAll: {} }] }));
    const run = spawnSync(process.execPath, [BIN, 'venue', '--replay-orders', file, '--json'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout).detail).toMatch(/transactions\[1\] must have exactly one/);
  });
});
