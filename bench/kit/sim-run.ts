/**
 * The simulator run the simulator benches measure, as child-process source text: one definition, so that
 * bench/paired-sim.ts (CPU time) and bench/sim-callgrind.ts (instructions) time the same run of a tree.
 * `run(seed, virtualUs)` is defined from the tree's own packages (imported by absolute path, so each
 * tree runs its own code): 4 validators with empty blocks and a 10 ms commit wait, or the baseline venue.
 */
export type SimWhat = 'consensus' | 'venue';

export function simRunSource(dir: string, what: SimWhat): string {
  return what === 'consensus'
    ? `const { DYDX_TIMEOUTS } = await import('${dir}/packages/consensus/src/mod.ts');
const { runConsensus } = await import('${dir}/packages/sim/src/mod.ts');
const run = (seed, us) => runConsensus({ validators: 4, seed, durationUs: us, timeouts: { ...DYDX_TIMEOUTS, commitUs: 10_000 }, txIntervalUs: 0, txsPerTick: 0 });`
    : `const { loadScenarioFile, runVenue, scenarioSetup } = await import('${dir}/packages/sim/src/mod.ts');
const scenario = loadScenarioFile('${dir}/scenarios/baseline.json');
const run = (seed, us) => runVenue(scenarioSetup({ ...scenario, durationUs: us }, seed), {});`;
}
