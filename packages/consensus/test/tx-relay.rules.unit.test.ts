/**
 * Rules of the tx ingress and of serving sync: a relay batch's txs enter as gossiped copies whose
 * bytes nobody checked (decoded here, never relayed again); a client tx is relayed once, on its
 * first arrival only; a sync response stops only when its txs pass the byte budget (a response
 * exactly at the budget is whole).
 */
import { describe, expect, it } from 'vitest';
import { encodeMessage } from '@faultline/protocol';
import type { CoreEffect } from '@faultline/consensus';
import { IDS, makeCore } from './core-harness.ts';

const tx = (nonce: number) => encodeMessage('Transaction', { clientId: 'client-1', nonce, deposit: { accountId: 'client-1', amount: 1 } });
const gossiped = (effects: readonly CoreEffect[]) => effects.filter((effect) => effect.kind === 'gossip-tx').length;
const rejections = (effects: readonly CoreEffect[]) => effects.flatMap((effect) => (effect.kind === 'rejected' ? [effect.reason] : []));

/** A tx that validator-1 is the relay of (chosen by the tx's hash). */
function txRelayedBy(id: string): Uint8Array {
  const core = makeCore(id);
  for (let nonce = 1; ; nonce++) if (core.relays(tx(nonce))) return tx(nonce);
}

describe('a relay batch', () => {
  it('admits each tx as a gossiped copy: pending here, not relayed again even by the validator that relays it', () => {
    const mine = txRelayedBy('validator-1');
    const core = makeCore('validator-1');
    const effects = core.onRelayedTxs(0, [mine, tx(1_000)]);
    expect(gossiped(effects)).toBe(0);
    expect(core.mempool.size).toBe(2);
  });

  it('decodes what nobody checked: an undecodable tx in a batch is refused, the others admitted', () => {
    const core = makeCore('validator-1');
    const effects = core.onRelayedTxs(0, [Uint8Array.from([0xff, 0xff, 0xff]), tx(2)]);
    expect(rejections(effects)).toHaveLength(1);
    expect(rejections(effects)[0]).toMatch(/^undecodable tx/);
    expect(core.mempool.size).toBe(1);
  });
});

describe('a client tx is relayed once', () => {
  it('its relay gossips it on the first arrival, not when the client sends the same bytes again', () => {
    const bytes = txRelayedBy('validator-1');
    const core = makeCore('validator-1');
    expect(gossiped(core.onTx(0, bytes, true, true))).toBe(1);
    expect(gossiped(core.onTx(1, bytes, true, true))).toBe(0);
    expect(gossiped(core.onTx(2, bytes, true))).toBe(0);
    // Another validator's share is never relayed by this one.
    const other = txRelayedBy(IDS.find((id) => id !== 'validator-1')!);
    expect(core.relays(other)).toBe(false);
    expect(gossiped(core.onTx(3, other, true, true))).toBe(0);
  });
});

describe('a sync response', () => {
  it('keeps a block that brings its txs exactly to the byte budget, and stops at the block that passes it', () => {
    const blocks = [1, 2, 3].map((height) => ({ block: { header: { height }, txs: [tx(height)] } }));
    const size = (height: number) => tx(height).length;
    const budget = size(1) + size(2);
    const core = makeCore('validator-1', { limits: { syncBytesMax: budget } });
    core.restore(blocks.map((committed) => ({ committed })));
    expect(core.blocksFrom(1, 10).map((b) => Number(b.block?.header?.height))).toEqual([1, 2]);
  });
});
