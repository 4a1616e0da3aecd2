/**
 * The external venue and the oracles in the simulator: ticks on the grid that follow the
 * PriceProcess (also across a crash/restart), hedge fills at bid/ask after the latency, limit
 * and disconnect rejects; oracle reports well signed, seq and nonce strictly increasing across a
 * crash/restart, within lag and noise bounds; manipulate, frozen and outages; and end to end,
 * reports accepted by the real venue behind real validators. Same seed ⇒ same trace.
 */
import { describe, expect, it } from 'vitest';
import { createExecutionNode, createValidator } from '@faultline/actors';
import { DYDX_TIMEOUTS } from '@faultline/consensus';
import { deriveKeyPair, publicKeyFromRaw, verifyBytes, type faultline } from '@faultline/protocol';
import type { Host } from '@faultline/runtime';
import { Simulation } from '@faultline/runtime/sim';
import { oracleReportSigningBytes } from '@faultline/venue';
import { testVenueConfig } from '@faultline/venue/testing';
// Not yet re-exported from the package root (packages/actors/src/mod.ts).
import { createExternalVenue, externalMarketPriceProcess, externalQuote, externalVenueSeed, hedgeFee, MAX_WAIT_US, TimeWindows, type ExternalVenueConfig } from '../src/external/mod.ts';
import { createOracle, type OracleActorConfig } from '../src/oracle/mod.ts';

const VENUE = 'external-venue';
const S = 1_000_000;

function venueConfig(overrides: Partial<ExternalVenueConfig> = {}): ExternalVenueConfig {
  return {
    venueId: VENUE,
    markets: [
      { marketId: 1, priceProcess: { initialPriceTicks: 30_000, volatilityBpsPerSqrtSecond: 20, stepUs: 100_000 } },
      { marketId: 2, priceProcess: { initialPriceTicks: 5_000, volatilityBpsPerSqrtSecond: 40, stepUs: 100_000 } },
    ],
    tickIntervalUs: 250_000,
    halfSpreadBps: 5,
    orderLatencyUs: 40_000,
    feePpm: 300,
    seed: 42,
    ...overrides,
  };
}

function oracleConfig(overrides: Partial<OracleActorConfig> = {}): OracleActorConfig {
  return {
    oracleId: 'oracle-1',
    keySeed: 7,
    venueId: VENUE,
    marketIds: [1, 2],
    reportIntervalUs: S,
    noiseBps: 10,
    lagUs: 500_000,
    ...overrides,
  };
}

interface Report extends faultline.v1.IOraclePriceReport {
  publishedAtUs: number;
  nonce: number;
}

/** Everything published on the external and tx subjects, plus ticks as each oracle received them. */
function record(sim: Simulation) {
  const ticks: Array<faultline.v1.IExternalPriceTick & { publishedAtUs: number }> = [];
  const fills: Array<faultline.v1.IHedgeFill> = [];
  const rejects: Array<faultline.v1.IHedgeReject & { publishedAtUs: number }> = [];
  const reports = new Map<string, Report[]>();
  const received = new Map<string, Array<{ atUs: number; marketId: number; priceTicks: number }>>();
  const orderArrivals = new Map<number, number>();
  sim.observePublishes((p) => {
    const e = p.envelope;
    if (e.externalPrice) ticks.push({ ...e.externalPrice, publishedAtUs: p.timeUs });
    if (e.hedgeFill) fills.push(e.hedgeFill);
    if (e.hedgeReject) rejects.push({ ...e.hedgeReject, publishedAtUs: p.timeUs });
    const report = e.tx?.oracleReport;
    if (report) {
      const list = reports.get(p.from) ?? [];
      reports.set(p.from, list);
      list.push({ ...report, publishedAtUs: p.timeUs, nonce: Number(e.tx?.nonce) });
    }
  });
  sim.observe((d) => {
    if (d.envelope.externalPrice && d.to.startsWith('oracle-')) {
      const list = received.get(d.to) ?? [];
      received.set(d.to, list);
      list.push({ atUs: d.timeUs, marketId: d.envelope.externalPrice.marketId ?? 0, priceTicks: Number(d.envelope.externalPrice.priceTicks) });
    }
    if (d.envelope.hedgeOrder && d.to === VENUE) orderArrivals.set(Number(d.envelope.hedgeOrder.orderId), d.timeUs);
  });
  return { ticks, fills, rejects, reports, received, orderArrivals };
}

type OrderSpec = { atUs: number; orderId: number; marketId: number; side: number; sizeLots: number; limitPriceTicks: number };

/** A scripted hedger: sends the given orders on external.hedger-1 at the given times. */
function scriptedHedger(orders: OrderSpec[]) {
  return (host: Host) => ({
    start(): void {
      for (const { atUs, ...order } of orders) {
        if (atUs < host.now()) continue;
        host.setTimer(atUs - host.now(), () => host.publish('external.hedger-1', { hedgeOrder: { hedgerId: 'hedger-1', ...order } }));
      }
    },
  });
}

/** The reference prices a venue with this config quotes in run `runId`. */
function expectedPrices(config: ExternalVenueConfig, runId: string) {
  const seed = externalVenueSeed(config, runId);
  const processes = new Map(config.markets.map((m) => [m.marketId, externalMarketPriceProcess(seed, m)]));
  return (marketId: number, atUs: number): number => (processes.get(marketId) as ReturnType<typeof externalMarketPriceProcess>).priceAt(atUs);
}

describe('time windows', () => {
  it('merge overlapping and touching windows; answer the covering end and the next start', () => {
    const w = new TimeWindows([{ atUs: 50, durationUs: 10 }, { atUs: 10, durationUs: 10 }, { atUs: 15, durationUs: 10 }, { atUs: 25, durationUs: 5 }]);
    expect([9, 10, 29, 30, 55, 60].map((t) => w.endOfWindowAt(t))).toEqual([undefined, 30, 30, undefined, 60, undefined]);
    expect([0, 10, 30, 50].map((t) => w.nextStartAfter(t))).toEqual([10, 50, 50, undefined]);
    expect(TimeWindows.waitUs(30, 50)).toBe(20);
    expect(TimeWindows.waitUs(30, undefined)).toBe(MAX_WAIT_US);
    expect(() => new TimeWindows([{ atUs: 1, durationUs: 0 }])).toThrow(RangeError);
  });
});

describe('external venue', () => {
  it('publishes one tick per market on the grid, following the PriceProcess, also after a crash/restart', () => {
    const config = venueConfig();
    const sim = new Simulation({ seed: 1, runId: 'x' });
    const log = record(sim);
    sim.addActor(VENUE, createExternalVenue(config));
    sim.runFor(4_100_000);
    sim.crash(VENUE);
    sim.runFor(900_000); // down in [4.1 s, 5.0 s): the ticks at 4.25, 4.5, 4.75 s are lost
    sim.restart(VENUE);
    sim.runFor(5_000_000);
    const price = expectedPrices(config, 'x');
    const times = [...new Set(log.ticks.map((t) => Number(t.atUs)))];
    const expectedTimes = [];
    for (let t = 0; t <= 10 * S; t += 250_000) if (t < 4.1 * S || t >= 5 * S) expectedTimes.push(t);
    expect(times).toEqual(expectedTimes);
    expect(log.ticks).toHaveLength(2 * expectedTimes.length);
    for (const tick of log.ticks) {
      expect(Number(tick.atUs)).toBe(tick.publishedAtUs);
      const mid = price(tick.marketId ?? 0, Number(tick.atUs));
      expect(Number(tick.priceTicks)).toBe(mid);
      expect({ bidTicks: Number(tick.bidTicks), askTicks: Number(tick.askTicks) }).toEqual(externalQuote(mid, 5));
      expect(Number(tick.askTicks)).toBeGreaterThan(Number(tick.bidTicks));
    }
    // The walk moves, and each market has its own path.
    expect(new Set(log.ticks.filter((t) => t.marketId === 1).map((t) => Number(t.priceTicks))).size).toBeGreaterThan(5);
    expect(log.ticks.filter((t) => t.marketId === 2).every((t) => Number(t.priceTicks) < 10_000)).toBe(true);
  });

  it('fills hedge orders after the latency at ask (buys) or bid (sells) with a rounded-up fee; rejects a limit it cannot reach', () => {
    const config = venueConfig();
    const sim = new Simulation({ seed: 2, runId: 'x' });
    const log = record(sim);
    sim.addActor(VENUE, createExternalVenue(config));
    sim.addActor(
      'hedger-1',
      scriptedHedger([
        { atUs: 1_010_000, orderId: 1, marketId: 1, side: 1, sizeLots: 7, limitPriceTicks: 0 },
        { atUs: 1_510_000, orderId: 2, marketId: 1, side: 2, sizeLots: 3, limitPriceTicks: 1 },
        { atUs: 2_010_000, orderId: 3, marketId: 2, side: 1, sizeLots: 11, limitPriceTicks: 10 }, // far below the ask
        { atUs: 2_510_000, orderId: 4, marketId: 1, side: 2, sizeLots: 5, limitPriceTicks: 1_000_000 }, // far above the bid
        { atUs: 3_010_000, orderId: 5, marketId: 9, side: 1, sizeLots: 1, limitPriceTicks: 0 },
      ]),
    );
    sim.runFor(5 * S);
    const price = expectedPrices(config, 'x');
    expect(log.fills.map((f) => Number(f.orderId))).toEqual([1, 2]);
    for (const fill of log.fills) {
      const arrival = log.orderArrivals.get(Number(fill.orderId)) as number;
      expect(Number(fill.atUs)).toBe(arrival + config.orderLatencyUs);
      const quote = externalQuote(price(1, Number(fill.atUs)), config.halfSpreadBps);
      const expectedPrice = fill.side === 1 ? quote.askTicks : quote.bidTicks;
      expect(Number(fill.priceTicks)).toBe(expectedPrice);
      expect(Number(fill.fee)).toBe(Math.ceil((expectedPrice * Number(fill.sizeLots) * config.feePpm) / 1e6));
      expect(fill.hedgerId).toBe('hedger-1');
    }
    expect(log.fills.map((f) => [f.side, Number(f.sizeLots)])).toEqual([
      [1, 7],
      [2, 3],
    ]);
    expect(log.rejects.map((r) => [Number(r.orderId), r.reason])).toEqual([
      [3, 'limit-not-reachable'],
      [4, 'limit-not-reachable'],
      [5, 'unknown-market'],
    ]);
    expect(hedgeFee(30_000, 7, 300)).toBe(63);
    expect(hedgeFee(30_001, 1, 300)).toBe(10); // 9.0003 rounds up
  });

  it('is silent and rejects orders as disconnected inside its disconnect windows, also when restarted inside one', () => {
    const config = venueConfig({ disconnects: [{ atUs: 3 * S, durationUs: 2 * S }, { atUs: 8 * S, durationUs: 1 * S }] });
    const sim = new Simulation({ seed: 3, runId: 'x' });
    const log = record(sim);
    sim.addActor(VENUE, createExternalVenue(config));
    sim.addActor(
      'hedger-1',
      scriptedHedger([
        { atUs: 3_500_000, orderId: 1, marketId: 1, side: 1, sizeLots: 1, limitPriceTicks: 0 },
        { atUs: 2_980_000, orderId: 2, marketId: 1, side: 1, sizeLots: 1, limitPriceTicks: 0 }, // fills after the window opened
        { atUs: 5_500_000, orderId: 3, marketId: 1, side: 1, sizeLots: 1, limitPriceTicks: 0 },
        { atUs: 8_600_000, orderId: 4, marketId: 1, side: 2, sizeLots: 1, limitPriceTicks: 0 },
      ]),
    );
    sim.runFor(8_300_000);
    sim.restart(VENUE); // inside the second window: the new incarnation starts disconnected
    sim.runFor(1_700_000);
    const inWindow = (t: number) => (t >= 3 * S && t < 5 * S) || (t >= 8 * S && t < 9 * S);
    const times = [...new Set(log.ticks.map((t) => Number(t.atUs)))];
    expect(times.some(inWindow)).toBe(false);
    expect(times).toContain(5 * S); // back exactly at the end of the window
    expect(times).toContain(9 * S);
    expect(times.filter((t) => t < 3 * S)).toHaveLength(12);
    expect(log.fills.map((f) => Number(f.orderId))).toEqual([3]);
    expect(log.rejects.map((r) => [Number(r.orderId), r.reason]).sort()).toEqual([
      [1, 'disconnected'],
      [2, 'disconnected'],
      [4, 'disconnected'],
    ]);
  });

  it('ignores a duplicated order (the network may deliver one twice)', () => {
    const sim = new Simulation({ seed: 4, runId: 'x' });
    const log = record(sim);
    sim.addActor(VENUE, createExternalVenue(venueConfig()));
    const order = { atUs: 1 * S, orderId: 9, marketId: 1, side: 1, sizeLots: 2, limitPriceTicks: 0 };
    sim.addActor('hedger-1', scriptedHedger([order, { ...order, atUs: 1_020_000 }]));
    sim.runFor(2 * S);
    expect(log.fills).toHaveLength(1);
    expect(log.rejects).toHaveLength(0);
  });
});

/** Checks every report's signature, returns them in publish order. */
function verifiedReports(log: ReturnType<typeof record>, oracleId: string, keySeed = 7): Report[] {
  const reports = log.reports.get(oracleId) ?? [];
  const key = publicKeyFromRaw(deriveKeyPair(keySeed, oracleId).publicKeyRaw);
  for (const r of reports) {
    const unsigned = { oracleId: r.oracleId ?? '', marketId: r.marketId ?? 0, priceTicks: Number(r.priceTicks), observedAtUs: Number(r.observedAtUs), reportSeq: Number(r.reportSeq) };
    expect(verifyBytes(key, oracleReportSigningBytes(unsigned), r.signature ?? new Uint8Array())).toBe(true);
    expect(r.oracleId).toBe(oracleId);
  }
  return reports;
}

/** The price the oracle had received by `atUs` (the truth its report must be near). */
function receivedBy(log: ReturnType<typeof record>, oracleId: string, marketId: number, atUs: number): number | undefined {
  let price: number | undefined;
  for (const r of log.received.get(oracleId) ?? []) if (r.marketId === marketId && r.atUs <= atUs) price = r.priceTicks;
  return price;
}

function oracleSim(seed: number, oracles: OracleActorConfig[], venue = venueConfig()) {
  const sim = new Simulation({ seed, runId: 'x' });
  const log = record(sim);
  sim.addActor(VENUE, createExternalVenue(venue));
  for (const config of oracles) sim.addActor(config.oracleId, createOracle(config));
  return { sim, log };
}

describe('oracle', () => {
  it('reports every interval, well signed, within lag and noise of what it received; seq and nonce increase across a crash/restart', () => {
    const { sim, log } = oracleSim(5, [oracleConfig()]);
    sim.runFor(6_300_000);
    sim.crash('oracle-1');
    sim.runFor(1_000_000);
    sim.restart('oracle-1');
    sim.runFor(6_700_000);
    const reports = verifiedReports(log, 'oracle-1');
    // Rounds at 1..6 s (at 0 s it has no price yet), none while down; restarted at 7.3 s with no
    // history, at 8 s it has nothing received by 7.5 s yet (the 7.5 s tick is in flight): from 9 s.
    const rounds = [...new Set(reports.map((r) => r.publishedAtUs))];
    expect(rounds).toEqual([1, 2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 14].map((s) => s * S));
    expect(reports).toHaveLength(2 * rounds.length);
    let noisy = 0;
    for (const r of reports) {
      expect(Number(r.observedAtUs)).toBe(r.publishedAtUs - 500_000);
      const truth = receivedBy(log, 'oracle-1', r.marketId ?? 0, Number(r.observedAtUs)) as number;
      expect(truth).toBeDefined();
      expect(Math.abs(Number(r.priceTicks) - truth)).toBeLessThanOrEqual(Math.ceil((truth * 10) / 10_000));
      if (Number(r.priceTicks) !== truth) noisy++;
    }
    expect(noisy).toBeGreaterThan(reports.length / 2);
    for (const marketId of [1, 2]) {
      const seqs = reports.filter((r) => r.marketId === marketId).map((r) => Number(r.reportSeq));
      for (let i = 1; i < seqs.length; i++) expect(seqs[i]).toBeGreaterThan(seqs[i - 1] as number);
    }
    const nonces = reports.map((r) => r.nonce);
    for (let i = 1; i < nonces.length; i++) expect(nonces[i]).toBeGreaterThan(nonces[i - 1] as number);
  });

  it('never repeats a seq when restarted at the very instant of a report round', () => {
    const { sim, log } = oracleSim(6, [oracleConfig({ marketIds: [1] })]);
    sim.runFor(3 * S); // the round at 3 s has run
    sim.restart('oracle-1');
    sim.runFor(3 * S);
    const seqs = verifiedReports(log, 'oracle-1').map((r) => Number(r.reportSeq));
    expect(seqs.length).toBeGreaterThanOrEqual(4);
    for (let i = 1; i < seqs.length; i++) expect(seqs[i]).toBeGreaterThan(seqs[i - 1] as number);
  });

  it('reports exactly the received price with no noise, and the price of lagUs ago', () => {
    const { sim, log } = oracleSim(7, [oracleConfig({ noiseBps: 0, lagUs: 2_000_000 })]);
    sim.runFor(8 * S);
    const reports = verifiedReports(log, 'oracle-1');
    expect(Math.min(...reports.map((r) => r.publishedAtUs))).toBe(3 * S); // the first round with a price 2 s old
    for (const r of reports) {
      expect(Number(r.observedAtUs)).toBe(r.publishedAtUs - 2_000_000);
      expect(Number(r.priceTicks)).toBe(receivedBy(log, 'oracle-1', r.marketId ?? 0, Number(r.observedAtUs)));
    }
  });

  it('manipulate: observation × (1 + bias) from fromUs on', () => {
    const { sim, log } = oracleSim(8, [oracleConfig({ behaviour: { kind: 'manipulate', biasBps: 2_000, fromUs: 5 * S } })]);
    sim.runFor(10 * S);
    const reports = verifiedReports(log, 'oracle-1');
    for (const r of reports) {
      const truth = receivedBy(log, 'oracle-1', r.marketId ?? 0, Number(r.observedAtUs)) as number;
      const biased = r.publishedAtUs >= 5 * S;
      const centre = biased ? truth * 1.2 : truth;
      expect(Math.abs(Number(r.priceTicks) - centre)).toBeLessThanOrEqual(Math.ceil((centre * 10) / 10_000) + 1);
    }
    expect(reports.filter((r) => r.publishedAtUs >= 5 * S)).toHaveLength(12);
  });

  it('frozen: from fromUs on repeats the price it observed at fromUs, with fresh times, also after a restart', () => {
    const { sim, log } = oracleSim(9, [oracleConfig({ behaviour: { kind: 'frozen', fromUs: 4_200_000 } })]);
    sim.runFor(7_500_000);
    sim.crash('oracle-1');
    sim.runFor(500_000);
    sim.restart('oracle-1');
    sim.runFor(4 * S);
    const reports = verifiedReports(log, 'oracle-1');
    for (const marketId of [1, 2]) {
      const frozen = reports.filter((r) => r.marketId === marketId && r.publishedAtUs >= 4_200_000);
      expect(frozen.map((r) => r.publishedAtUs)).toEqual([5, 6, 7, 9, 10, 11, 12].map((s) => s * S));
      const stuck = receivedBy(log, 'oracle-1', marketId, 4_200_000 - 500_000);
      expect(frozen.every((r) => Number(r.priceTicks) === stuck)).toBe(true);
      expect(frozen.map((r) => Number(r.observedAtUs))).toEqual(frozen.map((r) => r.publishedAtUs - 500_000));
    }
    expect(sim.durableEntryCount('oracle-1')).toBe(2); // one stuck price per market, logged once
    // Meanwhile the external price moved on.
    const last = log.ticks.filter((t) => t.marketId === 1).map((t) => Number(t.priceTicks));
    expect(new Set(last.slice(-20)).size).toBeGreaterThan(1);
  });

  it('outages: no reports inside the windows, reporting resumes after them, also when restarted inside one', () => {
    const { sim, log } = oracleSim(10, [oracleConfig({ outages: [{ atUs: 3 * S, durationUs: 3_500_000 }, { atUs: 9_500_000, durationUs: 2 * S }] })]);
    sim.runFor(10 * S);
    sim.restart('oracle-1'); // inside the second window
    sim.runFor(4 * S);
    const rounds = [...new Set(verifiedReports(log, 'oracle-1').map((r) => r.publishedAtUs))];
    // It comes back from an outage (or a restart) with no history: the first round with a tick
    // received lagUs before it is 8 s after the outage ending at 6.5 s, 13 s after the one at 11.5 s.
    expect(rounds).toEqual([1, 2, 8, 9, 13, 14].map((s) => s * S));
  });

  it('stays waiting for a price when its venue is silent, and stops reporting when the price goes stale', () => {
    const venue = venueConfig({ disconnects: [{ atUs: 4 * S, durationUs: 10 * S }] });
    const { sim, log } = oracleSim(11, [oracleConfig({ oracleId: 'oracle-1' }), oracleConfig({ oracleId: 'oracle-2', venueId: 'nobody' })], venue);
    sim.runFor(12 * S);
    expect(log.reports.get('oracle-2') ?? []).toHaveLength(0);
    // The last tick is the one at 3.75 s; with lag 0.5 s and the 2 s age limit the last round is at 6 s.
    const rounds = [...new Set(verifiedReports(log, 'oracle-1').map((r) => r.publishedAtUs))];
    expect(rounds).toEqual([1, 2, 3, 4, 5, 6].map((s) => s * S));
  });

  it('end to end: the venue behind real validators accepts every report and prices the markets', () => {
    const KEY_SEED = 7;
    const validators = ['validator-1', 'validator-2', 'validator-3', 'validator-4'];
    const { config } = testVenueConfig({ oracles: 3, markets: 2, seed: KEY_SEED });
    const oracles = ['oracle-1', 'oracle-2', 'oracle-3'].map((oracleId) => oracleConfig({ oracleId, keySeed: KEY_SEED }));
    const { sim } = oracleSim(12, oracles);
    for (const id of validators) sim.addActor(id, createValidator({ validatorIds: validators, keySeed: KEY_SEED, timeouts: DYDX_TIMEOUTS }));
    sim.addActor('exec-1', createExecutionNode({ venue: config, validatorIds: validators, keySeed: KEY_SEED }));
    const rejected: string[] = [];
    const prices: Array<{ marketId: number; priceTicks: number }> = [];
    sim.observePublishes((p) => {
      for (const e of p.envelope.blockExecuted?.events ?? []) {
        // Block 1 carries the genesis time (0), so reports that waited for it are "from the
        // future" by BFT time: a start-up artefact of the chain, not of the oracles.
        if (e.txRejected && Number(p.envelope.blockExecuted?.height) > 1) rejected.push(`${e.txRejected.clientId}: ${e.txRejected.reason}`);
        if (e.oraclePrice) prices.push({ marketId: e.oraclePrice.marketId ?? 0, priceTicks: Number(e.oraclePrice.priceTicks) });
      }
    });
    sim.runFor(8 * S);
    sim.crash('oracle-2');
    sim.runFor(2 * S);
    sim.restart('oracle-2');
    sim.runFor(10 * S);
    expect(rejected).toEqual([]);
    expect(prices.some((p) => p.marketId === 1 && Math.abs(p.priceTicks - 30_000) < 1_500)).toBe(true);
    expect(prices.some((p) => p.marketId === 2 && Math.abs(p.priceTicks - 5_000) < 500)).toBe(true);
  });
});

describe('determinism', () => {
  function run(seed: number): string {
    const venue = venueConfig({ disconnects: [{ atUs: 6 * S, durationUs: 1 * S }] });
    const oracles = [
      oracleConfig({ oracleId: 'oracle-1' }),
      oracleConfig({ oracleId: 'oracle-2', behaviour: { kind: 'manipulate', biasBps: 300 } }),
      oracleConfig({ oracleId: 'oracle-3', behaviour: { kind: 'frozen', fromUs: 5 * S }, outages: [{ atUs: 2 * S, durationUs: S }] }),
    ];
    const { sim } = oracleSim(seed, oracles, venue);
    sim.addActor(
      'hedger-1',
      scriptedHedger(Array.from({ length: 10 }, (_, i) => ({ atUs: (i + 1) * 900_000, orderId: i + 1, marketId: 1 + (i % 2), side: 1 + (i % 2), sizeLots: i + 1, limitPriceTicks: 0 }))),
    );
    sim.runFor(5 * S);
    sim.crash('oracle-1');
    sim.runFor(S);
    sim.restart('oracle-1');
    sim.runFor(6 * S);
    return sim.traceHash();
  }

  it('same seed, same published stream; another seed, another one', () => {
    expect(run(21)).toBe(run(21));
    expect(run(21)).not.toBe(run(22));
  });
});
