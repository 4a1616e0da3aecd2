/** A scenario written back as an explicit file (what a run log records). */
import { DEFAULT_INITIAL_PRICE_TICKS, type PolicyOverride, type Scenario, type ScenarioFile } from './schema.ts';

/**
 * The scenario as an explicit file (every field written out, the policy resolved): what a run
 * log records, so a replay does not depend on today's defaults. parseScenario of it gives the
 * same scenario, except that `policySpec` becomes the resolved policy object.
 */
export function scenarioToJson(s: Scenario): ScenarioFile {
  const t = s.topology;
  const clone = <T>(value: T): T => structuredClone(value);
  const { id: _hedgerId, ...hedger } = t.hedger;
  const { id: _liquidatorId, ...liquidator } = t.liquidator;
  return {
    version: 1,
    name: s.name,
    title: s.title,
    incident: s.incident,
    whatToLookFor: s.whatToLookFor,
    durationUs: s.durationUs,
    markets: s.markets.map((market, index) => ({ ...clone(market), initialPriceTicks: s.externalVenue.markets[index]?.price.initialPriceTicks ?? DEFAULT_INITIAL_PRICE_TICKS })),
    venue: { ...s.venue },
    policy: clone(s.policy) as PolicyOverride,
    topology: {
      validators: t.validators.length,
      executionReplicas: t.executionReplicas.length,
      oracles: t.oracles.length,
      traders: {
        noise: { count: t.traders.noise.ids.length, intervalUs: t.traders.noise.intervalUs, deposit: t.traders.noise.deposit },
        leveraged: { count: t.traders.leveraged.ids.length, deposit: t.traders.leveraged.deposit, targetLeverage: t.traders.leveraged.targetLeverage },
        staleArb: { count: t.traders.staleArb.ids.length, deposit: t.traders.staleArb.deposit, thresholdBps: t.traders.staleArb.thresholdBps, snipeBps: t.traders.staleArb.snipeBps },
        // Written only when there are some: the scenario files of before read back the same.
        ...(t.traders.margin.ids.length > 0 ? { margin: { count: t.traders.margin.ids.length, deposit: t.traders.margin.deposit, targetLeverage: t.traders.margin.targetLeverage } } : {}),
      },
      hedger,
      liquidator,
      consensus: { timeouts: t.consensus.timeouts, byzantine: { ...t.consensus.byzantine } },
    },
    externalVenue: {
      markets: Object.fromEntries(
        s.externalVenue.markets.map((m) => {
          const { initialPriceTicks: _initial, ...price } = clone(m.price);
          return [m.symbol, price];
        }),
      ),
      tickIntervalUs: s.externalVenue.tickIntervalUs,
      halfSpreadBps: s.externalVenue.halfSpreadBps,
      orderLatencyUs: s.externalVenue.orderLatencyUs,
      feePpm: s.externalVenue.feePpm,
      disconnects: clone(s.externalVenue.disconnects),
    },
    oracle: { ...s.oracles.defaults },
    oracleOverrides: Object.fromEntries(s.oracles.perOracle.map(({ id, ...spec }) => [id, clone(spec)])),
    faults: clone(s.faults),
  };
}
