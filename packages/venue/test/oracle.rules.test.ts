/**
 * Oracle reports and the oracle price, rule by rule (found by mutation testing of oracle.ts):
 * each refusal of a report with its bound (future, age, order, sequence, deviation, signature) and
 * its detail; the price as the lower median of the fresh reports, with a quorum, fresh up to
 * exactly the staleness window; the age of the newest report (health-scaled margin); the planted
 * oracle-mean and oracle-stale-as-fresh variants.
 */
import { describe, expect, it } from 'vitest';
import type { SigningKeyPair } from '@faultline/protocol';
import { MARKET_HALTED, type VenueVariant } from '@faultline/venue';
import { encodeTx, signedOracleReport } from '@faultline/venue/testing';
import { bodies, details, funded, rejections, S, Scenario } from './venue-scenario.ts';

const silent = { report: () => undefined };

/** A signed report from `oracleId` (by default its own key and its next sequence number). */
function report(v: Scenario, oracleId: string, o: { price?: number; at: number; market?: number; seq?: number; signer?: string }) {
  const nonce = v.nonce(oracleId);
  const keys = v.oracleKeys.get(o.signer ?? oracleId) ?? (v.oracleKeys.get('oracle-1') as SigningKeyPair);
  return encodeTx(oracleId, nonce, {
    oracleReport: signedOracleReport(keys, { oracleId, marketId: o.market ?? 1, priceTicks: o.price ?? 10_000, observedAtUs: o.at, reportSeq: o.seq ?? nonce }),
  });
}

describe('which reports are refused', () => {
  it('each check at its bound, with its detail', () => {
    const v = new Scenario();
    const [o1, o2, o3] = [...v.oracleKeys.keys()] as [string, string, string];
    funded(v, { alice: 1_000 }); // reports observed at 1 s, price 10,000
    const t = 2 * S;
    const max = v.market().config.maxPriceTicks;
    const events = v.block(
      [
        report(v, 'nobody', { at: t }),
        report(v, o1, { at: t, market: 9 }),
        report(v, o1, { at: t, price: 0 }),
        report(v, o1, { at: t, price: max + 1 }),
        report(v, o1, { at: t, seq: 1 }),
        report(v, o1, { at: t + 2 * S + 1 }),
        report(v, o1, { at: t - 10 * S - 1 }),
        report(v, o1, { at: S - 1 }),
        report(v, o2, { at: t, price: 11_501 }),
        report(v, o2, { at: t, signer: o3 }),
        report(v, o1, { at: t + 2 * S, price: 11_500 }), // deviation exactly 15 %, at the future bound: taken
        report(v, o2, { at: t - 1 * S, price: 8_500 }), // exactly 15 % below, as old as the previous: taken
      ],
      silent,
    );
    expect(rejections(events)).toEqual([
      'unknown-oracle',
      'unknown-market',
      'price-not-positive',
      'price-above-max',
      'report-seq-not-increasing',
      'report-from-future',
      'report-too-old',
      'report-older-than-previous',
      'deviation-guard',
      'bad-signature',
    ]);
    expect(details(events)).toEqual(['"nobody"', '9', '', `max ${max}`, '1 <= 1', '', '', '', '11501 vs median 10000', '']);
    expect(v.state.oracleReports.get(o1)?.get(1)).toEqual({ priceTicks: 11_500, observedAtUs: t + 2 * S, reportSeq: expect.any(Number) });
    expect(v.state.oracleReports.get(o2)?.get(1)?.priceTicks).toBe(8_500);
  });

  it('a report exactly as old as the staleness window is taken', () => {
    const v = new Scenario();
    const [o1] = [...v.oracleKeys.keys()] as [string];
    funded(v, { alice: 1_000 });
    v.idle(9, silent); // t = 2..10 s
    const events = v.block([report(v, o1, { at: S })], silent); // t = 11 s: observed 10 s ago
    expect(rejections(events)).toEqual([]);
  });

  it('once the market is stale the deviation guard is off: a 30 % move is taken', () => {
    const v = new Scenario();
    funded(v, { alice: 1_000 });
    v.idle(11, silent); // t = 12 s: the 1 s reports are 11 s old
    expect(v.market().oracleStale).toBe(true);
    const events = v.block([], { prices: { 1: 13_000 } });
    expect(rejections(events)).toEqual([]);
    expect(v.market().oracleTicks).toBe(13_000);
  });
});

describe('the oracle price', () => {
  const prices: Record<string, number> = { 'oracle-1': 10_000, 'oracle-2': 10_100, 'oracle-3': 10_300 };
  function priced(variant?: VenueVariant, silentOracle?: string): number {
    const v = new Scenario(variant ? { variant } : {});
    expect(Object.keys(prices)).toEqual([...v.oracleKeys.keys()]);
    const report = (id: string) => (id === silentOracle ? undefined : prices[id]);
    v.block([v.deposit('alice', 1_000)], { report });
    v.block([], { report });
    return v.market().oracleTicks;
  }

  it('is the median of the fresh reports: 10,000, 10,100, 10,300 give 10,100; the planted oracle-mean gives their mean 10,133', () => {
    expect([priced(), priced('oracle-mean')]).toEqual([10_100, 10_133]);
  });

  it('of two fresh reports, the lower: 10,000 and 10,100 give 10,000 (oracle-mean: 10,050)', () => {
    expect([priced(undefined, 'oracle-3'), priced('oracle-mean', 'oracle-3')]).toEqual([10_000, 10_050]);
  });

  it('reports stay fresh for exactly the staleness window: 10 s old counts, 11 s old does not', () => {
    const v = new Scenario();
    funded(v, { alice: 1_000 });
    v.idle(10, silent); // t = 11 s
    expect([v.market().oracleStale, v.market().state]).not.toContain(true);
    v.block([], silent); // t = 12 s
    expect(v.market().oracleStale).toBe(true);
    expect(v.market().state).toBe(MARKET_HALTED);
  });

  it('one oracle alone is below the quorum of 2: the market goes stale', () => {
    const v = new Scenario();
    funded(v, { alice: 1_000 });
    v.idle(11, { report: (id, _m, price) => (id === 'oracle-1' ? price : undefined) }); // t = 12 s
    expect(v.market().oracleStale).toBe(true);
  });

  it('the age of the newest report drives health-scaled margin: 8 s old adds (8 - 5) x 20,000 ppm', () => {
    const v = new Scenario();
    funded(v, { alice: 1_000 });
    v.idle(8, silent); // t = 9 s, reports from 1 s
    expect([v.market().oracleAgeUs, v.market().imExtraPpm]).toEqual([8 * S, 60_000]);
  });

  it('the planted oracle-stale-as-fresh keeps a late report\'s delivery time: it stays fresh past its observation\'s window', () => {
    const stale = (variant?: VenueVariant) => {
      const v = new Scenario(variant ? { variant } : {});
      funded(v, { alice: 1_000 });
      v.idle(8, silent); // t = 9 s
      const late = [...v.oracleKeys.keys()].map((id) => report(v, id, { at: 1.5 * S }));
      expect(rejections(v.block(late, silent))).toEqual([]); // t = 10 s
      v.idle(2, silent); // t = 12 s: observed 10.5 s ago, delivered 2 s ago
      return v.market().oracleStale;
    };
    expect([stale(), stale('oracle-stale-as-fresh')]).toEqual([true, false]);
  });
});
