/**
 * The hop trace bounds each step's time by the next step it saw: a prevote quorum the bench sees
 * after validator-1's commit record (its votes late on a busy socket) happened by that record, so
 * the precommits hop is 0, not negative (session 22 saw "precommits −147.2 ms" at load 18).
 */
import { describe, expect, it } from 'vitest';
import { encodeEnvelope, encodeMessage, pb, type faultline } from '@faultline/protocol';
import { HopTrace } from '../bench/hop-trace.ts';

const frame = (sender: string, body: faultline.v1.IEnvelope) => encodeEnvelope({ runId: 'r', sender, seq: 1, lamport: 1, sentAtUs: 0, ...body });
const hash = new Uint8Array(32).fill(1);
const vote = (validatorId: string, height: number, type: number) => frame(validatorId, { vote: { validatorId, height, round: 0, type, blockHash: hash } });
const PREVOTE = pb.VoteType.VOTE_TYPE_PREVOTE;

describe('the hop trace bounds a late-seen step by the next one', () => {
  it('a prevote quorum seen after the commit record: prevotes and precommits end at the record, no hop negative', () => {
    const trace = new HopTrace(3);
    trace.onCommitted('validator-1', 1, 0, 0);
    trace.onConsensus(frame('validator-2', { proposal: { height: 2, round: 0, proposerId: 'validator-2' } }), 10_000);
    trace.onWitnessLog(encodeMessage('ValidatorWalRecord', { committed: { block: { header: { height: 2 } } } }), 20_000);
    for (const [i, id] of ['validator-1', 'validator-2', 'validator-3'].entries()) trace.onConsensus(vote(id, 2, PREVOTE), 30_000 + i * 1_000);
    trace.onCommitted('validator-1', 2, 0, 40_000);
    trace.onExecuted(2, 45_000);
    const [block] = trace.summarize(0, 100_000).slowest;
    expect(block?.hopsMs).toEqual({ propose: 10, prevotes: 10, precommits: 0, commit: 0, 'wal-ack': 20, execute: 5 });
  });

  it('a proposal seen after its prevote quorum: the propose hop ends at the quorum, the prevotes hop is 0', () => {
    const trace = new HopTrace(3);
    trace.onCommitted('validator-1', 1, 0, 0);
    for (const [i, id] of ['validator-1', 'validator-2', 'validator-3'].entries()) trace.onConsensus(vote(id, 2, PREVOTE), 5_000 + i * 1_000);
    trace.onConsensus(frame('validator-2', { proposal: { height: 2, round: 0, proposerId: 'validator-2' } }), 9_000);
    trace.onWitnessLog(encodeMessage('ValidatorWalRecord', { committed: { block: { header: { height: 2 } } } }), 12_000);
    trace.onCommitted('validator-1', 2, 0, 13_000);
    trace.onExecuted(2, 14_000);
    const [block] = trace.summarize(0, 100_000).slowest;
    expect(block?.hopsMs).toMatchObject({ propose: 7, prevotes: 0, precommits: 5 });
  });
});
