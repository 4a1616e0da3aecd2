/** The `topology` section: actor counts, traders by kind, the hedger, the liquidator, consensus; and the deposits' cross-check against the venue. */
import { BYZANTINE_BEHAVIOURS, type ByzantineBehaviour } from '@faultline/consensus';
import { PPM, type MarketConfig } from '@faultline/venue';
import {
  CONSENSUS_TIMEOUT_PRESETS,
  DEFAULT_CONSENSUS_TIMEOUTS,
  DEFAULT_HEDGER,
  DEFAULT_LEVERAGED_TRADER,
  DEFAULT_LIQUIDATOR,
  DEFAULT_MARGIN_TRADER,
  DEFAULT_NOISE_TRADER,
  DEFAULT_STALE_ARB_TRADER,
  DEFAULT_TOPOLOGY_COUNTS,
  EXECUTION_PREFIX,
  HEDGER_ID,
  LIQUIDATOR_ID,
  numberedIds,
  ORACLE_PREFIX,
  TRADER_PREFIXES,
  VALIDATOR_PREFIX,
  type ConsensusSpec,
  type ConsensusTimeoutsPreset,
  type HedgerSpec,
  type LiquidatorSpec,
  type ScenarioTopology,
  type ScenarioVenue,
} from '../schema.ts';
import { bool, childPath, describeIds, dict, field, FieldError, int, intIn, isObject, oneOf, or, record, show, type Parser } from '../fields.ts';
import { LIMITS, RANGES } from '../ranges.ts';

const TOPOLOGY_FIELDS = ['validators', 'executionReplicas', 'oracles', 'traders', 'hedger', 'liquidator', 'consensus'] as const;

export function parseTopology(raw: unknown, markets: MarketConfig[]): ScenarioTopology {
  const o = record(or(raw, {}), 'topology', TOPOLOGY_FIELDS);
  const count = (key: 'validators' | 'executionReplicas' | 'oracles') =>
    int(or(o[key], DEFAULT_TOPOLOGY_COUNTS[key]), `topology.${key}`, LIMITS[key].min, LIMITS[key].max);
  const validators = numberedIds(VALIDATOR_PREFIX, count('validators'));
  const executionReplicas = numberedIds(EXECUTION_PREFIX, count('executionReplicas'));
  const oracles = numberedIds(ORACLE_PREFIX, count('oracles'));

  const maxLeverage = Math.max(...markets.map((m) => Math.floor(PPM / m.initialMarginPpm)));
  const maxOrderLots = Math.min(...markets.map((m) => m.maxOrderLots));
  const maxPositionLots = Math.min(...markets.map((m) => m.maxPositionLots));

  const traders = record(or(o['traders'], {}), 'topology.traders', ['noise', 'leveraged', 'staleArb', 'margin']);
  const noise = traderKind(traders['noise'], 'noise', DEFAULT_NOISE_TRADER, {
    intervalUs: intIn(RANGES.noiseIntervalUs),
    deposit: intIn(RANGES.deposit),
  });
  const leveraged = traderKind(traders['leveraged'], 'leveraged', DEFAULT_LEVERAGED_TRADER, {
    deposit: intIn(RANGES.deposit),
    targetLeverage: (v, p) => int(v, p, 1, maxLeverage, `the markets allow at most ${maxLeverage}x (1 / initialMarginPpm)`),
  });
  const staleArb = traderKind(traders['staleArb'], 'staleArb', DEFAULT_STALE_ARB_TRADER, {
    deposit: intIn(RANGES.deposit),
    thresholdBps: intIn(RANGES.staleArbThresholdBps),
    snipeBps: intIn(RANGES.staleArbSnipeBps),
  });

  const margin = traderKind(traders['margin'], 'margin', DEFAULT_MARGIN_TRADER, {
    deposit: intIn(RANGES.deposit),
    targetLeverage: (v, p) => int(v, p, 1, maxLeverage, `the markets allow at most ${maxLeverage}x (1 / initialMarginPpm)`),
  });

  const hedger = parseHedger(o['hedger'], maxOrderLots, maxPositionLots);
  const liquidator = parseLiquidator(o['liquidator']);
  const consensus = parseConsensus(o['consensus'], validators);
  return { validators, executionReplicas, oracles, traders: { noise, leveraged, staleArb, margin }, hedger, liquidator, consensus };
}

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
      throw new FieldError(path, `must be a count (an integer in [${LIMITS.tradersPerKind.min}, ${LIMITS.tradersPerKind.max}]) or an object { count, ${Object.keys(defaults).join(', ')} }, got ${show(raw)}`);
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
  const deposit = read('deposit', intIn(RANGES.deposit));
  const halfSpreadBps = read('halfSpreadBps', intIn(RANGES.hedgerHalfSpreadBps));
  const quoteSizeLots = read('quoteSizeLots', (v, p) => int(v, p, 1, maxOrderLots, 'the smallest maxOrderLots of the markets'));
  const maxInventoryLots = read('maxInventoryLots', (v, p) => int(v, p, quoteSizeLots, maxPositionLots, 'from quoteSizeLots to the smallest maxPositionLots of the markets'));
  const hedgeThresholdLots = read('hedgeThresholdLots', (v, p) => int(v, p, 1, maxPositionLots));
  const deltaLimitLots = read('deltaLimitLots', (v, p) => int(v, p, hedgeThresholdLots, maxPositionLots, 'at least hedgeThresholdLots'));
  const quoteIntervalUs = read('quoteIntervalUs', intIn(RANGES.hedgerQuoteIntervalUs));
  return { enabled, id: HEDGER_ID, deposit, halfSpreadBps, quoteSizeLots, maxInventoryLots, hedgeThresholdLots, deltaLimitLots, quoteIntervalUs };
}

function parseLiquidator(raw: unknown): LiquidatorSpec {
  const path = 'topology.liquidator';
  const o = enabledOrObject(raw, path, Object.keys(DEFAULT_LIQUIDATOR));
  return {
    enabled: field(o, 'enabled', path, true, bool),
    id: LIQUIDATOR_ID,
    scanIntervalUs: field(o, 'scanIntervalUs', path, DEFAULT_LIQUIDATOR.scanIntervalUs, intIn(RANGES.liquidatorScanIntervalUs)),
    maxPerScan: field(o, 'maxPerScan', path, DEFAULT_LIQUIDATOR.maxPerScan, intIn(RANGES.liquidatorMaxPerScan)),
  };
}

/** `true`/`false` or an object of parameters (with `enabled` defaulting to true). */
function enabledOrObject(raw: unknown, path: string, fields: string[]): Record<string, unknown> {
  if (raw === undefined) return {};
  if (typeof raw === 'boolean') return { enabled: raw };
  if (!isObject(raw)) throw new FieldError(path, `must be true, false or an object { ${fields.join(', ')} }, got ${show(raw)}`);
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
    if (!validators.includes(id)) throw new FieldError(p, `is not a validator of this topology (${describeIds(validators)})`);
    byzantine[id] = oneOf(behaviour, p, BYZANTINE_BEHAVIOURS) as ByzantineBehaviour;
  }
  return { timeouts, timeoutConfig: { ...CONSENSUS_TIMEOUT_PRESETS[timeouts] }, byzantine };
}

/** Every deposit an enabled actor makes fits one transfer of the venue. */
export function checkDeposits(topology: ScenarioTopology, venue: ScenarioVenue): void {
  const max = venue.maxTransferAmount;
  const check = (path: string, deposit: number, relevant: boolean) => {
    if (relevant && deposit > max) throw new FieldError(path, `must be at most venue.maxTransferAmount (${max}): one deposit, got ${deposit}`);
  };
  const t = topology.traders;
  check('topology.traders.noise.deposit', t.noise.deposit, t.noise.ids.length > 0);
  check('topology.traders.leveraged.deposit', t.leveraged.deposit, t.leveraged.ids.length > 0);
  check('topology.traders.staleArb.deposit', t.staleArb.deposit, t.staleArb.ids.length > 0);
  check('topology.traders.margin.deposit', t.margin.deposit, t.margin.ids.length > 0);
  check('topology.hedger.deposit', topology.hedger.deposit, topology.hedger.enabled);
}
