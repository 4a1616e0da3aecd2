/**
 * `faultline sim --scenario FILE`: the whole venue in virtual time, with a progress bar, the
 * summary table (or `--json`), and the run's event log under `--out`.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { anyFailed, runVenue, scenarioSetup, type VenueRunSummary } from '@faultline/sim';
import { EXIT_OK, EXIT_VIOLATIONS } from '../cli-error.ts';
import { startProgress } from '../progress.ts';
import { loadScenarioInput } from '../scenario-input.ts';
import { formatVenueSummary } from '../venue-summary.ts';
import { plantedSimOptions } from '../test-plant.ts';

export interface ScenarioSimOptions {
  scenario: string;
  seed: number;
  policy?: string;
  faults?: string;
  durationUs?: number;
  out?: string;
  json?: boolean;
}

export function runScenarioCommand(options: ScenarioSimOptions): number {
  const scenario = loadScenarioInput(options);
  const setup = { ...scenarioSetup(scenario, options.seed), ...plantedSimOptions() };
  let logFd: number | undefined;
  if (options.out) {
    mkdirSync(options.out, { recursive: true });
    logFd = openSync(join(options.out, 'events.fllog'), 'w');
  }
  const progress = startProgress({
    total: Math.ceil(setup.durationUs / 1_000_000),
    format: 'sim {bar} {value}/{total} virtual s | height {height} | {rate} events/s',
    enabled: !options.json,
  });
  const started = performance.now();
  let summary: VenueRunSummary;
  try {
    summary = runVenue(setup, {
      onProgress: (p) => {
        const wallS = (performance.now() - started) / 1000;
        progress.update(Math.floor(p.timeUs / 1_000_000), { height: p.height, rate: Math.round(p.events / Math.max(wallS, 0.001)) });
      },
      ...(logFd !== undefined ? { logSink: (bytes: Uint8Array) => writeSync(logFd as number, bytes) } : {}),
    });
  } finally {
    progress.stop();
    if (logFd !== undefined) closeSync(logFd);
  }
  const { sim: simStats, ...printable } = summary;
  if (options.out) writeFileSync(join(options.out, 'summary.json'), `${JSON.stringify({ ...printable, sim: simStats }, null, 2)}\n`);
  if (options.json) process.stdout.write(`${JSON.stringify({ ...printable, sim: simStats, ...(options.out ? { eventLog: join(options.out, 'events.fllog') } : {}) })}\n`);
  else {
    process.stdout.write(formatVenueSummary(summary));
    if (options.out) process.stdout.write(`\nevent log: ${join(options.out, 'events.fllog')}\n`);
  }
  return anyFailed(summary.verdicts) ? EXIT_VIOLATIONS : EXIT_OK;
}
