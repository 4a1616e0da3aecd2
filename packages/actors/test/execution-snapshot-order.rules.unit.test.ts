/**
 * The execution node's BlockExecuted at a snapshot height waits only for its own CommittedBlock
 * record, not for the snapshot's append: the core issues the snapshot after the BlockExecuted
 * (publishApplied), and the host holds a message only for the log items issued before it. Run
 * through a real NatsHost and NatsDurableLog whose JetStream acknowledgements the test gives by hand.
 */
import { describe, expect, it } from 'vitest';
import type { NatsConnection } from '@nats-io/transport-node';
import { wireSubject } from '@faultline/runtime';
import { NatsDurableLog, NatsHost } from '@faultline/runtime/nats';
import { testVenueConfig } from '@faultline/venue/testing';
import { EffectRunner } from '../src/core/run-effects.ts';
import { decide, initialExecutionState, type ExecutionConfig } from '../src/execution/execution-core.ts';
import { certified, KEY_SEED, VALIDATORS } from './certified-block.ts';

const RUN = 'snap-order';
const { config: venue } = testVenueConfig({ oracles: 3 });


function setUp(snapshotEveryBlocks: number) {
  const published: string[] = [];
  const nc = {
    publish: (subject: string) => void published.push(subject),
    subscribe: () => ({ unsubscribe() {} }),
    flush: () => Promise.resolve(),
  };
  // JetStream appends acknowledged by the test: `pending` in publish order.
  const pending: Array<{ subject: string; ack: () => void }> = [];
  let seq = 0;
  const log = NatsDurableLog.create({
    publish: (subject) => new Promise((done) => pending.push({ subject, ack: () => done({ seq: ++seq, duplicate: false }) })),
    logSubject: wireSubject(RUN, 'log.exec-1'),
    snapSubject: wireSubject(RUN, 'snap.exec-1'),
    onFailure: (error) => {
      throw error;
    },
  });
  const host = new NatsHost({ nc: nc as unknown as NatsConnection, runId: RUN, actorId: 'exec-1', seed: 1, epochUs: 0, log, logger: { debug() {}, info() {}, warn() {}, error() {} } });
  const runner = new EffectRunner(host, () => {});
  const config: ExecutionConfig = { venue, validatorIds: VALIDATORS, keySeed: KEY_SEED, snapshotEveryBlocks };
  const state = initialExecutionState(config, 'exec-1');
  const apply = (height: number) => runner.run(decide(state, { kind: 'blocks', blocks: [certified(height)], from: 'validator-1' }, 0).effects);
  const executed = () => published.filter((subject) => subject === wireSubject(RUN, 'exec.exec-1')).length;
  const settle = () => new Promise((done) => setImmediate(done));
  return { pending, apply, executed, settle };
}

describe('execution node: the snapshot does not hold the BlockExecuted', () => {
  it('at a snapshot height the BlockExecuted leaves once its own record is acknowledged, while the snapshot append is still unanswered', async () => {
    const { pending, apply, executed, settle } = setUp(1);
    apply(1);
    await settle();
    expect(pending.map((p) => p.subject)).toEqual([wireSubject(RUN, 'log.exec-1')]);
    expect(executed()).toBe(0); // the write-ahead barrier: its record first
    pending[0]!.ack();
    await settle();
    // The snapshot went out after the record's ack (it covers it) and is not answered yet.
    expect(pending.map((p) => p.subject)).toEqual([wireSubject(RUN, 'log.exec-1'), wireSubject(RUN, 'snap.exec-1')]);
    expect(executed()).toBe(1);
  });

  it('the next height still waits for its own record (and, behind it, the snapshot before it)', async () => {
    const { pending, apply, executed, settle } = setUp(1);
    apply(1);
    await settle();
    pending[0]!.ack();
    await settle();
    apply(2);
    await settle();
    expect(executed()).toBe(1);
    pending[1]!.ack(); // the snapshot of height 1
    await settle();
    expect(executed()).toBe(1); // height 2's record has just been published
    expect(pending.map((p) => p.subject).at(-1)).toBe(wireSubject(RUN, 'log.exec-1'));
    pending[2]!.ack();
    await settle();
    expect(executed()).toBe(2);
  });
});
