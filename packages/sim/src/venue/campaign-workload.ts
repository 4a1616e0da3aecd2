/**
 * The default campaign's workload draw: each run of `faultline check`'s swarm varies the market
 * and its users as well as the network, drawn from the run seed. A venue's bugs live in the
 * situations its users and prices create — liquidations in a crash, an empty insurance fund,
 * funding with both sides open, halts while orders rest, a slow oracle, accounts trading at the
 * edge of their margin — and the baseline's calm 90 s (no funding tick, no liquidation, no halt)
 * creates none of them. The swarm's faults alone do not move prices.
 *
 * Each run draws, independently: a price shock (a flash crash, with or without a rebound) or a
 * jumpier price; a funding interval short enough to tick within the run; the insurance fund's
 * seed (empty, small or the default); whether ADL is on (the policy's one switch that changes who
 * pays a deficit); the leveraged traders' leverage; the noise traders' capital (thin accounts
 * trade at their margin limit); oracle outages and a slow oracle; the consensus timeouts (dYdX's
 * or CometBFT's). Nothing here knows a planted variant; it draws what a venue meets.
 *
 * Every price shock and oracle outage ends by `endByUs` (the swarm's own end of faults), so the
 * recovery bounds, counted from the last fault's end, still leave room for the market to reopen
 * after a price-band or stale-oracle halt. Like the Byzantine validators, the draw comes from the
 * run seed (not a campaign input): the shrinker, a determinism re-run and a distributed
 * campaign's workers run the same workload; the repro is the scenario file of the run.
 */
import { createRng, type Rng } from '@faultline/runtime';
import { CONSENSUS_TIMEOUT_PRESETS, gapThresholdAboveSlowestUs, parseScenario, scenarioToJson, type Scenario } from '../scenario/mod.ts';

/** What the draw changed (for reports): absent fields kept the scenario's own. */
export interface CampaignWorkload {
  flashCrash?: { atUs: number; dropBps: number; durationUs: number; recoverBps: number };
  jumps?: { jumpChancePpmPerStep: number; jumpMaxBps: number };
  volatilityBpsPerSqrtSecond?: number;
  fundingIntervalUs?: number;
  insuranceFundSeed?: number;
  adl?: false;
  leverage?: number;
  noiseDeposit?: number;
  oracleOutages?: Record<string, Array<{ atUs: number; durationUs: number }>>;
  slowOracle?: { id: string; lagUs: number };
  timeouts?: 'dydx' | 'cometbft';
  /** The policy's cancel-on-halt off: orders rest through a halt (what halted admission must refuse to match). */
  cancelOnHalt?: false;
  /** Seven validators instead of the scenario's count: f = 2, so up to two Byzantine ones (campaignByzantine). */
  validators?: number;
  /** A hedger with a tighter delta limit and inventory cap (lots): a few seconds of quoting blind take it past twice its limit. */
  hedgerLimitLots?: number;
  /** Busier noise traders (mean µs between actions): more orders in flight in any block, the one that halts a market included. */
  noiseIntervalUs?: number;
  /**
   * The stale-price arbitrageurs also pick off stale quotes (bps past the external price): the
   * takers that hit a market maker's quotes while its feed is stalled (a swarm feed stall).
   */
  staleArbSnipeBps?: number;
  /**
   * Margin users (each style long and short: a ladder past its margin, a withdrawer, a
   * loss-cutter that trades reduce-only through the book in a crash): the requests a margin
   * model must refuse.
   */
  marginTraders?: number;
  /**
   * The block-gap halt's threshold raised above the slowest height the drawn validator count and
   * timeouts allow with f validators never proposing (scenarioHazards): a venue run with CometBFT's
   * timeouts at n = 7 sets it so, or its markets halt under what the chain tolerates. Not a draw.
   */
  blockGapHaltUs?: number;
}

type Json = Record<string, unknown>;

/** The draw for one run (pure in the scenario, the run seed and endByUs). */
export function drawCampaignWorkload(scenario: Scenario, runSeed: number, endByUs: number): CampaignWorkload {
  const rng = createRng(runSeed).derive('campaign/workload');
  const w: CampaignWorkload = {};
  // Shocks start after the venue has opened and traders have built positions (~5 s).
  const startUs = Math.min(5_000_000, Math.floor(endByUs / 4));
  const ownPrice = scenario.externalVenue.markets.some((m) => m.price.flashCrash || m.price.scripted.length > 0);
  if (!ownPrice) {
    const shock = rng.int(0, 99);
    if (shock < 55) {
      // In the second half of the fault window: the leveraged traders build their positions
      // over tens of seconds (a thin book), and a crash before that liquidates nobody.
      // It falls for durationUs and rebounds for as long again (the price process's crash).
      const lo = Math.max(startUs, Math.floor(endByUs / 2));
      const durationUs = rng.int(500_000, Math.max(500_000, Math.min(6_000_000, Math.floor((endByUs - lo) / 2) - 1)));
      const atUs = rng.int(lo, Math.max(lo, endByUs - 2 * durationUs - 1));
      const crash = { atUs, dropBps: rng.pick([300, 500, 800, 1_200, 1_500, 2_000]), durationUs, recoverBps: rng.pick([0, 5_000, 10_000]) };
      // (A window too short for the crash: none, rather than one that outlasts the faults.)
      if (atUs + 2 * durationUs <= endByUs) w.flashCrash = crash;
    } else if (shock < 75) {
      // Jumps through the whole run, each inside the price band (10 %): no halt in the recovery tail.
      w.jumps = { jumpChancePpmPerStep: rng.pick([200, 500, 1_000]), jumpMaxBps: rng.pick([50, 100, 200]) };
    }
    if (rng.chance(300_000)) w.volatilityBpsPerSqrtSecond = rng.pick([4, 6, 10]);
  }
  if (rng.chance(700_000)) w.fundingIntervalUs = rng.pick([5_000_000, 10_000_000, 20_000_000, 30_000_000]);
  const fund = rng.int(0, 99);
  if (fund < 30) w.insuranceFundSeed = 0;
  else if (fund < 55) w.insuranceFundSeed = rng.pick([50_000, 200_000]);
  if (rng.chance(250_000)) w.adl = false;
  if (rng.chance(700_000)) w.leverage = rng.int(Math.min(8, maxLeverage(scenario)), maxLeverage(scenario));
  if (rng.chance(500_000)) w.noiseDeposit = rng.pick([60_000, 100_000, 200_000, 400_000]);
  drawOracles(scenario, rng.derive('oracles'), startUs, endByUs, w);
  if (rng.chance(300_000)) w.timeouts = 'cometbft';
  // Drawn after everything above, so the earlier draws of a run seed stay what they were.
  if (rng.chance(300_000)) w.cancelOnHalt = false;
  if (scenario.topology.validators.length < 7 && rng.chance(300_000)) w.validators = 7;
  if (scenario.topology.hedger.enabled && rng.chance(500_000)) w.hedgerLimitLots = Math.min(50, scenario.topology.hedger.deltaLimitLots);
  if (scenario.topology.traders.noise.ids.length > 0 && rng.chance(300_000)) w.noiseIntervalUs = rng.pick([500_000, 1_000_000]);
  if (scenario.topology.traders.staleArb.ids.length > 0 && rng.chance(500_000)) w.staleArbSnipeBps = rng.pick([3, 5, 10]);
  if (scenario.topology.traders.margin.ids.length === 0 && rng.chance(400_000)) w.marginTraders = 6;
  // Not a draw (no rng call): what the operator of the drawn chain sets.
  const gapHalt = scenario.policy.blockGapHalt;
  const aboveUs = gapThresholdAboveSlowestUs(CONSENSUS_TIMEOUT_PRESETS[w.timeouts ?? scenario.topology.consensus.timeouts], w.validators ?? scenario.topology.validators.length);
  if (gapHalt.enabled && gapHalt.thresholdUs < aboveUs) w.blockGapHaltUs = aboveUs;
  return w;
}

function maxLeverage(scenario: Scenario): number {
  const tightest = Math.max(...scenario.markets.map((m) => m.initialMarginPpm));
  return Math.max(1, Math.ceil(1_000_000 / tightest) - 1);
}

function drawOracles(scenario: Scenario, rng: Rng, startUs: number, endByUs: number, w: CampaignWorkload): void {
  const ids = scenario.oracles.perOracle.map((o) => o.id);
  if (ids.length === 0) return;
  if (rng.chance(400_000)) {
    // Outages starting together: mostly enough oracles to break the quorum for longer than the
    // staleness window (a stale-oracle halt), else one. Each ends by endByUs.
    const quorum = scenario.venue.oracleQuorum;
    const count = rng.chance(700_000) ? Math.min(ids.length, ids.length - quorum + 1 + rng.int(0, quorum - 1)) : 1;
    const atUs = rng.int(startUs, Math.max(startUs, endByUs - 6_000_000));
    const first = rng.int(0, ids.length - 1);
    const outages: Record<string, Array<{ atUs: number; durationUs: number }>> = {};
    for (let i = 0; i < count; i++) {
      const at = Math.min(endByUs - 1_000_000, atUs + rng.int(0, 1_000_000));
      outages[ids[(first + i) % ids.length] as string] = [{ atUs: at, durationUs: Math.min(endByUs - at, rng.int(4_000_000, 16_000_000)) }];
    }
    w.oracleOutages = outages;
  }
  // A slow oracle: it reports what it saw seconds ago (still fresh when it arrives).
  if (rng.chance(300_000)) w.slowOracle = { id: rng.pick(ids), lagUs: rng.pick([3_000_000, 6_000_000, 8_000_000, 9_500_000]) };
}

/** The scenario of one campaign run: the scenario with the run's workload (validated as any scenario file). */
export function withWorkload(scenario: Scenario, w: CampaignWorkload): Scenario {
  if (Object.keys(w).length === 0) return scenario;
  const json = scenarioToJson(scenario) as unknown as Json;
  const markets = json['markets'] as Json[];
  if (w.fundingIntervalUs !== undefined) for (const m of markets) m['funding'] = { ...(m['funding'] as Json), intervalUs: w.fundingIntervalUs };
  const venue = json['venue'] as Json;
  if (w.insuranceFundSeed !== undefined) venue['insuranceFundSeed'] = w.insuranceFundSeed;
  const off = [...(w.adl === false ? ['adl'] : []), ...(w.cancelOnHalt === false ? ['cancel-on-halt'] : [])];
  const renamed = [...(off.length > 0 ? [`${off.join('-')}-off`] : []), ...(w.blockGapHaltUs !== undefined ? [`gap-${w.blockGapHaltUs / 1_000_000}s`] : [])];
  if (renamed.length > 0) {
    const policy = json['policy'] as Json;
    json['policy'] = {
      ...policy,
      name: `${scenario.policy.name}-${renamed.join('-')}`,
      ...(w.adl === false ? { adl: { enabled: false } } : {}),
      ...(w.cancelOnHalt === false ? { cancelOnHalt: { enabled: false } } : {}),
      ...(w.blockGapHaltUs !== undefined ? { blockGapHalt: { ...(policy['blockGapHalt'] as Json), thresholdUs: w.blockGapHaltUs } } : {}),
    };
  }
  const topology = json['topology'] as Json;
  const traders = topology['traders'] as Record<string, Json>;
  if (w.leverage !== undefined && traders['leveraged']) traders['leveraged'] = { ...traders['leveraged'], targetLeverage: w.leverage };
  if (w.noiseDeposit !== undefined && traders['noise']) traders['noise'] = { ...traders['noise'], deposit: w.noiseDeposit };
  if (w.noiseIntervalUs !== undefined && traders['noise']) traders['noise'] = { ...traders['noise'], intervalUs: w.noiseIntervalUs };
  if (w.marginTraders !== undefined) traders['margin'] = { count: w.marginTraders, ...(w.leverage !== undefined ? { targetLeverage: w.leverage } : {}) };
  if (w.staleArbSnipeBps !== undefined && traders['staleArb']) traders['staleArb'] = { ...traders['staleArb'], snipeBps: w.staleArbSnipeBps };
  if (w.timeouts) topology['consensus'] = { ...(topology['consensus'] as Json), timeouts: w.timeouts };
  if (w.validators !== undefined) topology['validators'] = w.validators;
  if (w.hedgerLimitLots !== undefined && typeof topology['hedger'] === 'object') topology['hedger'] = { ...(topology['hedger'] as Json), deltaLimitLots: w.hedgerLimitLots, maxInventoryLots: w.hedgerLimitLots };
  const prices = ((json['externalVenue'] as Json)['markets'] ?? {}) as Record<string, Json>;
  for (const symbol of Object.keys(prices)) {
    const price = prices[symbol] as Json;
    if (w.flashCrash) price['flashCrash'] = { ...w.flashCrash };
    if (w.jumps) Object.assign(price, w.jumps);
    if (w.volatilityBpsPerSqrtSecond !== undefined) price['volatilityBpsPerSqrtSecond'] = w.volatilityBpsPerSqrtSecond;
  }
  const overrides = json['oracleOverrides'] as Record<string, Json>;
  for (const [id, outages] of Object.entries(w.oracleOutages ?? {})) {
    const o = overrides[id];
    if (o) o['outages'] = [...((o['outages'] as unknown[]) ?? []), ...outages];
  }
  if (w.slowOracle && overrides[w.slowOracle.id]) (overrides[w.slowOracle.id] as Json)['lagUs'] = w.slowOracle.lagUs;
  return parseScenario(json, `${scenario.name} (campaign workload)`);
}
