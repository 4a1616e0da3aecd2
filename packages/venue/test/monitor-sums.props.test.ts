/**
 * The venue monitor's conservation and open-interest sums kept between blocks (monitor-sums.ts)
 * against the same sums from scratch: after every block of random histories — with snapshots
 * restored into a new state object and heights the monitor does not see in the middle — the kept
 * sums equal the from-scratch ones; the planted `sums-forget-touched-account` is caught by the
 * same property, and a monitor that kept stale sums is still judged at the end (finish).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyBlock, createVenueState, encodeSnapshot, restoreSnapshot, VenueMonitor, type VenueState } from '@faultline/venue';
import { MONITOR_VARIANTS, type MonitorVariant } from '@faultline/venue/testing';
import { KeptSums, scratchSums, type VenueSums } from '../src/monitor-sums.ts';
import { buildBlocks, historyArbitrary, venueConfigFor, type History } from './venue-run.ts';

const RUNS = Number(process.env.FAULTLINE_PROP_RUNS ?? 100);

/** Per block: 0 seen, 1 not seen by the monitor (a gap), 2 seen, then snapshot and restore. */
const scheduleArbitrary = fc.array(fc.constantFrom(0, 0, 0, 0, 1, 2), { minLength: 45, maxLength: 45 });

const describeSums = (sums: VenueSums): string => `balances ${sums.balances}, longs [${[...sums.longs].map((l) => l ?? 0)}], shorts [${[...sums.shorts].map((s) => s ?? 0)}]`;

function same(a: VenueSums, b: VenueSums): boolean {
  if (a.balances !== b.balances) return false;
  for (let m = 0; m < Math.max(a.longs.length, b.longs.length, a.shorts.length, b.shorts.length); m++) {
    if ((a.longs[m] ?? 0) !== (b.longs[m] ?? 0) || (a.shorts[m] ?? 0) !== (b.shorts[m] ?? 0)) return false;
  }
  return true;
}

/** The first height where the kept sums differ from scratch, or undefined. */
function firstMismatch(history: History, schedule: readonly number[], variant?: MonitorVariant): string | undefined {
  const { config, oracleKeys } = venueConfigFor(history.policy);
  let state: VenueState = createVenueState(config);
  const kept = new KeptSums(variant);
  for (const [i, block] of buildBlocks(history, oracleKeys).entries()) {
    const mode = schedule[i % schedule.length] ?? 0;
    const { events } = applyBlock(state, block, { hash: false });
    if (mode === 1) continue;
    const sums = kept.update(state, block.height, events, block);
    const scratch = scratchSums(state);
    if (!same(sums, scratch)) return `height ${block.height}: kept ${describeSums(sums)}; from scratch ${describeSums(scratch)}`;
    if (mode === 2) state = restoreSnapshot(config, encodeSnapshot(state));
  }
  return undefined;
}

describe('the monitor sums kept between blocks', () => {
  it('equal the sums from scratch after every block, across unseen heights, snapshots and restores', () => {
    fc.assert(
      fc.property(historyArbitrary(), scheduleArbitrary, (history, schedule) => {
        expect(firstMismatch(history, schedule)).toBeUndefined();
      }),
      { numRuns: Math.ceil(RUNS / 4), seed: 61 },
    );
  });

  it.each(MONITOR_VARIANTS)('the planted %s is caught by the same property', (variant) => {
    let found: string | undefined;
    const outcome = fc.check(
      fc.property(historyArbitrary(), scheduleArbitrary, (history, schedule) => {
        found = firstMismatch(history, schedule, variant);
        return found === undefined;
      }),
      { numRuns: 100, seed: 62, endOnFailure: true },
    );
    expect(outcome.failed, `${variant} survived 100 histories`).toBe(true);
    expect(found).toMatch(/^height \d+: kept/);
  });

  it('finish judges conservation over every account, so stale kept sums cannot hide a hole', () => {
    const history = fc.sample(historyArbitrary({ blocks: 10 }), { numRuns: 1, seed: 63 })[0] as History;
    const { config, oracleKeys } = venueConfigFor(history.policy);
    const state = createVenueState(config);
    const monitor = new VenueMonitor();
    for (const block of buildBlocks(history, oracleKeys)) {
      const { events } = applyBlock(state, block, { hash: false });
      expect(monitor.check(state, block.height, events, block).filter((v) => v.invariant === 'conservation')).toEqual([]);
    }
    expect(monitor.finish(state)).toEqual([]);
    // An account changed behind the monitor's back (named by no transaction or event): only the end's full sum sees it.
    (state.accounts[0] as { collateral: number }).collateral += 7;
    expect(monitor.finish(state)).toEqual([expect.objectContaining({ invariant: 'conservation', height: state.height, detail: expect.stringContaining('off by 7') })]);
  });
});
