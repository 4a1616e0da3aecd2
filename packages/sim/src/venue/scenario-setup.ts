/**
 * From a loaded scenario and a seed to the actors of one simulated run. Keys derive from the
 * seed (validators and oracles), so a run's registered oracle keys are part of its identity.
 */
import {
  createExternalVenue,
  createHedger,
  createLeveragedTrader,
  createLiquidator,
  createNoiseTrader,
  createOracle,
  createStaleArbTrader,
  type HedgerActor,
} from '@faultline/actors';
import { deriveKeyPair } from '@faultline/protocol';
import type { ActorFactory } from '@faultline/runtime';
import { scenarioToJson, scenarioVenueConfig, type Scenario } from '../scenario/mod.ts';
import type { HedgerFigures, VenueRunSetup } from './venue-run.ts';

export function scenarioSetup(scenario: Scenario, seed: number): VenueRunSetup {
  const t = scenario.topology;
  const oracles = t.oracles.map((oracleId) => ({ oracleId, publicKeyHex: Buffer.from(deriveKeyPair(seed, oracleId).publicKeyRaw).toString('hex') }));
  const venue = scenarioVenueConfig(scenario, oracles);
  const marketIds = scenario.markets.map((m) => m.marketId);
  const firstMarket = scenario.markets[0];
  if (!firstMarket) throw new Error(`scenario ${scenario.name}: no market`);
  const ext = scenario.externalVenue;
  const actors: Array<{ id: string; factory: ActorFactory }> = [];
  actors.push({
    id: ext.id,
    factory: createExternalVenue({
      venueId: ext.id,
      markets: ext.markets.map((m) => ({ marketId: m.marketId, priceProcess: m.price })),
      tickIntervalUs: ext.tickIntervalUs,
      halfSpreadBps: ext.halfSpreadBps,
      orderLatencyUs: ext.orderLatencyUs,
      feePpm: ext.feePpm,
      disconnects: ext.disconnects,
      seed,
    }),
  });
  for (const oracle of scenario.oracles.perOracle) {
    actors.push({
      id: oracle.id,
      factory: createOracle({
        oracleId: oracle.id,
        keySeed: seed,
        venueId: ext.id,
        marketIds,
        reportIntervalUs: oracle.reportIntervalUs,
        noiseBps: oracle.noiseBps,
        lagUs: oracle.lagUs,
        behaviour: oracle.behaviour,
        outages: oracle.outages,
      }),
    });
  }
  const traders = t.traders;
  for (const id of traders.noise.ids) {
    actors.push({ id, factory: createNoiseTrader({ marketIds, deposit: traders.noise.deposit, intervalUs: traders.noise.intervalUs }) });
  }
  traders.leveraged.ids.forEach((id, index) => {
    const market = scenario.markets[index % scenario.markets.length] ?? firstMarket;
    actors.push({
      id,
      factory: createLeveragedTrader({
        marketIds: [market.marketId],
        deposit: traders.leveraged.deposit,
        intervalUs: 2_000_000,
        targetLeverage: traders.leveraged.targetLeverage,
        quotePerTickLot: market.quotePerTickLot,
      }),
    });
  });
  for (const id of traders.staleArb.ids) {
    actors.push({
      id,
      factory: createStaleArbTrader({
        marketIds,
        deposit: traders.staleArb.deposit,
        intervalUs: 500_000,
        thresholdBps: traders.staleArb.thresholdBps,
        orderLots: 5,
        maxPositionLots: 50,
      }),
    });
  }
  if (t.liquidator.enabled) {
    actors.push({
      id: t.liquidator.id,
      factory: createLiquidator({
        liquidatorId: t.liquidator.id,
        markets: scenario.markets.map((m) => ({ marketId: m.marketId, quotePerTickLot: m.quotePerTickLot, maintenanceMarginPpm: m.maintenanceMarginPpm })),
        scanIntervalUs: t.liquidator.scanIntervalUs,
        maxPerScan: t.liquidator.maxPerScan,
        resubmitAfterUs: 3_000_000,
        blindAfterUs: 10_000_000,
        graceAfterResumeUs: scenario.policy.gracePeriod.enabled ? scenario.policy.gracePeriod.durationUs : 0,
      }),
    });
  }
  let hedger: HedgerActor | undefined;
  const h = t.hedger;
  if (h.enabled) {
    const factory = createHedger({
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
    });
    actors.push({
      id: h.id,
      factory: (host) => {
        hedger = factory(host);
        return hedger;
      },
    });
  }
  return {
    scenario: scenario.name,
    scenarioJson: JSON.stringify(scenarioToJson(scenario)),
    policyName: scenario.policy.name,
    seed,
    durationUs: scenario.durationUs,
    venue,
    validatorIds: t.validators,
    executionIds: t.executionReplicas,
    timeouts: t.consensus.timeoutConfig,
    faults: scenario.faults,
    marketActors: actors,
    externalVenueId: ext.id,
    ...(h.enabled
      ? {
          hedger: {
            id: h.id,
            deltaLimitLots: h.deltaLimitLots,
            metrics: (): HedgerFigures | undefined => hedger?.metrics(),
          },
        }
      : {}),
  };
}
