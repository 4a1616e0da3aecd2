/**
 * The same scenario and seeds under several mitigation policies, side by side: what each
 * policy does to bad debt, liquidations, the hedger and the time markets take to reopen.
 */
import type { FaultSchedule } from '@faultline/runtime';
import { anyFailed } from '../invariants/verdict.ts';
import { withPolicy, type Scenario } from '../scenario/mod.ts';
import { scenarioSetup } from './scenario-setup.ts';
import { runVenue, type VenueRunSummary } from './venue-run.ts';

export interface Stat {
  mean: number;
  /** The worst value across seeds (largest, or for P&L the lowest). */
  worst: number;
}

export interface PolicyComparison {
  policy: string;
  runs: number;
  badDebt: Stat;
  badDebtUncovered: Stat;
  liquidations: Stat;
  liquidationsAfterGap: Stat;
  liquidationsRefused: Stat;
  adlEvents: Stat;
  insuranceFundDraw: Stat;
  hedgerPnl: Stat;
  hedgerMaxAbsDelta: Stat;
  reopenUs: Stat;
  haltedUs: Stat;
  invariantFailures: number;
}

export function comparePolicies(
  scenario: Scenario,
  policies: readonly string[],
  seeds: readonly number[],
  options: { faults?: FaultSchedule; onRun?: (policy: string, seed: number, summary: VenueRunSummary) => void } = {},
): PolicyComparison[] {
  return policies.map((policy) => {
    const base = withPolicy(scenario, policy, '--policies');
    const runs = seeds.map((seed) => {
      const summary = runVenue(scenarioSetup(options.faults ? { ...base, faults: options.faults } : base, seed));
      options.onRun?.(policy, seed, summary);
      return summary;
    });
    const stat = (value: (s: VenueRunSummary) => number, worse: 'max' | 'min' = 'max'): Stat => {
      const values = runs.map(value);
      return { mean: Math.round(values.reduce((a, b) => a + b, 0) / values.length), worst: worse === 'max' ? Math.max(...values) : Math.min(...values) };
    };
    return {
      policy,
      runs: runs.length,
      badDebt: stat((s) => s.badDebt),
      badDebtUncovered: stat((s) => s.badDebtUncovered),
      liquidations: stat((s) => s.liquidations),
      liquidationsAfterGap: stat((s) => s.liquidationsAfterGap),
      liquidationsRefused: stat((s) => Object.values(s.liquidationsRefused).reduce((a, b) => a + b, 0)),
      adlEvents: stat((s) => s.adlEvents),
      insuranceFundDraw: stat((s) => s.insuranceFundSeed - s.insuranceFundMin),
      hedgerPnl: stat((s) => (s.hedger ? s.hedger.venuePnl + s.hedger.externalPnl : 0), 'min'),
      hedgerMaxAbsDelta: stat((s) => s.hedger?.maxAbsDeltaLots ?? 0),
      reopenUs: stat((s) => Math.max(0, ...s.markets.map((m) => m.longestReopenUs))),
      haltedUs: stat((s) => s.markets.reduce((a, m) => a + m.haltedUs, 0)),
      invariantFailures: runs.filter((s) => anyFailed(s.verdicts)).length,
    };
  });
}
