/**
 * Recovery invariants: fault schedules whose faults the simulator never lifts (its testing
 * variant `faults-never-end`: a heal it does not carry out), so the world stays broken after the
 * schedule says the faults ended, and the run lasts every bound after that.
 */
import { loadScenarioFile, parseScenario, runVenue, scenarioSetup, scenarioToJson, type VenueRunSummary } from '@faultline/sim';
import type { FaultSchedule } from '@faultline/runtime';
import { SIM_VARIANTS } from '@faultline/runtime/testing';
import type { Proof } from './proof.ts';

const S = 1_000_000;
const VALIDATORS = ['validator-1', 'validator-2', 'validator-3', 'validator-4'];

const runs = new Map<string, VenueRunSummary>();
/** The baseline under `faults` that never end, `seconds` long (each run once per test file). */
function neverHealed(name: string, seconds: number, faults: FaultSchedule, tweak?: (json: ReturnType<typeof scenarioToJson>) => void): VenueRunSummary {
  const cached = runs.get(name);
  if (cached) return cached;
  const json = scenarioToJson(loadScenarioFile('scenarios/baseline.json'));
  tweak?.(json);
  const scenario = parseScenario({ ...json, durationUs: seconds * S, faults }, name);
  const summary = runVenue({ ...scenarioSetup(scenario, 1), simVariant: SIM_VARIANTS['faults-never-end'] });
  runs.set(name, summary);
  return summary;
}

/** A 2|2 split of the validators from 3 s to 6 s: no quorum anywhere until it heals — and it never does. */
const splitBrain: FaultSchedule = { version: 1, faults: [{ kind: 'partition', atUs: 3 * S, durationUs: 3 * S, groups: [VALIDATORS.slice(0, 2), VALIDATORS.slice(2)] }] };
/** exec-2 cut off from the validators from 3 s to 6 s. */
const exec2CutOff: FaultSchedule = { version: 1, faults: [{ kind: 'partition', atUs: 3 * S, durationUs: 3 * S, groups: [['exec-2'], VALIDATORS] }] };
/**
 * The hedger's messages to the external venue (its hedge orders) cut from 3 s to 6 s; the prices
 * still reach it. A hedger cut off both ways pulls its quotes once the external prices are stale
 * (it takes on nothing it cannot hedge); one whose orders alone are lost quotes on, and its hedges time out.
 */
const hedgerOrdersLost: FaultSchedule = { version: 1, faults: [{ kind: 'one-way', atUs: 3 * S, durationUs: 3 * S, from: ['hedger-1'], to: ['external-venue'] }] };

export const proofs: Proof[] = [
  {
    invariant: 'blocks-resume-after-heal',
    by: 'fault-schedule',
    what: 'a 2|2 validator split from 3 s to 6 s that the simulator never heals; the run lasts 65 s',
    run: () => neverHealed('split-65', 65, splitBrain).verdicts,
    timeoutMs: 120_000,
  },
  {
    invariant: 'trading-reopens',
    by: 'fault-schedule',
    what: 'a 2|2 validator split from 3 s to 6 s that the simulator never heals: no block after the gap, so nothing trades (the venue’s gap-halt rule); the run lasts 65 s',
    run: () => neverHealed('split-65', 65, splitBrain).verdicts,
    timeoutMs: 120_000,
  },
  {
    invariant: 'replicas-catch-up',
    by: 'fault-schedule',
    what: 'exec-2 cut off from the validators from 3 s to 6 s, never healed; the run lasts 40 s',
    run: () => neverHealed('exec-2-40', 40, exec2CutOff).verdicts,
  },
  {
    invariant: 'hedger-delta-in-limit',
    by: 'fault-schedule',
    what: "the hedger's (delta limit 20 lots) hedge orders to the external venue cut from 3 s to 6 s, never healed: its prices still come, it quotes, and every hedge is lost; the run lasts 40 s",
    run: () =>
      neverHealed('hedger-40', 40, hedgerOrdersLost, (json) => {
        const hedger = typeof json.topology?.hedger === 'object' ? json.topology.hedger : {};
        json.topology = { ...json.topology, hedger: { ...hedger, deltaLimitLots: 20, maxInventoryLots: 200 } };
      }).verdicts,
  },
];
