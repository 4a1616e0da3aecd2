/**
 * `faultline compare --scenario FILE --policies a,b,c --seeds 1..20`: one scenario under several
 * mitigation policies over the same seeds, side by side (mean and worst case).
 */
import type { Command } from 'commander';
import { comparePolicies, type PolicyComparison, type Stat } from '@faultline/sim';
import { CliError, EXIT_OK, EXIT_VIOLATIONS } from '../cli-error.ts';
import { formatTable, money, seconds } from '../format.ts';
import { loadFaultSchedule } from '../load-json.ts';
import { startProgress } from '../progress.ts';
import { loadScenarioInput } from '../scenario-input.ts';

/** "1..20", "3", "1,5,9" or a mix: "1..3,7". */
export function parseSeeds(spec: string): number[] {
  const seeds: number[] = [];
  for (const part of spec.split(',')) {
    const range = /^(\d+)\.\.(\d+)$/.exec(part.trim());
    if (range) {
      const from = Number(range[1]);
      const to = Number(range[2]);
      if (to < from || to - from > 10_000) throw new CliError('EUSAGE', 'bad --seeds', `"${part}": a range from..to with to >= from and at most 10,000 seeds`);
      for (let seed = from; seed <= to; seed++) seeds.push(seed);
    } else if (/^\d+$/.test(part.trim())) seeds.push(Number(part.trim()));
    else throw new CliError('EUSAGE', 'bad --seeds', `"${part}": expected N, N..M or a comma-separated list of them`);
  }
  return [...new Set(seeds)];
}

export function registerCompareCommand(program: Command, setExit: (code: number) => void): void {
  program
    .command('compare')
    .description('run one scenario under several mitigation policies over the same seeds, side by side')
    .requiredOption('--scenario <file>', 'a scenario file, or the name of one in scenarios/')
    .requiredOption('--policies <a,b,c>', 'policies: names (default, none, no-grace, no-auction, no-halts, no-health-margin) or JSON files')
    .option('--seeds <spec>', 'seeds: N, N..M or a list', '1..5')
    .option('--faults <file>', 'replace the scenario fault schedule')
    .option('--json', 'print one JSON object on stdout')
    .addHelpText('after', '\nExample:\n  faultline compare --scenario flash-crash-during-stall --policies default,none,no-grace --seeds 1..20\n')
    .action((options: { scenario: string; policies: string; seeds: string; faults?: string; json?: boolean }) => {
      const scenario = loadScenarioInput({ scenario: options.scenario });
      const policies = options.policies.split(',').map((p) => p.trim()).filter(Boolean);
      for (const policy of policies) loadScenarioInput({ scenario: options.scenario, policy }); // fail early on a bad name
      const seeds = parseSeeds(options.seeds);
      const faults = options.faults ? loadFaultSchedule(options.faults) : undefined;
      const progress = startProgress({ total: policies.length * seeds.length, format: 'compare {bar} {value}/{total} runs | {policy} seed {seed}', enabled: !options.json });
      let done = 0;
      const rows = comparePolicies(scenario, policies, seeds, {
        ...(faults ? { faults } : {}),
        onRun: (policy, seed) => progress.update(++done, { policy, seed }),
      });
      progress.stop();
      if (options.json) process.stdout.write(`${JSON.stringify({ scenario: scenario.name, seeds, policies: rows })}\n`);
      else process.stdout.write(formatComparison(scenario.name, seeds, rows));
      setExit(rows.some((r) => r.invariantFailures > 0) ? EXIT_VIOLATIONS : EXIT_OK);
    });
}

function formatComparison(name: string, seeds: number[], rows: PolicyComparison[]): string {
  const both = (s: Stat, fmt: (n: number) => string = money): string => `${fmt(s.mean)} / ${fmt(s.worst)}`;
  const table = formatTable(
    ['policy', 'bad debt', 'fund draw', 'liquidations', 'after gap', 'refused', 'ADL', 'hedger P&L', 'max |delta|', 'reopen', 'invariants'],
    rows.map((r) => [
      r.policy,
      both(r.badDebt),
      both(r.insuranceFundDraw),
      both(r.liquidations),
      both(r.liquidationsAfterGap),
      both(r.liquidationsRefused),
      both(r.adlEvents),
      both(r.hedgerPnl),
      both(r.hedgerMaxAbsDelta),
      both(r.reopenUs, seconds),
      r.invariantFailures === 0 ? 'ok' : `${r.invariantFailures} FAILED`,
    ]),
  );
  return `Faultline compare: ${name}, ${seeds.length} seeds (${seeds[0]}..${seeds.at(-1)}); each cell is mean / worst\n${table}`;
}
