/**
 * The venue's documented defaults (config.ts against docs/venue.md, "Policy fields and defaults",
 * "Named policies" and "Configuration reference"), found by mutation testing: the default policy
 * field by field, each named policy differing from `default` in exactly what its name says, the
 * market defaults, the venue-wide genesis parameters and the resource limits. Each is valid.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, DEFAULT_POLICY, DEFAULT_VENUE_PARAMS, defaultMarket, NAMED_POLICIES, validateVenueConfig, type VenuePolicy } from '@faultline/venue';
import { testVenueConfig } from '@faultline/venue/testing';

const S = 1_000_000;

/** The fields of `p` that differ from the default policy, as `path: value`. */
function differences(p: VenuePolicy): string[] {
  const out: string[] = [];
  const walk = (a: unknown, b: unknown, path: string): void => {
    if (a && typeof a === 'object' && b && typeof b === 'object') {
      const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
      for (const k of [...keys].sort()) walk((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k);
    } else if (a !== b) out.push(`${path}: ${JSON.stringify(a)}`);
  };
  walk(p, DEFAULT_POLICY, '');
  return out;
}

describe('the default policy (docs/venue.md, "Policy fields and defaults")', () => {
  it('every field as documented', () => {
    expect(DEFAULT_POLICY).toEqual({
      name: 'default',
      blockGapHalt: { enabled: true, thresholdUs: 10 * S },
      oracleStaleHalt: { enabled: true },
      priceBand: { enabled: true, bandPpm: 100_000, haltUs: 10 * S },
      cancelOnHalt: { enabled: true },
      resumeDelayUs: 5 * S,
      reopeningAuction: { enabled: true, durationUs: 10 * S },
      gracePeriod: { enabled: true, durationUs: 30 * S, liquidateBelowHealthPpm: 500_000 },
      healthScaledMargin: { enabled: true, healthyBlockIntervalUs: 3 * S, healthyOracleAgeUs: 5 * S, extraPpmPerSecond: 20_000, maxExtraPpm: 1_000_000 },
      adl: { enabled: true },
      liquidationNeedsFreshOracle: { enabled: true },
    });
  });
});

describe('the named policies differ from default in what their names say', () => {
  it('default is the default policy', () => {
    expect(NAMED_POLICIES.default).toBe(DEFAULT_POLICY);
    expect(Object.keys(NAMED_POLICIES)).toEqual(['default', 'none', 'no-grace', 'no-auction', 'no-halts', 'no-health-margin']);
  });

  it('none: every breaker and mitigation off except ADL, no resume delay', () => {
    expect(differences(NAMED_POLICIES.none as VenuePolicy)).toEqual([
      'blockGapHalt.enabled: false',
      'cancelOnHalt.enabled: false',
      'gracePeriod.enabled: false',
      'healthScaledMargin.enabled: false',
      'liquidationNeedsFreshOracle.enabled: false',
      'name: "none"',
      'oracleStaleHalt.enabled: false',
      'priceBand.enabled: false',
      'reopeningAuction.enabled: false',
      'resumeDelayUs: 0',
    ]);
  });

  it.each([
    ['no-grace', ['gracePeriod.enabled: false']],
    ['no-auction', ['reopeningAuction.enabled: false']],
    ['no-halts', ['blockGapHalt.enabled: false', 'oracleStaleHalt.enabled: false', 'priceBand.enabled: false']],
    ['no-health-margin', ['healthScaledMargin.enabled: false']],
  ])('%s', (name, off) => {
    expect(differences(NAMED_POLICIES[name] as VenuePolicy)).toEqual([...off.filter((d) => d < 'name'), `name: "${name}"`, ...off.filter((d) => d > 'name')]);
  });

  it('every named policy is valid in a config', () => {
    for (const policy of Object.values(NAMED_POLICIES)) {
      const { config } = testVenueConfig({ markets: 1, policy });
      expect(() => validateVenueConfig(config)).not.toThrow();
    }
  });
});

describe('market, venue and limit defaults (docs/venue.md, "Configuration reference")', () => {
  it('a default market', () => {
    expect(defaultMarket(3, 'ETH-PERP')).toEqual({
      marketId: 3,
      symbol: 'ETH-PERP',
      quotePerTickLot: 1,
      priceStepTicks: 1,
      sizeStepLots: 1,
      maxPriceTicks: 100_000_000,
      maxOrderLots: 1_000_000,
      maxPositionLots: 10_000_000,
      initialMarginPpm: 50_000,
      maintenanceMarginPpm: 30_000,
      makerFeePpm: -100,
      takerFeePpm: 500,
      maxOpenOrdersPerAccount: 200,
      marketOrderSlippagePpm: 50_000,
      markEmaWindowUs: 150 * S,
      funding: { intervalUs: 3_600 * S, clampPpm: 6_000 },
      liquidation: { feePpm: 5_000, maxSlippagePpm: 30_000 },
    });
  });

  it('the venue-wide genesis parameters and the resource limits', () => {
    expect(DEFAULT_VENUE_PARAMS).toEqual({ oracleStalenessUs: 10 * S, oracleDeviationPpm: 150_000, oracleMaxFutureUs: 2 * S, insuranceFundSeed: 5_000_000, maxTransferAmount: 1_000_000_000_000 });
    expect(DEFAULT_LIMITS).toEqual({ maxAccounts: 1_000_000, maxOrdersPerBook: 1_000_000, maxClients: 1_000_000 });
  });
});
