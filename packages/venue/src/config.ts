/**
 * Genesis configuration of the venue: markets, registered oracles and the mitigation policy.
 * Every number is an integer in the venue's units (ticks, lots, smallest quote unit, µs, ppm).
 * validateVenueConfig names the first bad field with its path, so a scenario file with a typo
 * fails at load with an error a person can act on.
 */
import { createHash } from 'node:crypto';
import { PPM } from './math.ts';
import { PRICE_TICKS_MAX, SIZE_LOTS_MAX } from './book/order-book.ts';

export interface FundingConfig {
  /** Funding settles each time block time crosses a multiple of this interval. */
  intervalUs: number;
  /** |rate| per interval is clamped to this (dYdX: 12 x the initial margin fraction per 8 h). */
  clampPpm: number;
}

export interface LiquidationConfig {
  /** Penalty on the closed notional, paid to the insurance fund (dYdX caps it at 5000 ppm). */
  feePpm: number;
  /** The liquidation order never fills further than this from the venue's mark. */
  maxSlippagePpm: number;
}

export interface MarketConfig {
  marketId: number;
  symbol: string;
  /** Quote units for one lot at a price of one tick (the contract multiplier). */
  quotePerTickLot: number;
  /** Prices must be multiples of this many ticks (dYdX: subticks per tick). */
  priceStepTicks: number;
  /** Sizes must be multiples of this many lots (dYdX: step base quantums). */
  sizeStepLots: number;
  /** Highest accepted price; with maxPositionLots it bounds every notional below 2^53. */
  maxPriceTicks: number;
  maxOrderLots: number;
  maxPositionLots: number;
  initialMarginPpm: number;
  maintenanceMarginPpm: number;
  /** Negative = a rebate to the maker. Validated: takerFeePpm >= -makerFeePpm. */
  makerFeePpm: number;
  takerFeePpm: number;
  maxOpenOrdersPerAccount: number;
  /** A market order without a price limit gets this limit around the mark. */
  marketOrderSlippagePpm: number;
  /** Window of the EMA of (mid - oracle) used in the mark price. */
  markEmaWindowUs: number;
  funding: FundingConfig;
  liquidation: LiquidationConfig;
}

export interface OracleConfig {
  oracleId: string;
  /** Raw 32-byte ed25519 public key, hex. */
  publicKeyHex: string;
}

/** Each breaker and mitigation can be switched off to compare (`faultline compare`). */
export interface VenuePolicy {
  name: string;
  /** Halt when the block time minus the previous block time exceeds thresholdUs. */
  blockGapHalt: { enabled: boolean; thresholdUs: number };
  /** Halt a market while it has no fresh quorum of oracle reports. */
  oracleStaleHalt: { enabled: boolean };
  /** Halt when a taker would trade outside ±bandPpm of the oracle reference. */
  priceBand: { enabled: boolean; bandPpm: number; haltUs: number };
  /** Cancel every resting order of a market when it halts. */
  cancelOnHalt: { enabled: boolean };
  /** After a halt with a known end, stay halted (cancel-only) this long after the chain is back. */
  resumeDelayUs: number;
  /** Reopen through a call auction of this length instead of straight into continuous trading. */
  reopeningAuction: { enabled: boolean; durationUs: number };
  /**
   * No liquidations until this long after a market reopens or blocks resume after a gap
   * (Chainlink sequencer-uptime feed + Aave's sentinel), except accounts whose health
   * (equity / maintenance) is below liquidateBelowHealthPpm.
   */
  gracePeriod: { enabled: boolean; durationUs: number; liquidateBelowHealthPpm: number };
  /**
   * Initial margin x (1 + extra), extra growing with how far the last block interval and the
   * oracle age exceed their healthy values, capped. Maintenance margin is never scaled.
   */
  healthScaledMargin: {
    enabled: boolean;
    healthyBlockIntervalUs: number;
    healthyOracleAgeUs: number;
    extraPpmPerSecond: number;
    maxExtraPpm: number;
  };
  /** Close an underwater position against the opposite side once the insurance fund is empty. */
  adl: { enabled: boolean };
  /** Liquidations need a fresh oracle quorum (off: liquidate on the last, possibly stale, price). */
  liquidationNeedsFreshOracle: { enabled: boolean };
}

export interface VenueConfig {
  markets: MarketConfig[];
  oracles: OracleConfig[];
  /** Fresh reports needed for an oracle price (dYdX/Slinky: 2/3 of stake). */
  oracleQuorum: number;
  oracleStalenessUs: number;
  /** A report further than this from the current fresh median is rejected. */
  oracleDeviationPpm: number;
  /** A report observed later than block time + this is rejected (clock skew allowance). */
  oracleMaxFutureUs: number;
  insuranceFundSeed: number;
  /** Largest single deposit or withdrawal. */
  maxTransferAmount: number;
  policy: VenuePolicy;
  /** Resource limits; absent fields take DEFAULT_LIMITS. Reaching one is a rejection (`account-limit`, `book-full`, `client-limit`). */
  limits?: Partial<VenueLimits>;
}

export interface VenueLimits {
  /** Accounts the venue holds; a deposit to a new account beyond it is rejected. */
  maxAccounts: number;
  /** Resting orders per book (and queued orders per auction); an order that would rest beyond it is rejected. */
  maxOrdersPerBook: number;
  /**
   * Clients with a nonce window (each holds at most 1,024 nonces): a transaction of a new client
   * beyond it is rejected (`client-limit`), so the windows cannot grow the state without bound.
   */
  maxClients: number;
}

export const DEFAULT_LIMITS: VenueLimits = { maxAccounts: 1_000_000, maxOrdersPerBook: 1_000_000, maxClients: 1_000_000 };

export function venueLimits(config: VenueConfig): VenueLimits {
  return { ...DEFAULT_LIMITS, ...config.limits };
}

/**
 * The venue-wide genesis defaults. Scenarios (sim, `faultline up`) and order streams
 * (`faultline venue`, `faultline hunt`) both start from these, so one venue is described once.
 * Money in the smallest quote unit (cents): the fund is $50,000.
 */
export const DEFAULT_VENUE_PARAMS = {
  oracleStalenessUs: 10_000_000,
  oracleDeviationPpm: 150_000,
  oracleMaxFutureUs: 2_000_000,
  insuranceFundSeed: 5_000_000,
  maxTransferAmount: 1_000_000_000_000,
} as const satisfies Partial<VenueConfig>;

/** Slinky / dYdX v4: a price needs reports from >= 2/3 of the oracles. */
export function defaultOracleQuorum(oracles: number): number {
  return Math.ceil((2 * oracles) / 3);
}

export const DEFAULT_POLICY: VenuePolicy = {
  name: 'default',
  blockGapHalt: { enabled: true, thresholdUs: 10_000_000 },
  oracleStaleHalt: { enabled: true },
  priceBand: { enabled: true, bandPpm: 100_000, haltUs: 10_000_000 },
  cancelOnHalt: { enabled: true },
  resumeDelayUs: 5_000_000,
  reopeningAuction: { enabled: true, durationUs: 10_000_000 },
  gracePeriod: { enabled: true, durationUs: 30_000_000, liquidateBelowHealthPpm: 500_000 },
  healthScaledMargin: {
    enabled: true,
    healthyBlockIntervalUs: 3_000_000,
    healthyOracleAgeUs: 5_000_000,
    extraPpmPerSecond: 20_000,
    maxExtraPpm: 1_000_000,
  },
  adl: { enabled: true },
  liquidationNeedsFreshOracle: { enabled: true },
};

/** Named policies for `--policy NAME`; each differs from `default` in the way its name says. */
export const NAMED_POLICIES: Readonly<Record<string, VenuePolicy>> = {
  default: DEFAULT_POLICY,
  none: {
    ...DEFAULT_POLICY,
    name: 'none',
    blockGapHalt: { ...DEFAULT_POLICY.blockGapHalt, enabled: false },
    oracleStaleHalt: { enabled: false },
    priceBand: { ...DEFAULT_POLICY.priceBand, enabled: false },
    cancelOnHalt: { enabled: false },
    resumeDelayUs: 0,
    reopeningAuction: { ...DEFAULT_POLICY.reopeningAuction, enabled: false },
    gracePeriod: { ...DEFAULT_POLICY.gracePeriod, enabled: false },
    healthScaledMargin: { ...DEFAULT_POLICY.healthScaledMargin, enabled: false },
    liquidationNeedsFreshOracle: { enabled: false },
  },
  'no-grace': { ...DEFAULT_POLICY, name: 'no-grace', gracePeriod: { ...DEFAULT_POLICY.gracePeriod, enabled: false } },
  'no-auction': { ...DEFAULT_POLICY, name: 'no-auction', reopeningAuction: { ...DEFAULT_POLICY.reopeningAuction, enabled: false } },
  'no-halts': {
    ...DEFAULT_POLICY,
    name: 'no-halts',
    blockGapHalt: { ...DEFAULT_POLICY.blockGapHalt, enabled: false },
    oracleStaleHalt: { enabled: false },
    priceBand: { ...DEFAULT_POLICY.priceBand, enabled: false },
  },
  'no-health-margin': {
    ...DEFAULT_POLICY,
    name: 'no-health-margin',
    healthScaledMargin: { ...DEFAULT_POLICY.healthScaledMargin, enabled: false },
  },
};

export function defaultMarket(marketId: number, symbol: string): MarketConfig {
  return {
    marketId,
    symbol,
    quotePerTickLot: 1,
    priceStepTicks: 1,
    sizeStepLots: 1,
    maxPriceTicks: 100_000_000,
    maxOrderLots: 1_000_000,
    maxPositionLots: 10_000_000,
    initialMarginPpm: 50_000, // 20x
    maintenanceMarginPpm: 30_000,
    makerFeePpm: -100,
    takerFeePpm: 500,
    maxOpenOrdersPerAccount: 200,
    marketOrderSlippagePpm: 50_000,
    markEmaWindowUs: 150_000_000, // Hyperliquid's 150 s EMA of the basis
    funding: { intervalUs: 3_600_000_000, clampPpm: 6_000 },
    liquidation: { feePpm: 5_000, maxSlippagePpm: 30_000 },
  };
}

export class VenueConfigError extends Error {
  override readonly name = 'VenueConfigError';
  constructor(
    readonly path: string,
    detail: string,
  ) {
    super(`venue config: ${path} ${detail}`);
  }
}

/** Throws VenueConfigError naming the first bad field. */
export function validateVenueConfig(config: VenueConfig): void {
  const int = (path: string, value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): void => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
      throw new VenueConfigError(path, `must be an integer in [${min}, ${max}], got ${JSON.stringify(value)}`);
    }
  };
  const bool = (path: string, value: unknown): void => {
    if (typeof value !== 'boolean') throw new VenueConfigError(path, `must be true or false, got ${JSON.stringify(value)}`);
  };
  if (!Array.isArray(config.markets) || config.markets.length === 0) throw new VenueConfigError('markets', 'must list at least one market');
  const ids = new Set<number>();
  config.markets.forEach((m, i) => {
    const p = `markets[${i}]`;
    int(`${p}.marketId`, m.marketId, 1, 0xffff_ffff);
    if (ids.has(m.marketId)) throw new VenueConfigError(`${p}.marketId`, `${m.marketId} is used twice`);
    ids.add(m.marketId);
    if (typeof m.symbol !== 'string' || m.symbol.length === 0) throw new VenueConfigError(`${p}.symbol`, 'must be a non-empty string');
    int(`${p}.quotePerTickLot`, m.quotePerTickLot, 1, 1_000_000);
    int(`${p}.priceStepTicks`, m.priceStepTicks, 1, PRICE_TICKS_MAX);
    int(`${p}.sizeStepLots`, m.sizeStepLots, 1, SIZE_LOTS_MAX);
    int(`${p}.maxPriceTicks`, m.maxPriceTicks, m.priceStepTicks, PRICE_TICKS_MAX);
    int(`${p}.maxOrderLots`, m.maxOrderLots, m.sizeStepLots, SIZE_LOTS_MAX);
    int(`${p}.maxPositionLots`, m.maxPositionLots, m.maxOrderLots, SIZE_LOTS_MAX);
    // The largest position's notional times a ppm factor must stay exact in a double.
    // The largest notional (x 2 for a flip) must stay exact in a double.
    if (2 * m.maxPositionLots * m.maxPriceTicks * m.quotePerTickLot > Number.MAX_SAFE_INTEGER) {
      throw new VenueConfigError(`${p}.maxPositionLots`, `x maxPriceTicks x quotePerTickLot x 2 must stay below 2^53`);
    }
    int(`${p}.initialMarginPpm`, m.initialMarginPpm, 1, PPM);
    int(`${p}.maintenanceMarginPpm`, m.maintenanceMarginPpm, 1, m.initialMarginPpm);
    int(`${p}.makerFeePpm`, m.makerFeePpm, -100_000, 100_000);
    int(`${p}.takerFeePpm`, m.takerFeePpm, Math.max(0, -m.makerFeePpm), 100_000);
    int(`${p}.maxOpenOrdersPerAccount`, m.maxOpenOrdersPerAccount, 1, 100_000);
    int(`${p}.marketOrderSlippagePpm`, m.marketOrderSlippagePpm, 0, 500_000);
    int(`${p}.markEmaWindowUs`, m.markEmaWindowUs, 1);
    int(`${p}.funding.intervalUs`, m.funding?.intervalUs, 1);
    int(`${p}.funding.clampPpm`, m.funding?.clampPpm, 0, 100_000);
    int(`${p}.liquidation.feePpm`, m.liquidation?.feePpm, 0, 100_000);
    int(`${p}.liquidation.maxSlippagePpm`, m.liquidation?.maxSlippagePpm, 0, 500_000);
  });
  if (!Array.isArray(config.oracles) || config.oracles.length === 0) throw new VenueConfigError('oracles', 'must list at least one oracle');
  const oracleIds = new Set<string>();
  config.oracles.forEach((o, i) => {
    if (typeof o.oracleId !== 'string' || o.oracleId.length === 0) throw new VenueConfigError(`oracles[${i}].oracleId`, 'must be a non-empty string');
    if (oracleIds.has(o.oracleId)) throw new VenueConfigError(`oracles[${i}].oracleId`, `${o.oracleId} is used twice`);
    oracleIds.add(o.oracleId);
    if (typeof o.publicKeyHex !== 'string' || !/^[0-9a-f]{64}$/i.test(o.publicKeyHex)) {
      throw new VenueConfigError(`oracles[${i}].publicKeyHex`, 'must be 64 hex digits (a raw ed25519 public key)');
    }
  });
  int('oracleQuorum', config.oracleQuorum, 1, config.oracles.length);
  int('oracleStalenessUs', config.oracleStalenessUs, 1);
  int('oracleDeviationPpm', config.oracleDeviationPpm, 1, 10_000_000);
  int('oracleMaxFutureUs', config.oracleMaxFutureUs, 0);
  int('insuranceFundSeed', config.insuranceFundSeed, 0);
  int('maxTransferAmount', config.maxTransferAmount, 1);
  const pol = config.policy;
  if (!pol || typeof pol !== 'object') throw new VenueConfigError('policy', 'is missing');
  bool('policy.blockGapHalt.enabled', pol.blockGapHalt?.enabled);
  int('policy.blockGapHalt.thresholdUs', pol.blockGapHalt?.thresholdUs, 1);
  bool('policy.oracleStaleHalt.enabled', pol.oracleStaleHalt?.enabled);
  bool('policy.priceBand.enabled', pol.priceBand?.enabled);
  int('policy.priceBand.bandPpm', pol.priceBand?.bandPpm, 1, 900_000);
  int('policy.priceBand.haltUs', pol.priceBand?.haltUs, 0);
  bool('policy.cancelOnHalt.enabled', pol.cancelOnHalt?.enabled);
  int('policy.resumeDelayUs', pol.resumeDelayUs, 0);
  bool('policy.reopeningAuction.enabled', pol.reopeningAuction?.enabled);
  int('policy.reopeningAuction.durationUs', pol.reopeningAuction?.durationUs, 0);
  bool('policy.gracePeriod.enabled', pol.gracePeriod?.enabled);
  int('policy.gracePeriod.durationUs', pol.gracePeriod?.durationUs, 0);
  int('policy.gracePeriod.liquidateBelowHealthPpm', pol.gracePeriod?.liquidateBelowHealthPpm, 0, PPM);
  const h = pol.healthScaledMargin;
  bool('policy.healthScaledMargin.enabled', h?.enabled);
  int('policy.healthScaledMargin.healthyBlockIntervalUs', h?.healthyBlockIntervalUs, 1);
  int('policy.healthScaledMargin.healthyOracleAgeUs', h?.healthyOracleAgeUs, 1);
  int('policy.healthScaledMargin.extraPpmPerSecond', h?.extraPpmPerSecond, 0, 10_000_000);
  int('policy.healthScaledMargin.maxExtraPpm', h?.maxExtraPpm, 0, 10_000_000);
  bool('policy.adl.enabled', pol.adl?.enabled);
  bool('policy.liquidationNeedsFreshOracle.enabled', pol.liquidationNeedsFreshOracle?.enabled);
  if (config.limits !== undefined) {
    if (!config.limits || typeof config.limits !== 'object') throw new VenueConfigError('limits', 'must be an object');
    for (const key of Object.keys(config.limits)) if (!(key in DEFAULT_LIMITS)) throw new VenueConfigError(`limits.${key}`, `is not a limit (${Object.keys(DEFAULT_LIMITS).join(', ')})`);
    if (config.limits.maxAccounts !== undefined) int('limits.maxAccounts', config.limits.maxAccounts, 1, 10_000_000);
    if (config.limits.maxOrdersPerBook !== undefined) int('limits.maxOrdersPerBook', config.limits.maxOrdersPerBook, 1, 10_000_000);
    if (config.limits.maxClients !== undefined) int('limits.maxClients', config.limits.maxClients, 1, 10_000_000);
  }
}

/** A policy from a name or a partial override of the default (`--policy FILE`). */
export function resolvePolicy(spec: string | (Partial<VenuePolicy> & { base?: string })): VenuePolicy {
  if (typeof spec === 'string') {
    const named = Object.hasOwn(NAMED_POLICIES, spec) ? NAMED_POLICIES[spec] : undefined;
    if (!named) throw new VenueConfigError('policy', `"${spec}" is not a named policy (${Object.keys(NAMED_POLICIES).join(', ')})`);
    return named;
  }
  const base = resolvePolicy(spec.base ?? 'default');
  const merged = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(spec)) {
    if (key === 'base') continue;
    if (!(key in base)) throw new VenueConfigError(`policy.${key}`, 'is not a policy field');
    const current = (base as unknown as Record<string, unknown>)[key];
    merged[key] = value && typeof value === 'object' && current && typeof current === 'object' ? { ...current, ...value } : value;
  }
  return merged as unknown as VenuePolicy;
}

/** sha256 of the config in a canonical JSON (sorted keys): snapshots are bound to it. */
export function configHash(config: VenueConfig): Uint8Array {
  return new Uint8Array(createHash('sha256').update(canonicalJson(config)).digest());
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
