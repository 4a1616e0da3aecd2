/**
 * `faultline hunt --runs N --seed S [--accounts K] [--json]`: the exploit hunter. fast-check draws
 * strategies for K colluding accounts and runs each through the pure engine with every venue
 * check and the solvency referee (packages/sim/src/hunt). A strategy that extracts more than
 * rounding or makes an invariant fire is a finding: the hunt shrinks it, writes it as an order
 * stream and prints the command that replays it. Exit 1 on a finding.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { HUNT_DEFAULT_ACCOUNTS, HUNT_DEFAULT_MAX_STEPS, hunt } from '@faultline/sim';
import { EXIT_OK, EXIT_VIOLATIONS } from '../cli-error.ts';
import { formatRows, formatTable, money } from '../format.ts';
import { integerOption } from '../parse-options.ts';
import { startProgress } from '../progress.ts';
import { plantedSimOptions } from '../test-plant.ts';

interface HuntCliOptions {
  runs: number;
  seed: number;
  accounts: number;
  steps: number;
  out: string;
  json?: boolean;
}

export function registerHuntCommand(program: Command, setExit: (code: number) => void): void {
  program
    .command('hunt')
    .description('hunt exploits: random strategies of colluding accounts against the pure engine, scored by extraction and every invariant')
    .option('--runs <n>', 'strategies to try', integerOption('--runs', 1, 1_000_000), 200)
    .option('--seed <n>', 'the hunt seed (fixes every strategy)', integerOption('--seed', 0, 2 ** 31 - 1), 1)
    .option('--accounts <k>', 'colluding accounts per strategy', integerOption('--accounts', 1, 20), HUNT_DEFAULT_ACCOUNTS)
    .option('--steps <n>', 'steps per strategy at most', integerOption('--steps', 1, 200), HUNT_DEFAULT_MAX_STEPS)
    .option('--out <dir>', 'where a finding is written as an order stream', 'hunt-out')
    .option('--json', 'print one JSON object on stdout: { runs, findings, best: { extraction, txs, invariant, repro } }')
    .addHelpText('after', '\nExamples:\n  faultline hunt --runs 200 --seed 1\n  faultline hunt --runs 1000 --seed 7 --accounts 2 --json\n')
    .action((options: HuntCliOptions) => {
      const progress = startProgress({ total: options.runs, format: 'hunt {bar} {value}/{total} strategies | {findings} findings', enabled: !options.json, initial: { findings: 0 } });
      let shrinking = false;
      const { venueVariant } = plantedSimOptions(); // the testing seam: none in every product path
      const result = hunt({
        ...(venueVariant ? { variant: venueVariant } : {}),
        runs: options.runs,
        seed: options.seed,
        accounts: options.accounts,
        maxSteps: options.steps,
        onProgress: (p) => {
          if (p.phase === 'hunt') progress.update(p.done, { findings: p.findings });
          else if (!shrinking) {
            shrinking = true;
            progress.stop();
            if (!options.json && process.stderr.isTTY) process.stderr.write('shrinking the best finding…\n');
          }
        },
      });
      progress.stop();
      let repro: string | null = null;
      if (result.best) {
        mkdirSync(options.out, { recursive: true });
        const file = join(options.out, `hunt-seed-${options.seed}.json`);
        writeFileSync(file, `${JSON.stringify(result.best.stream, null, 2)}\n`);
        repro = `npx faultline venue --replay-orders ${file}`;
      }
      const best = result.best
        ? { extraction: result.best.extraction, txs: result.best.txs, invariant: result.best.invariants[0] ?? null, repro }
        : { extraction: result.maxExtraction, txs: result.maxExtractionTxs, invariant: null, repro: null };
      if (options.json) process.stdout.write(`${JSON.stringify({ runs: result.runs, findings: result.findings, best })}\n`);
      else {
        const rate = (n: number): string => (result.elapsedMs > 0 ? `${Math.round((n * 1000) / result.elapsedMs)}/s` : '-');
        process.stdout.write(
          formatRows(`Faultline hunt: ${result.runs} strategies of ${options.accounts} colluding accounts, seed ${options.seed}`, [
            ['findings', String(result.findings)],
            ['best extraction', `${money(best.extraction)} units in ${best.txs} transactions${best.invariant ? ` (fires ${best.invariant})` : ''}`],
            ['throughput', `${rate(result.strategies)} strategies, ${rate(result.blocks)} engine blocks`],
          ]),
        );
        const kinds = Object.entries(result.tally).sort(([a], [b]) => a.localeCompare(b));
        if (kinds.length > 0) process.stdout.write(`\n${formatTable(['finding', 'strategies'], kinds.map(([name, n]) => [name, String(n)]))}`);
        if (result.best) process.stdout.write(`\nshrunk to ${result.best.txs} transactions: ${result.best.detail ?? ''}\nrepro: ${repro}\n`);
      }
      setExit(result.findings > 0 ? EXIT_VIOLATIONS : EXIT_OK);
    });
}
