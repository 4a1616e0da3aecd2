/**
 * viewReceive (venue/view-state.ts) converts a decoded BlockExecuted once and shares the facts
 * with every view that takes the same message object (the simulator hands one decoded envelope to
 * all recipients of a frame): the same facts object, equal to executedFromWire's, deeply frozen —
 * no client can change what another reads (its account updates are kept in each view) — byte
 * arrays left as they are. Another message object, even with equal content, is converted anew.
 */
import { describe, expect, it } from 'vitest';
import type { faultline } from '@faultline/protocol';
import { REJECT_CODES, venueEventToWire, type VenueEvent } from '@faultline/venue';
import { executedFromWire } from '../src/convert.ts';
import { newViewState, viewNext, viewReceive } from '../src/venue/view-state.ts';

const events: VenueEvent[] = [
  { kind: 'oraclePrice', oraclePrice: { marketId: 1, height: 5, priceTicks: 100_000, freshReports: 3, stale: false, markTicks: 100_010 } },
  {
    kind: 'accountUpdate',
    accountUpdate: { accountId: 'trader-1', height: 5, collateral: 1_000, equity: 1_200, marginInitial: 50, marginMaintenance: 25, positions: [{ marketId: 1, sizeLots: 3, entryNotional: 300, realizedPnl: 7, fundingPaid: 1 }], openOrders: 2 },
  },
  { kind: 'txRejected', txRejected: { height: 5, txHash: new Uint8Array([1, 2, 3]), clientId: 'trader-2', nonce: 9, reason: REJECT_CODES[0], detail: 'no' } },
] as VenueEvent[];

const message = (): faultline.v1.IBlockExecuted => ({ height: 5, blockTimeUs: 5_000_000, replicaId: 'exec-1', stateHash: new Uint8Array(32).fill(4), events: events.map(venueEventToWire) });

function take(executed: faultline.v1.IBlockExecuted) {
  const view = newViewState();
  expect(viewReceive(view, executed, 1_000)).toBe(true);
  const block = viewNext(view, 1_000);
  if (!block) throw new Error('no block');
  return { view, block };
}

describe('viewReceive shares one frozen conversion per message', () => {
  it('two views of one message: the same facts object, equal to executedFromWire, frozen through', () => {
    const executed = message();
    const a = take(executed);
    const b = take(executed);
    expect(b.block).toBe(a.block);
    expect(a.block).toEqual(executedFromWire(executed));
    expect(a.block.events).toHaveLength(3);
    expect(Object.isFrozen(a.block)).toBe(true);
    expect(Object.isFrozen(a.block.events)).toBe(true);
    for (const event of a.block.events) expect(Object.isFrozen(event)).toBe(true);
    const update = a.view.accounts.get('trader-1');
    expect(update).toBe(b.view.accounts.get('trader-1'));
    expect(Object.isFrozen(update)).toBe(true);
    expect(Object.isFrozen(update?.positions)).toBe(true);
    expect(Object.isFrozen(update?.positions[0])).toBe(true);
    // A client writing into what it read throws (strict mode), and changes nothing for the other.
    expect(() => {
      (update as { collateral: number }).collateral = 0;
    }).toThrow(TypeError);
    expect(() => (update?.positions as unknown[]).push({})).toThrow(TypeError);
    expect(() => (a.block.events as unknown[]).pop()).toThrow(TypeError);
    expect(b.view.accounts.get('trader-1')?.collateral).toBe(1_000);
    // Each view's own state is its own (the markets are not shared).
    expect(a.view.markets.get(1)).not.toBe(b.view.markets.get(1));
    expect(a.view.markets.get(1)?.oracleTicks).toBe(100_000);
  });

  it("a byte array is left as it is (its contents cannot be frozen): the rejected tx's hash", () => {
    const { block } = take(message());
    const rejected = block.events.find((event) => event.kind === 'txRejected');
    expect(rejected?.kind === 'txRejected' && rejected.txRejected.txHash).toEqual(new Uint8Array([1, 2, 3]));
    expect(Object.isFrozen(rejected)).toBe(true);
  });

  it('another message object with equal content is converted anew (equal facts, another object)', () => {
    const first = take(message()).block;
    const second = take(message()).block;
    expect(second).not.toBe(first);
    expect(second).toEqual(first);
  });
});
