/**
 * Duplicate-vote evidence (evidence.ts): each verification rule rejects what breaks it, honest
 * validators build the same evidence tx from two conflicting votes, and what a hostile client or
 * proposer does with forged evidence is refused — at the mempool and in block validation.
 */
import { describe, expect, it } from 'vitest';
import { decodeMessage, deriveKeyPair, encodeMessage, pb, type faultline } from '@faultline/protocol';
import {
  duplicateVoteEvidence,
  EVIDENCE_MAX_AGE_HEIGHTS,
  evidenceOffence,
  evidenceProblem,
  evidenceTx,
  evidenceTxProblem,
  hex,
  SignatureVerifier,
  signVote,
  type CoreEffect,
} from '@faultline/consensus';
import { IDS, KEY_SEED, makeCore, proposalsIn, validatorSet, votesIn } from './core-harness.ts';

type Vote = faultline.v1.IVote;
const PREVOTE = pb.VoteType.VOTE_TYPE_PREVOTE;
const PRECOMMIT = pb.VoteType.VOTE_TYPE_PRECOMMIT;
const hashOf = (byte: number) => new Uint8Array(32).fill(byte);

function vote(fields: Partial<Vote> & { by?: string; signer?: string } = {}): Vote {
  const { by = 'validator-4', signer = by, ...rest } = fields;
  return signVote({ type: PREVOTE, height: 5, round: 0, blockHash: hashOf(1), validatorId: by, timestampUs: 7, ...rest }, deriveKeyPair(KEY_SEED, signer).privateKey);
}

const validators = validatorSet();
const check = (a: Vote, b: Vote, currentHeight = 5) => evidenceProblem({ voteA: a, voteB: b }, currentHeight, validators, new SignatureVerifier(validators));

describe('duplicate-vote evidence: verification (CometBFT VerifyDuplicateVote)', () => {
  const a = vote({ blockHash: hashOf(1) });
  const b = vote({ blockHash: hashOf(2) });

  it('accepts two votes of one validator for one height, round and type with different blocks (nil counts as a block)', () => {
    expect(check(a, b)).toBeUndefined();
    expect(check(vote({ blockHash: new Uint8Array(0) }), a)).toBeUndefined();
    expect(check(vote({ type: PRECOMMIT, blockHash: hashOf(1) }), vote({ type: PRECOMMIT, blockHash: hashOf(2) }))).toBeUndefined();
  });

  it.each([
    ['one vote missing', () => evidenceProblem({ voteA: a }, 5, validators, new SignatureVerifier(validators)), /two votes/],
    ['votes of two validators', () => check(a, vote({ by: 'validator-3', blockHash: hashOf(2) })), /two different validators/],
    ['an unknown validator', () => check(vote({ by: 'mallory', signer: 'validator-4' }), vote({ by: 'mallory', signer: 'validator-4', blockHash: hashOf(2) })), /unknown validator "mallory"/],
    ['different types', () => check(a, vote({ type: PRECOMMIT, blockHash: hashOf(2) })), /different types/],
    ['an unknown type', () => check(vote({ type: 0 }), vote({ type: 0, blockHash: hashOf(2) })), /unknown type/],
    ['different heights', () => check(a, vote({ height: 4, blockHash: hashOf(2) })), /different heights/],
    ['different rounds', () => check(a, vote({ round: 1, blockHash: hashOf(2) })), /different rounds/],
    ['the same block', () => check(a, vote({ timestampUs: 8 })), /same block/],
    ['votes out of canonical order', () => check(b, a), /canonical order/],
    ['a height beyond the one being decided', () => check(a, b, 4), /beyond 4/],
    ['a height too old', () => check(a, b, 5 + EVIDENCE_MAX_AGE_HEIGHTS + 1), /too old/],
    ['height 0', () => check(vote({ height: 0 }), vote({ height: 0, blockHash: hashOf(2) })), /height 0/],
    ['vote A signed by someone else', () => check(vote({ signer: 'validator-1' }), b), /vote A has a bad signature/],
    ['vote B signed by someone else', () => check(a, vote({ signer: 'validator-1', blockHash: hashOf(2) })), /vote B has a bad signature/],
    ['vote B altered after signing', () => check(a, { ...b, timestampUs: 99 }), /vote B has a bad signature/],
  ])('rejects %s', (_what, run, reason) => {
    expect(run()).toMatch(reason);
  });

  it('names the offence: validator, height, round and vote type', () => {
    expect(evidenceOffence({ voteA: a, voteB: b })).toEqual({ validatorId: 'validator-4', height: 5, round: 0, type: 'prevote' });
    expect(evidenceOffence({ voteA: vote({ type: PRECOMMIT }), voteB: b }).type).toBe('precommit');
    expect(evidenceOffence({ voteA: vote({ type: 0 }), voteB: b }).type).toBe('unknown');
  });

  it('evidence exactly EVIDENCE_MAX_AGE_HEIGHTS old is still accepted; one height older is not', () => {
    expect(check(a, b, 5 + EVIDENCE_MAX_AGE_HEIGHTS)).toBeUndefined();
    expect(check(a, b, 5 + EVIDENCE_MAX_AGE_HEIGHTS + 1)).toMatch(/too old/);
  });

  it('one offence is one transaction: the canonical tx holds the evidence alone, in canonical order, whoever reports it', () => {
    const tx = evidenceTx(duplicateVoteEvidence(b, a));
    expect(hex(tx)).toBe(hex(evidenceTx(duplicateVoteEvidence(a, b))));
    const decoded = decodeMessage('Transaction', tx);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.value.clientId).toBe('');
    expect(evidenceTxProblem(tx, decoded.value, 5, validators, new SignatureVerifier(validators))).toBeUndefined();
    const wrapped = encodeMessage('Transaction', { clientId: 'trader-1', nonce: 3, evidence: { voteA: a, voteB: b } });
    const wrappedDecoded = decodeMessage('Transaction', wrapped);
    if (!wrappedDecoded.ok) throw new Error('undecodable');
    expect(evidenceTxProblem(wrapped, wrappedDecoded.value, 5, validators, new SignatureVerifier(validators))).toMatch(/canonical form/);
  });
});

const evidenceIn = (effects: readonly CoreEffect[]) => effects.flatMap((effect) => (effect.kind === 'evidence' ? [effect.evidence] : []));
const gossipedIn = (effects: readonly CoreEffect[]) => effects.flatMap((effect) => (effect.kind === 'gossip-tx' ? [effect.tx] : []));
const rejectedIn = (effects: readonly CoreEffect[]) => effects.flatMap((effect) => (effect.kind === 'rejected' ? [effect.reason] : []));

describe('honest validators build, gossip and check evidence', () => {
  const at1 = (fields: Parameters<typeof vote>[0] = {}) => vote({ height: 1, ...fields });

  it('two conflicting prevotes of validator-4 at one height/round: the receiver builds the evidence tx, gossips it once, and another receiver builds the same bytes', () => {
    const txs: string[] = [];
    for (const id of ['validator-1', 'validator-2']) {
      const core = makeCore(id);
      core.start(0);
      // Opposite arrival orders: the evidence is the same.
      const [first, second] = id === 'validator-1' ? [at1({ blockHash: hashOf(1) }), at1({ blockHash: hashOf(2) })] : [at1({ blockHash: hashOf(2) }), at1({ blockHash: hashOf(1) })];
      expect(evidenceIn(core.onVote(1, first, 'validator-4'))).toEqual([]);
      const effects = core.onVote(2, second, 'validator-4');
      expect(evidenceIn(effects).map((e) => e.voteA?.validatorId)).toEqual(['validator-4']);
      const gossiped = gossipedIn(effects);
      expect(gossiped).toHaveLength(1);
      txs.push(hex(gossiped[0]));
      expect(core.mempool.size).toBe(1);
      // The same conflict seen again (a re-sent vote) is not reported twice.
      expect(evidenceIn(core.onVote(3, second, 'validator-4'))).toEqual([]);
      expect(gossipedIn(core.onEvidence(4, { voteA: first, voteB: second }, 'validator-3'))).toEqual([]);
    }
    expect(txs[0]).toBe(txs[1]);
  });

  it('evidence from a peer or client is verified before it enters the mempool: a forged accusation of an honest validator is refused with a reason', () => {
    const core = makeCore('validator-1');
    core.start(0);
    // mallory "signs" two votes in validator-2's name with her own key.
    const forged = { voteA: at1({ by: 'validator-2', signer: 'validator-4', blockHash: hashOf(1) }), voteB: at1({ by: 'validator-2', signer: 'validator-4', blockHash: hashOf(2) }) };
    const effects = core.onEvidence(1, forged, 'mallory');
    expect(rejectedIn(effects).join()).toMatch(/evidence from mallory: vote A has a bad signature/);
    expect(core.mempool.size).toBe(0);
    // A real vote of validator-2 paired with a forged one is refused too.
    const real = signVote({ type: PREVOTE, height: 1, round: 0, blockHash: hashOf(1), validatorId: 'validator-2', timestampUs: 7 }, deriveKeyPair(KEY_SEED, 'validator-2').privateKey);
    expect(rejectedIn(core.onEvidence(2, { voteA: real, voteB: forged.voteB }, 'mallory')).join()).toMatch(/bad signature/);
    expect(core.mempool.size).toBe(0);
    // Real evidence from a client, in either order, is accepted and gossiped.
    const accepted = core.onEvidence(3, { voteA: at1({ blockHash: hashOf(2) }), voteB: at1({ blockHash: hashOf(1) }) }, 'trader-1');
    expect(gossipedIn(accepted)).toHaveLength(1);
    expect(core.mempool.size).toBe(1);
  });

  it('a proposed block carrying invalid evidence is an invalid block: the validators prevote nil', () => {
    // validator-2 proposes height 1 with a forged evidence tx in it (what a Byzantine proposer could try).
    const proposer = makeCore('validator-2');
    const forgedTx = evidenceTx(duplicateVoteEvidence(at1({ by: 'validator-3', signer: 'validator-4', blockHash: hashOf(1) }), at1({ by: 'validator-3', signer: 'validator-4', blockHash: hashOf(2) })));
    proposer.mempool.add(forgedTx);
    const proposal = proposalsIn(proposer.start(0))[0]!;
    expect(proposal.block?.txs?.map((tx) => hex(tx))).toEqual([hex(forgedTx)]);
    const voter = makeCore('validator-1');
    voter.start(0);
    const effects = voter.onProposal(1, proposal, 'validator-2');
    expect(rejectedIn(effects).join()).toMatch(/invalid evidence: vote A has a bad signature/);
    expect(votesIn(effects).map((v) => hex(v.blockHash))).toEqual(['']);
  });

  it('the same block with valid evidence is prevoted', () => {
    const proposer = makeCore('validator-2');
    proposer.mempool.add(evidenceTx(duplicateVoteEvidence(at1({ blockHash: hashOf(1) }), at1({ blockHash: hashOf(2) }))));
    const proposal = proposalsIn(proposer.start(0))[0]!;
    const voter = makeCore('validator-1');
    voter.start(0);
    expect(votesIn(voter.onProposal(1, proposal, 'validator-2')).map((v) => hex(v.blockHash))).toEqual([hex(proposal.blockHash)]);
  });
});

describe('an equivocator cannot split the honest validators\' view of a polka', () => {
  it('its conflicting prevote arriving first does not hide its other prevote: the value still counts 2f+1 signers', () => {
    // Height 1: validator-2 proposes A; validator-1 prevotes A. validator-4 signed a prevote for B
    // and one for A; validator-1 hears B first (relayed), then A, then validator-2's A.
    const proposer = makeCore('validator-2');
    const start = proposer.start(0);
    const proposal = proposalsIn(start)[0]!;
    const prevoteA2 = votesIn(start).find((v) => v.type === PREVOTE)!;
    const v1 = makeCore('validator-1');
    v1.start(0);
    v1.onProposal(1, proposal, 'validator-2');
    v1.onVote(2, vote({ height: 1, blockHash: hashOf(9) }), 'validator-3');
    v1.onVote(3, vote({ height: 1, blockHash: proposal.blockHash! }), 'validator-4');
    const effects = v1.onVote(4, prevoteA2, 'validator-2');
    // A polka for A (validator-1, validator-2, validator-4): validator-1 locks and precommits A.
    expect(votesIn(effects).filter((v) => v.type === PRECOMMIT).map((v) => hex(v.blockHash))).toEqual([hex(proposal.blockHash)]);
  });
});

describe('the equivocate behaviour double-signs', () => {
  it('an equivocating proposer sends two blocks to two halves and prevotes each block to the half that got it', () => {
    // validator-2 proposes height 1 (round robin over the sorted ids, shifted by height): it equivocates here.
    const byz = makeCore('validator-2', { byzantine: 'equivocate' });
    const effects = byz.start(0);
    const proposals = effects.flatMap((e) => (e.kind === 'broadcast-proposal' ? [{ to: e.to, hash: hex(e.proposal.blockHash) }] : []));
    expect(proposals).toHaveLength(2);
    expect(proposals[0]?.hash).not.toBe(proposals[1]?.hash);
    const prevotes = effects.flatMap((e) => (e.kind === 'broadcast-vote' && e.vote.type === PREVOTE ? [{ to: e.to, hash: hex(e.vote.blockHash) }] : []));
    expect(prevotes).toEqual([
      { to: proposals[0]?.to, hash: proposals[0]?.hash },
      { to: proposals[1]?.to, hash: proposals[1]?.hash },
    ]);
    expect(IDS.filter((id) => id !== 'validator-2').every((id) => prevotes.some((p) => p.to?.includes(id)))).toBe(true);
  });
});
