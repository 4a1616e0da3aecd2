/**
 * Loading a scenario for a command: the file (or a shipped scenario's name), then `--policy`
 * (a named policy or a JSON file of overrides), `--faults` and `--duration` on top. Every
 * failure is a CliError naming the file and the field.
 */
import { existsSync } from 'node:fs';
import { findScenarioFile, loadScenarioFile, scenarioHazards, ScenarioError, withFaults, withPolicy, type Scenario } from '@faultline/sim';
import { NAMED_POLICIES } from '@faultline/venue';
import { CliError } from './cli-error.ts';
import { readJsonFile } from './load-json.ts';

export const SCENARIOS_DIR = 'scenarios';

export function loadScenarioInput(options: { scenario: string; policy?: string; faults?: string; durationUs?: number }): Scenario {
  try {
    let scenario = loadScenarioFile(findScenarioFile(options.scenario, SCENARIOS_DIR));
    if (options.policy) scenario = applyPolicy(scenario, options.policy);
    if (options.faults) scenario = withFaults(scenario, readJsonFile(options.faults, 'fault schedule'), options.faults);
    if (options.durationUs) scenario = { ...scenario, durationUs: options.durationUs };
    // Said before the run, on stderr (a --json stdout stays JSON): settings that fit badly together.
    for (const hazard of scenarioHazards(scenario)) process.stderr.write(`faultline: warning: ${hazard.path}: ${hazard.message}\n`);
    return scenario;
  } catch (error) {
    if (error instanceof ScenarioError) throw new CliError('ESCENARIO', 'invalid scenario', error.message);
    throw error;
  }
}

/** `--policy NAME` or `--policy FILE.json` (a partial policy over `base`, default "default"). */
export function applyPolicy(scenario: Scenario, spec: string): Scenario {
  if (Object.hasOwn(NAMED_POLICIES, spec)) return withPolicy(scenario, spec, '--policy');
  if (spec.endsWith('.json') || existsSync(spec)) return withPolicy(scenario, readJsonFile(spec, 'policy file'), spec);
  throw new CliError('EPOLICY', 'unknown policy', `"${spec}" is neither a named policy (${Object.keys(NAMED_POLICIES).join(', ')}) nor a JSON file`);
}
