/**
 * Block and sync-response limits: a block holds at most `blockTxsMax` transactions and
 * `blockBytesMax` bytes of them (so it fits in one frame and one write-ahead record), a proposal
 * over either is invalid, and a sync response stops at `syncBytesMax` (at least one block).
 */
import { describe, expect, it } from 'vitest';
import { encodeMessage } from '@faultline/protocol';
import { Mempool } from '@faultline/consensus';
import { makeCore, proposalsIn, votesIn } from './core-harness.ts';

/** A decodable transaction of about `bytes` bytes. */
function tx(nonce: number, bytes = 1_000): Uint8Array {
  return encodeMessage('Transaction', { clientId: 'client-1', nonce, deposit: { accountId: 'a'.repeat(bytes - 20), amount: 1 } });
}

describe('block limits', () => {
  it('reaps the oldest transactions up to the count and the byte budget', () => {
    const mempool = new Mempool(100, 16 * 1024);
    const txs = Array.from({ length: 10 }, (_, i) => tx(i + 1));
    for (const t of txs) expect(mempool.add(t)).toBe('added');
    expect(mempool.reap(3)).toEqual(txs.slice(0, 3));
    const size = txs[0]!.length;
    expect(mempool.reap(100, 4 * size)).toEqual(txs.slice(0, 4));
    expect(mempool.reap(100, 4 * size - 1)).toEqual(txs.slice(0, 3));
  });

  it('proposes within the byte budget, and a validator with a smaller budget rejects a larger block', () => {
    const size = tx(1).length;
    // validator-2 proposes height 1, round 0.
    const generous = makeCore('validator-2');
    const strict = makeCore('validator-2', { limits: { blockBytesMax: 4 * size } });
    for (let nonce = 1; nonce <= 10; nonce++) {
      generous.onTx(0, tx(nonce), true);
      strict.onTx(0, tx(nonce), true);
    }
    expect(proposalsIn(strict.start(0))[0]?.block?.txs).toHaveLength(4);
    const big = proposalsIn(generous.start(0))[0]!;
    expect(big.block?.txs).toHaveLength(10);

    const receiver = makeCore('validator-1', { limits: { blockBytesMax: 4 * size } });
    receiver.start(0);
    const effects = receiver.onProposal(10, big, 'validator-2');
    expect(effects.some((e) => e.kind === 'rejected' && /bytes of txs exceed the block limit/.test(e.reason))).toBe(true);
    expect(votesIn(effects).map((vote) => vote.blockHash?.length ?? 0)).toEqual([0]); // prevote nil
  });

  it('stops a sync response at the byte budget, with at least one block', () => {
    const size = tx(1).length;
    const committed = Array.from({ length: 6 }, (_, i) => ({ committed: { block: { header: { height: i + 1 }, txs: [tx(2 * i + 1), tx(2 * i + 2)] } } }));
    const core = makeCore('validator-1', { limits: { syncBytesMax: 5 * size } });
    core.restore(committed);
    expect(core.committedHeight).toBe(6);
    expect(core.blocksFrom(1, 50).map((b) => Number(b.block?.header?.height))).toEqual([1, 2]);
    const tight = makeCore('validator-1', { limits: { syncBytesMax: size } });
    tight.restore(committed);
    expect(tight.blocksFrom(3, 50).map((b) => Number(b.block?.header?.height))).toEqual([3]);
  });
});
