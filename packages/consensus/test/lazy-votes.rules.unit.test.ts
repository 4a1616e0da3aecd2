/**
 * Rules of the lazy vote check (TendermintCore.receiveVote): a peer's first vote of a step for a
 * hash that has its quorum already is held unverified and uncounted; it is verified when it could
 * matter — a second, different vote of the same validator (evidence), or a certificate of that
 * hash — and a held vote with a bad signature is never counted, and is refused then. Every other
 * peer vote is verified on arrival. Four validators (f = 1, quorum 3; validator-2 proposes height
 * 1 round 0; validator-3 is the core under test, validator-4 the late or double voter), and seven
 * for a certificate with a held precommit (quorum 5: five peers make it, a sixth comes late).
 */
import { describe, expect, it } from 'vitest';
import { deriveKeyPair, pb, type faultline } from '@faultline/protocol';
import { signVote, type CoreEffect, type TendermintCore } from '@faultline/consensus';
import { KEY_SEED, commitsIn, makeCore, proposalsIn, validatorSet } from './core-harness.ts';

const PREVOTE = pb.VoteType.VOTE_TYPE_PREVOTE;
const PRECOMMIT = pb.VoteType.VOTE_TYPE_PRECOMMIT;
const nil = new Uint8Array(0);

function vote(id: string, type: number, blockHash: Uint8Array, timestampUs = 1): faultline.v1.IVote {
  return signVote({ type, height: 1, round: 0, blockHash, validatorId: id, timestampUs }, deriveKeyPair(KEY_SEED, id).privateKey);
}
/** A vote naming `id` signed with another key: it cannot verify. */
function forged(id: string, type: number, blockHash: Uint8Array): faultline.v1.IVote {
  return { ...signVote({ type, height: 1, round: 0, blockHash, validatorId: id, timestampUs: 1 }, deriveKeyPair(KEY_SEED, 'mallory').privateKey), validatorId: id };
}
const rejected = (effects: readonly CoreEffect[]) => effects.flatMap((e) => (e.kind === 'rejected' ? [{ reason: e.reason, from: e.from }] : []));
const evidenceIn = (effects: readonly CoreEffect[]) => effects.flatMap((e) => (e.kind === 'evidence' ? [e.evidence] : []));
const signersIn = (effects: readonly CoreEffect[]) => commitsIn(effects)[0]?.certificate?.precommits?.map((v) => v.validatorId).sort();
const BAD = (id: string, from: string) => ({ reason: `vote with a bad signature from ${id}`, from });

const proposal = proposalsIn(makeCore('validator-2').start(0))[0]!;
const block = proposal.blockHash!;

function core(id = 'validator-3', ids?: readonly string[]): TendermintCore {
  const c = makeCore(id, ids ? { ids } : {});
  c.start(0);
  return c;
}

/** Each validator's vote of `type` for `hash`, delivered from itself. */
function deliver(c: TendermintCore, type: number, hash: Uint8Array, ids: readonly string[]): CoreEffect[] {
  return ids.flatMap((id) => c.onVote(1, vote(id, type, hash), id));
}

/** validator-3 after the proposal and a prevote quorum (its own, validator-1's and -2's): validator-4's prevote is late. */
function afterPolka(): TendermintCore {
  const c = core();
  c.onProposal(1, proposal, 'validator-2');
  deliver(c, PREVOTE, block, ['validator-1', 'validator-2']);
  return c;
}

describe('a peer vote after its hash\'s quorum', () => {
  it('is not verified; every peer vote up to the quorum is', () => {
    const c = core();
    deliver(c, PREVOTE, block, ['validator-1', 'validator-2']);
    expect(c.verifier.checks).toBe(2);
    deliver(c, PREVOTE, block, ['validator-4']); // the third: the quorum
    expect(c.verifier.checks).toBe(3);
    c.onProposal(1, proposal, 'validator-2'); // its signature; validator-3 prevotes and precommits (own votes: never checked)
    expect(c.verifier.checks).toBe(4);
    deliver(c, PRECOMMIT, block, ['validator-1', 'validator-2']); // own + 2: the quorum, the commit
    expect(c.committedHeight).toBe(1);
    expect(c.verifier.checks).toBe(6);
    deliver(c, PRECOMMIT, block, ['validator-4']); // after the quorum: held
    expect(c.verifier.checks).toBe(6);
  });

  it('for a hash short of its quorum is verified at once: a bad signature is refused there, a held one is not (yet)', () => {
    const c = afterPolka();
    expect(rejected(c.onVote(1, forged('validator-4', PREVOTE, block), 'mallory'))).toEqual([]); // held: the quorum's hash
    const d = afterPolka();
    expect(rejected(d.onVote(1, forged('validator-4', PREVOTE, nil), 'mallory'))).toEqual([BAD('validator-4', 'mallory')]); // nil: no quorum
    const e = afterPolka();
    expect(rejected(e.onVote(1, forged('validator-4', PRECOMMIT, block), 'mallory'))).toEqual([BAD('validator-4', 'mallory')]); // one precommit (own): no quorum
  });

  it('a copy of a held vote is neither verified nor counted', () => {
    const c = afterPolka();
    const late = vote('validator-4', PREVOTE, block);
    deliver(c, PREVOTE, block, ['validator-4']);
    const checks = c.verifier.checks;
    expect(c.onVote(1, late, 'validator-1')).toEqual([]);
    expect(c.onVote(1, vote('validator-4', PREVOTE, block, 2), 'validator-4')).toEqual([]); // another timestamp, the same hash
    expect(c.verifier.checks).toBe(checks);
  });

  it('then a different vote of the same validator: both verified, the held one counted — duplicate-vote evidence of the two', () => {
    const c = afterPolka();
    const first = vote('validator-4', PREVOTE, block);
    const second = vote('validator-4', PREVOTE, nil);
    c.onVote(1, first, 'validator-4');
    const checks = c.verifier.checks;
    const effects = c.onVote(1, second, 'validator-4');
    expect(c.verifier.checks - checks).toBe(2);
    const [evidence] = evidenceIn(effects);
    expect([evidence?.voteA, evidence?.voteB]).toEqual([second, first]); // canonical order: by hash (nil first)
    expect(c.counters.equivocationsSeen).toBe(1);
  });

  it('then a different vote of the same validator, the held one badly signed: refused as its sender\'s, never counted — the second is the validator\'s first vote, no evidence', () => {
    const c = afterPolka();
    c.onVote(1, forged('validator-4', PREVOTE, block), 'mallory');
    const effects = c.onVote(1, vote('validator-4', PREVOTE, nil), 'validator-4');
    expect(rejected(effects)).toEqual([BAD('validator-4', 'mallory')]);
    expect(evidenceIn(effects)).toEqual([]);
    expect(c.counters.equivocationsSeen).toBe(0);
    // The nil prevote was counted as validator-4's: its block prevote now is a conflict (evidence), not a first vote.
    expect(evidenceIn(c.onVote(1, vote('validator-4', PREVOTE, block), 'validator-4'))).toHaveLength(1);
  });

  it('then a different, badly signed vote of the same validator: that one refused, the held one still held (unverified)', () => {
    const c = afterPolka();
    c.onVote(1, vote('validator-4', PREVOTE, block), 'validator-4');
    const checks = c.verifier.checks;
    expect(rejected(c.onVote(1, forged('validator-4', PREVOTE, nil), 'mallory'))).toEqual([BAD('validator-4', 'mallory')]);
    expect(c.verifier.checks - checks).toBe(1);
    // Still held: its copy is dropped unverified.
    expect(c.onVote(1, vote('validator-4', PREVOTE, block), 'validator-1')).toEqual([]);
    expect(c.verifier.checks - checks).toBe(1);
  });
});

describe('a held precommit and the certificate', () => {
  const ids = ['validator-1', 'validator-2', 'validator-3', 'validator-4', 'validator-5', 'validator-6', 'validator-7'];
  const set = validatorSet(ids);
  const proposer = set.proposer(1, 0);
  const p7 = proposalsIn(makeCore(proposer, { ids }).start(0))[0]!;
  const under = ids.find((id) => id !== proposer) as string;
  const peers = ids.filter((id) => id !== under);

  it('with seven validators, five peers make the quorum and a sixth is held until the block commits: verified then and in the certificate', () => {
    expect(set.quorum).toBe(5);
    const c = core(under, ids);
    deliver(c, PRECOMMIT, p7.blockHash!, peers.slice(0, 5));
    const checks = c.verifier.checks;
    deliver(c, PRECOMMIT, p7.blockHash!, peers.slice(5));
    expect(c.verifier.checks).toBe(checks);
    const effects = c.onProposal(1, p7, proposer);
    expect(c.verifier.checks - checks).toBe(2); // the proposal and the held precommit
    expect(signersIn(effects)).toEqual([...peers].sort());
  });

  it('a held precommit with a bad signature is refused as its sender\'s and left out of the certificate', () => {
    const c = core(under, ids);
    deliver(c, PRECOMMIT, p7.blockHash!, peers.slice(0, 5));
    const late = peers[5] as string;
    expect(c.onVote(1, forged(late, PRECOMMIT, p7.blockHash!), 'mallory')).toEqual([]);
    const effects = c.onProposal(1, p7, proposer);
    expect(rejected(effects)).toEqual([BAD(late, 'mallory')]);
    expect(signersIn(effects)).toEqual(peers.slice(0, 5).sort());
  });
});
