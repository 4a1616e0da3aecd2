/**
 * A scenario and a seed as actor specs (plain data): every actor of the run, with the venue
 * config its execution nodes apply. The simulator builds factories from them; `faultline up`
 * writes them to files, one per service process. Keys derive from the seed (validators and
 * oracles), so a run's registered oracle keys are part of its identity.
 */
import { MARGIN_STYLES, type ActorSpec, type MarginStyle } from '@faultline/actors';
import { deriveKeyPair } from '@faultline/protocol';
import type { VenueConfig } from '@faultline/venue';
import { scenarioVenueConfig, type Scenario } from '../scenario/mod.ts';

export interface ScenarioActors {
  venue: VenueConfig;
  specs: ActorSpec[];
}

export function scenarioVenueConfigForSeed(scenario: Scenario, seed: number): VenueConfig {
  const oracles = scenario.topology.oracles.map((oracleId) => ({ oracleId, publicKeyHex: Buffer.from(deriveKeyPair(seed, oracleId).publicKeyRaw).toString('hex') }));
  return scenarioVenueConfig(scenario, oracles);
}

export function scenarioActorSpecs(scenario: Scenario, seed: number): ScenarioActors {
  const t = scenario.topology;
  const venue = scenarioVenueConfigForSeed(scenario, seed);
  const marketIds = scenario.markets.map((m) => m.marketId);
  const firstMarket = scenario.markets[0];
  if (!firstMarket) throw new Error(`scenario ${scenario.name}: no market`);
  const ext = scenario.externalVenue;
  const specs: ActorSpec[] = [];
  for (const id of t.validators) {
    specs.push({ kind: 'validator', id, config: { validatorIds: t.validators, keySeed: seed, timeouts: t.consensus.timeoutConfig, ...(Object.keys(t.consensus.byzantine).length ? { byzantine: t.consensus.byzantine } : {}) } });
  }
  for (const id of t.executionReplicas) specs.push({ kind: 'execution', id, config: { venue, validatorIds: t.validators, keySeed: seed } });
  specs.push({
    kind: 'external-venue',
    id: ext.id,
    config: {
      venueId: ext.id,
      markets: ext.markets.map((m) => ({ marketId: m.marketId, priceProcess: m.price })),
      tickIntervalUs: ext.tickIntervalUs,
      halfSpreadBps: ext.halfSpreadBps,
      orderLatencyUs: ext.orderLatencyUs,
      feePpm: ext.feePpm,
      disconnects: ext.disconnects,
      seed,
    },
  });
  for (const oracle of scenario.oracles.perOracle) {
    specs.push({
      kind: 'oracle',
      id: oracle.id,
      config: { oracleId: oracle.id, keySeed: seed, venueId: ext.id, marketIds, reportIntervalUs: oracle.reportIntervalUs, noiseBps: oracle.noiseBps, lagUs: oracle.lagUs, behaviour: oracle.behaviour, outages: oracle.outages },
    });
  }
  const traders = t.traders;
  for (const id of traders.noise.ids) specs.push({ kind: 'noise-trader', id, config: { marketIds, deposit: traders.noise.deposit, intervalUs: traders.noise.intervalUs } });
  traders.leveraged.ids.forEach((id, index) => {
    const market = scenario.markets[index % scenario.markets.length] ?? firstMarket;
    specs.push({
      kind: 'leveraged-trader',
      id,
      config: { marketIds: [market.marketId], deposit: traders.leveraged.deposit, intervalUs: 2_000_000, targetLeverage: traders.leveraged.targetLeverage, quotePerTickLot: market.quotePerTickLot },
    });
  });
  for (const id of traders.staleArb.ids) {
    specs.push({ kind: 'stale-arb-trader', id, config: { marketIds, deposit: traders.staleArb.deposit, intervalUs: 500_000, thresholdBps: traders.staleArb.thresholdBps, orderLots: 5, maxPositionLots: 50, ...(traders.staleArb.snipeBps > 0 ? { snipeBps: traders.staleArb.snipeBps } : {}) } });
  }
  traders.margin.ids.forEach((id, index) => {
    // Styles in turn, long then short (a crash tests the longs, a squeeze the shorts), each in one market (the markets in turn).
    const style = MARGIN_STYLES[index % MARGIN_STYLES.length] as MarginStyle;
    const round = Math.floor(index / MARGIN_STYLES.length);
    const market = scenario.markets[Math.floor(round / 2) % scenario.markets.length] ?? firstMarket;
    specs.push({
      kind: 'margin-trader',
      id,
      config: { style, marketIds: [market.marketId], deposit: traders.margin.deposit, intervalUs: 1_000_000, quotePerTickLot: market.quotePerTickLot, initialMarginPpm: market.initialMarginPpm, maintenanceMarginPpm: market.maintenanceMarginPpm, priceStepTicks: market.priceStepTicks, targetLeverage: traders.margin.targetLeverage, direction: round % 2 === 0 ? 'long' : 'short' },
    });
  });
  if (t.liquidator.enabled) {
    specs.push({
      kind: 'liquidator',
      id: t.liquidator.id,
      config: {
        liquidatorId: t.liquidator.id,
        markets: scenario.markets.map((m) => ({ marketId: m.marketId, quotePerTickLot: m.quotePerTickLot, maintenanceMarginPpm: m.maintenanceMarginPpm })),
        scanIntervalUs: t.liquidator.scanIntervalUs,
        maxPerScan: t.liquidator.maxPerScan,
        resubmitAfterUs: 3_000_000,
        blindAfterUs: 10_000_000,
        graceAfterResumeUs: scenario.policy.gracePeriod.enabled ? scenario.policy.gracePeriod.durationUs : 0,
      },
    });
  }
  const h = t.hedger;
  if (h.enabled) {
    specs.push({
      kind: 'hedger',
      id: h.id,
      config: {
        hedgerId: h.id,
        venueId: ext.id,
        markets: scenario.markets.map((m) => ({ marketId: m.marketId, quotePerTickLot: m.quotePerTickLot, priceStepTicks: m.priceStepTicks })),
        deposit: h.deposit,
        quoteIntervalUs: h.quoteIntervalUs,
        halfSpreadBps: h.halfSpreadBps,
        quoteSizeLots: h.quoteSizeLots,
        maxInventoryLots: h.maxInventoryLots,
        hedgeThresholdLots: h.hedgeThresholdLots,
        deltaLimitLots: h.deltaLimitLots,
        staleAfterUs: 5_000_000,
        hedgeTimeoutUs: 3_000_000,
      },
    });
  }
  return { venue, specs };
}
