/**
 * `faultline check --runs N [--scenario FILE|--swarm] [--seed S]`: a swarm campaign of random
 * fault schedules over the whole venue; a failure is shrunk to a minimal schedule, written out,
 * with a one-line repro command.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { campaignByzantine, campaignRunScenario, checkVenue, scenarioToJson, withByzantine } from '@faultline/sim';
import { CliError, EXIT_OK, EXIT_VIOLATIONS } from '../cli-error.ts';
import { integerOption, secondsFlag } from '../parse-options.ts';
import { startProgress } from '../progress.ts';
import { runDistributedCampaign, type DistributedStats } from '../distributed/coordinator.ts';
import { ACK_WAIT_MS_DEFAULT } from '../distributed/work-queue.ts';
import { loadScenarioInput } from '../scenario-input.ts';
import { plantedSimOptions } from '../test-plant.ts';

export function registerCheckCommand(program: Command, setExit: (code: number) => void): void {
  program
    .command('check')
    .description('a swarm campaign: random fault schedules, every invariant, shrinking, determinism re-runs')
    .option('--runs <n>', 'runs in the campaign', integerOption('--runs', 1, 1_000_000), 20)
    .option('--scenario <file>', 'the scenario whose topology and policy the campaign uses')
    .option('--swarm', 'use the baseline topology (the default when no --scenario is given)')
    .option('--seed <n>', 'the campaign seed (fixes every run)', integerOption('--seed', 0, 2 ** 32 - 1), 1)
    .addOption(secondsFlag('--duration <seconds>', 'virtual length of each run', { us: 90_000_000 }))
    .option('--policy <name|file>', 'the mitigation policy')
    .option('--out <dir>', 'where a failing schedule is written', 'check-out')
    .option('--json', 'print one JSON object on stdout')
    .option('--server <url>', 'distributed: run the campaign on workers (faultline worker --server URL) through this nats-server\'s JetStream work queue (a cluster: comma-separated URLs)')
    .option('--workers-expected <n>', 'distributed: wait for this many workers before starting', integerOption('--workers-expected', 1, 10_000))
    .addOption(secondsFlag('--ack-wait <seconds>', 'distributed: a job a worker took and did not finish is given to another worker after this long', { us: ACK_WAIT_MS_DEFAULT * 1_000 }))
    .addHelpText('after', '\nExamples:\n  faultline check --runs 50 --swarm --seed 7\n  faultline check --runs 20 --scenario flash-crash-during-stall --duration 120\n  faultline check --runs 200 --server nats://10.0.0.1:4222 --workers-expected 8   (and faultline worker --server nats://10.0.0.1:4222 on each machine)\n')
    .action(async (options: { runs: number; scenario?: string; swarm?: boolean; seed: number; duration: number; policy?: string; out: string; json?: boolean; server?: string; workersExpected?: number; ackWait: number }) => {
      if (options.scenario && options.swarm) throw new CliError('EUSAGE', 'choose --scenario or --swarm', 'see faultline check --help');
      if (options.workersExpected !== undefined && !options.server) throw new CliError('EUSAGE', '--workers-expected goes with --server', 'a local check runs in this process');
      const scenarioName = options.scenario ?? 'baseline';
      const scenario = loadScenarioInput({ scenario: scenarioName, durationUs: options.duration, ...(options.policy ? { policy: options.policy } : {}) });
      const progress = startProgress({ total: options.runs, format: 'check {bar} {value}/{total} runs | {failures} failing', enabled: !options.json, initial: { failures: 0 } });
      let failures = 0;
      let result: ReturnType<typeof checkVenue>;
      let distributed: DistributedStats | undefined;
      const onRun = (index: number, failed: boolean): void => progress.update(index, { failures: (failures += failed ? 1 : 0) });
      try {
        if (options.server) {
          ({ result, distributed } = await runDistributedCampaign({ server: options.server, workersExpected: options.workersExpected ?? 1, scenario: { ...scenario, faults: { version: 1, faults: [] } }, runs: options.runs, seed: options.seed, ackWaitMs: options.ackWait / 1_000, onRun }));
        } else {
          result = checkVenue({ ...scenario, faults: { version: 1, faults: [] } }, { runs: options.runs, seed: options.seed, continueAfterFailure: true, onRun, ...plantedSimOptions() });
        }
      } catch (error) {
        progress.stop();
        if (error instanceof RangeError) throw new CliError('EUSAGE', 'bad --duration', error.message);
        throw error;
      }
      progress.stop();
      let repro: string | undefined;
      let minimalPath: string | undefined;
      let byzantine: ReturnType<typeof campaignByzantine> = {};
      if (result.firstFailure) {
        mkdirSync(options.out, { recursive: true });
        minimalPath = join(options.out, 'minimal.json');
        writeFileSync(minimalPath, `${JSON.stringify(result.firstFailure.minimalFaults, null, 2)}\n`);
        writeFileSync(join(options.out, 'original.json'), `${JSON.stringify(result.firstFailure.originalFaults, null, 2)}\n`);
        // The run's workload and Byzantine validators (drawn from its seed): the repro runs a scenario file that has them.
        const runScenario = campaignRunScenario({ ...scenario, faults: { version: 1, faults: [] } }, result.firstFailure.runSeed);
        byzantine = campaignByzantine(runScenario, result.firstFailure.runSeed);
        // check-out/scenario.json is the documented copy; the repro reads check-out/repro/<name>.json,
        // because a scenario file's name must be its base name (scenario/files.ts) and the run's
        // scenario keeps its own name (it is in the run id).
        const scenarioText = `${JSON.stringify(scenarioToJson(withByzantine(runScenario, byzantine)), null, 2)}\n`;
        writeFileSync(join(options.out, 'scenario.json'), scenarioText);
        mkdirSync(join(options.out, 'repro'), { recursive: true });
        const reproScenario = join(options.out, 'repro', `${runScenario.name}.json`);
        writeFileSync(reproScenario, scenarioText);
        repro = `faultline sim --scenario ${reproScenario} --seed ${result.firstFailure.runSeed} --duration ${options.duration / 1e6}${options.policy ? ` --policy ${options.policy}` : ''} --faults ${minimalPath}`;
      }
      const ok = result.failures === 0 && result.nondeterministic.length === 0;
      if (options.json) process.stdout.write(`${JSON.stringify({ ...result, ok, repro, minimalFaults: minimalPath, ...(distributed ? { distributed } : {}) })}\n`);
      else {
        const lines = [
          `Faultline check: ${scenario.name}, ${result.runs} runs, campaign seed ${options.seed}`,
          `  failing runs          ${result.failures}`,
          `  determinism re-runs   ${result.determinismChecks} (${result.nondeterministic.length} differed)`,
          `  runs without a fault  ${result.runsWithoutFault}`,
          `  referee lost track    ${result.refereeLostRuns} (counted as failing runs: referee-lost)`,
          `  with Byzantine        ${result.runsWithByzantine} runs (up to f validators drawn per run)`,
          '  evaluated in          (runs that judged each invariant; the others ended too soon after a fault or lacked its actor)',
          ...Object.entries(result.evaluated).map(([name, n]) => `    ${name.padEnd(28)} ${String(n).padStart(4)}/${result.runs}${result.failedRuns[name] ? `  (failed in ${result.failedRuns[name]})` : ''}`),
        ];
        if (result.firstFailure) {
          const f = result.firstFailure;
          lines.push(`  first failure         run seed ${f.runSeed}: ${f.violations.slice(0, 3).map((v) => `${v.invariant}: ${v.detail}`).join('; ')}`);
          lines.push(`  shrunk                ${f.originalFaults.faults.length} → ${f.minimalFaults.faults.length} fault events in ${f.shrinkSteps} steps${Object.keys(byzantine).length ? `; Byzantine ${Object.entries(byzantine).map(([id, b]) => `${id} (${b})`).join(', ')}` : ''}`);
          lines.push(`  repro                 ${repro}`);
        }
        if (distributed) {
          lines.push(`  distributed           ${distributed.workers.length} workers at ${distributed.server}, ${distributed.jobs} jobs, ${distributed.rerunsOnOtherWorker} re-runs on another worker, ${distributed.duplicateResults} duplicate results (redeliveries)`);
          lines.push(`  runs by worker        ${Object.entries(distributed.runsByWorker).map(([w, n]) => `${w} ${n}`).join(', ')}`);
        }
        lines.push(`  trace hash digest     ${result.traceHashDigest}`);
        for (const n of result.nondeterministic) lines.push(`  NON-DETERMINISTIC     run seed ${n.runSeed}: ${n.hashes.join(' vs ')}`);
        process.stdout.write(`${lines.join('\n')}\n`);
      }
      setExit(ok ? EXIT_OK : EXIT_VIOLATIONS);
    });
}
