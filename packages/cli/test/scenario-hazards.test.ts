/**
 * Settings that fit badly together are said before the run (packages/sim/src/scenario/hazards.ts):
 * every command that loads a scenario prints them on stderr, naming the setting's JSON path, and
 * a --json stdout stays JSON.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadScenarioInput } from '../src/scenario-input.ts';

afterEach(() => vi.restoreAllMocks());

function warningsOf(scenario: string): string[] {
  const lines: string[] = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  loadScenarioInput({ scenario });
  vi.restoreAllMocks();
  return lines;
}

describe('scenario hazards on load', () => {
  it('a 7-validator chain with CometBFT timeouts under the default 10 s gap halt is warned about, by path; the baseline is not', () => {
    const json = JSON.parse(readFileSync('scenarios/baseline.json', 'utf8'));
    json.name = 'cometbft-7';
    json.topology.validators = 7;
    json.topology.consensus = { ...(json.topology.consensus ?? {}), timeouts: 'cometbft' };
    const path = join(mkdtempSync(join(tmpdir(), 'faultline-hazard-')), 'cometbft-7.json');
    writeFileSync(path, JSON.stringify(json));
    const warnings = warningsOf(path);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^faultline: warning: policy\.blockGapHalt\.thresholdUs: the block-gap halt \(10 s\) is not above 12\.5 s/);
    expect(warningsOf('baseline')).toEqual([]);
  });
});
