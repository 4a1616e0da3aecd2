/** The `venue` and `policy` sections, and the venue's own range checks on the assembled config (paths into the scenario). */
import { DEFAULT_POLICY, NAMED_POLICIES, resolvePolicy, validateVenueConfig, VenueConfigError, type OracleConfig, type VenuePolicy } from '@faultline/venue';
import { DEFAULT_VENUE, defaultOracleQuorum, numberedIds, ORACLE_PREFIX, scenarioVenueConfig, type PolicyOverride, type PolicySpec, type Scenario, type ScenarioVenue } from '../schema.ts';
import { field, FieldError, int, intIn, isObject, oneOf, or, overlay, record, show } from '../fields.ts';
import { RANGES } from '../ranges.ts';

const VENUE_FIELDS = ['oracleQuorum', 'oracleStalenessUs', 'oracleDeviationPpm', 'oracleMaxFutureUs', 'insuranceFundSeed', 'maxTransferAmount'] as const;

export function parseVenue(raw: unknown, oracleCount: number): ScenarioVenue {
  const o = record(or(raw, {}), 'venue', VENUE_FIELDS);
  return {
    oracleQuorum: field(o, 'oracleQuorum', 'venue', defaultOracleQuorum(oracleCount), (v, p) => int(v, p, 1, oracleCount)),
    oracleStalenessUs: field(o, 'oracleStalenessUs', 'venue', DEFAULT_VENUE.oracleStalenessUs, intIn(RANGES.oracleStalenessUs)),
    oracleDeviationPpm: field(o, 'oracleDeviationPpm', 'venue', DEFAULT_VENUE.oracleDeviationPpm, intIn(RANGES.oracleDeviationPpm)),
    oracleMaxFutureUs: field(o, 'oracleMaxFutureUs', 'venue', DEFAULT_VENUE.oracleMaxFutureUs, intIn(RANGES.oracleMaxFutureUs)),
    insuranceFundSeed: field(o, 'insuranceFundSeed', 'venue', DEFAULT_VENUE.insuranceFundSeed, intIn(RANGES.insuranceFundSeed)),
    maxTransferAmount: field(o, 'maxTransferAmount', 'venue', DEFAULT_VENUE.maxTransferAmount, intIn(RANGES.maxTransferAmount)),
  };
}

/** A named policy, or an object of overrides over a named `base`: types here, ranges in checkVenueConfig. */
export function parsePolicy(raw: unknown, path: string): { policySpec: PolicySpec; policy: VenuePolicy } {
  const names = Object.keys(NAMED_POLICIES);
  if (raw === undefined) return { policySpec: 'default', policy: DEFAULT_POLICY };
  if (typeof raw === 'string') {
    const named = Object.hasOwn(NAMED_POLICIES, raw) ? NAMED_POLICIES[raw] : undefined; // not 'constructor'
    if (!named) throw new FieldError(path, `must be a named policy (${names.join(', ')}) or an object of overrides, got ${show(raw)}`);
    return { policySpec: raw, policy: named };
  }
  if (!isObject(raw)) throw new FieldError(path, `must be a named policy (${names.join(', ')}) or an object of overrides, got ${show(raw)}`);
  const o = record(raw, path, ['base', ...Object.keys(DEFAULT_POLICY)]);
  const baseName = o['base'] === undefined ? 'default' : oneOf(o['base'], `${path}.base`, names);
  const base = NAMED_POLICIES[baseName] as VenuePolicy;
  overlay(base, o, path, ['base']); // types of every override; ranges in checkVenueConfig
  const spec = structuredClone(o) as PolicyOverride;
  let policy: VenuePolicy;
  try {
    policy = resolvePolicy(spec as Parameters<typeof resolvePolicy>[0]);
  } catch (error) {
    throw fromVenueError(error);
  }
  if (o['name'] === undefined) policy = { ...policy, name: baseName === 'default' ? 'custom' : `${baseName}-custom` };
  return { policySpec: spec, policy };
}

/** The venue's own range checks on the assembled config, with paths into the scenario. */
export function checkVenueConfig(s: Pick<Scenario, 'markets' | 'venue' | 'policy' | 'topology'>): void {
  try {
    validateVenueConfig(scenarioVenueConfig(s as Scenario, dummyOracles(s.topology.oracles.length)));
  } catch (error) {
    throw fromVenueError(error);
  }
}

/** A VenueConfigError as a FieldError at the scenario's path (`markets…`, `policy…`, else under `venue.`); anything else is rethrown. */
export function fromVenueError(error: unknown): FieldError {
  if (!(error instanceof VenueConfigError)) throw error;
  const detail = error.message.slice(`venue config: ${error.path} `.length);
  const path = error.path.startsWith('markets') || error.path.startsWith('policy') ? error.path : `venue.${error.path}`;
  return new FieldError(path, detail);
}

/** Oracles with placeholder keys: the venue's checks need a list; keys depend on the run seed. */
export function dummyOracles(count: number): OracleConfig[] {
  return numberedIds(ORACLE_PREFIX, count).map((oracleId) => ({ oracleId, publicKeyHex: '00'.repeat(32) }));
}
