/**
 * Scenario files: parse, validate, normalize. `parseScenario` checks every field against the
 * format in schema.ts and docs/scenarios.md and fills every default; the first bad field stops
 * it with a ScenarioError naming the field's JSON path and what was expected, e.g.
 *
 *   scenarios/x.json: topology.validators must be an integer in [1, 31], got "four"
 *
 * Unknown fields are errors (a typo must not silently fall back to a default), and so is a
 * fault that names an actor the topology does not have. The parts: generic field readers
 * (fields.ts), the table of named ranges (ranges.ts), one parser per section (sections/), files
 * on disk (files.ts), the way back to JSON (to-json.ts). Ranges of venue fields (markets,
 * policy) are the venue's own (`validateVenueConfig`), so the two can never disagree.
 */
import type { VenuePolicy } from '@faultline/venue';
import { SCENARIO_VERSION, scenarioActorIds, type Scenario } from './schema.ts';
import { FieldError, int, isObject, record, show, str, withSource } from './fields.ts';
import { LIMITS } from './ranges.ts';
import { parseMarkets } from './sections/markets.ts';
import { checkVenueConfig, parsePolicy, parseVenue } from './sections/venue.ts';
import { checkDeposits, parseTopology } from './sections/topology.ts';
import { parseOracles } from './sections/oracles.ts';
import { parseExternalVenue } from './sections/external-venue.ts';
import { parseFaults } from './sections/faults.ts';

/** Validates and normalizes parsed JSON; `source` prefixes error messages. */
export function parseScenario(json: unknown, source = 'scenario'): Scenario {
  return withSource(source, () => parse(json));
}

/** The scenario with its policy replaced (the CLI's `--policy NAME|FILE`), validated alike. */
export function withPolicy(scenario: Scenario, spec: unknown, source = '--policy'): Scenario {
  return withSource(source, () => {
    const { policySpec, policy } = parsePolicy(spec, 'policy');
    const next = { ...scenario, policySpec, policy };
    checkVenueConfig(next);
    return next;
  });
}

/**
 * A policy on its own (an order stream's `policy`): a named policy or an object of overrides
 * over `base`, checked like a scenario's `policy` (unknown fields with a suggestion, types).
 * Ranges are the venue's (validateVenueConfig on the config it goes into).
 */
export function parsePolicyInput(raw: unknown, source: string, path = 'policy'): VenuePolicy {
  return withSource(source, () => parsePolicy(raw, path).policy);
}

/**
 * The scenario with its fault schedule replaced (the CLI's `--faults FILE`, campaigns). The
 * schedule is validated like a scenario's `faults` section: paths are relative to it
 * (`faults[2].actors[0]`), every actor must exist and every fault start before the run ends.
 */
export function withFaults(scenario: Scenario, schedule: unknown, source = '--faults'): Scenario {
  return withSource(source, () => ({ ...scenario, faults: parseFaults(schedule, '', scenario.durationUs, scenarioActorIds(scenario)) }));
}

// Sections are read in order of dependence (the topology needs the markets, the venue the
// topology's oracle count, ...); each reader checks for unknown fields first, then each field in
// turn, then cross-field rules.

const ROOT_FIELDS = ['version', 'name', 'title', 'incident', 'whatToLookFor', 'durationUs', 'markets', 'venue', 'policy', 'topology', 'externalVenue', 'oracle', 'oracleOverrides', 'faults'] as const;
const NAME_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function parse(json: unknown): Scenario {
  if (!isObject(json)) throw new FieldError('', `must be a JSON object (a scenario), got ${show(json)}`);
  const root = record(json, '', ROOT_FIELDS);
  if (root['version'] !== SCENARIO_VERSION) throw new FieldError('version', `must be ${SCENARIO_VERSION}, got ${show(root['version'])}`);
  const name = str(root['name'], 'name', { pattern: NAME_PATTERN, what: 'lower-case letters and digits in words joined by "-"', max: LIMITS.nameMax });
  const title = str(root['title'], 'title', { max: LIMITS.textMax });
  const incident = str(root['incident'], 'incident', { max: LIMITS.textMax });
  const whatToLookFor = str(root['whatToLookFor'], 'whatToLookFor', { max: LIMITS.textMax });
  const durationUs = int(root['durationUs'], 'durationUs', LIMITS.durationUs.min, LIMITS.durationUs.max);

  const { markets, initialPrices } = parseMarkets(root['markets']);
  const topology = parseTopology(root['topology'], markets);
  const venue = parseVenue(root['venue'], topology.oracles.length);
  const { policySpec, policy } = parsePolicy(root['policy'], 'policy');
  const oracles = parseOracles(root['oracle'], root['oracleOverrides'], topology.oracles, durationUs);
  const externalVenue = parseExternalVenue(root['externalVenue'], markets, initialPrices, durationUs);

  const partial = { version: 1 as const, name, title, incident, whatToLookFor, durationUs, markets, venue, policySpec, policy, topology, externalVenue, oracles, faults: { version: 1 as const, faults: [] } };
  checkVenueConfig(partial);
  checkDeposits(topology, venue);
  const faults = parseFaults(root['faults'], 'faults', durationUs, scenarioActorIds(partial));
  return { ...partial, faults };
}
