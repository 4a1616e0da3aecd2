/**
 * castVote names the block it votes for by a copy of its proposal's hash bytes (tendermint.ts
 * hashBytes), not bytes parsed from the hex again: the same 32 bytes, in an array of the vote's
 * own — changing the proposal's array afterwards changes nothing the vote carries or signed.
 */
import { describe, expect, it } from 'vitest';
import { deriveKeyPair, signBytes, type faultline } from '@faultline/protocol';
import { DYDX_TIMEOUTS, TendermintCore, ValidatorSet, voteSignBytes } from '@faultline/consensus';

const SEED = 'vote-hash-bytes';
const ids = ['validator-1', 'validator-2', 'validator-3', 'validator-4'];
const validators = new ValidatorSet(ids.map((id) => ({ id, publicKeyRaw: deriveKeyPair(SEED, id).publicKeyRaw })));
const core = (id: string) => new TendermintCore({ validatorId: id, validators, keys: deriveKeyPair(SEED, id), timeouts: DYDX_TIMEOUTS, genesisTimeUs: 0 });
const votesOf = (effects: ReturnType<TendermintCore['start']>) => effects.flatMap((e) => (e.kind === 'broadcast-vote' ? [e.vote] : []));

describe("a vote's block hash", () => {
  it("is a copy of the proposal's hash: equal bytes, its own array, signed as such", () => {
    const proposerId = validators.proposer(1, 0);
    const proposal = core(proposerId).start(0).flatMap((e) => (e.kind === 'broadcast-proposal' ? [e.proposal] : []))[0] as faultline.v1.IProposal;
    const voterId = ids.find((id) => id !== proposerId) as string;
    const voter = core(voterId);
    voter.start(0);
    const [prevote] = votesOf(voter.onProposal(1, proposal, proposerId));
    expect(prevote?.validatorId).toBe(voterId);
    const hash = prevote?.blockHash as Uint8Array;
    expect(hash).toHaveLength(32);
    expect(Buffer.from(hash).equals(Buffer.from(proposal.blockHash as Uint8Array))).toBe(true);
    expect(hash).not.toBe(proposal.blockHash);
    const signedOver = voteSignBytes(prevote as faultline.v1.IVote);
    (proposal.blockHash as Uint8Array).fill(0);
    expect(Buffer.from(hash).equals(Buffer.from(proposal.blockHash as Uint8Array))).toBe(false);
    expect(Buffer.from(voteSignBytes(prevote as faultline.v1.IVote)).equals(Buffer.from(signedOver))).toBe(true);
    expect(Buffer.from(prevote?.signature as Uint8Array).equals(Buffer.from(signBytes(deriveKeyPair(SEED, voterId).privateKey, signedOver)))).toBe(true);
  });

  it('a nil vote names no block: empty bytes', () => {
    const voterId = ids.find((id) => id !== validators.proposer(1, 0)) as string;
    const voter = core(voterId);
    voter.start(0);
    const [prevote] = votesOf(voter.onTimeout(DYDX_TIMEOUTS.proposeUs, 'propose', 1, 0));
    expect(prevote?.blockHash).toHaveLength(0);
  });
});
