/**
 * Rule: a nil prevote that L22 or L28 cast for an invalid proposed block is re-sent after a
 * restart when the same proposal arrives again (the log holds nil for that step: the same value,
 * so it is sent, not withheld as a second, different vote). Four validators; validator-2 proposes
 * height 1 round 0, validator-3 round 1.
 */
import { describe, expect, it } from 'vitest';
import { deriveKeyPair, pb, type faultline } from '@faultline/protocol';
import { hex, signProposal, signVote, type CoreEffect } from '@faultline/consensus';
import { KEY_SEED, makeCore, persistedIn, proposalsIn, votesIn } from './core-harness.ts';

const S = 1_000_000;
const PREVOTE = pb.VoteType.VOTE_TYPE_PREVOTE;
const key = (id: string) => deriveKeyPair(KEY_SEED, id).privateKey;
const prevotes = (effects: readonly CoreEffect[]) => votesIn(effects).filter((v) => v.type === PREVOTE).map((v) => [v.round, hex(v.blockHash)]);

/** A restarted validator-1 given `inputs` again: the prevotes it sends. */
function again(inputs: (core: ReturnType<typeof makeCore>) => CoreEffect[]): { first: unknown[]; second: unknown[] } {
  const core = makeCore('validator-1');
  const firstEffects = [...core.start(0), ...inputs(core)];
  const restarted = makeCore('validator-1');
  restarted.restore(persistedIn(firstEffects));
  restarted.start(10 * S);
  return { first: prevotes(firstEffects), second: prevotes(inputs(restarted)) };
}

describe('a nil prevote for an invalid block, after a restart', () => {
  it('L22: re-sent on the same proposal', () => {
    const invalid = proposalsIn(makeCore('validator-2', { byzantine: 'invalid-block' }).start(0))[0]!;
    const { first, second } = again((core) => core.onProposal(S, invalid, 'validator-2'));
    expect(first).toEqual([[0, '']]);
    expect(second).toEqual([[0, '']]);
  });

  it('L28: re-sent on the same proof-of-lock proposal', () => {
    const invalid = proposalsIn(makeCore('validator-2', { byzantine: 'invalid-block' }).start(0))[0]!;
    const proposal = signProposal({ height: 1, round: 1, polRound: 0, block: invalid.block, blockHash: invalid.blockHash, proposerId: 'validator-3', timestampUs: 1 }, key('validator-3'));
    const polka = ['validator-2', 'validator-3', 'validator-4'].map((id): faultline.v1.IVote => signVote({ type: PREVOTE, height: 1, round: 0, blockHash: invalid.blockHash, validatorId: id, timestampUs: 1 }, key(id)));
    const { first, second } = again((core) => [
      ...polka.flatMap((vote) => core.onVote(S, vote, vote.validatorId!)),
      ...(core.round === 0 ? core.onTimeout(5 * S, 'precommit', 1, 0) : []),
      ...core.onProposal(5 * S, proposal, 'validator-3'),
    ]);
    expect(first).toEqual([[1, '']]);
    expect(second).toEqual([[1, '']]);
  });
});
