/**
 * The live bench's tail anatomy (bench/tail-anatomy.ts) and its pause overlay (bench/tail-stalls.ts):
 * each order's latency cut along its height's path into segments that sum to it exactly, the
 * slowest 1 % set beside the median orders, the tail's heights listed with their windows; the
 * GC marks read on the run's clock and laid beside a height's segments.
 */
import { describe, expect, it } from 'vitest';
import { encodeEnvelope, encodeMessage, pb, type faultline } from '@faultline/protocol';
import { HopTrace, type HeightPath } from '../bench/hop-trace.ts';
import type { OrderTimes } from '../bench/order-stages.ts';
import { formatTailAnatomy, SEGMENTS, tailAnatomy } from '../bench/tail-anatomy.ts';
import { largestPause, parseGcMarks, pausedShare, segmentAt, segmentSpans } from '../bench/tail-stalls.ts';
import { survivorBytes, type ProfileNode } from '../bench/heap-survivors-top.ts';

/** A height every 20 ms from `at`: reap 10 ms after the previous block, then 1 ms a step. */
const path = (at: number, stretch = 0): HeightPath => ({
  previousFirstBlockUs: at,
  reapUs: at + 10_000,
  proposalUs: at + 11_000 + stretch,
  prevoteQuorumUs: at + 12_000 + stretch,
  precommitQuorumUs: at + 13_000 + stretch,
  firstBlockUs: at + 14_000 + stretch,
  execRecordUs: at + 15_000 + stretch,
  executedUs: at + 16_000 + stretch,
  proposerId: 'validator-2',
});

describe('the tail anatomy', () => {
  it('cuts each order into segments that sum to its latency, and sets the slowest 1 % beside the median orders', () => {
    // 200 orders: 198 in quick heights, 2 in height 99 whose build took 40 ms more.
    const paths = new Map<number, HeightPath>();
    const orders: OrderTimes[] = [];
    for (let i = 0; i < 200; i++) {
      const height = i < 198 ? i + 1 : 99;
      const at = height * 100_000;
      paths.set(height, path(at, height === 99 ? 40_000 : 0));
      const sentUs = at + 2_000;
      orders.push({ scheduledUs: sentUs - 500, sentUs, height, filledUs: (paths.get(height) as HeightPath).executedUs as number });
    }
    const a = tailAnatomy(orders, (h) => paths.get(h));
    expect(a.orders).toBe(200);
    expect(a.untimed).toBe(0);
    expect(a.medianMs).toEqual({ send: 0.5, previous: 0, 'commit-wait': 8, build: 1, prevotes: 1, precommits: 1, commit: 1, 'exec-apply': 1, 'exec-ack': 1, fill: 0, total: 14.5 });
    expect(a.tailMs.build).toBe(41);
    expect(a.tailMs.total).toBe(54.5);
    expect(SEGMENTS.reduce((sum, s) => sum + a.tailMs[s], 0)).toBeCloseTo(a.tailMs.total, 9);
    expect(a.heights).toHaveLength(1);
    expect(a.heights[0]).toMatchObject({ height: 99, orders: 2, fromUs: 9_902_000, toUs: 9_956_000, proposerId: 'validator-2', path: paths.get(99) });
    expect(a.heights[0]?.segmentsMs.build).toBe(41);
    expect(a.stepUs).toEqual([102_000, 19_816_000]);
    expect(formatTailAnatomy(a)).toMatch(/^tail anatomy over 200 orders \(0 untimed\), median order \/ slowest 1 % ms: total 14\.5 \/ 54\.5; send 0\.5\/0\.5, .*; excess build 40\.0, .*; in 1 heights: h99 ×2 \(validator-2\) \[commit-wait 8\.0, build 41\.0\]$/);
  });

  it('never cuts a negative segment: a time out of order is bounded by the one before it and by the fill', () => {
    const p = { ...path(0), reapUs: 1_000 }; // reaped "before" the order was published (another clock's read)
    const a = tailAnatomy([{ scheduledUs: 3_000, sentUs: 3_000, height: 1, filledUs: 15_500 }], () => p);
    expect(a.tailMs).toEqual({ send: 0, previous: 0, 'commit-wait': 0, build: 8, prevotes: 1, precommits: 1, commit: 1, 'exec-apply': 1, 'exec-ack': 0.5, fill: 0, total: 12.5 });
  });

  it('leaves out an order whose height was not seen whole', () => {
    const a = tailAnatomy(
      [
        { scheduledUs: 0, sentUs: 0, height: 1, filledUs: 20_000 },
        { scheduledUs: 0, sentUs: 0, height: 2, filledUs: 20_000 },
      ],
      (h) => (h === 1 ? { ...path(0), execRecordUs: undefined } : undefined),
    );
    expect(a.untimed).toBe(2);
    expect(a.orders).toBe(0);
  });
});

describe("the trace's path of a height", () => {
  const frame = (sender: string, body: faultline.v1.IEnvelope) => encodeEnvelope({ runId: 'r', sender, seq: 1, lamport: 1, sentAtUs: 0, ...body });
  const hash = new Uint8Array(32).fill(1);
  const vote = (id: string, type: number) => frame(id, { vote: { validatorId: id, height: 2, round: 0, type, blockHash: hash } });

  it('reads the commit round, each time bounded by the next one seen (a vote seen after the block counts at the block)', () => {
    const trace = new HopTrace(3);
    trace.onCommitted('validator-2', 1, 0, 1_000);
    trace.onConsensus(frame('validator-3', { proposal: { height: 2, round: 0, proposerId: 'validator-3', timestampUs: 10_500 } }), 12_000);
    for (const [i, id] of ['validator-1', 'validator-2', 'validator-3'].entries()) trace.onConsensus(vote(id, pb.VoteType.VOTE_TYPE_PREVOTE), 13_000 + i * 1_000);
    for (const [i, id] of ['validator-1', 'validator-2'].entries()) trace.onConsensus(vote(id, pb.VoteType.VOTE_TYPE_PRECOMMIT), 16_000 + i * 1_000);
    trace.onCommitted('validator-4', 2, 0, 18_000);
    trace.onConsensus(vote('validator-3', pb.VoteType.VOTE_TYPE_PRECOMMIT), 19_000); // the quorum-th precommit, seen after the block
    trace.onExecutionLog(encodeMessage('CommittedBlock', { block: { header: { height: 2 } } }), 21_000);
    trace.onExecuted(2, 22_000);
    expect(trace.pathAt(2)).toEqual({ previousFirstBlockUs: 1_000, reapUs: 10_500, proposalUs: 12_000, prevoteQuorumUs: 15_000, precommitQuorumUs: 18_000, firstBlockUs: 18_000, execRecordUs: 21_000, executedUs: 22_000, proposerId: 'validator-3' });
    expect(trace.pathAt(3)).toBeUndefined();
  });
});

describe('the pauses beside the tail', () => {
  it('reads gc-mark lines onto the run clock, skipping everything else', () => {
    const text = ['{"level":40}', 'gc-mark minor 1000050000 4000', 'gc-mark major 1000070000 12500', 'gc-mark minor x 1'].join('\n');
    expect(parseGcMarks('validator-1', text, 1_000_000_000)).toEqual([
      { service: 'validator-1', kind: 'minor', startUs: 50_000, pauseUs: 4_000 },
      { service: 'validator-1', kind: 'major', startUs: 70_000, pauseUs: 12_500 },
    ]);
  });

  it("names the segment of a height's path a time falls in", () => {
    const spans = segmentSpans(path(100_000), 95_000);
    expect(spans[0]).toEqual(['previous', 95_000, 100_000]);
    expect(segmentAt(spans, 105_000)).toBe('commit-wait');
    expect(segmentAt(spans, 110_500)).toBe('build');
    expect(segmentAt(spans, 111_500)).toBe('prevotes');
    expect(segmentAt(spans, 115_500)).toBe('exec-ack');
    expect(segmentAt(spans, 200_000)).toBeUndefined();
  });

  it('measures the share of a window some pause covers (overlaps counted once) and the pause that covers most of it', () => {
    const pauses = [
      { service: 'a', kind: 'minor', startUs: 0, pauseUs: 10_000 },
      { service: 'b', kind: 'major', startUs: 5_000, pauseUs: 10_000 },
      { service: 'c', kind: 'minor', startUs: 50_000, pauseUs: 2_000 },
    ];
    expect(pausedShare(pauses, 0, 100_000)).toBeCloseTo(0.17, 9);
    expect(pausedShare(pauses, 10_000, 20_000)).toBeCloseTo(0.5, 9);
    expect(largestPause(pauses, 0, 100_000)?.service).toBe('b');
    expect(largestPause(pauses, 40_000, 100_000)).toBeUndefined(); // c's 2 ms is under 3 ms
  });
});

describe('the heap survivors profile, read', () => {
  const frame = (functionName: string, lineNumber = 0) => ({ functionName, url: '/x/dist/services/validator.mjs', lineNumber });
  const head: ProfileNode = {
    callFrame: frame('(root)'),
    selfSize: 0,
    children: [
      { callFrame: frame('onTx', 9), selfSize: 100, children: [{ callFrame: frame('FastBuffer', 1), selfSize: 300, children: [] }] },
      { callFrame: frame('decode', 19), selfSize: 0, children: [{ callFrame: frame('FastBuffer', 1), selfSize: 100, children: [] }] },
    ],
  };

  it('sums the bytes sampled per allocating frame, and per stack through one function', () => {
    const flat = survivorBytes(head);
    expect(flat.total).toBe(500);
    expect([...flat.byKey]).toEqual([
      ['onTx services/validator.mjs:10', 100],
      ['FastBuffer services/validator.mjs:2', 400],
    ]);
    const stacks = survivorBytes(head, { stacksOf: 'FastBuffer', depth: 2 });
    expect(stacks.total).toBe(500);
    expect([...stacks.byKey]).toEqual([
      ['onTx services/validator.mjs:10 < FastBuffer services/validator.mjs:2', 300],
      ['decode services/validator.mjs:20 < FastBuffer services/validator.mjs:2', 100],
    ]);
  });
});
