/**
 * Rule: a block's txs obey the receiver's tx size limit (txBytesMax): a tx of exactly the limit is
 * valid, one byte more makes the block invalid, refused by name — whatever the proposer admitted.
 * Four validators; validator-2 proposes height 1, round 0.
 */
import { describe, expect, it } from 'vitest';
import { encodeMessage } from '@faultline/protocol';
import type { CoreEffect } from '@faultline/consensus';
import { makeCore, proposalsIn } from './core-harness.ts';

const rejections = (effects: readonly CoreEffect[]) => effects.flatMap((e) => (e.kind === 'rejected' ? [e.reason] : []));

describe('the tx size limit inside a block', () => {
  it('a block with a tx of exactly txBytesMax is valid; with the limit one byte lower it is refused as oversized', () => {
    const bytes = encodeMessage('Transaction', { clientId: 'client-1', nonce: 1, deposit: { accountId: 'client-1', amount: 1 } });
    const proposer = makeCore('validator-2');
    proposer.onTx(0, bytes, true, true);
    const proposal = proposalsIn(proposer.start(0))[0]!;
    expect(proposal.block?.txs).toHaveLength(1);
    const judged = (txBytesMax: number) => {
      const core = makeCore('validator-1', { limits: { txBytesMax } });
      core.start(0);
      return rejections(core.onProposal(1, proposal, 'validator-2'));
    };
    expect(judged(bytes.length)).toEqual([]);
    expect(judged(bytes.length - 1)).toEqual(['invalid block proposed by validator-2: oversized tx']);
  });
});
