/**
 * The reserve left behind when the last order goes, on the sell side (found by mutation testing of
 * margin.ts; margin-reserve.rules corrupts the buy side only): sell lots left over once the last
 * order is released fire "keeps a reserve with no order".
 */
import { expect, it } from 'vitest';
import { SIDE_SELL, VenueAssertionError } from '@faultline/venue';
import { releaseLots, reserveOrder } from '../src/margin.ts';
import type { OrderExposure } from '../src/state.ts';
import { funded, Scenario } from './venue-scenario.ts';

it('sell lots left after the last sell is released: keeps a reserve with no order', () => {
  const v = new Scenario();
  funded(v, { carol: 1_000_000 });
  const account = v.account('carol');
  reserveOrder(account, v.market(), 1, { side: SIDE_SELL, priceTicks: 11_000, lots: 2, clientOrderId: 1 });
  (account.exposure.get(1) as OrderExposure).sellLots = 3;
  let error: unknown;
  try {
    releaseLots(account, v.market(), 1, 2);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(VenueAssertionError);
  expect((error as Error).message).toBe('account carol keeps a reserve with no order');
});
