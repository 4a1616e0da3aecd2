/**
 * NatsHost's subscribe option `skipFrame`: a frame it recognises is dropped before it is decoded
 * (not delivered, not validated, counted in `skippedFrames`); any other frame is decoded and
 * delivered as without the option. While a network fault is active the option is not asked (a
 * frame may then be delivered later, or more than once): every frame is decoded and routed.
 * Against a fake connection fed frames as nats.js delivers them.
 */
import { describe, expect, it } from 'vitest';
import type { NatsConnection } from '@nats-io/transport-node';
import { encodeEnvelope } from '@faultline/protocol';
import { faultToCommand, wireSubject } from '@faultline/runtime';
import { FAULT_SUBJECT, NatsHost, volatileLog } from '@faultline/runtime/nats';

const RUN = 'skip-frame';
type Callback = (error: Error | null, message: { subject: string; data: Uint8Array }) => void;

function setUp() {
  const subscriptions = new Map<string, Callback>();
  const nc = {
    publish() {},
    subscribe: (subject: string, options: { callback: Callback }) => (subscriptions.set(subject, options.callback), { unsubscribe: () => subscriptions.delete(subject) }),
    flush: () => Promise.resolve(),
  };
  const warnings: string[] = [];
  const logger = { debug() {}, info() {}, warn: (message: string) => void warnings.push(message), error() {} };
  const host = new NatsHost({ nc: nc as unknown as NatsConnection, runId: RUN, actorId: 'rx', seed: 7, epochUs: 0, log: volatileLog(), logger });
  const frame = (n: number) => encodeEnvelope({ sender: 'peer', seq: n, lamport: n, ping: { n } });
  const raw = (pattern: string, data: Uint8Array, error: Error | null = null) => subscriptions.get(wireSubject(RUN, pattern))?.(error, { subject: wireSubject(RUN, pattern.replace('*', 'x')), data });
  return { host, frame, raw, warnings };
}

describe('NatsHost: skipFrame', () => {
  it('a frame skipFrame recognises is neither decoded nor delivered, and is counted; the others are delivered', () => {
    const { host, frame, raw } = setUp();
    const got: number[] = [];
    const asked: Uint8Array[] = [];
    host.subscribe('demo.*', (envelope) => void got.push(Number(envelope.ping?.n)), {
      skipFrame: (bytes) => (asked.push(bytes), bytes === skipped),
    });
    const skipped = frame(2);
    const kept = [frame(1), frame(3)];
    raw('demo.*', kept[0]!);
    raw('demo.*', skipped);
    raw('demo.*', kept[1]!);
    expect(got).toEqual([1, 3]);
    expect(asked).toEqual([kept[0], skipped, kept[1]]); // asked with the frame's own bytes
    expect(host.stats).toMatchObject({ delivered: 2, skippedFrames: 1, rejectedFrames: 0 });
  });

  it('a skipped frame is not decoded: an undecodable one is neither rejected nor logged', () => {
    const { host, raw, warnings } = setUp();
    host.subscribe('demo.in', () => {}, { skipFrame: () => true });
    raw('demo.in', new Uint8Array([0xff, 0xff, 0xff]));
    expect(host.stats).toMatchObject({ rejectedFrames: 0, skippedFrames: 1, delivered: 0 });
    expect(warnings).toEqual([]);
  });

  it('without the option, or when it answers false, every frame is decoded and delivered (and a bad one rejected)', () => {
    const { host, frame, raw } = setUp();
    const got: string[] = [];
    host.subscribe('plain.in', (envelope) => void got.push(`plain ${envelope.ping?.n}`));
    host.subscribe('never.in', (envelope) => void got.push(`never ${envelope.ping?.n}`), { skipFrame: () => false });
    host.subscribe('empty.in', (envelope) => void got.push(`empty ${envelope.ping?.n}`), {});
    raw('plain.in', frame(1));
    raw('never.in', frame(2));
    raw('empty.in', frame(3));
    raw('never.in', new Uint8Array([0xff, 0xff, 0xff]));
    expect(got).toEqual(['plain 1', 'never 2', 'empty 3']);
    expect(host.stats).toMatchObject({ delivered: 3, skippedFrames: 0, rejectedFrames: 1 });
  });

  it('a delivery error or a dead host: skipFrame is not asked and nothing is counted', () => {
    const { host, frame, raw } = setUp();
    let asked = 0;
    host.subscribe('demo.in', () => {}, { skipFrame: () => (asked++, true) });
    raw('demo.in', frame(1), new Error('slow consumer'));
    expect(asked).toBe(0);
    host.kill();
    raw('demo.in', frame(2));
    expect(asked).toBe(0);
    expect(host.stats.skippedFrames).toBe(0);
  });

  it('while a network fault is active skipFrame is not asked: the frame is decoded and routed; once healed it is asked again', () => {
    const { host, frame, raw } = setUp();
    const got: number[] = [];
    let asked = 0;
    host.subscribe('demo.in', (envelope) => void got.push(Number(envelope.ping?.n)), { skipFrame: () => (asked++, true) });
    raw(FAULT_SUBJECT, encodeEnvelope({ sender: 'nemesis', seq: 1, fault: faultToCommand({ kind: 'link', atUs: 0, from: ['someone-else'], delayUs: 1_000 }, 1) }));
    raw('demo.in', frame(1));
    expect(got).toEqual([1]);
    expect(asked).toBe(0);
    raw(FAULT_SUBJECT, encodeEnvelope({ sender: 'nemesis', seq: 2, fault: faultToCommand({ kind: 'heal', atUs: 0 }, 2) }));
    raw('demo.in', frame(2));
    expect(got).toEqual([1]);
    expect(asked).toBe(1);
    expect(host.stats).toMatchObject({ delivered: 1, skippedFrames: 1 });
  });
});
