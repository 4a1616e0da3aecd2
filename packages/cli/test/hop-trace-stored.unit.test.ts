/**
 * The per-hop trace with the validators' stored log entries (bench/hop-trace.ts onStored): a
 * proposal or vote record counts as that message seen, at whichever copy (stored entry or
 * envelope) came first; lock and commit records time nothing; the stored copy's lead over the
 * envelope is matched per message (storedLeadMs) and proposals carry their proposer's reap time.
 */
import { describe, expect, it } from 'vitest';
import { encodeEnvelope, encodeMessage, pb, type faultline } from '@faultline/protocol';
import { HopTrace } from '../bench/hop-trace.ts';

const frame = (sender: string, body: faultline.v1.IEnvelope) => encodeEnvelope({ runId: 'r', sender, seq: 1, lamport: 1, sentAtUs: 0, ...body });
const record = (r: faultline.v1.IValidatorWalRecord) => encodeMessage('ValidatorWalRecord', r);
const hash = new Uint8Array(32).fill(1);
const PREVOTE = pb.VoteType.VOTE_TYPE_PREVOTE;
const prevote = (validatorId: string): faultline.v1.IVote => ({ validatorId, height: 2, round: 0, type: PREVOTE, blockHash: hash });

describe('the per-hop trace with stored log entries', () => {
  it('takes the first copy of each proposal and vote, and matches the stored lead over the envelope', () => {
    const trace = new HopTrace(3);
    const proposal = { height: 2, round: 0, proposerId: 'validator-2', timestampUs: 7_000 };
    trace.onStored(record({ signedProposal: proposal }), 10_000);
    trace.onConsensus(frame('validator-2', { proposal }), 12_000);
    trace.onStored(record({ signedVote: prevote('validator-1') }), 13_000);
    trace.onStored(record({ signedVote: prevote('validator-2') }), 14_000);
    trace.onConsensus(frame('validator-3', { vote: prevote('validator-3') }), 15_000); // envelope first
    trace.onStored(record({ signedVote: prevote('validator-3') }), 15_500);
    trace.onConsensus(frame('validator-1', { vote: prevote('validator-1') }), 16_000);
    trace.onStored(record({ lock: { height: 2, lockedRound: 0 } }), 17_000); // no time
    expect(trace.proposalAt(2)).toBe(10_000);
    expect(trace.reapAt(2)).toBe(7_000);
    const summary = trace.summarize(0, 40_000);
    // Pairs: the proposal (2 ms ahead), validator-3's prevote (-0.5 ms), validator-1's (3 ms); validator-2's has no envelope.
    expect(summary.storedLeadMs).toEqual({ ms: [2, 3, 3], pairs: 3 });
    expect(HopTrace.format(summary)).toMatch(/stored copy ahead of the envelope p50\/p99\/max 2\.0\/3\.0\/3\.0 ms over 3 proposals and votes/);
  });

  it('leaves the figure out when no message came both ways', () => {
    const trace = new HopTrace(3);
    trace.onConsensus(frame('validator-3', { vote: prevote('validator-3') }), 15_000);
    expect(trace.summarize(0, 40_000).storedLeadMs).toBeUndefined();
    expect(HopTrace.format(trace.summarize(0, 40_000))).not.toMatch(/stored copy/);
  });
});
