/**
 * A client's view of the venue after it missed a height (a short partition, a lossy link): it
 * waits GAP_WAIT_US for the missing height, then takes it as lost and moves on with the heights
 * it has. Before, it waited for 64 later heights (~30 s of blocks): the hedger, blind that long
 * after a 0.2 s partition, ended runs 70 lots outside its delta limit (docs/invariants.md).
 */
import { describe, expect, it } from 'vitest';
import type { DecodedEnvelope, Host } from '@faultline/runtime';
import { VenueView } from '../src/venue/venue-view.ts';
import { VIEW_GAP_WAIT_US as GAP_WAIT_US, VIEW_PENDING_HEIGHTS_MAX as PENDING_MAX } from '../src/venue/view-state.ts';

function fakeView() {
  let handler: ((envelope: DecodedEnvelope) => void) | undefined;
  const clock = { nowUs: 0 };
  const host = { now: () => clock.nowUs, subscribe: (_pattern: string, h: (envelope: DecodedEnvelope) => void) => ((handler = h), { unsubscribe() {} }) } as unknown as Host;
  const view = new VenueView(host);
  const seen: number[] = [];
  view.onBlock((block) => seen.push(block.height));
  view.start();
  const deliver = (height: number, atUs: number): void => {
    clock.nowUs = atUs;
    handler?.({ blockExecuted: { height, blockTimeUs: atUs, replicaId: 'exec-1', events: [] } } as unknown as DecodedEnvelope);
  };
  return { view, seen, deliver };
}

describe('VenueView: a lost height', () => {
  it('waits for a late height (reordering) and applies heights in order', () => {
    const { seen, deliver } = fakeView();
    deliver(1, 0);
    deliver(3, 500_000);
    deliver(2, 900_000);
    expect(seen).toEqual([1, 2, 3]);
  });

  it(`takes a height missing for ${GAP_WAIT_US / 1e6} s as lost and moves on (not after ${PENDING_MAX} heights)`, () => {
    const { view, seen, deliver } = fakeView();
    deliver(1, 0);
    // Height 2 is lost; blocks keep coming every 0.5 s.
    for (let h = 3; h <= 6; h++) deliver(h, (h - 2) * 500_000);
    expect(seen).toEqual([1]);
    deliver(7, 2_500_000); // 2 s after height 3 showed the gap
    expect(seen).toEqual([1, 3, 4, 5, 6, 7]);
    expect(view.ageUs()).toBe(0);
    // A second gap is timed from its own start.
    deliver(9, 3_000_000);
    deliver(10, 4_900_000);
    expect(seen.at(-1)).toBe(7);
    deliver(11, 5_000_000);
    expect(seen.slice(-3)).toEqual([9, 10, 11]);
  });
});
