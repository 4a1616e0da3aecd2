/**
 * Scenario files: parse, validate, normalize. `parseScenario` checks every field against the
 * format in schema.ts and docs/scenarios.md and fills every default; the first bad field stops
 * it with a ScenarioError naming the field's JSON path and what was expected, e.g.
 *
 *   scenarios/x.json: topology.validators must be an integer in [1, 31], got "four"
 *
 * Unknown fields are errors (a typo must not silently fall back to a default), and so is a
 * fault that names an actor the topology does not have. Ranges of venue fields (markets,
 * policy) are the venue's own (`validateVenueConfig`), so the two can never disagree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PriceProcess, PriceProcessConfigError } from '@faultline/actors';
import { BYZANTINE_BEHAVIOURS, type ByzantineBehaviour } from '@faultline/consensus';
import { createRng, FAULT_EVENTS_MAX, FaultScheduleError, parseFaultSchedule, selects, unknownFieldMessage, type FaultEvent, type FaultSchedule } from '@faultline/runtime';
import {
  DEFAULT_POLICY,
  defaultMarket,
  NAMED_POLICIES,
  PPM,
  resolvePolicy,
  validateVenueConfig,
  VenueConfigError,
  type MarketConfig,
  type OracleConfig,
  type VenuePolicy,
} from '@faultline/venue';
import {
  CONSENSUS_TIMEOUT_PRESETS,
  DEFAULT_CONSENSUS_TIMEOUTS,
  DEFAULT_EXTERNAL_VENUE,
  DEFAULT_FLASH_CRASH_RECOVER_BPS,
  DEFAULT_HEDGER,
  DEFAULT_INITIAL_PRICE_TICKS,
  DEFAULT_LEVERAGED_TRADER,
  DEFAULT_LIQUIDATOR,
  DEFAULT_MARKET_ID,
  DEFAULT_MARKET_SYMBOL,
  DEFAULT_NOISE_TRADER,
  DEFAULT_ORACLE,
  DEFAULT_PRICE_PROCESS,
  DEFAULT_STALE_ARB_TRADER,
  DEFAULT_TOPOLOGY_COUNTS,
  DEFAULT_VENUE,
  defaultOracleQuorum,
  EXECUTION_PREFIX,
  EXTERNAL_VENUE_ID,
  HEDGER_ID,
  LIMITS,
  LIQUIDATOR_ID,
  numberedIds,
  ORACLE_PREFIX,
  SCENARIO_VERSION,
  scenarioActorIds,
  scenarioVenueConfig,
  TRADER_PREFIXES,
  VALIDATOR_PREFIX,
  type ConsensusSpec,
  type ConsensusTimeoutsPreset,
  type ExternalMarketSpec,
  type ExternalVenueSpec,
  type FlashCrashSpec,
  type HedgerSpec,
  type LiquidatorSpec,
  type OracleBehaviour,
  type OracleParams,
  type OracleSpec,
  type Outage,
  type PolicyOverride,
  type PolicySpec,
  type PriceProcessSpec,
  type Scenario,
  type ScenarioFile,
  type ScenarioOracles,
  type ScenarioTopology,
  type ScenarioVenue,
  type ScriptedMoveSpec,
} from './schema.ts';

/** A bad scenario: `path` is the JSON path of the first bad field ('' for the whole input). */
export class ScenarioError extends Error {
  override readonly name = 'ScenarioError';
  constructor(
    /** The file (or `scenario`, `--policy`, ...) the input came from. */
    readonly source: string,
    readonly path: string,
    /** What was expected and what was found. */
    readonly detail: string,
  ) {
    super(path ? `${source}: ${path} ${detail}` : `${source}: ${detail}`);
  }
}

/** Thrown inside the parser; parseScenario adds the source. */
class Bad extends Error {
  constructor(
    readonly path: string,
    readonly detail: string,
  ) {
    super(`${path} ${detail}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Public API.

/** Validates and normalizes parsed JSON; `source` prefixes error messages. */
export function parseScenario(json: unknown, source = 'scenario'): Scenario {
  return withSource(source, () => parse(json));
}

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

/**
 * The scenario as an explicit file (every field written out, the policy resolved): what a run
 * log records, so a replay does not depend on today's defaults. parseScenario of it gives the
 * same scenario, except that `policySpec` becomes the resolved policy object.
 */
export function scenarioToJson(s: Scenario): ScenarioFile {
  const t = s.topology;
  const clone = <T>(value: T): T => structuredClone(value);
  const { id: _hedgerId, ...hedger } = t.hedger;
  const { id: _liquidatorId, ...liquidator } = t.liquidator;
  return {
    version: 1,
    name: s.name,
    title: s.title,
    incident: s.incident,
    whatToLookFor: s.whatToLookFor,
    durationUs: s.durationUs,
    markets: s.markets.map((market, index) => ({ ...clone(market), initialPriceTicks: s.externalVenue.markets[index]?.price.initialPriceTicks ?? DEFAULT_INITIAL_PRICE_TICKS })),
    venue: { ...s.venue },
    policy: clone(s.policy) as PolicyOverride,
    topology: {
      validators: t.validators.length,
      executionReplicas: t.executionReplicas.length,
      oracles: t.oracles.length,
      traders: {
        noise: { count: t.traders.noise.ids.length, intervalUs: t.traders.noise.intervalUs, deposit: t.traders.noise.deposit },
        leveraged: { count: t.traders.leveraged.ids.length, deposit: t.traders.leveraged.deposit, targetLeverage: t.traders.leveraged.targetLeverage },
        staleArb: { count: t.traders.staleArb.ids.length, deposit: t.traders.staleArb.deposit, thresholdBps: t.traders.staleArb.thresholdBps },
      },
      hedger,
      liquidator,
      consensus: { timeouts: t.consensus.timeouts, byzantine: { ...t.consensus.byzantine } },
    },
    externalVenue: {
      markets: Object.fromEntries(
        s.externalVenue.markets.map((m) => {
          const { initialPriceTicks: _initial, ...price } = clone(m.price);
          return [m.symbol, price];
        }),
      ),
      tickIntervalUs: s.externalVenue.tickIntervalUs,
      halfSpreadBps: s.externalVenue.halfSpreadBps,
      orderLatencyUs: s.externalVenue.orderLatencyUs,
      feePpm: s.externalVenue.feePpm,
      disconnects: clone(s.externalVenue.disconnects),
    },
    oracle: { ...s.oracles.defaults },
    oracleOverrides: Object.fromEntries(s.oracles.perOracle.map(({ id, ...spec }) => [id, clone(spec)])),
    faults: clone(s.faults),
  };
}

// ---------------------------------------------------------------------------------------------
// The parser. Sections are read in file order of importance; each reader checks for unknown
// fields first, then each field in turn, then cross-field rules.

const ROOT_FIELDS = ['version', 'name', 'title', 'incident', 'whatToLookFor', 'durationUs', 'markets', 'venue', 'policy', 'topology', 'externalVenue', 'oracle', 'oracleOverrides', 'faults'] as const;
const NAME_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SYMBOL_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;
const TEXT_MAX = 2_000;
const MARKETS_MAX = 64;
const BPS_ONE = 10_000;

function parse(json: unknown): Scenario {
  if (!isObject(json)) throw new Bad('', `must be a JSON object (a scenario), got ${show(json)}`);
  const root = record(json, '', ROOT_FIELDS);
  if (root['version'] !== SCENARIO_VERSION) throw new Bad('version', `must be ${SCENARIO_VERSION}, got ${show(root['version'])}`);
  const name = str(root['name'], 'name', { pattern: NAME_PATTERN, what: 'lower-case letters and digits in words joined by "-"', max: 64 });
  const title = str(root['title'], 'title', { max: TEXT_MAX });
  const incident = str(root['incident'], 'incident', { max: TEXT_MAX });
  const whatToLookFor = str(root['whatToLookFor'], 'whatToLookFor', { max: TEXT_MAX });
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

// --- markets ---------------------------------------------------------------------------------

function parseMarkets(raw: unknown): { markets: MarketConfig[]; initialPrices: number[] } {
  if (raw === undefined) return { markets: [defaultMarket(DEFAULT_MARKET_ID, DEFAULT_MARKET_SYMBOL)], initialPrices: [DEFAULT_INITIAL_PRICE_TICKS] };
  const entries = list(raw, 'markets', 1, MARKETS_MAX);
  const template = defaultMarket(DEFAULT_MARKET_ID, DEFAULT_MARKET_SYMBOL);
  const fields = ['marketId', 'symbol', 'initialPriceTicks', ...Object.keys(template).filter((k) => k !== 'marketId' && k !== 'symbol')];
  const ids = new Set<number>();
  const symbols = new Set<string>();
  const markets: MarketConfig[] = [];
  const initialPrices: number[] = [];
  entries.forEach((entry, index) => {
    const path = `markets[${index}]`;
    const o = record(entry, path, fields);
    const marketId = int(o['marketId'], `${path}.marketId`, 1, 0xffff_ffff);
    if (ids.has(marketId)) throw new Bad(`${path}.marketId`, `must be unique, ${marketId} is used twice`);
    ids.add(marketId);
    const symbol = str(o['symbol'], `${path}.symbol`, { pattern: SYMBOL_PATTERN, what: 'a symbol like "ETH-PERP"' });
    if (symbols.has(symbol)) throw new Bad(`${path}.symbol`, `must be unique, "${symbol}" is used twice`);
    symbols.add(symbol);
    markets.push(overlay(defaultMarket(marketId, symbol), o, path, ['marketId', 'symbol', 'initialPriceTicks']));
    initialPrices.push(0); // checked once the market's ranges are known to be sane
  });
  // Market ranges are the venue's; check them before anything reads them (leverage, lot caps).
  try {
    validateVenueConfig({ markets, oracles: dummyOracles(1), oracleQuorum: 1, ...DEFAULT_VENUE, policy: DEFAULT_POLICY });
  } catch (error) {
    throw fromVenueError(error);
  }
  entries.forEach((entry, index) => {
    const market = markets[index] as MarketConfig;
    const path = `markets[${index}].initialPriceTicks`;
    initialPrices[index] = int(or((entry as Record<string, unknown>)['initialPriceTicks'], DEFAULT_INITIAL_PRICE_TICKS), path, 1, market.maxPriceTicks);
  });
  return { markets, initialPrices };
}

// --- venue and policy ------------------------------------------------------------------------

const VENUE_FIELDS = ['oracleQuorum', 'oracleStalenessUs', 'oracleDeviationPpm', 'oracleMaxFutureUs', 'insuranceFundSeed', 'maxTransferAmount'] as const;

function parseVenue(raw: unknown, oracleCount: number): ScenarioVenue {
  const o = record(or(raw, {}), 'venue', VENUE_FIELDS);
  const venue: ScenarioVenue = {
    oracleQuorum: field(o, 'oracleQuorum', 'venue', defaultOracleQuorum(oracleCount), (v, p) => int(v, p, 1, oracleCount)),
    oracleStalenessUs: field(o, 'oracleStalenessUs', 'venue', DEFAULT_VENUE.oracleStalenessUs, (v, p) => int(v, p, 1)),
    oracleDeviationPpm: field(o, 'oracleDeviationPpm', 'venue', DEFAULT_VENUE.oracleDeviationPpm, (v, p) => int(v, p, 1, 10_000_000)),
    oracleMaxFutureUs: field(o, 'oracleMaxFutureUs', 'venue', DEFAULT_VENUE.oracleMaxFutureUs, (v, p) => int(v, p, 0)),
    insuranceFundSeed: field(o, 'insuranceFundSeed', 'venue', DEFAULT_VENUE.insuranceFundSeed, (v, p) => int(v, p, 0)),
    maxTransferAmount: field(o, 'maxTransferAmount', 'venue', DEFAULT_VENUE.maxTransferAmount, (v, p) => int(v, p, 1)),
  };
  return venue;
}

function parsePolicy(raw: unknown, path: string): { policySpec: PolicySpec; policy: VenuePolicy } {
  const names = Object.keys(NAMED_POLICIES);
  if (raw === undefined) return { policySpec: 'default', policy: DEFAULT_POLICY };
  if (typeof raw === 'string') {
    const named = Object.hasOwn(NAMED_POLICIES, raw) ? NAMED_POLICIES[raw] : undefined; // not 'constructor'
    if (!named) throw new Bad(path, `must be a named policy (${names.join(', ')}) or an object of overrides, got ${show(raw)}`);
    return { policySpec: raw, policy: named };
  }
  if (!isObject(raw)) throw new Bad(path, `must be a named policy (${names.join(', ')}) or an object of overrides, got ${show(raw)}`);
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
function checkVenueConfig(s: Pick<Scenario, 'markets' | 'venue' | 'policy' | 'topology'>): void {
  try {
    validateVenueConfig(scenarioVenueConfig(s as Scenario, dummyOracles(s.topology.oracles.length)));
  } catch (error) {
    throw fromVenueError(error);
  }
}

function fromVenueError(error: unknown): Bad {
  if (!(error instanceof VenueConfigError)) throw error;
  const detail = error.message.slice(`venue config: ${error.path} `.length);
  const path = error.path.startsWith('markets') || error.path.startsWith('policy') ? error.path : `venue.${error.path}`;
  return new Bad(path, detail);
}

function dummyOracles(count: number): OracleConfig[] {
  return numberedIds(ORACLE_PREFIX, count).map((oracleId) => ({ oracleId, publicKeyHex: '00'.repeat(32) }));
}

// --- topology --------------------------------------------------------------------------------

const TOPOLOGY_FIELDS = ['validators', 'executionReplicas', 'oracles', 'traders', 'hedger', 'liquidator', 'consensus'] as const;

function parseTopology(raw: unknown, markets: MarketConfig[]): ScenarioTopology {
  const o = record(or(raw, {}), 'topology', TOPOLOGY_FIELDS);
  const count = (key: 'validators' | 'executionReplicas' | 'oracles') =>
    int(or(o[key], DEFAULT_TOPOLOGY_COUNTS[key]), `topology.${key}`, LIMITS[key].min, LIMITS[key].max);
  const validators = numberedIds(VALIDATOR_PREFIX, count('validators'));
  const executionReplicas = numberedIds(EXECUTION_PREFIX, count('executionReplicas'));
  const oracles = numberedIds(ORACLE_PREFIX, count('oracles'));

  const maxLeverage = Math.max(...markets.map((m) => Math.floor(PPM / m.initialMarginPpm)));
  const maxOrderLots = Math.min(...markets.map((m) => m.maxOrderLots));
  const maxPositionLots = Math.min(...markets.map((m) => m.maxPositionLots));

  const traders = record(or(o['traders'], {}), 'topology.traders', ['noise', 'leveraged', 'staleArb']);
  const noise = traderKind(traders['noise'], 'noise', DEFAULT_NOISE_TRADER, {
    intervalUs: (v, p) => int(v, p, 10_000, 3_600_000_000),
    deposit: (v, p) => int(v, p, 1),
  });
  const leveraged = traderKind(traders['leveraged'], 'leveraged', DEFAULT_LEVERAGED_TRADER, {
    deposit: (v, p) => int(v, p, 1),
    targetLeverage: (v, p) => int(v, p, 1, maxLeverage, `the markets allow at most ${maxLeverage}x (1 / initialMarginPpm)`),
  });
  const staleArb = traderKind(traders['staleArb'], 'staleArb', DEFAULT_STALE_ARB_TRADER, {
    deposit: (v, p) => int(v, p, 1),
    thresholdBps: (v, p) => int(v, p, 1, BPS_ONE),
  });

  const hedger = parseHedger(o['hedger'], maxOrderLots, maxPositionLots);
  const liquidator = parseLiquidator(o['liquidator']);
  const consensus = parseConsensus(o['consensus'], validators);
  return { validators, executionReplicas, oracles, traders: { noise, leveraged, staleArb }, hedger, liquidator, consensus };
}

type Parser<T> = (value: unknown, path: string) => T;

function traderKind<P extends Record<string, number>>(
  raw: unknown,
  kind: keyof typeof TRADER_PREFIXES,
  defaults: P,
  parsers: { [K in keyof P]: Parser<number> },
): P & { ids: string[] } {
  const path = `topology.traders.${kind}`;
  const countRange = (v: unknown, p: string) => int(v, p, LIMITS.tradersPerKind.min, LIMITS.tradersPerKind.max, `how many ${kind} traders`);
  const defaultCount = DEFAULT_TOPOLOGY_COUNTS.traders[kind];
  let o: Record<string, unknown>;
  let n: number;
  if (raw === undefined || typeof raw === 'number' || !isObject(raw)) {
    if (raw !== undefined && typeof raw !== 'number') {
      throw new Bad(path, `must be a count (an integer in [${LIMITS.tradersPerKind.min}, ${LIMITS.tradersPerKind.max}]) or an object { count, ${Object.keys(defaults).join(', ')} }, got ${show(raw)}`);
    }
    n = countRange(or(raw, defaultCount), path);
    o = {};
  } else {
    o = record(raw, path, ['count', ...Object.keys(defaults)]);
    n = field(o, 'count', path, defaultCount, countRange);
  }
  const out: Record<string, number> = {};
  for (const key of Object.keys(defaults)) out[key] = field(o, key, path, defaults[key] as number, parsers[key] as Parser<number>);
  return { ids: numberedIds(TRADER_PREFIXES[kind], n), ...(out as P) };
}

function parseHedger(raw: unknown, maxOrderLots: number, maxPositionLots: number): HedgerSpec {
  const path = 'topology.hedger';
  const o = enabledOrObject(raw, path, Object.keys(DEFAULT_HEDGER));
  const enabled = field(o, 'enabled', path, true, bool);
  const read = (key: keyof typeof DEFAULT_HEDGER & string, parse: Parser<number>) => field(o, key, path, DEFAULT_HEDGER[key] as number, parse);
  const deposit = read('deposit', (v, p) => int(v, p, 1));
  const halfSpreadBps = read('halfSpreadBps', (v, p) => int(v, p, 1, 5_000));
  const quoteSizeLots = read('quoteSizeLots', (v, p) => int(v, p, 1, maxOrderLots, 'the smallest maxOrderLots of the markets'));
  const maxInventoryLots = read('maxInventoryLots', (v, p) => int(v, p, quoteSizeLots, maxPositionLots, 'from quoteSizeLots to the smallest maxPositionLots of the markets'));
  const hedgeThresholdLots = read('hedgeThresholdLots', (v, p) => int(v, p, 1, maxPositionLots));
  const deltaLimitLots = read('deltaLimitLots', (v, p) => int(v, p, hedgeThresholdLots, maxPositionLots, 'at least hedgeThresholdLots'));
  const quoteIntervalUs = read('quoteIntervalUs', (v, p) => int(v, p, 10_000, 60_000_000));
  return { enabled, id: HEDGER_ID, deposit, halfSpreadBps, quoteSizeLots, maxInventoryLots, hedgeThresholdLots, deltaLimitLots, quoteIntervalUs };
}

function parseLiquidator(raw: unknown): LiquidatorSpec {
  const path = 'topology.liquidator';
  const o = enabledOrObject(raw, path, Object.keys(DEFAULT_LIQUIDATOR));
  return {
    enabled: field(o, 'enabled', path, true, bool),
    id: LIQUIDATOR_ID,
    scanIntervalUs: field(o, 'scanIntervalUs', path, DEFAULT_LIQUIDATOR.scanIntervalUs, (v, p) => int(v, p, 10_000, 60_000_000)),
    maxPerScan: field(o, 'maxPerScan', path, DEFAULT_LIQUIDATOR.maxPerScan, (v, p) => int(v, p, 1, 1_000)),
  };
}

/** `true`/`false` or an object of parameters (with `enabled` defaulting to true). */
function enabledOrObject(raw: unknown, path: string, fields: string[]): Record<string, unknown> {
  if (raw === undefined) return {};
  if (typeof raw === 'boolean') return { enabled: raw };
  if (!isObject(raw)) throw new Bad(path, `must be true, false or an object { ${fields.join(', ')} }, got ${show(raw)}`);
  return record(raw, path, fields);
}

function parseConsensus(raw: unknown, validators: string[]): ConsensusSpec {
  const path = 'topology.consensus';
  const o = record(or(raw, {}), path, ['timeouts', 'byzantine']);
  const timeouts = oneOf(or(o['timeouts'], DEFAULT_CONSENSUS_TIMEOUTS), `${path}.timeouts`, Object.keys(CONSENSUS_TIMEOUT_PRESETS)) as ConsensusTimeoutsPreset;
  const byzantineRaw = dict(or(o['byzantine'], {}), `${path}.byzantine`);
  const byzantine: Record<string, ByzantineBehaviour> = {};
  for (const [id, behaviour] of Object.entries(byzantineRaw)) {
    const p = childPath(`${path}.byzantine`, id);
    if (!validators.includes(id)) throw new Bad(p, `is not a validator of this topology (${describeIds(validators)})`);
    byzantine[id] = oneOf(behaviour, p, BYZANTINE_BEHAVIOURS) as ByzantineBehaviour;
  }
  return { timeouts, timeoutConfig: { ...CONSENSUS_TIMEOUT_PRESETS[timeouts] }, byzantine };
}

function checkDeposits(topology: ScenarioTopology, venue: ScenarioVenue): void {
  const max = venue.maxTransferAmount;
  const check = (path: string, deposit: number, relevant: boolean) => {
    if (relevant && deposit > max) throw new Bad(path, `must be at most venue.maxTransferAmount (${max}): one deposit, got ${deposit}`);
  };
  const t = topology.traders;
  check('topology.traders.noise.deposit', t.noise.deposit, t.noise.ids.length > 0);
  check('topology.traders.leveraged.deposit', t.leveraged.deposit, t.leveraged.ids.length > 0);
  check('topology.traders.staleArb.deposit', t.staleArb.deposit, t.staleArb.ids.length > 0);
  check('topology.hedger.deposit', topology.hedger.deposit, topology.hedger.enabled);
}

// --- oracles ---------------------------------------------------------------------------------

const ORACLE_PARAM_FIELDS = ['reportIntervalUs', 'noiseBps', 'lagUs'] as const;

function oracleParams(o: Record<string, unknown>, path: string, defaults: OracleParams): OracleParams {
  return {
    reportIntervalUs: field(o, 'reportIntervalUs', path, defaults.reportIntervalUs, (v, p) => int(v, p, 10_000, 3_600_000_000)),
    noiseBps: field(o, 'noiseBps', path, defaults.noiseBps, (v, p) => int(v, p, 0, 1_000)),
    lagUs: field(o, 'lagUs', path, defaults.lagUs, (v, p) => int(v, p, 0, 3_600_000_000)),
  };
}

function parseOracles(rawDefaults: unknown, rawOverrides: unknown, ids: string[], durationUs: number): ScenarioOracles {
  const defaults = oracleParams(record(or(rawDefaults, {}), 'oracle', ORACLE_PARAM_FIELDS), 'oracle', DEFAULT_ORACLE);
  const overrides = dict(or(rawOverrides, {}), 'oracleOverrides');
  const byId = new Map<string, OracleSpec>();
  for (const [id, value] of Object.entries(overrides)) {
    const path = childPath('oracleOverrides', id);
    if (!ids.includes(id)) throw new Bad(path, `is not an oracle of this topology (${describeIds(ids)})`);
    const o = record(value, path, [...ORACLE_PARAM_FIELDS, 'behaviour', 'outages']);
    byId.set(id, {
      id,
      ...oracleParams(o, path, defaults),
      behaviour: parseBehaviour(o['behaviour'], `${path}.behaviour`, durationUs),
      outages: outages(o['outages'], `${path}.outages`, durationUs),
    });
  }
  return { defaults, perOracle: ids.map((id) => byId.get(id) ?? { id, ...defaults, behaviour: { kind: 'honest' }, outages: [] }) };
}

function parseBehaviour(raw: unknown, path: string, durationUs: number): OracleBehaviour {
  if (raw === undefined) return { kind: 'honest' };
  if (!isObject(raw)) throw new Bad(path, `must be an object { kind: "honest" | "manipulate" | "frozen", ... }, got ${show(raw)}`);
  const kind = oneOf(raw['kind'], `${path}.kind`, ['honest', 'manipulate', 'frozen']);
  const fromUs = (v: unknown, p: string) => int(v, p, 0, durationUs - 1, 'before the run ends (durationUs)');
  switch (kind) {
    case 'honest':
      record(raw, path, ['kind']);
      return { kind };
    case 'manipulate': {
      const o = record(raw, path, ['kind', 'biasBps', 'fromUs']);
      const biasBps = int(o['biasBps'], `${path}.biasBps`, -(BPS_ONE - 1), 1_000 * BPS_ONE, 'a relative bias in bps: > -100 %, at most +100000 % (Synthetix 2019 was 1000x)');
      return { kind, biasBps, fromUs: field(o, 'fromUs', path, 0, fromUs) };
    }
    default: {
      const o = record(raw, path, ['kind', 'fromUs']);
      return { kind: 'frozen', fromUs: fromUs(o['fromUs'], `${path}.fromUs`) };
    }
  }
}

function outages(raw: unknown, path: string, durationUs: number): Outage[] {
  return list(or(raw, []), path, 0, LIMITS.outagesMax).map((entry, index) => {
    const p = `${path}[${index}]`;
    const o = record(entry, p, ['atUs', 'durationUs']);
    return {
      atUs: int(o['atUs'], `${p}.atUs`, 0, durationUs - 1, 'before the run ends (durationUs)'),
      durationUs: int(o['durationUs'], `${p}.durationUs`, 1),
    };
  });
}

// --- external venue --------------------------------------------------------------------------

const PRICE_FIELDS = ['volatilityBpsPerSqrtSecond', 'driftBpsPerHour', 'jumpChancePpmPerStep', 'jumpMaxBps', 'stepUs', 'flashCrash', 'scripted'] as const;
type PricePart = Partial<Omit<PriceProcessSpec, 'initialPriceTicks'>>;

function parseExternalVenue(raw: unknown, markets: MarketConfig[], initialPrices: number[], durationUs: number): ExternalVenueSpec {
  const path = 'externalVenue';
  const o = record(or(raw, {}), path, ['price', 'markets', 'tickIntervalUs', 'halfSpreadBps', 'orderLatencyUs', 'feePpm', 'disconnects']);
  const common = pricePart(o['price'], `${path}.price`, durationUs);
  const perMarketRaw = dict(or(o['markets'], {}), `${path}.markets`);
  const symbols = markets.map((m) => m.symbol);
  const perMarket = new Map<string, PricePart>();
  for (const [symbol, value] of Object.entries(perMarketRaw)) {
    const p = childPath(`${path}.markets`, symbol);
    if (!symbols.includes(symbol)) throw new Bad(p, `is not a market symbol of this scenario (${symbols.join(', ')})`);
    perMarket.set(symbol, pricePart(value, p, durationUs));
  }
  const externalMarkets: ExternalMarketSpec[] = markets.map((market, index) => {
    const own = perMarket.get(market.symbol) ?? {};
    const price: PriceProcessSpec = { initialPriceTicks: initialPrices[index] as number, ...DEFAULT_PRICE_PROCESS, scripted: [], ...common, ...own };
    try {
      new PriceProcess(price, createRng(0)); // the process's own checks, as a backstop
    } catch (error) {
      if (!(error instanceof PriceProcessConfigError)) throw error;
      const top = error.field.split(/[.[]/)[0] ?? '';
      const where = top === 'initialPriceTicks' ? `markets[${index}]` : top in own ? childPath(`${path}.markets`, market.symbol) : `${path}.price`;
      throw new Bad(`${where}.${error.field}`, error.message.slice(`price process: ${error.field} `.length));
    }
    return { marketId: market.marketId, symbol: market.symbol, price };
  });
  return {
    id: EXTERNAL_VENUE_ID,
    markets: externalMarkets,
    tickIntervalUs: field(o, 'tickIntervalUs', path, DEFAULT_EXTERNAL_VENUE.tickIntervalUs, (v, p) => int(v, p, 1_000, 60_000_000)),
    halfSpreadBps: field(o, 'halfSpreadBps', path, DEFAULT_EXTERNAL_VENUE.halfSpreadBps, (v, p) => int(v, p, 0, 1_000)),
    orderLatencyUs: field(o, 'orderLatencyUs', path, DEFAULT_EXTERNAL_VENUE.orderLatencyUs, (v, p) => int(v, p, 0, 60_000_000)),
    feePpm: field(o, 'feePpm', path, DEFAULT_EXTERNAL_VENUE.feePpm, (v, p) => int(v, p, 0, 100_000)),
    disconnects: outages(o['disconnects'], `${path}.disconnects`, durationUs),
  };
}

function pricePart(raw: unknown, path: string, durationUs: number): PricePart {
  const o = record(or(raw, {}), path, PRICE_FIELDS);
  const out: PricePart = {};
  const beforeEnd = 'before the run ends (durationUs)';
  if (o['volatilityBpsPerSqrtSecond'] !== undefined) out.volatilityBpsPerSqrtSecond = num(o['volatilityBpsPerSqrtSecond'], `${path}.volatilityBpsPerSqrtSecond`, 0, 10_000);
  if (o['driftBpsPerHour'] !== undefined) out.driftBpsPerHour = num(o['driftBpsPerHour'], `${path}.driftBpsPerHour`, -100_000, 100_000);
  if (o['jumpChancePpmPerStep'] !== undefined) out.jumpChancePpmPerStep = int(o['jumpChancePpmPerStep'], `${path}.jumpChancePpmPerStep`, 0, PPM);
  if (o['jumpMaxBps'] !== undefined) out.jumpMaxBps = int(o['jumpMaxBps'], `${path}.jumpMaxBps`, 0, BPS_ONE - 1);
  if (o['stepUs'] !== undefined) out.stepUs = int(o['stepUs'], `${path}.stepUs`, 1_000, 60_000_000);
  if (o['flashCrash'] !== undefined) {
    const p = `${path}.flashCrash`;
    const fc = record(o['flashCrash'], p, ['atUs', 'dropBps', 'durationUs', 'recoverBps']);
    const crash: FlashCrashSpec = {
      atUs: int(fc['atUs'], `${p}.atUs`, 0, durationUs - 1, beforeEnd),
      dropBps: int(fc['dropBps'], `${p}.dropBps`, 0, BPS_ONE),
      durationUs: int(fc['durationUs'], `${p}.durationUs`, 1),
      recoverBps: field(fc, 'recoverBps', p, DEFAULT_FLASH_CRASH_RECOVER_BPS, (v, q) => int(v, q, 0, BPS_ONE)),
    };
    out.flashCrash = crash;
  }
  if (o['scripted'] !== undefined) {
    out.scripted = list(o['scripted'], `${path}.scripted`, 0, LIMITS.scriptedMovesMax).map((entry, index): ScriptedMoveSpec => {
      const p = `${path}.scripted[${index}]`;
      const m = record(entry, p, ['atUs', 'moveBps']);
      return { atUs: int(m['atUs'], `${p}.atUs`, 0, durationUs - 1, beforeEnd), moveBps: int(m['moveBps'], `${p}.moveBps`, -(BPS_ONE - 1), 1_000 * BPS_ONE) };
    });
  }
  return out;
}

// --- faults ----------------------------------------------------------------------------------

/** A fault schedule (`parseFaultSchedule`: its field table per kind, types, ranges) plus: known actors, in time. */
function parseFaults(raw: unknown, path: string, durationUs: number, actors: string[]): FaultSchedule {
  if (raw === undefined) return { version: 1, faults: [] };
  const o = record(raw, path, ['version', 'faults']);
  if (o['version'] !== 1) throw new Bad(childPath(path, 'version'), `must be 1, got ${show(o['version'])}`);
  const listPath = childPath(path, 'faults');
  const entries = list(o['faults'], listPath, 0, FAULT_EVENTS_MAX);
  const actorSet = new Set(actors);
  const faults = entries.map((entry, index): FaultEvent => {
    const p = `${listPath}[${index}]`;
    if (!isObject(entry)) throw new Bad(p, `must be an object (a fault event), got ${show(entry)}`);
    let event: FaultEvent;
    try {
      event = parseFaultSchedule({ version: 1, faults: [entry] }).faults[0] as FaultEvent;
    } catch (error) {
      if (!(error instanceof FaultScheduleError)) throw error;
      const detail = error.message.slice(error.path.length + 2);
      throw new Bad(error.path.replace(/^\$\.faults\[0\]/, p).replace(/^\$/, listPath), detail);
    }
    if (event.atUs >= durationUs) throw new Bad(`${p}.atUs`, `must be before the run ends (durationUs ${durationUs}): this fault would never happen, got ${event.atUs}`);
    for (const [selectorsPath, selectors] of faultSelectors(event, p)) {
      selectors.forEach((selector, k) => {
        const sp = `${selectorsPath}[${k}]`;
        if (selector.endsWith('*')) {
          if (!actors.some((id) => selects([selector], id))) {
            throw new Bad(sp, `selects no actor: fault ${index} (${event.kind}) selector "${selector}" matches nothing in this topology (${describeIds(actors)})`);
          }
        } else if (!actorSet.has(selector)) {
          throw new Bad(sp, `names an unknown actor: fault ${index} (${event.kind}) names "${selector}", not in this topology (${describeIds(actors)})`);
        }
      });
    }
    return event;
  });
  return { version: 1, faults };
}

function faultSelectors(event: FaultEvent, path: string): Array<[string, string[]]> {
  switch (event.kind) {
    case 'partition':
      return event.groups.map((group, g) => [`${path}.groups[${g}]`, group]);
    case 'one-way':
      return [[`${path}.from`, event.from], [`${path}.to`, event.to]];
    case 'link':
    case 'delay-kind':
      return [
        ...(event.from ? [[`${path}.from`, event.from] as [string, string[]]] : []),
        ...(event.to ? [[`${path}.to`, event.to] as [string, string[]]] : []),
      ];
    case 'heal':
    case 'broker-restart':
    case 'broker-kill': // broker node names (nats-N), not actors: checked by the schedule parser
    case 'broker-partition':
      return [];
    default:
      return [[`${path}.actors`, event.actors]];
  }
}

// ---------------------------------------------------------------------------------------------
// Field readers. Each names its path and what it expected.

function withSource<T>(source: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof Bad) throw new ScenarioError(source, error.path, error.detail);
    throw error;
  }
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `a.b`, `a[3]`, `a["oracle-3"]` (keys that are not identifiers are quoted). */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (IDENTIFIER.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (isObject(value)) return 'an object';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** JSON has no undefined: a present `null` stays null (and fails its check), never a default. */
function or<T>(value: unknown, fallback: T): unknown {
  return value === undefined ? fallback : value;
}

/** A field with a default; a default that breaks a cross-field rule says so. */
function field<T>(o: Record<string, unknown>, key: string, path: string, fallback: T, parse: Parser<T>): T {
  const p = childPath(path, key);
  if (o[key] !== undefined) return parse(o[key], p);
  try {
    return parse(fallback, p);
  } catch (error) {
    if (error instanceof Bad) throw new Bad(p, `${error.detail} (that is the default: set ${p} to fit)`);
    throw error;
  }
}

function record(value: unknown, path: string, fields: readonly string[]): Record<string, unknown> {
  if (!isObject(value)) throw new Bad(path, `must be an object, got ${show(value)}`);
  for (const key of Object.keys(value)) {
    if (!fields.includes(key)) {
      throw new Bad(childPath(path, key), unknownFieldMessage(key, fields, path || 'a scenario'));
    }
  }
  return value;
}

function dict(value: unknown, path: string): Record<string, unknown> {
  if (!isObject(value)) throw new Bad(path, `must be an object, got ${show(value)}`);
  return value;
}

function list(value: unknown, path: string, min: number, max: number): unknown[] {
  if (!Array.isArray(value)) throw new Bad(path, `must be an array, got ${show(value)}`);
  if (value.length < min || value.length > max) throw new Bad(path, `must have ${min} to ${max} entries, got ${value.length}`);
  return value;
}

function int(value: unknown, path: string, min: number, max = Number.MAX_SAFE_INTEGER, why?: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `>= ${min}` : `in [${min}, ${max}]`;
    throw new Bad(path, `must be an integer ${range}${why ? ` (${why})` : ''}, got ${show(value)}`);
  }
  return value;
}

function num(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new Bad(path, `must be a number in [${min}, ${max}], got ${show(value)}`);
  }
  return value;
}

function bool(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') throw new Bad(path, `must be true or false, got ${show(value)}`);
  return value;
}

function str(value: unknown, path: string, options: { pattern?: RegExp; what?: string; max?: number } = {}): string {
  const max = options.max ?? 200;
  if (typeof value !== 'string' || value.length === 0 || value.length > max || (options.pattern && !options.pattern.test(value))) {
    throw new Bad(path, `must be ${options.what ? `a string of ${options.what}` : 'a non-empty string'} (at most ${max} characters), got ${show(value)}`);
  }
  return value;
}

function oneOf(value: unknown, path: string, options: readonly string[]): string {
  if (typeof value !== 'string' || !options.includes(value)) {
    throw new Bad(path, `must be one of ${options.map((o) => JSON.stringify(o)).join(', ')}, got ${show(value)}`);
  }
  return value;
}

/**
 * Type-checks an override object against a template of defaults (numbers must be integers,
 * booleans booleans, nested objects recursively, no unknown keys) and returns the merge.
 * Ranges are left to the template's owner (validateVenueConfig).
 */
function overlay<T extends object>(template: T, o: Record<string, unknown>, path: string, skip: readonly string[] = []): T {
  const base = template as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = { ...base };
  record(o, path, [...Object.keys(base), ...skip]);
  for (const [key, value] of Object.entries(o)) {
    if (skip.includes(key)) continue;
    const p = childPath(path, key);
    const current = base[key];
    if (typeof current === 'number') {
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new Bad(p, `must be an integer, got ${show(value)}`);
      out[key] = value;
    } else if (typeof current === 'boolean') {
      out[key] = bool(value, p);
    } else if (typeof current === 'string') {
      out[key] = str(value, p);
    } else if (isObject(current)) {
      out[key] = overlay(current, record(value, p, Object.keys(current)), p);
    }
  }
  return out as T;
}

/** `validator-1..validator-4, exec-1..exec-2, hedger-1, external-venue`. */
export function describeIds(ids: readonly string[]): string {
  const parts: string[] = [];
  let index = 0;
  while (index < ids.length) {
    const id = ids[index] as string;
    const match = /^(.*?)(\d+)$/.exec(id);
    let end = index;
    if (match) {
      const [, prefix, digits] = match as unknown as [string, string, string];
      let n = Number(digits);
      while (end + 1 < ids.length && ids[end + 1] === `${prefix}${n + 1}`) {
        end++;
        n++;
      }
    }
    parts.push(end > index ? `${id}..${ids[end]}` : id);
    index = end + 1;
  }
  return parts.join(', ') || 'no actors';
}
