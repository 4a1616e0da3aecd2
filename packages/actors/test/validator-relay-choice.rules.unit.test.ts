/**
 * The relay choice of validators that gather relays in a window (validator-core.ts "Relays",
 * relayIndexOf): every client tx is held by exactly one validator of the set — the same choice
 * in every validator — and the txs spread evenly over the set (none relays much more than its
 * share); the choice depends on every byte of the tx, not on a few.
 */
import { describe, expect, it } from 'vitest';
import { encodeMessage, pb } from '@faultline/protocol';
import { decide, initialValidatorState, relayIndexOf, type ValidatorConfig } from '../src/validator/validator-core.ts';

const IDS = ['validator-1', 'validator-2', 'validator-3', 'validator-4'];
const windowed: ValidatorConfig = { validatorIds: IDS, keySeed: 5, relayWindowUs: 50_000 };
const order = (i: number) =>
  encodeMessage('Transaction', {
    clientId: `load-${(i % 32) + 1}`,
    nonce: 1_796_553_000_000_000 + i,
    placeOrder: { accountId: `load-${(i % 32) + 1}`, marketId: 1, clientOrderId: i + 1, side: i % 2 ? pb.Side.SIDE_BUY : pb.Side.SIDE_SELL, type: pb.OrderType.ORDER_TYPE_LIMIT, timeInForce: pb.TimeInForce.TIME_IN_FORCE_GTC, priceTicks: 30_010, sizeLots: 1 },
  });

describe('the windowed relay choice', () => {
  it('each client tx is held by exactly one of the four validators', () => {
    const states = IDS.map((id) => initialValidatorState(windowed, id));
    const txs = Array.from({ length: 400 }, (_, i) => order(i));
    for (const state of states) for (const tx of txs) decide(state, { kind: 'tx', tx, fromClient: true }, 1);
    for (const tx of txs) expect(states.filter((state) => state.relayQueue.includes(tx)).map((state) => state.id)).toEqual([IDS[relayIndexOf(tx, IDS.length)]]);
  });

  it('spreads txs evenly: each of n validators relays 22-28 % of 20,000 orders (n = 4), and 12-21 % (n = 6)', () => {
    for (const [n, low, high] of [
      [4, 0.22, 0.28],
      [6, 0.12, 0.21],
    ] as const) {
      const counts = new Array<number>(n).fill(0);
      for (let i = 0; i < 20_000; i++) counts[relayIndexOf(order(i), n)]!++;
      for (const count of counts) {
        expect(count / 20_000).toBeGreaterThan(low);
        expect(count / 20_000).toBeLessThan(high);
      }
    }
  });

  it('a change in any one byte can move the choice (it reads every byte, and more than their low bits)', () => {
    const base = order(7);
    for (const at of [0, Math.floor(base.length / 2), base.length - 1]) {
      const seen = new Set<number>();
      for (let v = 0; v < 256; v++) {
        const changed = Uint8Array.from(base);
        changed[at] = v;
        seen.add(relayIndexOf(changed, 4));
      }
      expect(seen.size).toBe(4);
    }
    // Bytes that differ only above their two low bits still spread (a low-bits-only choice would not).
    const seen = new Set<number>();
    for (let v = 0; v < 256; v += 4) {
      const changed = Uint8Array.from(base);
      changed[3] = v;
      seen.add(relayIndexOf(changed, 4));
    }
    expect(seen.size).toBe(4);
  });
});
