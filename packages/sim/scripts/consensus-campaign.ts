/**
 * `npm run campaign:consensus`: the default consensus swarm (consensusSwarmArbitrary: every fault
 * kind including timing faults by message kind, up to f Byzantine validators, dYdX or CometBFT
 * timeouts) against planted consensus variants. For each variant and campaign seed: the runs
 * until a verdict fails (by name), then fast-check's shrinking to a minimal schedule, and the
 * runs that took. Not a test (minutes of CPU); docs/invariants.md records its figures.
 *
 *   npm run campaign:consensus -- [--variant NAME]... [--seeds 1,2,3,4,5] [--runs 200]
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { CONSENSUS_VARIANTS, type ConsensusVariant } from '@faultline/consensus/testing';
import { consensusSwarmArbitrary, runConsensus, type ConsensusSwarmRun } from '@faultline/sim';

const S = 1_000_000;
const { values } = parseArgs({ options: { variant: { type: 'string', multiple: true }, seeds: { type: 'string', default: '1,2,3,4,5' }, runs: { type: 'string', default: '200' } } });
const variants = (values.variant ?? ['no-commit-guard']) as ConsensusVariant[];
for (const v of variants) if (!CONSENSUS_VARIANTS.includes(v)) throw new Error(`unknown variant ${v} (${CONSENSUS_VARIANTS.join(', ')})`);
const seeds = values.seeds.split(',').map(Number);
const runsMax = Number(values.runs);

function failedNames(run: ConsensusSwarmRun, variant: ConsensusVariant): string[] {
  const { byzantine, ...rest } = run;
  const summary = runConsensus({ ...rest, durationUs: 25 * S, variant, ...(Object.keys(byzantine).length ? { byzantine } : {}) });
  return Object.values(summary.verdicts).filter((v) => v.status === 'failed').map((v) => v.name);
}

for (const variant of variants) {
  const found: number[] = [];
  for (const seed of seeds) {
    let runs = 0;
    let firstFailure = 0;
    let names: string[] = [];
    const started = Date.now();
    const result = fc.check(
      fc.property(consensusSwarmArbitrary(), (run) => {
        runs++;
        const failed = failedNames(run, variant);
        if (failed.length > 0 && firstFailure === 0) {
          firstFailure = runs;
          names = failed;
        }
        return failed.length === 0;
      }),
      { seed, numRuns: runsMax },
    );
    const shrunk = result.counterexample?.[0];
    if (result.failed) found.push(firstFailure);
    process.stdout.write(
      `${variant} seed ${seed}: ${result.failed ? `found at run ${firstFailure} (${names.join(', ')}); shrunk in ${runs - firstFailure} more runs to ${shrunk?.faults.faults.length} fault(s) ${JSON.stringify(shrunk?.faults.faults)}, n=${shrunk?.validators}, byzantine ${JSON.stringify(shrunk?.byzantine)}, commit wait ${(shrunk?.timeouts.commitUs ?? 0) / 1e3} ms` : `not found in ${runsMax} runs`} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`,
    );
  }
  const sorted = [...found].sort((a, b) => a - b);
  process.stdout.write(`${variant}: found by ${found.length} of ${seeds.length} campaign seeds; median runs until found ${sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : '-'}\n`);
}
