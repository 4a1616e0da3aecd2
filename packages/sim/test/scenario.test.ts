/**
 * The scenario loader: every shipped file loads; every class of bad field is reported with its
 * JSON path; any leaf of a full scenario changed to a wrong type is reported at exactly that
 * path; unknown fields and faults naming unknown actors are rejected; defaults are filled.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COMETBFT_TIMEOUTS, DYDX_TIMEOUTS } from '@faultline/consensus';
import { deriveKeyPair } from '@faultline/protocol';
import { DEFAULT_POLICY, NAMED_POLICIES, defaultMarket, validateVenueConfig } from '@faultline/venue';
import {
  DEFAULT_INITIAL_PRICE_TICKS,
  ScenarioError,
  describeIds,
  listScenarios,
  loadScenarioFile,
  parseScenario,
  scenarioActorIds,
  scenarioToJson,
  scenarioVenueConfig,
  withFaults,
  withPolicy,
  type Scenario,
} from '../src/scenario/mod.ts';

const SCENARIO_DIR = new URL('../../../scenarios/', import.meta.url).pathname;
const SHIPPED = [
  'baseline',
  'byzantine-validator',
  'congestion-during-crash',
  'consensus-stall',
  'engine-crash-rebuild',
  'flash-crash-during-stall',
  'governance-stall',
  'hedge-venue-disconnect',
  'latency-spike',
  'live-smoke',
  'minority-partition',
  'oracle-manipulation',
  'oracle-outage',
  'split-brain',
  'users-cut-off',
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function minimal(): { [key: string]: Json } {
  return { version: 1, name: 'x', title: 'A test', incident: 'none', whatToLookFor: 'nothing', durationUs: 60_000_000 };
}

/** Every field of the format used at least once (every fault kind, oracle behaviour, shorthand). */
function kitchenSink(): { [key: string]: Json } {
  return {
    version: 1,
    name: 'kitchen-sink',
    title: 'Every field',
    incident: 'none: a test of the format',
    whatToLookFor: 'nothing',
    durationUs: 120_000_000,
    markets: [
      { marketId: 1, symbol: 'ETH-PERP', initialPriceTicks: 30_000, initialMarginPpm: 100_000, funding: { intervalUs: 60_000_000 }, liquidation: { feePpm: 4_000 } },
      { marketId: 2, symbol: 'BTC-PERP', initialPriceTicks: 600_000, maxPriceTicks: 50_000_000 },
    ],
    venue: {
      oracleQuorum: 3,
      oracleStalenessUs: 5_000_000,
      oracleDeviationPpm: 100_000,
      oracleMaxFutureUs: 1_000_000,
      insuranceFundSeed: 1_000_000,
      maxTransferAmount: 100_000_000,
    },
    policy: { base: 'no-grace', name: 'sink', priceBand: { bandPpm: 50_000 }, resumeDelayUs: 1_000_000, adl: { enabled: false } },
    topology: {
      validators: 7,
      executionReplicas: 3,
      oracles: 5,
      traders: {
        noise: { count: 3, intervalUs: 500_000, deposit: 100_000 },
        leveraged: 2,
        staleArb: { count: 1, thresholdBps: 50, deposit: 200_000 },
      },
      hedger: { enabled: true, deposit: 10_000_000, halfSpreadBps: 8, quoteSizeLots: 5, maxInventoryLots: 100, hedgeThresholdLots: 10, deltaLimitLots: 40, quoteIntervalUs: 250_000 },
      liquidator: { scanIntervalUs: 800_000, maxPerScan: 10 },
      consensus: { timeouts: 'cometbft', byzantine: { 'validator-7': 'double-vote' } },
    },
    externalVenue: {
      price: {
        volatilityBpsPerSqrtSecond: 1.5,
        driftBpsPerHour: -20,
        jumpChancePpmPerStep: 100,
        jumpMaxBps: 300,
        stepUs: 50_000,
        flashCrash: { atUs: 40_000_000, dropBps: 2_000, durationUs: 5_000_000, recoverBps: 2_500 },
        scripted: [{ atUs: 10_000_000, moveBps: -300 }],
      },
      markets: { 'BTC-PERP': { volatilityBpsPerSqrtSecond: 1, scripted: [] } },
      tickIntervalUs: 200_000,
      halfSpreadBps: 2,
      orderLatencyUs: 30_000,
      feePpm: 400,
      disconnects: [{ atUs: 50_000_000, durationUs: 10_000_000 }],
    },
    oracle: { reportIntervalUs: 2_000_000, noiseBps: 5, lagUs: 1_000_000 },
    oracleOverrides: {
      'oracle-1': { behaviour: { kind: 'honest' }, outages: [{ atUs: 1_000_000, durationUs: 2_000_000 }] },
      'oracle-2': { behaviour: { kind: 'manipulate', biasBps: 2_000, fromUs: 5_000_000 }, noiseBps: 0 },
      'oracle-3': { behaviour: { kind: 'frozen', fromUs: 30_000_000 }, lagUs: 0, reportIntervalUs: 3_000_000 },
    },
    faults: {
      version: 1,
      faults: [
        { kind: 'partition', atUs: 1_000_000, durationUs: 5_000_000, groups: [['validator-1', 'validator-2'], ['validator-3', 'exec-*']] },
        { kind: 'one-way', atUs: 2_000_000, durationUs: 1_000_000, from: ['trader-*'], to: ['validator-*'] },
        { kind: 'link', atUs: 3_000_000, durationUs: 1_000_000, from: ['oracle-1'], to: ['validator-4'], dropPpm: 1_000, delayUs: 1_000, jitterUs: 500, duplicatePpm: 10, duplicateMax: 2, reorderPpm: 5 },
        { kind: 'heal', atUs: 10_000_000 },
        { kind: 'crash', atUs: 11_000_000, durationUs: 1_000_000, actors: ['exec-3'] },
        { kind: 'restart', atUs: 13_000_000, actors: ['exec-3'] },
        { kind: 'pause', atUs: 14_000_000, actors: ['liquidator-1'] },
        { kind: 'resume', atUs: 15_000_000, actors: ['liquidator-1'] },
        { kind: 'skew', atUs: 0, actors: ['hedger-1', 'external-venue'], skewUs: -250_000 },
      ],
    },
  };
}

/** The loader's path syntax, written independently: `a.b`, `a[3]`, `a["oracle-3"]`. */
function child(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

interface Node {
  path: string;
  /** Keys from the root down. */
  keys: Array<string | number>;
  value: Json;
}

function walk(value: Json, path = '', keys: Array<string | number> = [], out: Node[] = []): Node[] {
  out.push({ path, keys, value });
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, child(path, i), [...keys, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, child(path, k), [...keys, k], out);
  return out;
}

function setAt(root: Json, keys: Array<string | number>, value: Json): Json {
  const copy = structuredClone(root);
  let node = copy as Record<string | number, Json>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[keys[keys.length - 1] as string | number] = value;
  return copy;
}

/** A value of another JSON type than `value` (never an object: some fields take one as a form). */
function wrongTypes(value: Json): Json[] {
  const all: Json[] = ['not-this', 7, true, null, []];
  return all.filter((candidate) => typeof candidate !== typeof value || (candidate === null) !== (value === null));
}

function errorOf(run: () => unknown): ScenarioError {
  try {
    run();
  } catch (error) {
    if (error instanceof ScenarioError) return error;
    throw error;
  }
  throw new Error('expected a ScenarioError, got none');
}

const leaves = walk(kitchenSink()).filter((n) => n.keys.length > 0 && (n.value === null || typeof n.value !== 'object'));
const objects = walk(kitchenSink()).filter((n) => n.value !== null && typeof n.value === 'object' && !Array.isArray(n.value));

describe('shipped scenarios', () => {
  it('all shipped scenarios load, validate and are listed by name', () => {
    const listed = listScenarios(SCENARIO_DIR);
    expect(listed.map((s) => s.name)).toEqual(SHIPPED);
    for (const summary of listed) {
      const s = loadScenarioFile(summary.path);
      expect(s.name).toBe(summary.name);
      expect(s.incident.length).toBeGreaterThan(10);
      expect(s.whatToLookFor.length).toBeGreaterThan(10);
      expect(s.faults.faults.every((f) => f.atUs < s.durationUs)).toBe(true);
    }
  });

  it('each gives a valid venue genesis config with real oracle keys', () => {
    for (const name of SHIPPED) {
      const s = loadScenarioFile(join(SCENARIO_DIR, `${name}.json`));
      const oracles = s.topology.oracles.map((oracleId) => ({ oracleId, publicKeyHex: Buffer.from(deriveKeyPair(1, oracleId).publicKeyRaw).toString('hex') }));
      expect(() => validateVenueConfig(scenarioVenueConfig(s, oracles))).not.toThrow();
    }
  });

  it('carry their scenario-specific settings', () => {
    const load = (name: string) => loadScenarioFile(join(SCENARIO_DIR, `${name}.json`));
    expect(load('byzantine-validator').topology.consensus.byzantine).toEqual({ 'validator-4': 'equivocate' });
    expect(load('oracle-manipulation').oracles.perOracle[2]?.behaviour).toEqual({ kind: 'manipulate', biasBps: 2_000, fromUs: 0 });
    const congestion = load('congestion-during-crash');
    expect(congestion.oracles.defaults.lagUs).toBe(3_000_000);
    expect(congestion.externalVenue.markets[0]?.price.flashCrash).toEqual({ atUs: 40_000_000, dropBps: 4_500, durationUs: 60_000_000, recoverBps: 0 });
    expect(load('flash-crash-during-stall').externalVenue.markets[0]?.price.flashCrash?.recoverBps).toBe(5_000);
    expect(load('engine-crash-rebuild').faults.faults[0]).toMatchObject({ kind: 'crash', actors: ['exec-1'] });
  });

  it('round-trip through scenarioToJson (the explicit form a run log records)', () => {
    for (const name of SHIPPED) {
      const s = loadScenarioFile(join(SCENARIO_DIR, `${name}.json`));
      const again = parseScenario(JSON.parse(JSON.stringify(scenarioToJson(s))));
      expect({ ...again, policySpec: s.policySpec }).toEqual(s);
    }
    const sink = parseScenario(kitchenSink());
    expect({ ...parseScenario(scenarioToJson(sink)), policySpec: sink.policySpec }).toEqual(sink);
  });
});

describe('defaults', () => {
  it('fills every field of a minimal scenario', () => {
    const s = parseScenario(minimal());
    expect(s.markets).toEqual([defaultMarket(1, 'ETH-PERP')]);
    expect(s.venue).toEqual({ oracleQuorum: 2, oracleStalenessUs: 10_000_000, oracleDeviationPpm: 150_000, oracleMaxFutureUs: 2_000_000, insuranceFundSeed: 5_000_000, maxTransferAmount: 1_000_000_000_000 });
    expect(s.policySpec).toBe('default');
    expect(s.policy).toEqual(DEFAULT_POLICY);
    expect(s.topology.validators).toEqual(['validator-1', 'validator-2', 'validator-3', 'validator-4']);
    expect(s.topology.executionReplicas).toEqual(['exec-1', 'exec-2']);
    expect(s.topology.oracles).toEqual(['oracle-1', 'oracle-2', 'oracle-3']);
    expect(s.topology.traders.noise).toMatchObject({ intervalUs: 2_000_000, deposit: 1_000_000 });
    expect(s.topology.traders.noise.ids).toHaveLength(12);
    expect(s.topology.traders.leveraged).toMatchObject({ deposit: 500_000, targetLeverage: 10 });
    expect(s.topology.traders.leveraged.ids).toHaveLength(6);
    expect(s.topology.traders.staleArb.ids).toEqual(['trader-arb-1', 'trader-arb-2']);
    expect(s.topology.hedger).toEqual({ enabled: true, id: 'hedger-1', deposit: 50_000_000, halfSpreadBps: 5, quoteSizeLots: 10, maxInventoryLots: 500, hedgeThresholdLots: 20, deltaLimitLots: 100, quoteIntervalUs: 500_000 });
    expect(s.topology.liquidator).toEqual({ enabled: true, id: 'liquidator-1', scanIntervalUs: 1_600_000, maxPerScan: 50 });
    expect(s.topology.consensus).toEqual({ timeouts: 'dydx', timeoutConfig: DYDX_TIMEOUTS, byzantine: {} });
    expect(s.externalVenue).toEqual({
      id: 'external-venue',
      markets: [{ marketId: 1, symbol: 'ETH-PERP', price: { initialPriceTicks: DEFAULT_INITIAL_PRICE_TICKS, volatilityBpsPerSqrtSecond: 2, driftBpsPerHour: 0, jumpChancePpmPerStep: 0, jumpMaxBps: 0, stepUs: 100_000, scripted: [] } }],
      tickIntervalUs: 100_000,
      halfSpreadBps: 1,
      orderLatencyUs: 20_000,
      feePpm: 500,
      disconnects: [],
    });
    expect(s.oracles.defaults).toEqual({ reportIntervalUs: 1_000_000, noiseBps: 2, lagUs: 500_000 });
    expect(s.oracles.perOracle.map((o) => o.id)).toEqual(s.topology.oracles);
    expect(s.oracles.perOracle.every((o) => o.behaviour.kind === 'honest' && o.outages.length === 0)).toBe(true);
    expect(s.faults).toEqual({ version: 1, faults: [] });
  });

  it('oracle quorum defaults to ceil(2n/3) of the oracles', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 31 }), (n) => {
        const s = parseScenario({ ...minimal(), topology: { oracles: n } });
        expect(s.venue.oracleQuorum).toBe(Math.ceil((2 * n) / 3));
        expect(3 * s.venue.oracleQuorum).toBeGreaterThanOrEqual(2 * n);
      }),
    );
  });

  it('applies overrides over defaults: shorthands, per-market prices, per-oracle settings', () => {
    const s = parseScenario(kitchenSink());
    expect(s.markets[0]).toEqual({ ...defaultMarket(1, 'ETH-PERP'), initialMarginPpm: 100_000, funding: { intervalUs: 60_000_000, clampPpm: 6_000 }, liquidation: { feePpm: 4_000, maxSlippagePpm: 30_000 } });
    expect(s.policy).toEqual({ ...NAMED_POLICIES['no-grace'], name: 'sink', priceBand: { ...DEFAULT_POLICY.priceBand, bandPpm: 50_000 }, resumeDelayUs: 1_000_000, adl: { enabled: false } });
    expect(s.topology.traders.leveraged.ids).toEqual(['trader-leveraged-1', 'trader-leveraged-2']);
    expect(s.topology.liquidator.enabled).toBe(true);
    expect(s.topology.consensus.timeoutConfig).toEqual(COMETBFT_TIMEOUTS);
    const [eth, btc] = s.externalVenue.markets;
    expect(eth?.price).toMatchObject({ initialPriceTicks: 30_000, volatilityBpsPerSqrtSecond: 1.5, stepUs: 50_000, scripted: [{ atUs: 10_000_000, moveBps: -300 }] });
    expect(btc?.price).toMatchObject({ initialPriceTicks: 600_000, volatilityBpsPerSqrtSecond: 1, driftBpsPerHour: -20, scripted: [] });
    expect(s.oracles.perOracle.map((o) => [o.id, o.behaviour.kind, o.reportIntervalUs, o.noiseBps, o.lagUs])).toEqual([
      ['oracle-1', 'honest', 2_000_000, 5, 1_000_000],
      ['oracle-2', 'manipulate', 2_000_000, 0, 1_000_000],
      ['oracle-3', 'frozen', 3_000_000, 5, 0],
      ['oracle-4', 'honest', 2_000_000, 5, 1_000_000],
      ['oracle-5', 'honest', 2_000_000, 5, 1_000_000],
    ]);
    const override = parseScenario({ ...minimal(), policy: { gracePeriod: { durationUs: 60_000_000 } } });
    expect(override.policy.name).toBe('custom');
    expect(override.policy.gracePeriod).toEqual({ ...DEFAULT_POLICY.gracePeriod, durationUs: 60_000_000 });
    expect(override.policySpec).toEqual({ gracePeriod: { durationUs: 60_000_000 } });
    expect(parseScenario({ ...minimal(), topology: { hedger: false, liquidator: { enabled: false } } }).topology).toMatchObject({ hedger: { enabled: false }, liquidator: { enabled: false } });
  });

  it('lists every actor id once; disabled hedger and liquidator are not actors', () => {
    const s = parseScenario(kitchenSink());
    const ids = scenarioActorIds(s);
    expect(new Set(ids).size).toBe(ids.length);
    expect(describeIds(ids)).toBe(
      'validator-1..validator-7, exec-1..exec-3, oracle-1..oracle-5, trader-noise-1..trader-noise-3, trader-leveraged-1..trader-leveraged-2, trader-arb-1, hedger-1, liquidator-1, external-venue',
    );
    const off = parseScenario({ ...minimal(), topology: { hedger: false, liquidator: false, traders: { noise: 0, leveraged: 0, staleArb: 0 } } });
    expect(scenarioActorIds(off)).toEqual([...off.topology.validators, ...off.topology.executionReplicas, ...off.topology.oracles, 'external-venue']);
  });
});

describe('bad fields are reported with their path', () => {
  it('gives the message the docs promise', () => {
    const error = errorOf(() => parseScenario({ ...minimal(), topology: { validators: 'four' } }, 'scenarios/x.json'));
    expect(error.message).toBe('scenarios/x.json: topology.validators must be an integer in [1, 31], got "four"');
    expect(error.path).toBe('topology.validators');
    expect(error.source).toBe('scenarios/x.json');
  });

  // [what, change to the minimal scenario, expected path, a fragment of the detail]
  const cases: Array<[string, Record<string, Json>, string, string]> = [
    ['version', { version: 2 }, 'version', 'must be 1'],
    ['name pattern', { name: 'Bad Name' }, 'name', 'joined by "-"'],
    ['empty title', { title: '' }, 'title', 'non-empty string'],
    ['duration fraction', { durationUs: 1.5 }, 'durationUs', 'integer'],
    ['duration with unit', { durationUs: '60s' }, 'durationUs', 'got "60s"'],
    ['too many validators', { topology: { validators: 32 } }, 'topology.validators', '[1, 31]'],
    ['negative trader count', { topology: { traders: { noise: -1 } } }, 'topology.traders.noise', 'how many noise traders'],
    ['leverage over the markets max', { topology: { traders: { leveraged: { targetLeverage: 50 } } } }, 'topology.traders.leveraged.targetLeverage', 'at most 20x'],
    ['hedger not boolean', { topology: { hedger: 'yes' } }, 'topology.hedger', 'true, false or an object'],
    ['delta limit below hedge threshold', { topology: { hedger: { hedgeThresholdLots: 50, deltaLimitLots: 40 } } }, 'topology.hedger.deltaLimitLots', 'at least hedgeThresholdLots'],
    ['default breaks a cross rule', { topology: { hedger: { hedgeThresholdLots: 200 } } }, 'topology.hedger.deltaLimitLots', 'that is the default'],
    ['timeout preset', { topology: { consensus: { timeouts: 'tendermint' } } }, 'topology.consensus.timeouts', '"cometbft", "dydx"'],
    ['byzantine behaviour', { topology: { consensus: { byzantine: { 'validator-4': 'evil' } } } }, 'topology.consensus.byzantine["validator-4"]', 'equivocate'],
    ['byzantine unknown validator', { topology: { consensus: { byzantine: { 'validator-9': 'withhold' } } } }, 'topology.consensus.byzantine["validator-9"]', 'not a validator'],
    ['no markets', { markets: [] }, 'markets', '1 to 64 entries'],
    ['market id twice', { markets: [{ marketId: 1, symbol: 'A' }, { marketId: 1, symbol: 'B' }] }, 'markets[1].marketId', 'used twice'],
    ['symbol twice', { markets: [{ marketId: 1, symbol: 'A' }, { marketId: 2, symbol: 'A' }] }, 'markets[1].symbol', 'used twice'],
    ['market missing symbol', { markets: [{ marketId: 1 }] }, 'markets[0].symbol', 'got nothing'],
    ['market range (venue rule)', { markets: [{ marketId: 1, symbol: 'A', initialMarginPpm: 0 }] }, 'markets[0].initialMarginPpm', '[1, 1000000]'],
    ['maintenance above initial', { markets: [{ marketId: 1, symbol: 'A', maintenanceMarginPpm: 60_000 }] }, 'markets[0].maintenanceMarginPpm', '[1, 50000]'],
    ['initial price above max', { markets: [{ marketId: 1, symbol: 'A', initialPriceTicks: 200_000_000 }] }, 'markets[0].initialPriceTicks', '[1, 100000000]'],
    ['nested market field type', { markets: [{ marketId: 1, symbol: 'A', funding: 'hourly' }] }, 'markets[0].funding', 'must be an object'],
    ['quorum above oracle count', { venue: { oracleQuorum: 4 } }, 'venue.oracleQuorum', '[1, 3]'],
    ['planted variants are no scenario field (testing seam only)', { venue: { plantedBug: 'fill-while-halted' } }, 'venue.plantedBug', 'is not a known field'],
    ['deposit above the transfer cap', { venue: { maxTransferAmount: 10 } }, 'topology.traders.noise.deposit', 'maxTransferAmount'],
    ['unknown policy name', { policy: 'nope' }, 'policy', 'no-grace'],
    ['policy of a wrong type', { policy: 5 }, 'policy', 'named policy'],
    ['policy base', { policy: { base: 'nope' } }, 'policy.base', '"default"'],
    ['policy flag type', { policy: { gracePeriod: { enabled: 'yes' } } }, 'policy.gracePeriod.enabled', 'true or false'],
    ['policy range (venue rule)', { policy: { priceBand: { bandPpm: 950_000 } } }, 'policy.priceBand.bandPpm', '[1, 900000]'],
    ['oracle noise', { oracle: { noiseBps: 5_000 } }, 'oracle.noiseBps', '[0, 1000]'],
    ['override of an unknown oracle', { oracleOverrides: { 'oracle-9': {} } }, 'oracleOverrides["oracle-9"]', 'oracle-1..oracle-3'],
    ['behaviour kind', { oracleOverrides: { 'oracle-1': { behaviour: { kind: 'lying' } } } }, 'oracleOverrides["oracle-1"].behaviour.kind', '"manipulate"'],
    ['manipulation without bias', { oracleOverrides: { 'oracle-1': { behaviour: { kind: 'manipulate' } } } }, 'oracleOverrides["oracle-1"].behaviour.biasBps', 'got nothing'],
    ['frozen field of another kind', { oracleOverrides: { 'oracle-1': { behaviour: { kind: 'frozen', fromUs: 1, biasBps: 5 } } } }, 'oracleOverrides["oracle-1"].behaviour.biasBps', 'not a known field'],
    ['outage after the end', { oracleOverrides: { 'oracle-1': { outages: [{ atUs: 60_000_000, durationUs: 1 }] } } }, 'oracleOverrides["oracle-1"].outages[0].atUs', 'before the run ends'],
    ['crash deeper than 100 %', { externalVenue: { price: { flashCrash: { atUs: 0, dropBps: 20_000, durationUs: 1 } } } }, 'externalVenue.price.flashCrash.dropBps', '[0, 10000]'],
    ['price of an unknown market', { externalVenue: { markets: { 'BTC-PERP': {} } } }, 'externalVenue.markets["BTC-PERP"]', 'ETH-PERP'],
    ['initial price in the wrong place', { externalVenue: { price: { initialPriceTicks: 5 } } }, 'externalVenue.price.initialPriceTicks', 'not a known field'],
    ['disconnect of no length', { externalVenue: { disconnects: [{ atUs: 0, durationUs: 0 }] } }, 'externalVenue.disconnects[0].durationUs', '>= 1'],
    ['a -100 % move', { externalVenue: { price: { scripted: [{ atUs: 0, moveBps: -10_000 }] } } }, 'externalVenue.price.scripted[0].moveBps', '[-9999'],
    ['fault schedule version', { faults: { version: 2, faults: [] } }, 'faults.version', 'must be 1'],
    ['fault probability', { faults: { version: 1, faults: [{ kind: 'link', atUs: 0, dropPpm: 2_000_000 }] } }, 'faults.faults[0].dropPpm', '[0, 1000000]'],
    ['fault kind', { faults: { version: 1, faults: [{ kind: 'explode', atUs: 0 }] } }, 'faults.faults[0].kind', 'unknown fault kind'],
    ['fault after the end', { faults: { version: 1, faults: [{ kind: 'heal', atUs: 60_000_000 }] } }, 'faults.faults[0].atUs', 'would never happen'],
  ];
  it.each(cases)('%s', (_what, change, path, fragment) => {
    const error = errorOf(() => parseScenario({ ...minimal(), ...change }, 'scenarios/x.json'));
    expect(error.path).toBe(path);
    expect(error.message).toBe(`scenarios/x.json: ${path} ${error.detail}`);
    expect(error.detail).toContain(fragment);
  });

  it('every leaf of a full scenario, changed to each wrong type, is reported at its path', () => {
    expect(() => parseScenario(kitchenSink())).not.toThrow();
    expect(leaves.length).toBeGreaterThan(100);
    for (const leaf of leaves) {
      for (const wrong of wrongTypes(leaf.value)) {
        const error = errorOf(() => parseScenario(setAt(kitchenSink(), leaf.keys, wrong)));
        expect({ leaf: leaf.path, wrong, path: error.path }).toEqual({ leaf: leaf.path, wrong, path: leaf.path });
      }
    }
  });

  it('property: one leaf mutated to a wrong type → the error names that path', () => {
    fc.assert(
      fc.property(fc.constantFrom(...leaves), fc.constantFrom<Json>('x', -1.5, true, false, null, [], [1], 0.25), (leaf, wrong) => {
        fc.pre(wrongTypes(leaf.value).some((w) => typeof w === typeof wrong && (w === null) === (wrong === null) && Array.isArray(w) === Array.isArray(wrong)));
        const error = errorOf(() => parseScenario(setAt(kitchenSink(), leaf.keys, wrong), 'scenarios/sink.json'));
        expect(error.path).toBe(leaf.path);
        expect(error.message.startsWith(`scenarios/sink.json: ${leaf.path} `)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});

describe('unknown fields are errors', () => {
  it('property: a key added to any object of a full scenario is rejected at its path', () => {
    const key = fc.stringMatching(/^zz[a-z0-9_-]{0,8}$/);
    fc.assert(
      fc.property(fc.constantFrom(...objects), key, (node, extra) => {
        const mutated = node.keys.length === 0 ? { ...kitchenSink(), [extra]: 1 } : setAt(kitchenSink(), node.keys, { ...(node.value as Record<string, Json>), [extra]: 1 });
        const error = errorOf(() => parseScenario(mutated));
        expect(error.path).toBe(child(node.path, extra));
      }),
      { numRuns: 300 },
    );
  });

  it('suggests the field a typo meant', () => {
    expect(errorOf(() => parseScenario({ ...minimal(), topology: { validatros: 4 } })).message).toContain('topology.validatros is not a known field (did you mean "validators"?)');
    expect(errorOf(() => parseScenario({ ...minimal(), duration: 5 })).detail).toContain('did you mean "durationUs"?');
    expect(errorOf(() => parseScenario({ ...minimal(), policy: { gracePeriod: { durationMs: 5 } } })).path).toBe('policy.gracePeriod.durationMs');
    expect(errorOf(() => parseScenario({ ...minimal(), faults: { version: 1, faults: [{ kind: 'crash', atUs: 0, actor: ['exec-1'] }] } })).path).toBe('faults.faults[0].actor');
    // The old oracle-override form is refused, not ignored.
    expect(errorOf(() => parseScenario({ ...minimal(), oracleOverrides: { 'oracle-3': { variant: 'manipulating', biasBps: 2_000 } } })).path).toBe('oracleOverrides["oracle-3"].variant');
  });
});

describe('faults must name actors of the topology', () => {
  const withFault = (fault: Json, topology: Json = {}) => ({ ...minimal(), topology, faults: { version: 1, faults: [{ kind: 'heal', atUs: 1 }, fault] } });

  it('rejects an unknown id, naming the fault index and the id', () => {
    const error = errorOf(() => parseScenario(withFault({ kind: 'crash', atUs: 1_000_000, actors: ['exec-1', 'execution-1'] })));
    expect(error.path).toBe('faults.faults[1].actors[1]');
    expect(error.detail).toContain('fault 1 (crash) names "execution-1"');
    expect(error.detail).toContain('exec-1..exec-2');
  });

  it('checks groups, from and to, and selectors that match nothing', () => {
    expect(errorOf(() => parseScenario(withFault({ kind: 'partition', atUs: 0, groups: [['validator-1'], ['validator-5']] }))).path).toBe('faults.faults[1].groups[1][0]');
    expect(errorOf(() => parseScenario(withFault({ kind: 'one-way', atUs: 0, from: ['trader-*'], to: ['validators-*'] }))).detail).toContain('selector "validators-*" matches nothing');
    expect(errorOf(() => parseScenario(withFault({ kind: 'link', atUs: 0, to: ['oracle-4'], delayUs: 5 }))).path).toBe('faults.faults[1].to[0]');
    expect(errorOf(() => parseScenario(withFault({ kind: 'one-way', atUs: 0, from: ['trader-*'], to: ['validator-*'] }, { traders: { noise: 0, leveraged: 0, staleArb: 0 } }))).path).toBe('faults.faults[1].from[0]');
  });

  it('rejects the hedger and liquidator when they are disabled', () => {
    expect(errorOf(() => parseScenario(withFault({ kind: 'pause', atUs: 0, actors: ['hedger-1'] }, { hedger: false }))).path).toBe('faults.faults[1].actors[0]');
    expect(errorOf(() => parseScenario(withFault({ kind: 'skew', atUs: 0, actors: ['liquidator-1'], skewUs: 5 }, { liquidator: { enabled: false } }))).detail).toContain('"liquidator-1"');
    expect(() => parseScenario(withFault({ kind: 'pause', atUs: 0, actors: ['hedger-1', 'liquidator-1', 'external-venue', 'trader-arb-2'] }))).not.toThrow();
  });

  it('property: every actor id and every prefix* of one is accepted; others are not', () => {
    const s = parseScenario(kitchenSink());
    const ids = scenarioActorIds(s);
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.nat(), fc.boolean(), (id, cut, prefix) => {
        const selector = prefix ? `${id.slice(0, 1 + (cut % id.length))}*` : id;
        const fault = { kind: 'crash', atUs: 0, actors: [selector] };
        const next = withFaults(s, { version: 1, faults: [fault] });
        expect(next.faults.faults).toEqual([fault]);
        expect(errorOf(() => withFaults(s, { version: 1, faults: [{ ...fault, actors: [`${id}-x`] }] })).path).toBe('faults[0].actors[0]');
      }),
    );
  });
});

describe('replacing policy and faults (the CLI flags)', () => {
  const base = (): Scenario => loadScenarioFile(join(SCENARIO_DIR, 'flash-crash-during-stall.json'));

  it('withPolicy takes a name or an override and validates it like the file', () => {
    expect(withPolicy(base(), 'no-grace').policy).toBe(NAMED_POLICIES['no-grace']);
    const custom = withPolicy(base(), { base: 'none', name: 'only-grace', gracePeriod: { enabled: true } });
    expect(custom.policy).toEqual({ ...NAMED_POLICIES['none'], name: 'only-grace', gracePeriod: { ...DEFAULT_POLICY.gracePeriod, enabled: true } });
    expect(custom.policySpec).toEqual({ base: 'none', name: 'only-grace', gracePeriod: { enabled: true } });
    expect(errorOf(() => withPolicy(base(), 'lenient')).message).toContain('--policy: policy must be a named policy');
    expect(errorOf(() => withPolicy(base(), { gracePeriod: { durationUs: -1 } }, 'p.json')).message).toBe('p.json: policy.gracePeriod.durationUs must be an integer in [0, 9007199254740991], got -1');
  });

  it('withFaults validates the schedule against the topology and the duration', () => {
    expect(withFaults(base(), { version: 1, faults: [] }).faults.faults).toEqual([]);
    expect(errorOf(() => withFaults(base(), { version: 1, faults: [{ kind: 'heal', atUs: 180_000_000 }] }, 'f.json')).message).toMatch(/^f\.json: faults\[0\]\.atUs must be before the run ends/);
    expect(errorOf(() => withFaults(base(), { faults: [] })).path).toBe('version');
  });
});

describe('files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-scenarios-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports unreadable files, bad JSON and a name that differs from the file name', () => {
    expect(errorOf(() => loadScenarioFile(join(dir, 'missing.json'))).message).toContain('cannot be read');
    writeFileSync(join(dir, 'broken.json'), '{ "version": 1,');
    expect(errorOf(() => loadScenarioFile(join(dir, 'broken.json'))).message).toContain('broken.json: is not valid JSON');
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ ...minimal(), name: 'x' }));
    const error = errorOf(() => loadScenarioFile(join(dir, 'other.json')));
    expect(error.path).toBe('name');
    expect(error.detail).toContain('"other"');
  });

  it('listScenarios stops at the first bad file, naming it', () => {
    const sub = mkdtempSync(join(dir, 'list-'));
    writeFileSync(join(sub, 'a.json'), JSON.stringify({ ...minimal(), name: 'a' }));
    writeFileSync(join(sub, 'b.json'), JSON.stringify({ ...minimal(), name: 'b', topology: { oracles: 0 } }));
    const error = errorOf(() => listScenarios(sub));
    expect(error.source).toBe(join(sub, 'b.json'));
    expect(error.path).toBe('topology.oracles');
  });
});
