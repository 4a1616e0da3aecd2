/**
 * The execution node decodes a block message only when it may need it: a copy of a height it has
 * applied or holds (verified, waiting for an earlier height) is recognised by the height in its
 * frame and dropped before it is decoded (NatsHost `skippedFrames`). A first copy, a copy of a
 * height not yet held — after a Byzantine copy was rejected, say — and a frame whose height
 * cannot be read exactly are decoded and judged as before; while a network fault is active
 * (deliveries may be delayed) every frame is decoded. Run through a real NatsHost fed frames as
 * nats.js delivers them.
 */
import { describe, expect, it } from 'vitest';
import type { NatsConnection } from '@nats-io/transport-node';
import { deriveKeyPair, encodeEnvelope, encodeMessage, pb, type faultline } from '@faultline/protocol';
import { blockHash, signVote, txsHash } from '@faultline/consensus';
import { faultToCommand, wireSubject } from '@faultline/runtime';
import { NatsHost, volatileLog, FAULT_SUBJECT } from '@faultline/runtime/nats';
import { testVenueConfig } from '@faultline/venue/testing';
import { createExecutionNode, type ExecutionActor } from '../src/execution/execution-actor.ts';

const VALIDATORS = ['validator-1', 'validator-2', 'validator-3', 'validator-4'];
const KEY_SEED = 5;
const RUN = 'skip-copies';
const { config: venue } = testVenueConfig({ oracles: 3 });

function certified(height: number, options: { signers?: string[]; timeUs?: number } = {}): faultline.v1.ICommittedBlock {
  const timeUs = options.timeUs ?? height * 1_000_000;
  const header = { height, round: 0, timeUs, proposerId: 'validator-1', txsHash: txsHash([]) };
  const hash = blockHash(header);
  const precommits = (options.signers ?? VALIDATORS.slice(0, 3)).map((validatorId) =>
    signVote({ type: pb.VoteType.VOTE_TYPE_PRECOMMIT, height, round: 0, blockHash: hash, validatorId, timestampUs: timeUs }, deriveKeyPair(KEY_SEED, validatorId).privateKey),
  );
  return { block: { header, txs: [] }, certificate: { height, round: 0, blockHash: hash, precommits } };
}

function setUp() {
  const callbacks = new Map<string, (error: Error | null, message: { data: Uint8Array; subject: string }) => void>();
  const nc = {
    publish: () => {},
    subscribe: (subject: string, options: { callback: (error: Error | null, message: { data: Uint8Array; subject: string }) => void }) => {
      callbacks.set(subject, options.callback);
      return { unsubscribe() {} };
    },
    flush: () => Promise.resolve(),
  };
  const host = new NatsHost({ nc: nc as unknown as NatsConnection, runId: RUN, actorId: 'exec-1', seed: 1, epochUs: 0, log: volatileLog(), logger: { debug() {}, info() {}, warn() {}, error() {} } });
  const node = createExecutionNode({ venue, validatorIds: VALIDATORS, keySeed: KEY_SEED, snapshotEveryBlocks: 1_000 })(host) as ExecutionActor;
  node.start();
  let seq = 0;
  const deliver = (subject: string, data: Uint8Array) => {
    const callback = callbacks.get(wireSubject(RUN, subject));
    if (!callback) throw new Error(`no subscription for ${subject}`);
    callback(null, { data, subject: wireSubject(RUN, subject) });
  };
  /** One validator's block message, as NatsHost publishes it. */
  const block = (sender: string, committed: faultline.v1.ICommittedBlock) =>
    deliver('block.*', encodeEnvelope({ runId: RUN, sender, seq: ++seq, lamport: seq, sentAtUs: seq, committedBlock: committed }));
  return { host, node, block, deliver };
}

describe('execution node: copies of a held height are dropped before they are decoded', () => {
  it("of the four validators' copies of a height, the first is decoded and applied, the other three are not decoded", () => {
    const { host, node, block } = setUp();
    for (const sender of VALIDATORS) block(sender, certified(1));
    expect(node.height).toBe(1);
    expect(host.stats.delivered).toBe(1);
    expect(host.stats.skippedFrames).toBe(3);
    for (const sender of VALIDATORS) block(sender, certified(2));
    expect(node.height).toBe(2);
    expect(host.stats).toMatchObject({ delivered: 2, skippedFrames: 6, rejectedFrames: 0 });
  });

  it('a copy of a passed height is not decoded, whatever it holds (the decoded copy would be dropped unjudged)', () => {
    const { host, node, block } = setUp();
    block('validator-1', certified(1));
    block('validator-4', certified(1, { signers: ['validator-4'], timeUs: 5 })); // a forged copy: too few precommits
    expect(host.stats).toMatchObject({ delivered: 1, skippedFrames: 1 });
    expect(node.counters.rejectedBlocks).toBe(0);
  });

  it("a Byzantine validator's copy that comes first is decoded and judged, and so are the copies after it until one verifies", () => {
    const { host, node, block } = setUp();
    block('validator-4', certified(1, { signers: ['validator-4'] }));
    expect(node.counters.rejectedBlocks).toBe(1);
    expect(node.height).toBe(0);
    block('validator-3', certified(1, { signers: ['validator-3', 'validator-4'] }));
    expect(node.counters.rejectedBlocks).toBe(2);
    block('validator-1', certified(1));
    block('validator-2', certified(1));
    expect(node.height).toBe(1);
    expect(host.stats).toMatchObject({ delivered: 3, skippedFrames: 1 });
  });

  it('a height ahead is decoded and held; its other copies are not decoded; the gap filled, both apply', () => {
    const { host, node, block } = setUp();
    block('validator-1', certified(1));
    block('validator-2', certified(3));
    expect(node.height).toBe(1);
    block('validator-3', certified(3));
    block('validator-4', certified(3));
    expect(host.stats).toMatchObject({ delivered: 2, skippedFrames: 2 });
    block('validator-1', certified(2));
    expect(node.height).toBe(3);
    expect(host.stats).toMatchObject({ delivered: 3, skippedFrames: 2 });
  });

  it('a frame whose height is not read exactly (the block field twice) is decoded, then dropped by the core as before', () => {
    const { host, node, block, deliver } = setUp();
    block('validator-1', certified(1));
    const once = encodeEnvelope({ runId: RUN, sender: 'validator-2', seq: 9, lamport: 9, sentAtUs: 9, committedBlock: certified(1) });
    const committedField = encodeMessage('CommittedBlock', certified(1));
    // field 23 (committed_block), length-delimited, again: the decoder merges the two
    const twice = new Uint8Array([...once, 0xba, 0x01, ...varint(committedField.length), ...committedField]);
    deliver('block.*', twice);
    expect(host.stats).toMatchObject({ delivered: 2, skippedFrames: 0, rejectedFrames: 0 });
    expect(node.height).toBe(1);
    expect(node.counters.rejectedBlocks).toBe(0);
  });

  it('while a network fault is active every copy is decoded (a delivery may come later: the core judges it then)', () => {
    const { host, node, block, deliver } = setUp();
    const fault = faultToCommand({ kind: 'link', atUs: 0, from: ['nemesis-x'], delayUs: 1_000 }, 1);
    deliver(FAULT_SUBJECT, encodeEnvelope({ runId: RUN, sender: 'nemesis', seq: 1, fault }));
    for (const sender of VALIDATORS) block(sender, certified(1));
    expect(node.height).toBe(1);
    expect(host.stats).toMatchObject({ delivered: 4, skippedFrames: 0 });
  });
});

function varint(value: number): number[] {
  const out: number[] = [];
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
  return out;
}
