/**
 * The external ("true") price a perpetual-futures venue's oracles and traders look at: a seeded,
 * deterministic, multiplicative random walk (log-normal diffusion + drift + rare jumps) with
 * scripted overlays — permanent moves and one flash crash — multiplied on top.
 *
 * Determinism: the series is a pure function of (rng seed, config). The process derives its
 * own generator from the one it is given, so how often or when callers ask for prices, or what
 * else they draw from their Rng, never shifts the walk. Each step draws a fixed number of
 * values, so e.g. changing the volatility does not move the jump times. Floats are fine here:
 * this is behaviour, not money, and V8's Math.exp/log/cos are platform-independent (fdlibm).
 *
 * Time is quantised: step k covers [k * stepUs, (k + 1) * stepUs) and its price is sampled at
 * the step's start, so scripted times take effect at the first step boundary at or after them.
 */
import type { Rng } from '@faultline/runtime';

const BPS_ONE = 10_000;
const PPM_ONE = 1_000_000;
const US_PER_SECOND = 1_000_000;
const US_PER_HOUR = 3_600 * US_PER_SECOND;
/** Default number of past steps `priceAt` can still answer (≈ 7 min at 100 ms steps). */
export const PRICE_PROCESS_HISTORY_STEPS_DEFAULT = 4_096;
/** A flash crash without `recoverBps` wins back half of its drop (scenarios default to it too). */
export const FLASH_CRASH_RECOVER_BPS_DEFAULT = 5_000;

export interface FlashCrashConfig {
  /** When the fall starts (virtual µs). */
  atUs: number;
  /** Depth of the crash in basis points of the pre-crash level, in [0, 10000]. */
  dropBps: number;
  /** Length of the linear fall, and of the linear recovery that follows it (µs). */
  durationUs: number;
  /** Share of the drop recovered after the bottom, in basis points; default 5000 (half). */
  recoverBps?: number;
}

export interface ScriptedMove {
  /** When the move happens (virtual µs); it is permanent from then on. */
  atUs: number;
  /** Relative move in basis points, > -10000 (e.g. -500 = a 5% gap down). */
  moveBps: number;
}

export interface PriceProcessConfig {
  initialPriceTicks: number;
  /** Diffusion: standard deviation of log-returns per sqrt(second), in bps (5 = 0.05%/√s). */
  volatilityBpsPerSqrtSecond: number;
  /** Continuously compounded drift of the log-price, in bps per hour; default 0. */
  driftBpsPerHour?: number;
  /** Probability of a jump in each step, in parts per million; default 0. */
  jumpChancePpmPerStep?: number;
  /** A jump moves the price by a uniform amount in [-jumpMaxBps, +jumpMaxBps], < 10000. */
  jumpMaxBps?: number;
  /** Step length in µs (e.g. 100_000); the walk advances once per step. */
  stepUs: number;
  /** Floor for the output price; default 1 (prices are always positive). */
  minPriceTicks?: number;
  /** How many past steps stay answerable after the process has advanced; default 4096. */
  historySteps?: number;
  flashCrash?: FlashCrashConfig;
  scripted?: ScriptedMove[];
}

/** A bad config field; `field` is its path (e.g. `flashCrash.dropBps`, `scripted[2].atUs`). */
export class PriceProcessConfigError extends RangeError {
  constructor(
    readonly field: string,
    detail: string,
  ) {
    super(`price process: ${field} ${detail}`);
    this.name = 'PriceProcessConfigError';
  }
}

export class PriceProcess {
  private readonly rng: Rng;
  private readonly initial: number;
  private readonly min: number;
  private readonly stepUs: number;
  private readonly stepStdDev: number;
  private readonly stepDrift: number;
  private readonly jumpChancePpm: number;
  private readonly jumpMax: number;
  private readonly crash: { atUs: number; drop: number; durationUs: number; recover: number } | undefined;
  private readonly moves: ReadonlyArray<{ atUs: number; factor: number }>;
  /** Ring buffer of the last `history.length` step prices, indexed by step % length. */
  private readonly history: number[];
  private step = 0;
  private logWalk = 0;

  constructor(config: PriceProcessConfig, rng: Rng) {
    validate(config);
    // A private stream: see the module comment. Give each instrument its own parent label.
    this.rng = rng.derive('price-process');
    this.initial = config.initialPriceTicks;
    this.min = config.minPriceTicks ?? 1;
    this.stepUs = config.stepUs;
    const stepSeconds = config.stepUs / US_PER_SECOND;
    this.stepStdDev = (config.volatilityBpsPerSqrtSecond / BPS_ONE) * Math.sqrt(stepSeconds);
    this.stepDrift = ((config.driftBpsPerHour ?? 0) / BPS_ONE) * (config.stepUs / US_PER_HOUR);
    this.jumpChancePpm = config.jumpChancePpmPerStep ?? 0;
    this.jumpMax = (config.jumpMaxBps ?? 0) / BPS_ONE;
    const fc = config.flashCrash;
    this.crash = fc && {
      atUs: fc.atUs,
      drop: fc.dropBps / BPS_ONE,
      durationUs: fc.durationUs,
      recover: (fc.recoverBps ?? FLASH_CRASH_RECOVER_BPS_DEFAULT) / BPS_ONE,
    };
    // Sorted by time (stable, so same-time moves keep config order) for the cumulative product.
    this.moves = (config.scripted ?? [])
      .map((m) => ({ atUs: m.atUs, factor: 1 + m.moveBps / BPS_ONE }))
      .sort((a, b) => a.atUs - b.atUs);
    this.history = new Array<number>(config.historySteps ?? PRICE_PROCESS_HISTORY_STEPS_DEFAULT).fill(0);
    this.history[0] = this.sample(0);
  }

  /**
   * The integer price (ticks) of the step containing `timeUs`. Advances the walk as needed;
   * earlier times are answered from the bounded history and throw a RangeError once they
   * have fallen out of it.
   */
  priceAt(timeUs: number): number {
    if (!Number.isSafeInteger(timeUs) || timeUs < 0) {
      throw new RangeError(`price process: priceAt needs a safe integer time >= 0 µs, got ${timeUs}`);
    }
    const k = Math.floor(timeUs / this.stepUs);
    while (this.step < k) this.advance();
    const oldest = this.step - this.history.length + 1;
    if (k < oldest) {
      throw new RangeError(
        `price process: time ${timeUs} µs (step ${k}) is older than the ${this.history.length}-step history (oldest step ${oldest})`,
      );
    }
    return this.history[k % this.history.length] as number;
  }

  /** One step of the log-walk: drift + Gaussian diffusion + an occasional uniform jump. */
  private advance(): void {
    // Box–Muller; u1 in (0, 1] keeps the log finite. Both floats are always drawn.
    const u1 = 1 - this.rng.float();
    const u2 = this.rng.float();
    const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    let dLog = this.stepDrift + this.stepStdDev * z;
    if (this.rng.chance(this.jumpChancePpm)) {
      // Jumps are relative moves (1 + j), j uniform in [-jumpMax, jumpMax); jumpMax < 1 keeps it > 0.
      dLog += Math.log(1 + (2 * this.rng.float() - 1) * this.jumpMax);
    }
    this.logWalk += dLog;
    this.step += 1;
    this.history[this.step % this.history.length] = this.sample(this.step * this.stepUs);
  }

  /** walk × scripted moves × crash at the step start `t`, rounded and clamped to [min, 2^53). */
  private sample(t: number): number {
    // Capping the walk factor keeps the product finite, so a crash factor of 0 can't make NaN.
    const walk = Math.min(Math.exp(this.logWalk), Number.MAX_SAFE_INTEGER);
    let level = this.initial * walk;
    for (const m of this.moves) {
      if (m.atUs > t) break;
      level *= m.factor;
    }
    level *= this.crashFactor(t);
    return Math.min(Number.MAX_SAFE_INTEGER, Math.max(this.min, Math.round(level)));
  }

  /** 1 before the crash; falls linearly to 1 - drop, then recovers `recover` of the drop. */
  private crashFactor(t: number): number {
    const c = this.crash;
    if (c === undefined || t < c.atUs) return 1;
    const since = t - c.atUs;
    if (since < c.durationUs) return 1 - c.drop * (since / c.durationUs);
    // At the bottom (since === durationUs) this is exactly 1 - drop, the configured depth.
    if (since < 2 * c.durationUs) return 1 - c.drop * (1 - c.recover * ((since - c.durationUs) / c.durationUs));
    return 1 - c.drop * (1 - c.recover);
  }
}

function validate(config: PriceProcessConfig): void {
  const fail = (field: string, want: string, got: unknown): never => {
    throw new PriceProcessConfigError(field, `must be ${want}, got ${typeof got === 'number' ? got : JSON.stringify(got)}`);
  };
  const int = (field: string, v: unknown, lo: number, hi = Number.MAX_SAFE_INTEGER): void => {
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < lo || v > hi) {
      fail(field, hi === Number.MAX_SAFE_INTEGER ? `a safe integer >= ${lo}` : `an integer in [${lo}, ${hi}]`, v);
    }
  };
  // Open bounds exclude values that would zero the walk (a -100% jump or move).
  const num = (field: string, v: unknown, lo: number, hi: number, open: { lo?: boolean; hi?: boolean } = {}): void => {
    const ok = typeof v === 'number' && Number.isFinite(v) && (open.lo ? v > lo : v >= lo) && (open.hi ? v < hi : v <= hi);
    if (ok) return;
    const loText = `${open.lo ? '>' : '>='} ${lo}`;
    let want = 'a finite number';
    if (lo !== -Infinity && hi === Infinity) want += ` ${loText}`;
    else if (lo !== -Infinity) want += ` in ${open.lo ? '(' : '['}${lo}, ${hi}${open.hi ? ')' : ']'}`;
    fail(field, want, v);
  };
  if (typeof config !== 'object' || config === null) fail('config', 'an object', config);
  const min = config.minPriceTicks ?? 1;
  int('minPriceTicks', min, 1);
  int('initialPriceTicks', config.initialPriceTicks, min);
  num('volatilityBpsPerSqrtSecond', config.volatilityBpsPerSqrtSecond, 0, Infinity);
  num('driftBpsPerHour', config.driftBpsPerHour ?? 0, -Infinity, Infinity);
  int('jumpChancePpmPerStep', config.jumpChancePpmPerStep ?? 0, 0, PPM_ONE);
  num('jumpMaxBps', config.jumpMaxBps ?? 0, 0, BPS_ONE, { hi: true });
  int('stepUs', config.stepUs, 1);
  int('historySteps', config.historySteps ?? PRICE_PROCESS_HISTORY_STEPS_DEFAULT, 1, 1 << 20);
  const fc = config.flashCrash;
  if (fc !== undefined) {
    if (typeof fc !== 'object' || fc === null) fail('flashCrash', 'an object', fc);
    int('flashCrash.atUs', fc.atUs, 0);
    num('flashCrash.dropBps', fc.dropBps, 0, BPS_ONE);
    int('flashCrash.durationUs', fc.durationUs, 1);
    num('flashCrash.recoverBps', fc.recoverBps ?? FLASH_CRASH_RECOVER_BPS_DEFAULT, 0, BPS_ONE);
  }
  const scripted = config.scripted;
  if (scripted !== undefined) {
    if (!Array.isArray(scripted)) fail('scripted', 'an array', scripted);
    scripted.forEach((m, i) => {
      if (typeof m !== 'object' || m === null) fail(`scripted[${i}]`, 'an object', m);
      int(`scripted[${i}].atUs`, m.atUs, 0);
      num(`scripted[${i}].moveBps`, m.moveBps, -BPS_ONE, Infinity, { lo: true });
    });
  }
}
