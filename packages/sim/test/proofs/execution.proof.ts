/**
 * Execution replicas: a planted execution variant under a short fault schedule.
 */
import { loadScenarioFile, runVenue, scenarioSetup } from '@faultline/sim';
import type { FaultSchedule } from '@faultline/runtime';
import type { Proof } from './proof.ts';

const S = 1_000_000;

/** exec-2 cut off from the validators for 3 s: when it hears blocks again, there is a gap. */
const EXEC_2_CUT_OFF: FaultSchedule = {
  version: 1,
  faults: [{ kind: 'partition', atUs: 6 * S, durationUs: 3 * S, groups: [['exec-2'], ['validator-1', 'validator-2', 'validator-3', 'validator-4']] }],
};

export const proofs: Proof[] = [
  {
    invariant: 'replicas-agree',
    by: 'variant',
    what: 'execution skip-block-on-gap: exec-2 cut off from the validators for 3 s executes the next block it hears at the wrong height',
    run: () => {
      const baseline = loadScenarioFile('scenarios/baseline.json');
      const setup = scenarioSetup({ ...baseline, durationUs: 15 * S, faults: EXEC_2_CUT_OFF }, 1);
      const summary = runVenue({ ...setup, actorVariants: ['skip-block-on-gap'] });
      return summary.verdicts;
    },
  },
];
