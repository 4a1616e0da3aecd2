/**
 * Rules of the Byzantine vote behaviours the simulator's attacks rely on, each exactly as
 * specified: `amnesia` prevotes what the rules say but precommits only a block it proposed itself
 * at this height (nil for any other, the same nil again after a restart); `double-vote` splits
 * only a vote for a block (a nil vote goes to all), its second half getting a valid nil vote of
 * the same step; `equivocate` splits only its prevote of the round it equivocated in. Four
 * validators: f = 1, quorum 3; proposers at height 1: round 0 validator-2, round 1 validator-3.
 */
import { describe, expect, it } from 'vitest';
import { deriveKeyPair, pb, type faultline } from '@faultline/protocol';
import { hex, signVote, SignatureVerifier, type CoreEffect } from '@faultline/consensus';
import { KEY_SEED, makeCore, persistedIn, proposalsIn, validatorSet, votesIn } from './core-harness.ts';

const S = 1_000_000;
const PREVOTE = pb.VoteType.VOTE_TYPE_PREVOTE;
const PRECOMMIT = pb.VoteType.VOTE_TYPE_PRECOMMIT;
const nil = new Uint8Array(0);

function vote(id: string, type: number, round: number, blockHash: Uint8Array | null | undefined, height = 1): faultline.v1.IVote {
  return signVote({ type, height, round, blockHash: blockHash ?? nil, validatorId: id, timestampUs: 1 }, deriveKeyPair(KEY_SEED, id).privateKey);
}
const voted = (effects: readonly CoreEffect[]) => votesIn(effects).map((v) => [v.type === PREVOTE ? 'prevote' : 'precommit', hex(v.blockHash) === '' ? 'nil' : hex(v.blockHash)]);
const broadcasts = (effects: readonly CoreEffect[]) => effects.flatMap((e) => (e.kind === 'broadcast-vote' ? [{ to: e.to, type: e.vote.type, hash: hex(e.vote.blockHash) }] : []));

/** validator-3's proposal of round 1 at height 1 (a fresh block). */
function round1Proposal(): faultline.v1.IProposal {
  const v3 = makeCore('validator-3');
  v3.start(0);
  return proposalsIn(v3.onTimeout(5 * S, 'precommit', 1, 0))[0]!;
}

describe('amnesia', () => {
  it('prevotes another validator\'s block but precommits nil on its polka', () => {
    const b = proposalsIn(makeCore('validator-2').start(0))[0]!;
    const core = makeCore('validator-1', { byzantine: 'amnesia' });
    core.start(0);
    expect(voted(core.onProposal(S, b, 'validator-2'))).toEqual([['prevote', hex(b.blockHash)]]);
    const effects = ['validator-2', 'validator-3'].flatMap((id) => core.onVote(S, vote(id, PREVOTE, 0, b.blockHash), id));
    expect(voted(effects)).toEqual([['precommit', 'nil']]);
  });

  it('as proposer of round 0, precommits nil for round 1\'s block of another proposer', () => {
    const c = round1Proposal();
    const core = makeCore('validator-2', { byzantine: 'amnesia' });
    expect(proposalsIn(core.start(0))).toHaveLength(1);
    core.onTimeout(5 * S, 'precommit', 1, 0);
    expect(voted(core.onProposal(5 * S, c, 'validator-3'))).toEqual([['prevote', hex(c.blockHash)]]);
    const effects = ['validator-3', 'validator-4'].flatMap((id) => core.onVote(5 * S, vote(id, PREVOTE, 1, c.blockHash), id));
    expect(voted(effects)).toEqual([['precommit', 'nil']]);
  });

  it('precommits its own block on its polka', () => {
    const core = makeCore('validator-2', { byzantine: 'amnesia' });
    const own = proposalsIn(core.start(0))[0]!;
    const effects = ['validator-1', 'validator-3'].flatMap((id) => core.onVote(S, vote(id, PREVOTE, 0, own.blockHash), id));
    expect(voted(effects)).toEqual([['precommit', hex(own.blockHash)]]);
  });

  it('restarted, sends its nil precommit again on the same polka', () => {
    const b = proposalsIn(makeCore('validator-2').start(0))[0]!;
    const first = makeCore('validator-1', { byzantine: 'amnesia' });
    const polka = (core: ReturnType<typeof makeCore>) => [core.onProposal(S, b, 'validator-2'), ...['validator-2', 'validator-3'].map((id) => core.onVote(S, vote(id, PREVOTE, 0, b.blockHash), id))].flat();
    const wal = persistedIn([...first.start(0), ...polka(first)]);
    const restarted = makeCore('validator-1', { byzantine: 'amnesia' });
    restarted.restore(wal);
    restarted.start(2 * S);
    expect(voted(polka(restarted))).toEqual([
      ['prevote', hex(b.blockHash)],
      ['precommit', 'nil'],
    ]);
  });
});

describe('double-vote', () => {
  it('a nil vote goes to every peer once, unsplit', () => {
    const core = makeCore('validator-1', { byzantine: 'double-vote' });
    core.start(0);
    expect(broadcasts(core.onTimeout(3 * S, 'propose', 1, 0))).toEqual([{ to: undefined, type: PREVOTE, hash: '' }]);
  });

  it('the half that gets the nil vote gets a valid vote of the same height, round, step and validator', () => {
    const effects = makeCore('validator-2', { byzantine: 'double-vote' }).start(0);
    const [forBlock, forNil] = effects.flatMap((e) => (e.kind === 'broadcast-vote' ? [e.vote] : []));
    expect(hex(forBlock?.blockHash)).not.toBe('');
    expect(forNil).toMatchObject({ type: PREVOTE, height: forBlock?.height, round: 0, validatorId: 'validator-2' });
    expect(hex(forNil?.blockHash)).toBe('');
    expect(new SignatureVerifier(validatorSet()).verifyVote(forNil!)).toBe(true);
  });
});

describe('equivocate', () => {
  it('its precommit for its first block goes to every peer, unsplit', () => {
    const core = makeCore('validator-2', { byzantine: 'equivocate' });
    const [first] = proposalsIn(core.start(0));
    const effects = ['validator-1', 'validator-3'].flatMap((id) => core.onVote(S, vote(id, PREVOTE, 0, first!.blockHash), id));
    expect(broadcasts(effects)).toEqual([{ to: undefined, type: PRECOMMIT, hash: hex(first!.blockHash) }]);
  });

  it('its prevote in a later round of the height is not split', () => {
    const c = round1Proposal();
    const core = makeCore('validator-2', { byzantine: 'equivocate' });
    core.start(0);
    core.onTimeout(5 * S, 'precommit', 1, 0);
    expect(broadcasts(core.onProposal(5 * S, c, 'validator-3'))).toEqual([{ to: undefined, type: PREVOTE, hash: hex(c.blockHash) }]);
  });
});
