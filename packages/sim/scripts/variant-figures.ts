/**
 * `npm run variant-figures`: for every planted variant (venue engine, consensus, actors,
 * simulator), the runs of the default campaign (`faultline check`'s: the baseline scenario,
 * 90 s runs, the default swarm with up to f Byzantine validators) until a run fails, per campaign
 * seed, and the shrunk failure's size (fault events, + the run's Byzantine validators, drawn from its seed,
 * like its workload). Not a test: hours
 * of CPU for the whole table. Results go to stdout as one JSON line per (variant, seed) as they
 * come, then a Markdown table (docs/invariants.md, "Planted variants: the default campaign").
 *
 *   npm run variant-figures -- [--variant NAME]... [--seeds 1,2,3,4,5] [--runs 200] [--shrink-runs 40]
 *   npm run variant-figures -- --table rows.jsonl...   (the table of rows saved from earlier invocations)
 *
 * A variant the campaign does not find within --runs is reported as such: those are proven only
 * by their scripted proofs (packages/sim/test/proofs), which set up the one situation they need.
 * A run whose failure the correct code has too (the same invariants, the same run seed and
 * schedule) is the campaign's finding, not the variant's: it is listed in the row
 * (`correctAlsoFailed`) and the search goes on.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ACTOR_VARIANTS, type ActorVariant } from '@faultline/actors/testing';
import { CONSENSUS_VARIANTS, type ConsensusVariant } from '@faultline/consensus/testing';
import { SIM_VARIANTS, type SimVariantName } from '@faultline/runtime/testing';
import { VENUE_VARIANTS, type VenueVariant } from '@faultline/venue/testing';
import { campaignByzantine, campaignInputs, campaignRunScenario, venueCampaignTarget, runCampaign, drawCampaignWorkload, loadScenarioFile, venueSwarmWindow, longestRecoveryBoundUs, type CampaignTarget, type VenueCampaignOptions } from '@faultline/sim';

type Planted = { family: 'venue'; name: VenueVariant } | { family: 'consensus'; name: ConsensusVariant } | { family: 'actor'; name: ActorVariant } | { family: 'sim'; name: SimVariantName };

const ALL: Planted[] = [
  ...VENUE_VARIANTS.map((name) => ({ family: 'venue' as const, name })),
  ...CONSENSUS_VARIANTS.map((name) => ({ family: 'consensus' as const, name })),
  ...ACTOR_VARIANTS.map((name) => ({ family: 'actor' as const, name })),
  ...(Object.keys(SIM_VARIANTS) as SimVariantName[]).map((name) => ({ family: 'sim' as const, name })),
];

const { values, positionals } = parseArgs({
  options: { variant: { type: 'string', multiple: true }, seeds: { type: 'string', default: '1,2,3,4,5' }, runs: { type: 'string', default: '200' }, 'shrink-runs': { type: 'string', default: '40' }, table: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const chosen = values.variant ? ALL.filter((p) => values.variant?.includes(p.name)) : ALL;
for (const name of values.variant ?? []) if (!ALL.some((p) => p.name === name)) throw new Error(`unknown variant ${name} (${ALL.map((p) => p.name).join(', ')})`);
const seeds = values.seeds.split(',').map(Number);
const runsMax = Number(values.runs);
const shrinkRunsMax = Number(values['shrink-runs']);
// faultline check's defaults: the baseline topology, 90 s runs.
const scenario = { ...loadScenarioFile('scenarios/baseline.json'), durationUs: 90_000_000, faults: { version: 1 as const, faults: [] } };

function seam(p: Planted): Partial<VenueCampaignOptions> {
  if (p.family === 'venue') return { venueVariant: p.name };
  if (p.family === 'consensus') return { consensusVariant: p.name };
  if (p.family === 'actor') return { actorVariants: [p.name] };
  return { simVariant: SIM_VARIANTS[p.name] };
}

interface Row {
  variant: string;
  family: Planted['family'];
  seed: number;
  /** The run (1-based) that failed first, or null: not found within runsMax. */
  foundAtRun: number | null;
  runs: number;
  failed: string[];
  shrunkFaults: number | null;
  shrunkByzantine: number | null;
  shrinkRuns: number | null;
  /** The failing run's workload (campaign-workload.ts): which parts it drew. */
  workload: string[] | null;
  /** Runs before it that failed with the correct code too (same invariants): the campaign's findings, not the variant's. */
  correctAlsoFailed?: Array<{ run: number; failed: string[] }>;
  seconds: number;
}

const table: Row[][] = [];
// --table: no runs, the table of rows (one JSON line each, as printed below) saved from earlier invocations, grouped by variant in the order of ALL.
if (values.table) {
  // A later row of the same variant and seed replaces an earlier one (a re-measurement).
  const bySeed = new Map<string, Row>();
  for (const line of positionals.flatMap((file) => readFileSync(file, 'utf8').split('\n').filter((l) => l.startsWith('{')))) {
    const row = JSON.parse(line) as Row;
    bySeed.set(`${row.variant}/${row.seed}`, row);
  }
  const rows = [...bySeed.values()];
  for (const planted of ALL) {
    const mine = rows.filter((r) => r.variant === planted.name).sort((a, b) => a.seed - b.seed);
    if (mine.length > 0) table.push(mine);
  }
}
for (const planted of values.table ? [] : chosen) {
  const rows: Row[] = [];
  for (const seed of seeds) {
    const started = Date.now();
    // The simulator's own variants with the campaign's determinism re-runs (every 5th run, as
    // faultline check does): `wall-clock-jitter` shows only there. The others without (cheaper).
    const determinismEvery = planted.family === 'sim' ? 5 : 0;
    // A run the correct code fails too (the same invariants) is a finding of the campaign, not of
    // the variant: those verdicts do not count as the variant's, the search goes on, and the
    // shrinker keeps only schedules where the variant fails what the correct code passes.
    const variantTarget = venueCampaignTarget(scenario, seam(planted));
    const correctTarget = venueCampaignTarget(scenario);
    const correctAlsoFailed: Array<{ run: number; failed: string[] }> = [];
    let runIndex = 0;
    let shrinking = false;
    const target: CampaignTarget = {
      ...variantTarget,
      run: (runSeed, faults) => {
        const outcome = variantTarget.run(runSeed, faults);
        if (outcome.violations.length === 0 || planted.family === 'sim') return outcome;
        const control = new Set(correctTarget.run(runSeed, faults).violations.map((v) => v.invariant));
        const own = outcome.violations.filter((v) => !control.has(v.invariant));
        if (own.length < outcome.violations.length && !shrinking) correctAlsoFailed.push({ run: runIndex + 1, failed: [...control] });
        return { ...outcome, violations: own };
      },
    };
    const result = runCampaign(target, {
      runs: runsMax,
      seed,
      determinismEvery,
      shrinkRunsMax,
      onRun: (index, failed) => {
        runIndex = index;
        if (failed) shrinking = true;
      },
    });
    const differed = result.nondeterministic[0];
    const nondeterministicAt = differed ? campaignInputs(venueCampaignTarget(scenario), seed, result.runs).findIndex((i) => i.runSeed === differed.runSeed) + 1 : null;
    const f = result.firstFailure;
    const row: Row = {
      variant: planted.name,
      family: planted.family,
      seed,
      foundAtRun: f ? result.runs : nondeterministicAt,
      runs: result.runs,
      failed: f ? [...new Set(f.violations.map((v) => v.invariant))] : nondeterministicAt !== null ? ['determinism re-run (trace hash differs)'] : [],
      shrunkFaults: f ? f.minimalFaults.faults.length : null,
      // Byzantine validators come from the run seed (campaignByzantine) and are not shrunk.
      shrunkByzantine: f ? Object.keys(campaignByzantine(campaignRunScenario(scenario, f.runSeed), f.runSeed)).length : null,
      shrinkRuns: f ? f.shrinkSteps : null,
      workload: f ? Object.keys(drawCampaignWorkload(scenario, f.runSeed, venueSwarmWindow(scenario.durationUs, longestRecoveryBoundUs(scenario.policy)).endByUs)) : null,
      seconds: Math.round((Date.now() - started) / 1000),
      ...(correctAlsoFailed.length > 0 ? { correctAlsoFailed } : {}),
    };
    rows.push(row);
    process.stdout.write(`${JSON.stringify(row)}\n`);
  }
  table.push(rows);
}

const median = (xs: number[]): number | undefined => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : undefined;
};
const lines = ['| variant | family | seeds | runs until found, per seed (— (n): not within n runs) | median | shrunk to (fault events + Byzantine) | verdicts that failed |', '| --- | --- | --- | --- | --- | --- | --- |'];
for (const rows of table) {
  const first = rows[0] as Row;
  const found = rows.filter((r) => r.foundAtRun !== null);
  const perSeed = rows.map((r) => (r.foundAtRun === null ? `— (${r.runs})` : String(r.foundAtRun))).join(', ');
  const cap = Math.max(...rows.map((r) => r.runs));
  const med = found.length * 2 > rows.length ? String(median(rows.map((r) => r.foundAtRun ?? Infinity))) : `not found by most seeds within ${values.table ? cap : runsMax}`;
  const shrunk = found.map((r) => (r.shrunkFaults === null ? '— (no schedule: a determinism re-run)' : `${r.shrunkFaults}+${r.shrunkByzantine}`)).join(', ') || '—';
  lines.push(`| \`${first.variant}\` | ${first.family} | ${rows.map((r) => r.seed).join(',')} | ${perSeed} | ${med} | ${shrunk} | ${[...new Set(found.flatMap((r) => r.failed))].join(', ') || '—'} |`);
}
process.stdout.write(`\n${lines.join('\n')}\n`);
