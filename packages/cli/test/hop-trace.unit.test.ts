/**
 * The live bench's per-hop trace (bench/hop-trace.ts) on frames made here with the real codec:
 * each hop is the difference of the arrival times it names, only the commit round's messages
 * count, nil votes make no quorum, and a hop without both ends is left out.
 */
import { describe, expect, it } from 'vitest';
import { encodeEnvelope, encodeMessage, pb, type faultline } from '@faultline/protocol';
import { WalRecordEncoder } from '@faultline/actors';
import { HopTrace } from '../bench/hop-trace.ts';

const frame = (sender: string, body: faultline.v1.IEnvelope) => encodeEnvelope({ runId: 'r', sender, seq: 1, lamport: 1, sentAtUs: 0, ...body });
const hash = new Uint8Array(32).fill(1);
const vote = (validatorId: string, height: number, type: number, blockHash = hash, round = 0) => frame(validatorId, { vote: { validatorId, height, round, type, blockHash } });
const PREVOTE = pb.VoteType.VOTE_TYPE_PREVOTE;
const PRECOMMIT = pb.VoteType.VOTE_TYPE_PRECOMMIT;

describe('the per-hop trace', () => {
  it('times propose, prevotes, precommits, commit, wal-ack and execute from arrival times; validator-1\'s vote acks', () => {
    const trace = new HopTrace(3);
    trace.onCommitted('validator-2', 1, 0, 1_000); // height 1: the first block message
    trace.onCommitted('validator-1', 1, 0, 1_500);
    trace.onConsensus(frame('validator-2', { proposal: { height: 2, round: 0, proposerId: 'validator-2' } }), 12_000);
    trace.onWitnessLog(encodeMessage('ValidatorWalRecord', { signedVote: { validatorId: 'validator-1', height: 2, round: 0, type: PREVOTE, blockHash: hash } }), 13_000);
    trace.onConsensus(vote('validator-1', 2, PREVOTE), 15_000);
    trace.onConsensus(vote('validator-2', 2, PREVOTE), 16_000);
    trace.onConsensus(vote('validator-3', 2, PREVOTE, new Uint8Array(0)), 16_500); // nil: no quorum
    trace.onConsensus(vote('validator-4', 2, PREVOTE), 20_000); // the 3rd for the block
    trace.onConsensus(vote('validator-2', 2, PRECOMMIT), 21_000);
    trace.onConsensus(vote('validator-3', 2, PRECOMMIT), 22_000);
    trace.onConsensus(vote('validator-4', 2, PRECOMMIT), 25_000);
    trace.onWitnessLog(encodeMessage('ValidatorWalRecord', { committed: { block: { header: { height: 2 } } } }), 26_000);
    trace.onConsensus(vote('validator-1', 2, PRECOMMIT), 27_000);
    trace.onCommitted('validator-3', 2, 0, 28_000);
    trace.onCommitted('validator-1', 2, 0, 30_000);
    trace.onExecuted(2, 33_000);
    const summary = trace.summarize(0, 40_000);
    expect(summary.blocks).toBe(1);
    expect(summary.slowest).toEqual([{ height: 2, round: 0, totalMs: 32, hopsMs: { propose: 11, prevotes: 8, precommits: 5, commit: 1, 'wal-ack': 4, execute: 5 }, snapshot: false }]);
    expect(summary.hopsMs['prevote-ack']).toEqual([2, 2, 2]);
    expect(summary.hopsMs['precommit-ack']).toEqual([Number.NaN, Number.NaN, Number.NaN]); // no precommit record seen
    expect(HopTrace.format(summary)).toMatch(/^hops p50\/p99\/max ms over 1 blocks: propose 11\.0\/11\.0\/11\.0, .*slowest: h2 32 ms \[propose 11, prevotes 8/);
  });

  it('counts the commit round only, takes validator-1\'s record when it precedes the precommit quorum, marks an execution snapshot, leaves out a hop without both ends', () => {
    const trace = new HopTrace(3);
    trace.onCommitted('validator-1', 4, 0, 0);
    trace.onConsensus(frame('validator-1', { proposal: { height: 5, round: 0 } }), 1_000); // round 0: timed out
    trace.onConsensus(frame('validator-2', { proposal: { height: 5, round: 1 } }), 50_000);
    for (const [i, id] of ['validator-1', 'validator-2', 'validator-3'].entries()) trace.onConsensus(vote(id, 5, PREVOTE, hash, 1), 51_000 + i * 1_000);
    trace.onConsensus(vote('validator-2', 5, PRECOMMIT, hash, 1), 54_000);
    trace.onWitnessLog(encodeMessage('ValidatorWalRecord', { committed: { block: { header: { height: 5 } } } }), 55_000);
    trace.onWitnessLog(Uint8Array.from([0x22, 0x00]), 55_500); // a lock record: not decoded, times nothing
    trace.onConsensus(vote('validator-3', 5, PRECOMMIT, hash, 1), 56_000);
    trace.onConsensus(vote('validator-4', 5, PRECOMMIT, hash, 1), 57_000);
    trace.onSnapshot(58_000);
    trace.onCommitted('validator-1', 5, 1, 59_000);
    trace.onExecuted(5, 60_000);
    trace.onExecuted(6, 61_000); // nothing else of height 6: its total only, no hop
    const [block, next] = trace.summarize(0, 100_000).slowest;
    expect(block).toEqual({ height: 5, round: 1, totalMs: 60, hopsMs: { propose: 50, prevotes: 3, precommits: 2, commit: 0, 'wal-ack': 4, execute: 1 }, snapshot: true });
    expect(next).toEqual({ height: 6, round: 0, totalMs: 2, hopsMs: {}, snapshot: false });
    expect(trace.summarize(61_500, 100_000).blocks).toBe(0); // outside the window
  });

  it('splits the propose hop: the next proposer decided late, its commit wait to its reap (the proposal\'s timestamp), then the build to its proposal here', () => {
    const trace = new HopTrace(3);
    trace.onCommitted('validator-1', 1, 0, 1_000); // the first block message of height 1
    trace.onCommitted('validator-3', 1, 0, 4_000); // height 2's proposer decided 3 ms later
    trace.onConsensus(frame('validator-3', { proposal: { height: 2, round: 0, proposerId: 'validator-3', timestampUs: 16_000 } }), 19_500);
    trace.onCommitted('validator-1', 2, 0, 30_000);
    trace.onExecuted(2, 31_000);
    const summary = trace.summarize(0, 40_000);
    expect(summary.slowest[0]!.hopsMs).toMatchObject({ propose: 18.5, 'proposer-late': 3, 'commit-wait': 12, build: 3.5 });
    expect(summary.hopsMs['commit-wait']).toEqual([12, 12, 12]);
    expect(HopTrace.format(summary)).toContain('h2 30 ms [propose 18.5 (late 3, wait 12, build 3.5), prevotes');
    // Without the proposer's block message, or a proposal without a timestamp: no parts.
    const bare = new HopTrace(3);
    bare.onCommitted('validator-1', 1, 0, 1_000);
    bare.onConsensus(frame('validator-3', { proposal: { height: 2, round: 0, proposerId: 'validator-3', timestampUs: 16_000 } }), 19_500);
    bare.onExecuted(2, 31_000);
    expect(bare.summarize(0, 40_000).slowest[0]!.hopsMs).toEqual({ propose: 18.5 });
  });

  it('splits the execute hop at the execution node\'s own log record: exec-apply, then exec-ack', () => {
    const trace = new HopTrace(3);
    trace.onCommitted('validator-1', 7, 0, 0);
    trace.onCommitted('validator-2', 8, 0, 10_000); // the first block message of height 8
    trace.onCommitted('validator-1', 8, 0, 11_000);
    trace.onExecutionLog(encodeMessage('CommittedBlock', { block: { header: { height: 8 } } }), 14_000);
    trace.onExecutionLog(Uint8Array.from([0xff]), 14_500); // not a record: ignored
    trace.onExecuted(8, 21_000);
    const summary = trace.summarize(0, 100_000);
    expect(summary.hopsMs['exec-apply']).toEqual([4, 4, 4]);
    expect(summary.hopsMs['exec-ack']).toEqual([7, 7, 7]);
    expect(summary.slowest[0]).toEqual({ height: 8, round: 0, totalMs: 21, hopsMs: { execute: 11, 'exec-apply': 4, 'exec-ack': 7 }, snapshot: false });
    expect(HopTrace.format(summary)).toContain('exec-apply 4.0/4.0/4.0, exec-ack 7.0/7.0/7.0');
  });

  it('reads a batch entry\'s records (validator walBatch), each timed as its entry', () => {
    const trace = new HopTrace(3);
    const encoder = new WalRecordEncoder();
    trace.onCommitted('validator-1', 1, 0, 1_000);
    trace.onConsensus(frame('validator-2', { proposal: { height: 2, round: 0, proposerId: 'validator-2' } }), 12_000);
    // A batch of any records splits (the live validator batches a lock and its precommit).
    trace.onWitnessLog(encoder.encodeBatch([{ committed: { block: { header: { height: 1 } } } }, { signedVote: { validatorId: 'validator-1', height: 2, round: 0, type: PREVOTE, blockHash: hash } }]), 13_000);
    trace.onConsensus(vote('validator-1', 2, PREVOTE), 15_000);
    for (const id of ['validator-2', 'validator-3']) trace.onConsensus(vote(id, 2, PREVOTE), 16_000);
    const block = { header: { height: 2 } };
    trace.onWitnessLog(encoder.encodeBatch([{ lock: { height: 2, lockedRound: 0, lockedBlock: block, validRound: 0, validBlock: block } }, { signedVote: { validatorId: 'validator-1', height: 2, round: 0, type: PRECOMMIT, blockHash: hash } }]), 17_000);
    trace.onConsensus(vote('validator-1', 2, PRECOMMIT), 18_000);
    for (const id of ['validator-2', 'validator-3']) trace.onConsensus(vote(id, 2, PRECOMMIT), 19_000);
    trace.onCommitted('validator-1', 2, 0, 20_000);
    trace.onExecuted(2, 22_000);
    trace.onWitnessLog(Uint8Array.from([0x00, 0x02, 0x05, 0x01]), 23_000); // a batch that does not split: nothing
    const summary = trace.summarize(0, 40_000);
    expect(summary.hopsMs['prevote-ack']).toEqual([2, 2, 2]);
    expect(summary.hopsMs['precommit-ack']).toEqual([1, 1, 1]);
    // Height 1's commit record is timed at its batch; height 2 has none here: its commit and wal-ack hops are left out.
    expect(trace.summarize(0, 40_000).blocks).toBe(1);
    expect(summary.slowest[0]).toEqual({ height: 2, round: 0, totalMs: 21, hopsMs: { propose: 11, prevotes: 4, precommits: 3, execute: 2 }, snapshot: false });
  });
});
