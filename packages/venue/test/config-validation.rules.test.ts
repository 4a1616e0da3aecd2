/**
 * The genesis config's validation (config.ts) field by field (found by mutation testing): every
 * integer field accepts its bounds and refuses one past each, naming its JSON path; types, empty
 * lists, duplicate ids, oracle keys, the notional bound, the policy's flags and limits likewise.
 * Then resolvePolicy (named, partial overrides merged one level deep, bad names and fields) and
 * the canonical JSON the config hash is taken over.
 */
import { describe, expect, it } from 'vitest';
import { canonicalJson, configHash, DEFAULT_LIMITS, defaultOracleQuorum, DEFAULT_POLICY, NAMED_POLICIES, PRICE_TICKS_MAX, resolvePolicy, SIZE_LOTS_MAX, validateVenueConfig, VenueConfigError, venueLimits, type VenueConfig } from '@faultline/venue';
import { testVenueConfig } from '@faultline/venue/testing';

const BASE = testVenueConfig({ markets: 2, oracles: 3 }).config;
const fresh = (): VenueConfig => structuredClone(BASE);
const MAX = Number.MAX_SAFE_INTEGER;

/** The error validateVenueConfig throws for the config after `edit`, as `path: message`, or 'valid'. */
function verdict(edit: (c: VenueConfig) => void): string {
  const c = fresh();
  edit(c);
  try {
    validateVenueConfig(c);
    return 'valid';
  } catch (error) {
    expect(error).toBeInstanceOf(VenueConfigError);
    expect((error as Error).name).toBe('VenueConfigError');
    const e = error as VenueConfigError;
    expect(e.message.startsWith(`venue config: ${e.path} `)).toBe(true);
    return `${e.path}: ${e.message.slice(`venue config: ${e.path} `.length)}`;
  }
}

/** Sets a field by its path (`markets[1].funding.intervalUs`). */
function setter(path: string, value: unknown): (c: VenueConfig) => void {
  return (c) => {
    const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.');
    let at = c as unknown as Record<string, unknown>;
    for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
    at[keys[keys.length - 1] as string] = value;
  };
}

const m = 'markets[1]';
/** [path, min, max, what else to set so the bound is reachable] */
const INTS: Array<[string, number, number, ((c: VenueConfig) => void)?]> = [
  [`${m}.marketId`, 1, 0xffff_ffff, (c) => ((c.markets[0] as { marketId: number }).marketId = 5)],
  [`${m}.quotePerTickLot`, 1, 1_000_000, (c) => Object.assign(c.markets[1] as object, { maxPriceTicks: 1_000, maxPositionLots: 1_000_000 })],
  [`${m}.priceStepTicks`, 1, PRICE_TICKS_MAX, (c) => Object.assign(c.markets[1] as object, { maxPriceTicks: PRICE_TICKS_MAX, maxPositionLots: 1_000_000, maxOrderLots: 1_000 })],
  [`${m}.sizeStepLots`, 1, SIZE_LOTS_MAX, (c) => Object.assign(c.markets[1] as object, { maxOrderLots: SIZE_LOTS_MAX, maxPositionLots: SIZE_LOTS_MAX, maxPriceTicks: 1_000 })],
  [`${m}.maxPriceTicks`, 7, PRICE_TICKS_MAX, (c) => Object.assign(c.markets[1] as object, { priceStepTicks: 7, maxPositionLots: 1_000_000, maxOrderLots: 1_000 })],
  [`${m}.maxOrderLots`, 9, SIZE_LOTS_MAX, (c) => Object.assign(c.markets[1] as object, { sizeStepLots: 9, maxPositionLots: SIZE_LOTS_MAX, maxPriceTicks: 1_000 })],
  [`${m}.maxPositionLots`, 1_000_000, SIZE_LOTS_MAX, (c) => Object.assign(c.markets[1] as object, { maxOrderLots: 1_000_000, maxPriceTicks: 1_000 })],
  [`${m}.initialMarginPpm`, 1, 1_000_000, (c) => ((c.markets[1] as { maintenanceMarginPpm: number }).maintenanceMarginPpm = 1)],
  [`${m}.maintenanceMarginPpm`, 1, 50_000],
  [`${m}.makerFeePpm`, -100_000, 100_000],
  [`${m}.takerFeePpm`, 100, 100_000],
  [`${m}.maxOpenOrdersPerAccount`, 1, 100_000],
  [`${m}.marketOrderSlippagePpm`, 0, 500_000],
  [`${m}.markEmaWindowUs`, 1, MAX],
  [`${m}.funding.intervalUs`, 1, MAX],
  [`${m}.funding.clampPpm`, 0, 100_000],
  [`${m}.liquidation.feePpm`, 0, 100_000],
  [`${m}.liquidation.maxSlippagePpm`, 0, 500_000],
  ['oracleQuorum', 1, 3],
  ['oracleStalenessUs', 1, MAX],
  ['oracleDeviationPpm', 1, 10_000_000],
  ['oracleMaxFutureUs', 0, MAX],
  ['insuranceFundSeed', 0, MAX],
  ['maxTransferAmount', 1, MAX],
  ['policy.blockGapHalt.thresholdUs', 1, MAX],
  ['policy.priceBand.bandPpm', 1, 900_000],
  ['policy.priceBand.haltUs', 0, MAX],
  ['policy.resumeDelayUs', 0, MAX],
  ['policy.reopeningAuction.durationUs', 0, MAX],
  ['policy.gracePeriod.durationUs', 0, MAX],
  ['policy.gracePeriod.liquidateBelowHealthPpm', 0, 1_000_000],
  ['policy.healthScaledMargin.healthyBlockIntervalUs', 1, MAX],
  ['policy.healthScaledMargin.healthyOracleAgeUs', 1, MAX],
  ['policy.healthScaledMargin.extraPpmPerSecond', 0, 10_000_000],
  ['policy.healthScaledMargin.maxExtraPpm', 0, 10_000_000],
  ['limits.maxAccounts', 1, 10_000_000],
  ['limits.maxOrdersPerBook', 1, 10_000_000],
  ['limits.maxClients', 1, 10_000_000],
];

describe('integer fields: their bounds accepted, one past each refused by path', () => {
  it.each(INTS)('%s in [%d, %d]', (path, min, max, prepare) => {
    const at = (value: number) =>
      verdict((c) => {
        if (path.startsWith('limits.')) c.limits = {};
        if (path.endsWith('makerFeePpm')) (c.markets[1] as { takerFeePpm: number }).takerFeePpm = 100_000;
        if (path.endsWith('takerFeePpm')) (c.markets[1] as { makerFeePpm: number }).makerFeePpm = -100;
        if (path.endsWith('maintenanceMarginPpm')) (c.markets[1] as { initialMarginPpm: number }).initialMarginPpm = 50_000;
        prepare?.(c);
        setter(path, value)(c);
      });
    const refused = (value: number) => `${path}: must be an integer in [${min}, ${max}], got ${value}`;
    expect(at(min)).toBe('valid');
    expect(at(max)).toBe('valid');
    expect(at(min - 1)).toBe(refused(min - 1));
    if (max < MAX) expect(at(max + 1)).toBe(refused(max + 1));
  });

  it('a non-integer, a number beyond 2^53, a string or a missing value is refused', () => {
    expect(verdict(setter('oracleStalenessUs', 1.5))).toBe(`oracleStalenessUs: must be an integer in [1, ${MAX}], got 1.5`);
    expect(verdict(setter('oracleStalenessUs', 2 ** 53))).toBe(`oracleStalenessUs: must be an integer in [1, ${MAX}], got ${2 ** 53}`);
    expect(verdict(setter('oracleStalenessUs', '10'))).toBe(`oracleStalenessUs: must be an integer in [1, ${MAX}], got "10"`);
    expect(verdict(setter('markets[0].funding', undefined))).toBe(`markets[0].funding.intervalUs: must be an integer in [1, ${MAX}], got undefined`);
    expect(verdict(setter('markets[0].liquidation', undefined))).toBe('markets[0].liquidation.feePpm: must be an integer in [0, 100000], got undefined');
  });
});

describe('the rest of the config', () => {
  it('the valid base config is valid', () => {
    expect(verdict(() => {})).toBe('valid');
  });

  it('markets: a non-empty list, ids used once, non-empty symbols, the notional bound', () => {
    expect(verdict(setter('markets', []))).toBe('markets: must list at least one market');
    expect(verdict(setter('markets', {}))).toBe('markets: must list at least one market');
    expect(verdict(setter('markets[1].marketId', 1))).toBe('markets[1].marketId: 1 is used twice');
    expect(verdict(setter('markets[1].symbol', ''))).toBe('markets[1].symbol: must be a non-empty string');
    expect(verdict(setter('markets[1].symbol', 7))).toBe('markets[1].symbol: must be a non-empty string');
    // 2 x 4,503,599 x 10^9 x 1 < 2^53 <= 2 x 4,503,600 x 10^9 x 1.
    const notional = (lots: number) => verdict((c) => Object.assign(c.markets[1] as object, { maxPriceTicks: 1_000_000_000, maxOrderLots: 1_000, maxPositionLots: lots, quotePerTickLot: 1 }));
    expect(notional(4_503_599)).toBe('valid');
    expect(notional(4_503_600)).toBe('markets[1].maxPositionLots: x maxPriceTicks x quotePerTickLot x 2 must stay below 2^53');
    expect(verdict((c) => Object.assign(c.markets[1] as object, { maxPriceTicks: 1_000_000_000, maxOrderLots: 1_000, maxPositionLots: 2_251_800, quotePerTickLot: 2 }))).toBe(
      'markets[1].maxPositionLots: x maxPriceTicks x quotePerTickLot x 2 must stay below 2^53',
    );
  });

  it('oracles: a non-empty list, ids used once and non-empty, 64 hex digits of key', () => {
    const key = BASE.oracles[0]?.publicKeyHex as string;
    expect(verdict(setter('oracles', []))).toBe('oracles: must list at least one oracle');
    expect(verdict(setter('oracles', 'x'))).toBe('oracles: must list at least one oracle');
    expect(verdict(setter('oracles[2].oracleId', ''))).toBe('oracles[2].oracleId: must be a non-empty string');
    expect(verdict(setter('oracles[2].oracleId', 3))).toBe('oracles[2].oracleId: must be a non-empty string');
    expect(verdict(setter('oracles[2].oracleId', 'oracle-1'))).toBe('oracles[2].oracleId: oracle-1 is used twice');
    expect(verdict(setter('oracles[1].publicKeyHex', key.slice(1)))).toBe('oracles[1].publicKeyHex: must be 64 hex digits (a raw ed25519 public key)');
    expect(verdict(setter('oracles[1].publicKeyHex', `${key}0`))).toBe('oracles[1].publicKeyHex: must be 64 hex digits (a raw ed25519 public key)');
    expect(verdict(setter('oracles[1].publicKeyHex', `x${key.slice(1)}`))).toBe('oracles[1].publicKeyHex: must be 64 hex digits (a raw ed25519 public key)');
    expect(verdict(setter('oracles[1].publicKeyHex', 5))).toBe('oracles[1].publicKeyHex: must be 64 hex digits (a raw ed25519 public key)');
    expect(verdict(setter('oracles[1].publicKeyHex', key.toUpperCase()))).toBe('valid');
  });

  it('the policy: present, every switch a boolean', () => {
    expect(verdict(setter('policy', undefined))).toBe('policy: is missing');
    expect(verdict(setter('policy', 'default'))).toBe('policy: is missing');
    for (const flag of ['blockGapHalt', 'oracleStaleHalt', 'priceBand', 'cancelOnHalt', 'reopeningAuction', 'gracePeriod', 'healthScaledMargin', 'adl', 'liquidationNeedsFreshOracle']) {
      expect(verdict(setter(`policy.${flag}.enabled`, 1))).toBe(`policy.${flag}.enabled: must be true or false, got 1`);
      expect(verdict(setter(`policy.${flag}.enabled`, false))).toBe('valid');
      expect(verdict(setter(`policy.${flag}`, undefined))).toBe(`policy.${flag}.enabled: must be true or false, got undefined`);
    }
  });

  it('limits: an object of known limits, each optional', () => {
    expect(verdict(setter('limits', undefined))).toBe('valid');
    expect(verdict(setter('limits', {}))).toBe('valid');
    expect(verdict(setter('limits', null))).toBe('limits: must be an object');
    expect(verdict(setter('limits', 5))).toBe('limits: must be an object');
    expect(verdict(setter('limits', { maxOrders: 5 }))).toBe('limits.maxOrders: is not a limit (maxAccounts, maxOrdersPerBook, maxClients)');
    expect(venueLimits(BASE)).toEqual(DEFAULT_LIMITS);
    expect(venueLimits({ ...BASE, limits: { maxClients: 3 } })).toEqual({ ...DEFAULT_LIMITS, maxClients: 3 });
  });

  it('the default quorum is two thirds of the oracles, rounded up', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(defaultOracleQuorum)).toEqual([1, 2, 2, 3, 4, 4, 5]);
  });
});

describe('resolvePolicy', () => {
  it('a named policy by name; an unknown name or an inherited property name is refused, listing the names', () => {
    expect(resolvePolicy('no-grace')).toBe(NAMED_POLICIES['no-grace']);
    const names = Object.keys(NAMED_POLICIES).join(', ');
    expect(() => resolvePolicy('nope')).toThrow(new VenueConfigError('policy', `"nope" is not a named policy (${names})`));
    expect(() => resolvePolicy('toString')).toThrow(/"toString" is not a named policy/);
  });

  it('a partial override on the default (or a named base), merged one level deep', () => {
    const p = resolvePolicy({ priceBand: { bandPpm: 5 } as never, resumeDelayUs: 7 });
    expect(p).toEqual({ ...DEFAULT_POLICY, priceBand: { ...DEFAULT_POLICY.priceBand, bandPpm: 5 }, resumeDelayUs: 7 });
    expect(DEFAULT_POLICY.priceBand.bandPpm).toBe(100_000);
    const q = resolvePolicy({ base: 'none', adl: { enabled: false } });
    expect(q).toEqual({ ...NAMED_POLICIES.none, adl: { enabled: false } });
    expect(Object.keys(q)).not.toContain('base');
  });

  it('a field the policy does not have is refused by path; a non-object value replaces', () => {
    expect(() => resolvePolicy({ colour: 1 } as never)).toThrow(new VenueConfigError('policy.colour', 'is not a policy field'));
    expect(resolvePolicy({ gracePeriod: null } as never).gracePeriod).toBeNull();
    expect(resolvePolicy({ name: 'mine' }).name).toBe('mine');
  });
});

describe('the canonical JSON and the config hash', () => {
  it('sorted keys at every depth, undefined members left out, arrays in order', () => {
    expect(canonicalJson({ b: 1, a: [3, { d: undefined, c: 'x' }], c: null })).toBe('{"a":[3,{"c":"x"}],"b":1,"c":null}');
    expect(canonicalJson({ B: 1, a: 2, 'a"': 3 })).toBe('{"B":1,"a":2,"a\\"":3}');
    expect(canonicalJson('s')).toBe('"s"');
  });

  it('the config hash is sha256 of it: key order does not matter, a value does', () => {
    const reordered = Object.fromEntries(Object.entries(fresh()).reverse()) as unknown as VenueConfig;
    expect(Buffer.from(configHash(reordered)).toString('hex')).toBe(Buffer.from(configHash(BASE)).toString('hex'));
    expect(Buffer.from(configHash({ ...BASE, insuranceFundSeed: BASE.insuranceFundSeed + 1 })).toString('hex')).not.toBe(Buffer.from(configHash(BASE)).toString('hex'));
    expect(configHash(BASE).length).toBe(32);
  });
});
