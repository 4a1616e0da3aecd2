/**
 * Every range a scenario field is checked against, in one table of named limits (docs/scenarios.md
 * lists them field by field). A range is closed, [min, max]; `UNBOUNDED` as max means no bound
 * short of 2^53 (the reader then says ">= min"). Ranges that depend on the input — an oracle
 * quorum up to the oracle count, a leverage up to what the markets allow, a time before the run
 * ends — are computed where they are read. Ranges of venue fields (markets, `venue`, `policy`)
 * beyond these are the venue's own (`validateVenueConfig`), so the two never disagree.
 */
import { PPM } from '@faultline/venue';

export interface Range {
  readonly min: number;
  readonly max: number;
}

/** No upper bound short of 2^53 (`Number.MAX_SAFE_INTEGER`). */
export const UNBOUNDED = Number.MAX_SAFE_INTEGER;
/** 100 % in basis points. */
export const BPS_ONE = 10_000;

/** Bounds on counts and list lengths: a scenario is a test input, not a load generator. */
export const LIMITS = {
  validators: { min: 1, max: 31 },
  executionReplicas: { min: 1, max: 16 },
  oracles: { min: 1, max: 31 },
  tradersPerKind: { min: 0, max: 1_000 },
  durationUs: { min: 1_000_000, max: 86_400_000_000 },
  outagesMax: 1_000,
  scriptedMovesMax: 1_000,
  marketsMax: 64,
  /** `name` (also the file's base name). */
  nameMax: 64,
  /** `title`, `incident`, `whatToLookFor`. */
  textMax: 2_000,
  /** Any other string (a symbol is further held to its pattern). */
  stringMax: 200,
} as const;

/** A price move in bps: more than -100 % (a price stays positive), at most +100,000 % (Synthetix 2019 was 1000x). */
const PRICE_MOVE_BPS: Range = { min: -(BPS_ONE - 1), max: 1_000 * BPS_ONE };

export const RANGES = {
  marketId: { min: 1, max: 0xffff_ffff },
  // venue
  oracleStalenessUs: { min: 1, max: UNBOUNDED },
  oracleDeviationPpm: { min: 1, max: 10_000_000 },
  oracleMaxFutureUs: { min: 0, max: UNBOUNDED },
  insuranceFundSeed: { min: 0, max: UNBOUNDED },
  maxTransferAmount: { min: 1, max: UNBOUNDED },
  // topology: traders, hedger, liquidator
  deposit: { min: 1, max: UNBOUNDED },
  noiseIntervalUs: { min: 10_000, max: 3_600_000_000 },
  staleArbThresholdBps: { min: 1, max: BPS_ONE },
  staleArbSnipeBps: { min: 0, max: BPS_ONE - 1 },
  hedgerHalfSpreadBps: { min: 1, max: 5_000 },
  hedgerQuoteIntervalUs: { min: 10_000, max: 60_000_000 },
  liquidatorScanIntervalUs: { min: 10_000, max: 60_000_000 },
  liquidatorMaxPerScan: { min: 1, max: 1_000 },
  // oracles
  oracleReportIntervalUs: { min: 10_000, max: 3_600_000_000 },
  oracleNoiseBps: { min: 0, max: 1_000 },
  oracleLagUs: { min: 0, max: 3_600_000_000 },
  oracleBiasBps: PRICE_MOVE_BPS,
  outageDurationUs: { min: 1, max: UNBOUNDED },
  // external venue and its price process
  externalTickIntervalUs: { min: 1_000, max: 60_000_000 },
  externalHalfSpreadBps: { min: 0, max: 1_000 },
  externalOrderLatencyUs: { min: 0, max: 60_000_000 },
  externalFeePpm: { min: 0, max: 100_000 },
  volatilityBpsPerSqrtSecond: { min: 0, max: 10_000 },
  driftBpsPerHour: { min: -100_000, max: 100_000 },
  jumpChancePpmPerStep: { min: 0, max: PPM },
  jumpMaxBps: { min: 0, max: BPS_ONE - 1 },
  priceStepUs: { min: 1_000, max: 60_000_000 },
  flashCrashDropBps: { min: 0, max: BPS_ONE },
  flashCrashDurationUs: { min: 1, max: UNBOUNDED },
  flashCrashRecoverBps: { min: 0, max: BPS_ONE },
  scriptedMoveBps: PRICE_MOVE_BPS,
} as const satisfies Record<string, Range>;
