/**
 * Settings that fit badly together, found before a run: a scenario that will halt its markets with
 * no fault beyond what the chain tolerates. Not an error — studying such a venue is a fair use —
 * but said before the run, not discovered in its verdicts (`faultline sim`, `check`, `compare`
 * and `up` print each as a warning).
 *
 * The block-gap halt against the consensus timeouts: with f of n validators crashed or withholding
 * (what BFT tolerates for ever) and adjacent in the proposer rotation, one height in n loses f
 * rounds to timeouts. When that height takes longer than the gap threshold, every such height
 * halts the markets, and if they come round faster than the resume delay and the reopening
 * auction, the markets barely trade (found by the default campaign: n = 7, CometBFT's timeouts,
 * two withholding validators, a 10 s threshold — a 10.03 s gap every 20 s, halted 75 s of 90).
 */
import { faultTolerance, slowestHeightUs, type TimeoutConfig } from '@faultline/consensus';
import type { Scenario } from './schema.ts';

export interface ScenarioHazard {
  /** The JSON path of the setting to change. */
  path: string;
  message: string;
}

export function scenarioHazards(scenario: Scenario): ScenarioHazard[] {
  const hazards: ScenarioHazard[] = [];
  const gapHalt = scenario.policy.blockGapHalt;
  const n = scenario.topology.validators.length;
  const f = faultTolerance(n);
  const { timeouts, timeoutConfig } = scenario.topology.consensus;
  const slowestUs = slowestHeightUs(timeoutConfig, f);
  if (gapHalt.enabled && f > 0 && gapHalt.thresholdUs <= slowestUs) {
    hazards.push({
      path: 'policy.blockGapHalt.thresholdUs',
      message:
        `the block-gap halt (${gapHalt.thresholdUs / 1e6} s) is not above ${slowestUs / 1e6} s, the longest a height takes with ` +
        `${timeouts} timeouts when f = ${f} of ${n} validators never propose: the markets can halt with no fault beyond what the chain tolerates ` +
        `(raise the threshold above it, or use faster timeouts)`,
    });
  }
  return hazards;
}

/**
 * The smallest whole-second gap threshold above that hazard for n validators with these timeouts
 * (what the default campaign runs a drawn n and timeouts with: a venue's operator sets it so).
 */
export function gapThresholdAboveSlowestUs(timeoutConfig: TimeoutConfig, validators: number): number {
  return (Math.floor(slowestHeightUs(timeoutConfig, faultTolerance(validators)) / 1_000_000) + 1) * 1_000_000;
}
