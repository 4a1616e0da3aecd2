/**
 * Strict input everywhere (issue 12 item 4): each input format the CLI reads — fault schedules,
 * scenario files, policy files, order streams — fed a corpus of misspelt, missing, wrong-typed
 * and out-of-range fields through the CLI's own loaders. Every case must be a usage error (exit
 * code 2) whose detail names the field's JSON path; a misspelling also suggests the field meant.
 * One case runs the real binary: the issue's `sim --demo --faults` with `dropPPm`.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliError, EXIT_USAGE } from '../src/cli-error.ts';
import { loadFaultSchedule } from '../src/load-json.ts';
import { loadScenarioInput } from '../src/scenario-input.ts';
import { replayOrders } from '../src/commands/venue.ts';

const dir = mkdtempSync(join(tmpdir(), 'faultline-strict-'));
let files = 0;
function file(json: unknown): string {
  const path = join(dir, `input-${++files}.json`);
  writeFileSync(path, JSON.stringify(json));
  return path;
}

function cliErrorOf(run: () => unknown): CliError {
  try {
    run();
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error('accepted: expected a usage error');
}

interface Case {
  what: 'misspelt' | 'missing' | 'wrong type' | 'out of range';
  input: unknown;
  /** The JSON path the error must name. */
  path: string;
  /** For a misspelling: the field it must suggest. */
  suggests?: string;
}

function check(format: string, cases: Case[], load: (input: unknown) => unknown): void {
  describe(format, () => {
    for (const c of cases) {
      it(`${c.what}: ${c.path}`, () => {
        const error = cliErrorOf(() => load(c.input));
        expect(error.exitCode).toBe(EXIT_USAGE);
        expect(error.detail).toContain(c.path);
        if (c.suggests) expect(error.detail).toContain(`did you mean "${c.suggests}"?`);
      });
    }
  });
}

const schedule = (...faults: unknown[]) => ({ version: 1, faults });

check(
  'fault schedule (--faults, --nemesis)',
  [
    { what: 'misspelt', input: schedule({ kind: 'link', atUs: 0, dropPPm: 500_000 }), path: '$.faults[0].dropPPm', suggests: 'dropPpm' },
    { what: 'misspelt', input: schedule({ kind: 'broker-restart', atUs: 0, durationUs: 1, durationMs: 5 }), path: '$.faults[0].durationMs', suggests: 'durationUs' },
    { what: 'misspelt', input: schedule({ kind: 'crash', atUs: 0, actor: ['exec-1'] }), path: '$.faults[0].actor', suggests: 'actors' },
    { what: 'misspelt', input: { version: 1, fault: [] }, path: '$.fault', suggests: 'faults' },
    { what: 'missing', input: schedule({ kind: 'link', dropPpm: 5 }), path: '$.faults[0].atUs' },
    { what: 'missing', input: schedule({ kind: 'broker-restart', atUs: 0 }), path: '$.faults[0].durationUs' },
    { what: 'missing', input: { version: 1 }, path: '$.faults' },
    { what: 'wrong type', input: schedule({ kind: 'link', atUs: '0' }), path: '$.faults[0].atUs' },
    { what: 'wrong type', input: schedule({ kind: 'crash', atUs: 0, actors: 'exec-1' }), path: '$.faults[0].actors' },
    { what: 'out of range', input: schedule({ kind: 'link', atUs: 0, dropPpm: 2_000_000 }), path: '$.faults[0].dropPpm' },
    { what: 'out of range', input: schedule({ kind: 'link', atUs: -1 }), path: '$.faults[0].atUs' },
    { what: 'out of range', input: schedule({ kind: 'link', atUs: 0, duplicateMax: 99 }), path: '$.faults[0].duplicateMax' },
  ],
  (input) => loadFaultSchedule(file(input)),
);

const baseline = JSON.parse(readFileSync('scenarios/baseline.json', 'utf8')) as Record<string, unknown>;
/** A scenario file: baseline with `patch` applied at the top level (its name stays the file's). */
function scenario(patch: Record<string, unknown>): string {
  const path = join(dir, `scenario-${++files}`);
  const name = `s${files}`;
  writeFileSync(`${path}.json`, JSON.stringify({ ...baseline, name, ...patch }));
  return `${path}.json`;
}
const topology = baseline['topology'] as Record<string, unknown>;

check(
  'scenario file (--scenario)',
  [
    { what: 'misspelt', input: { durationUS: 5 }, path: 'durationUS', suggests: 'durationUs' },
    { what: 'misspelt', input: { topology: { ...topology, validatros: 4 } }, path: 'topology.validatros', suggests: 'validators' },
    { what: 'misspelt', input: { faults: schedule({ kind: 'link', atUs: 0, dropPPm: 1 }) }, path: 'faults.faults[0].dropPPm', suggests: 'dropPpm' },
    { what: 'misspelt', input: { faults: schedule({ kind: 'broker-restart', atUs: 0, durationUs: 1, actors: ['x'] }) }, path: 'faults.faults[0].actors' },
    { what: 'missing', input: { faults: schedule({ kind: 'crash', atUs: 0 }) }, path: 'faults.faults[0].actors' },
    { what: 'wrong type', input: { durationUs: '60' }, path: 'durationUs' },
    { what: 'wrong type', input: { topology: { ...topology, hedger: 'yes' } }, path: 'topology.hedger' },
    { what: 'out of range', input: { topology: { ...topology, validators: 32 } }, path: 'topology.validators' },
    { what: 'out of range', input: { faults: schedule({ kind: 'crash', atUs: 0, actors: ['validator-9'] }) }, path: 'faults.faults[0].actors[0]' },
  ],
  (patch) => loadScenarioInput({ scenario: scenario(patch as Record<string, unknown>) }),
);

check(
  'policy file (--policy FILE)',
  [
    { what: 'misspelt', input: { blockGapHalt: { thresholdUS: 5_000_000 } }, path: 'policy.blockGapHalt.thresholdUS', suggests: 'thresholdUs' },
    { what: 'misspelt', input: { cancelOnHlt: { enabled: false } }, path: 'policy.cancelOnHlt', suggests: 'cancelOnHalt' },
    { what: 'misspelt', input: { base: 'no-halt' }, path: 'policy.base' },
    { what: 'wrong type', input: { blockGapHalt: { enabled: 'no' } }, path: 'policy.blockGapHalt.enabled' },
    { what: 'wrong type', input: { resumeDelayUs: 1.5 }, path: 'policy.resumeDelayUs' },
    { what: 'out of range', input: { blockGapHalt: { thresholdUs: 0 } }, path: 'policy.blockGapHalt.thresholdUs' },
  ],
  (policy) => loadScenarioInput({ scenario: 'baseline', policy: file(policy) }),
);

const place = { accountId: 'alice', marketId: 1, side: 1, type: 1, timeInForce: 1, priceTicks: 9_990, sizeLots: 1 };
const stream = (...transactions: unknown[]) => ({ transactions });

check(
  'order stream (venue --replay-orders)',
  [
    { what: 'misspelt', input: stream({ placeOrder: { ...place, priceTick: 5 } }), path: '$.transactions[0].placeOrder.priceTick', suggests: 'priceTicks' },
    { what: 'misspelt', input: stream({ deposit: { accountId: 'a', amount: 1 }, clientID: 'a' }), path: '$.transactions[0].clientID', suggests: 'clientId' },
    { what: 'misspelt', input: stream({ placeOrdr: place }), path: '$.transactions[0].placeOrdr', suggests: 'placeOrder' },
    { what: 'misspelt', input: { ...stream(), txPerBlock: 4 }, path: '$.txPerBlock', suggests: 'txsPerBlock' },
    { what: 'misspelt', input: { ...stream(), policy: { blockGapHalt: { thresholdUS: 1 } } }, path: '$.policy.blockGapHalt.thresholdUS', suggests: 'thresholdUs' },
    { what: 'missing', input: { markets: 1 }, path: '$.transactions' },
    { what: 'missing', input: stream({ clientId: 'a' }), path: '$.transactions[0]' },
    { what: 'wrong type', input: stream({ placeOrder: { ...place, sizeLots: '1' } }), path: '$.transactions[0].placeOrder.sizeLots' },
    { what: 'wrong type', input: stream({ placeOrder: { ...place, reduceOnly: 1 } }), path: '$.transactions[0].placeOrder.reduceOnly' },
    { what: 'wrong type', input: stream({ advanceUs: 1, deposit: { accountId: 'a', amount: 1 } }), path: '$.transactions[0].deposit' },
    { what: 'out of range', input: stream({ placeOrder: { ...place, marketId: -1 } }), path: '$.transactions[0].placeOrder.marketId' },
    { what: 'out of range', input: { ...stream(), txsPerBlock: 0 }, path: '$.txsPerBlock' },
    { what: 'out of range', input: { ...stream(), oraclePriceTicks: { 2: 100 } }, path: '$.oraclePriceTicks["2"]' },
    { what: 'out of range', input: { ...stream(), policy: { blockGapHalt: { thresholdUs: 0 } } }, path: '$.policy.blockGapHalt.thresholdUs' },
  ],
  (input) => replayOrders(input, 'stream.json'),
);

describe('hostile inputs: names that are properties of every JS object', () => {
  const raw = (text: string): string => {
    const path = join(dir, `raw-${++files}.json`);
    writeFileSync(path, text);
    return path;
  };
  it('a fault kind "constructor" or "toString" is an unknown kind, not a crash', () => {
    for (const kind of ['constructor', 'toString', '__proto__']) {
      const error = cliErrorOf(() => loadFaultSchedule(file(schedule({ kind, atUs: 0 }))));
      expect([error.exitCode, error.detail.includes('$.faults[0].kind')]).toEqual([EXIT_USAGE, true]);
    }
  });
  it('a "__proto__" key is an unknown field at its path, in a schedule, a fault and an order body', () => {
    expect(cliErrorOf(() => loadFaultSchedule(raw('{"version":1,"faults":[],"__proto__":{"x":1}}'))).detail).toContain('$.__proto__');
    expect(cliErrorOf(() => loadFaultSchedule(raw('{"version":1,"faults":[{"kind":"heal","atUs":0,"__proto__":{}}]}'))).detail).toContain('$.faults[0].__proto__');
    const stream = JSON.parse('{"transactions":[{"deposit":{"accountId":"a","amount":1,"__proto__":{"amount":5}}}]}');
    expect(cliErrorOf(() => replayOrders(stream, 'stream.json')).detail).toContain('$.transactions[0].deposit.__proto__');
  });
  it('a policy named "constructor" is not a named policy', () => {
    expect(cliErrorOf(() => loadScenarioInput({ scenario: 'baseline', policy: 'constructor' })).exitCode).toBe(EXIT_USAGE);
    expect(cliErrorOf(() => replayOrders({ transactions: [], policy: 'toString' }, 'stream.json')).detail).toContain('$.policy');
  });
});

describe('the binary', () => {
  it('faultline sim --demo --faults with { "kind": "link", "dropPPm": 500000 } exits 2 naming the field and suggesting dropPpm', () => {
    for (const input of [{ kind: 'link', dropPPm: 500_000 }, schedule({ kind: 'link', atUs: 0, dropPPm: 500_000 })]) {
      const run = spawnSync(process.execPath, ['packages/cli/bin/faultline.js', 'sim', '--demo', '--faults', file(input)], { encoding: 'utf8', timeout: 60_000 });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/dropPPm: is not a known field \(did you mean "dropPpm"\?\)/);
    }
  }, 120_000);

  it('faultline up refuses a crash-after-vote (the simulator\'s only), naming its path, before it starts anything', () => {
    const nemesis = file(schedule({ kind: 'heal', atUs: 0 }, { kind: 'crash-after-vote', atUs: 1_000_000, actors: ['validator-2'], durationUs: 100_000 }));
    const run = spawnSync(process.execPath, ['packages/cli/bin/faultline.js', 'up', '--scenario', 'baseline', '--nemesis', nemesis], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('$.faults[1].kind: crash-after-vote is carried out by the simulator only');
  }, 120_000);
});
