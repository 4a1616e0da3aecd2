/**
 * The scenario file format: what a run simulates (markets, venue settings, mitigation policy,
 * the actors and their parameters, the external market, the oracles) and what goes wrong
 * (a fault schedule), with the real incident it follows. `load.ts` turns a JSON file into a
 * fully-defaulted `Scenario`; every default lives here, in one place, and docs/scenarios.md
 * documents each with its unit.
 *
 * Units (as everywhere in Faultline): times in µs, probabilities and fractions in ppm, price
 * moves in basis points, prices in ticks, sizes in lots, money in the smallest quote unit.
 * The shipped scenarios read one tick as $0.10 and one lot as 0.1 ETH, so with
 * quotePerTickLot = 1 a quote unit is one cent (an ETH price of $3,000 is 30_000 ticks).
 */
import { COMETBFT_TIMEOUTS, DYDX_TIMEOUTS, type ByzantineBehaviour, type TimeoutConfig } from '@faultline/consensus';
import type { FaultSchedule } from '@faultline/runtime';
import { FLASH_CRASH_RECOVER_BPS_DEFAULT } from '@faultline/actors';
import { DEFAULT_VENUE_PARAMS, defaultOracleQuorum, type MarketConfig, type OracleConfig, type VenueConfig, type VenuePolicy } from '@faultline/venue';

export const SCENARIO_VERSION = 1;

// ---------------------------------------------------------------------------------------------
// Actor ids. Every actor of a scenario has one of these; fault schedules name them (or select
// them with a `prefix*`).

export const VALIDATOR_PREFIX = 'validator-';
export const EXECUTION_PREFIX = 'exec-';
export const ORACLE_PREFIX = 'oracle-';
/** Every trader id starts with this, so `trader-*` selects all traders. */
export const TRADER_PREFIX = 'trader-';
export const TRADER_PREFIXES = { noise: 'trader-noise-', leveraged: 'trader-leveraged-', staleArb: 'trader-arb-', margin: 'trader-margin-' } as const;
export const HEDGER_ID = 'hedger-1';
export const LIQUIDATOR_ID = 'liquidator-1';
/** The off-chain venue the hedger hedges on and the oracles observe (its own network path). */
export const EXTERNAL_VENUE_ID = 'external-venue';

/** `prefix1`..`prefixN`. */
export function numberedIds(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => `${prefix}${index + 1}`);
}

// ---------------------------------------------------------------------------------------------
// The resolved scenario (what the loader returns): every field present, every default applied.

export interface Scenario {
  version: 1;
  /** Lower-case words joined by `-`; equals the file's base name for shipped files. */
  name: string;
  title: string;
  /** The real incident or rule the scenario follows (docs/scenarios.md has the table). */
  incident: string;
  whatToLookFor: string;
  /** Virtual length of the run, µs. */
  durationUs: number;
  /** Venue market configs (genesis), `defaultMarket` plus the file's overrides. */
  markets: MarketConfig[];
  venue: ScenarioVenue;
  /** The policy as the file (or `--policy`) gave it: a name or a partial override. */
  policySpec: PolicySpec;
  /** The resolved mitigation policy (`resolvePolicy(policySpec)`). */
  policy: VenuePolicy;
  topology: ScenarioTopology;
  externalVenue: ExternalVenueSpec;
  oracles: ScenarioOracles;
  /** Validated, and every actor it names exists in the topology. */
  faults: FaultSchedule;
}

/** Venue-wide genesis settings besides markets and policy (the rest of `VenueConfig`). */
export interface ScenarioVenue {
  /** Fresh oracle reports needed for a price; default ceil(2n/3) of the n oracles (Slinky's 2/3). */
  oracleQuorum: number;
  oracleStalenessUs: number;
  oracleDeviationPpm: number;
  oracleMaxFutureUs: number;
  insuranceFundSeed: number;
  maxTransferAmount: number;
}

export type ConsensusTimeoutsPreset = 'cometbft' | 'dydx';
export const CONSENSUS_TIMEOUT_PRESETS: Readonly<Record<ConsensusTimeoutsPreset, TimeoutConfig>> = {
  cometbft: COMETBFT_TIMEOUTS,
  dydx: DYDX_TIMEOUTS,
};

export interface ScenarioTopology {
  /** validator-1..n */
  validators: string[];
  /** exec-1..n: execution replicas (matching engines) applying the committed chain. */
  executionReplicas: string[];
  /** oracle-1..n */
  oracles: string[];
  traders: {
    noise: NoiseTraders;
    leveraged: LeveragedTraders;
    staleArb: StaleArbTraders;
    margin: MarginTraders;
  };
  hedger: HedgerSpec;
  liquidator: LiquidatorSpec;
  consensus: ConsensusSpec;
}

/** Random small orders around the mark. */
export interface NoiseTraders {
  /** trader-noise-1..n */
  ids: string[];
  /** Mean time between two actions of one trader, µs. */
  intervalUs: number;
  /** Collateral each deposits at start, quote units. */
  deposit: number;
}

/** Open one position at a target leverage and hold it (the accounts liquidations are about). */
export interface LeveragedTraders {
  /** trader-leveraged-1..n */
  ids: string[];
  deposit: number;
  /** Position notional / deposit, an integer multiple (<= the markets' 1 / initial margin). */
  targetLeverage: number;
}

/** Trade against venue quotes that lag the external price by more than a threshold. */
export interface StaleArbTraders {
  /** trader-arb-1..n */
  ids: string[];
  deposit: number;
  /** Act when the venue price is this far from the external price, bps. */
  thresholdBps: number;
  /** Also take any quote this far (bps) on the wrong side of the external price (stale quotes); 0: never. */
  snipeBps: number;
}

/**
 * Accounts that use their margin as real users do (actors' margin-trader.ts), styles in turn:
 * trader-margin-1 rests a ladder past its margin, -2 rests a smaller one and withdraws (sometimes
 * more than is free), -3 opens a leveraged position and cuts it reduce-only through the book
 * when its equity halves; -1..3 long (bids), -4..6 short, and so on. None by default.
 */
export interface MarginTraders {
  /** trader-margin-1..n */
  ids: string[];
  deposit: number;
  /** The cut-loss style's position notional / deposit (<= the markets' 1 / initial margin). */
  targetLeverage: number;
}

export interface HedgerSpec {
  enabled: boolean;
  /** hedger-1 */
  id: string;
  deposit: number;
  /** Quotes at oracle ± this, bps. */
  halfSpreadBps: number;
  quoteSizeLots: number;
  /** Stop quoting the side that would take inventory beyond this, lots. */
  maxInventoryLots: number;
  /** Hedge on the external venue once |delta| exceeds this, lots. */
  hedgeThresholdLots: number;
  /** The recovery invariant: |delta| must come back inside this after faults heal, lots. */
  deltaLimitLots: number;
  /** Re-quote period, µs. */
  quoteIntervalUs: number;
}

export interface LiquidatorSpec {
  enabled: boolean;
  /** liquidator-1 */
  id: string;
  /** How often it scans accounts (dYdX's daemon: 1.6 s), µs. */
  scanIntervalUs: number;
  /** Liquidation transactions per scan at most (dYdX: 50 per block). */
  maxPerScan: number;
}

export interface ConsensusSpec {
  /** `dydx` (propose 1 s, commit 0.5 s) or `cometbft` (propose 3 s, commit 1 s). */
  timeouts: ConsensusTimeoutsPreset;
  /** The preset's values. */
  timeoutConfig: TimeoutConfig;
  /** Byzantine validators by id. */
  byzantine: Record<string, ByzantineBehaviour>;
}

/** A window during which something is unavailable. */
export interface Outage {
  atUs: number;
  durationUs: number;
}

export interface FlashCrashSpec {
  atUs: number;
  /** Depth, bps of the pre-crash level. */
  dropBps: number;
  /** Length of the linear fall and of the recovery after it, µs. */
  durationUs: number;
  /** Share of the drop recovered, bps (default 5000: half). */
  recoverBps: number;
}

export interface ScriptedMoveSpec {
  atUs: number;
  /** Permanent relative move, bps (> -10000). */
  moveBps: number;
}

/** A `PriceProcessConfig` (packages/actors) with every optional field filled. */
export interface PriceProcessSpec {
  initialPriceTicks: number;
  volatilityBpsPerSqrtSecond: number;
  driftBpsPerHour: number;
  jumpChancePpmPerStep: number;
  jumpMaxBps: number;
  stepUs: number;
  flashCrash?: FlashCrashSpec;
  scripted: ScriptedMoveSpec[];
}

export interface ExternalMarketSpec {
  marketId: number;
  symbol: string;
  price: PriceProcessSpec;
}

export interface ExternalVenueSpec {
  /** external-venue */
  id: string;
  /** One price process per venue market, in `markets` order. */
  markets: ExternalMarketSpec[];
  /** How often it publishes its quotes, µs. */
  tickIntervalUs: number;
  /** Its quotes are mid ± this, bps. */
  halfSpreadBps: number;
  /** Time for a hedge order to reach it and fill, µs. */
  orderLatencyUs: number;
  /** Taker fee on hedges, ppm of notional. */
  feePpm: number;
  /** Windows in which it answers nobody (no quotes, no fills). */
  disconnects: Outage[];
}

export interface OracleParams {
  /** Time between two reports of one oracle, µs. */
  reportIntervalUs: number;
  /** Each observation is the external price × (1 + uniform noise in ±noiseBps). */
  noiseBps: number;
  /** Observations are of the external price this long ago, µs. */
  lagUs: number;
}

export type OracleBehaviour =
  | { kind: 'honest' }
  /** Reports the observed price × (1 + biasBps) from fromUs on. */
  | { kind: 'manipulate'; biasBps: number; fromUs: number }
  /** From fromUs on, keeps reporting the price it observed at fromUs (a stuck feed). */
  | { kind: 'frozen'; fromUs: number };

export interface OracleSpec extends OracleParams {
  id: string;
  behaviour: OracleBehaviour;
  /** Windows in which its sources are unreachable: it sends no reports (the actor stays up). */
  outages: Outage[];
}

export interface ScenarioOracles {
  /** The file's `oracle` section over the defaults. */
  defaults: OracleParams;
  /** One per topology oracle, in id order, with `oracleOverrides` applied. */
  perOracle: OracleSpec[];
}

// ---------------------------------------------------------------------------------------------
// The file form (input): every section and most fields optional. Documented in docs/scenarios.md.

export type PolicyOverride = { base?: string; name?: string } & {
  [K in Exclude<keyof VenuePolicy, 'name'>]?: VenuePolicy[K] extends object ? Partial<VenuePolicy[K]> : VenuePolicy[K];
};
export type PolicySpec = string | PolicyOverride;

type DeepPartialMarket = { [K in keyof MarketConfig]?: MarketConfig[K] extends object ? Partial<MarketConfig[K]> : MarketConfig[K] };
export type MarketFileEntry = DeepPartialMarket & { marketId: number; symbol: string; initialPriceTicks?: number };

export interface PriceProcessFileEntry {
  volatilityBpsPerSqrtSecond?: number;
  driftBpsPerHour?: number;
  jumpChancePpmPerStep?: number;
  jumpMaxBps?: number;
  stepUs?: number;
  flashCrash?: Omit<FlashCrashSpec, 'recoverBps'> & { recoverBps?: number };
  scripted?: ScriptedMoveSpec[];
}

export type CountOr<T> = number | (Partial<T> & { count?: number });

export interface ScenarioFile {
  version: 1;
  name: string;
  title: string;
  incident: string;
  whatToLookFor: string;
  durationUs: number;
  markets?: MarketFileEntry[];
  venue?: Partial<ScenarioVenue>;
  policy?: PolicySpec;
  topology?: {
    validators?: number;
    executionReplicas?: number;
    oracles?: number;
    traders?: {
      noise?: CountOr<Omit<NoiseTraders, 'ids'>>;
      leveraged?: CountOr<Omit<LeveragedTraders, 'ids'>>;
      staleArb?: CountOr<Omit<StaleArbTraders, 'ids'>>;
      margin?: CountOr<Omit<MarginTraders, 'ids'>>;
    };
    hedger?: boolean | Partial<Omit<HedgerSpec, 'id'>>;
    liquidator?: boolean | Partial<Omit<LiquidatorSpec, 'id'>>;
    consensus?: { timeouts?: ConsensusTimeoutsPreset; byzantine?: Record<string, ByzantineBehaviour> };
  };
  externalVenue?: {
    /** Applies to every market's price process. */
    price?: PriceProcessFileEntry;
    /** Per market symbol, over `price`. */
    markets?: Record<string, PriceProcessFileEntry>;
    tickIntervalUs?: number;
    halfSpreadBps?: number;
    orderLatencyUs?: number;
    feePpm?: number;
    disconnects?: Outage[];
  };
  oracle?: Partial<OracleParams>;
  oracleOverrides?: Record<
    string,
    Partial<OracleParams> & {
      behaviour?: { kind: 'honest' } | { kind: 'manipulate'; biasBps: number; fromUs?: number } | { kind: 'frozen'; fromUs: number };
      outages?: Outage[];
    }
  >;
  faults?: FaultSchedule;
}

// ---------------------------------------------------------------------------------------------
// Defaults. Money in cents (see the module comment); sources in docs/scenarios.md.

export const DEFAULT_MARKET_ID = 1;
export const DEFAULT_MARKET_SYMBOL = 'ETH-PERP';
/** $3,000.0 at $0.10 a tick. */
export const DEFAULT_INITIAL_PRICE_TICKS = 30_000;

export const DEFAULT_TOPOLOGY_COUNTS = {
  validators: 4,
  executionReplicas: 2,
  oracles: 3,
  traders: { noise: 12, leveraged: 6, staleArb: 2, margin: 0 },
} as const;

/** Bounds on counts and lengths (the whole table of named ranges is ranges.ts). */
export { LIMITS } from './ranges.ts';

/** The venue package's defaults (order streams use the same): one description of a venue. */
export const DEFAULT_VENUE = DEFAULT_VENUE_PARAMS;
export { defaultOracleQuorum };

export const DEFAULT_NOISE_TRADER = { intervalUs: 2_000_000, deposit: 1_000_000 } as const;
export const DEFAULT_LEVERAGED_TRADER = { deposit: 500_000, targetLeverage: 10 } as const;
export const DEFAULT_MARGIN_TRADER = { deposit: 500_000, targetLeverage: 10 } as const;
export const DEFAULT_STALE_ARB_TRADER = { deposit: 2_000_000, thresholdBps: 30, snipeBps: 0 } as const;
export const DEFAULT_HEDGER = {
  enabled: true,
  deposit: 50_000_000,
  halfSpreadBps: 5,
  quoteSizeLots: 10,
  maxInventoryLots: 500,
  hedgeThresholdLots: 20,
  deltaLimitLots: 100,
  quoteIntervalUs: 500_000,
} as const;
export const DEFAULT_LIQUIDATOR = { enabled: true, scanIntervalUs: 1_600_000, maxPerScan: 50 } as const;
export const DEFAULT_CONSENSUS_TIMEOUTS: ConsensusTimeoutsPreset = 'dydx';

export const DEFAULT_PRICE_PROCESS = {
  /** ≈ 112 % a year: a volatile crypto market. */
  volatilityBpsPerSqrtSecond: 2,
  driftBpsPerHour: 0,
  jumpChancePpmPerStep: 0,
  jumpMaxBps: 0,
  stepUs: 100_000,
} as const;
/** The price process's own default (actors' FLASH_CRASH_RECOVER_BPS_DEFAULT): one number. */
export const DEFAULT_FLASH_CRASH_RECOVER_BPS = FLASH_CRASH_RECOVER_BPS_DEFAULT;

export const DEFAULT_EXTERNAL_VENUE = {
  tickIntervalUs: 100_000,
  halfSpreadBps: 1,
  orderLatencyUs: 20_000,
  feePpm: 500,
} as const;

export const DEFAULT_ORACLE: OracleParams = { reportIntervalUs: 1_000_000, noiseBps: 2, lagUs: 500_000 };

// ---------------------------------------------------------------------------------------------
// Derived views.

/** Every actor id of the scenario, in start order; disabled hedger/liquidator are not listed. */
export function scenarioActorIds(scenario: Scenario): string[] {
  const t = scenario.topology;
  return [
    ...t.validators,
    ...t.executionReplicas,
    ...t.oracles,
    ...t.traders.noise.ids,
    ...t.traders.leveraged.ids,
    ...t.traders.staleArb.ids,
    ...t.traders.margin.ids,
    ...(t.hedger.enabled ? [t.hedger.id] : []),
    ...(t.liquidator.enabled ? [t.liquidator.id] : []),
    scenario.externalVenue.id,
  ];
}

/**
 * The venue genesis config of a scenario. Oracle public keys depend on the run seed, so the
 * runner passes them (in `topology.oracles` order).
 */
export function scenarioVenueConfig(scenario: Scenario, oracles: OracleConfig[]): VenueConfig {
  return {
    markets: scenario.markets,
    oracles,
    ...scenario.venue,
    policy: scenario.policy,
  };
}
