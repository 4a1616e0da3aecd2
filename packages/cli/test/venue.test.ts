/** `faultline venue --replay-orders`: reproducible fills and state hash; clear errors on bad files. */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_VENUE, parseScenario, runOrderStream } from '@faultline/sim';
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

  it('starts from the venue defaults scenarios use (not the tests\' smaller fund); the stream can name its own', () => {
    const scenario = parseScenario({ version: 1, name: 'defaults', title: 'defaults', incident: 'none', whatToLookFor: 'the defaults', durationUs: 1_000_000 }, 'inline');
    const run = runOrderStream({ transactions: [] });
    expect(run.state.config.insuranceFundSeed).toBe(scenario.venue.insuranceFundSeed);
    expect(run.state.insuranceFund).toBe(DEFAULT_VENUE.insuranceFundSeed);
    for (const key of ['oracleStalenessUs', 'oracleDeviationPpm', 'oracleMaxFutureUs', 'maxTransferAmount'] as const) {
      expect(run.state.config[key]).toBe(scenario.venue[key]);
    }
    expect(runOrderStream({ insuranceFundSeed: 7, transactions: [] }).state.insuranceFund).toBe(7);
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
