/** Scenario files on disk: read one (its `name` must be its base name), list a folder, resolve a name or a path. */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Scenario } from './schema.ts';
import { ScenarioError, show } from './fields.ts';
import { parseScenario } from './load.ts';

/** Reads, parses and validates a scenario file; its `name` must equal the file's base name. */
export function loadScenarioFile(path: string): Scenario {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ScenarioError(path, '', `cannot be read: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ScenarioError(path, '', `is not valid JSON: ${(error as Error).message}`);
  }
  const scenario = parseScenario(json, path);
  const expected = basename(path).replace(/\.json$/i, '');
  if (scenario.name !== expected) {
    throw new ScenarioError(path, 'name', `must equal the file's base name "${expected}", got ${show(scenario.name)}`);
  }
  return scenario;
}

export interface ScenarioSummary {
  name: string;
  title: string;
  incident: string;
  whatToLookFor: string;
  durationUs: number;
  path: string;
}

/** Every `*.json` scenario in `dir`, loaded and validated (the first bad file throws), by name. */
export function listScenarios(dir: string): ScenarioSummary[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((file) => file.endsWith('.json'));
  } catch (error) {
    throw new ScenarioError(dir, '', `cannot be listed: ${(error as Error).message}`);
  }
  return files
    .sort()
    .map((file) => {
      const path = join(dir, file);
      const { name, title, incident, whatToLookFor, durationUs } = loadScenarioFile(path);
      return { name, title, incident, whatToLookFor, durationUs, path };
    });
}

/** A scenario given by name (`baseline`, looked up in `dir`) or by path (`x/y.json`). */
export function findScenarioFile(nameOrPath: string, dir: string): string {
  if (nameOrPath.endsWith('.json') || nameOrPath.includes('/')) return nameOrPath;
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((file) => file.endsWith('.json')).map((file) => file.slice(0, -'.json'.length));
  } catch {
    // reported below
  }
  if (!names.includes(nameOrPath)) {
    throw new ScenarioError(nameOrPath, '', `is not a scenario in ${dir} (${names.sort().join(', ') || 'none found'})`);
  }
  return join(dir, `${nameOrPath}.json`);
}
