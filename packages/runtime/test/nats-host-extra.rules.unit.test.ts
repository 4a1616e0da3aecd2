/**
 * NatsHost rules the durability rule file leaves open, against a fake connection: a wildcard
 * subscription hands each message its own run-relative subject (a literal one its pattern), a
 * dead host's appendRecord writes nothing, and each host's fault draws come from its own
 * stream (seed and actor id), so two actors under one lossy link fault lose different messages.
 */
import { describe, expect, it } from 'vitest';
import type { NatsConnection } from '@nats-io/transport-node';
import { encodeEnvelope } from '@faultline/protocol';
import { faultToCommand, wireSubject } from '@faultline/runtime';
import { FAULT_SUBJECT, NatsHost, volatileLog, type NatsHostLog } from '@faultline/runtime/nats';

const RUN = 'extra';
type Callback = (error: Error | null, message: { subject: string; data: Uint8Array }) => void;

function host(actorId: string, log: NatsHostLog = volatileLog(), lines: string[] = []) {
  const subscriptions = new Map<string, Callback>();
  const nc = {
    publish() {},
    subscribe: (subject: string, options: { callback: Callback }) => (subscriptions.set(subject, options.callback), { unsubscribe: () => subscriptions.delete(subject) }),
    flush: () => Promise.resolve(),
  };
  const record = (level: string) => (message: string, fields?: Record<string, unknown>) => void lines.push(`${level} ${message} ${JSON.stringify(fields ?? null)}`);
  const quiet = { debug() {}, info() {}, warn: record('warn'), error: record('error') };
  const h = new NatsHost({ nc: nc as unknown as NatsConnection, runId: RUN, actorId, seed: 7, epochUs: 0, log, logger: quiet });
  const send = (pattern: string, subject: string, body: Record<string, unknown>) =>
    subscriptions.get(wireSubject(RUN, pattern))?.(null, { subject: wireSubject(RUN, subject), data: encodeEnvelope({ sender: 'peer', seq: 1, ...body }) });
  const raw = (pattern: string, error: Error | null, data: Uint8Array) => subscriptions.get(wireSubject(RUN, pattern))?.(error, { subject: wireSubject(RUN, pattern), data });
  return { h, send, raw };
}

describe('NatsHost', () => {
  it('a wildcard subscription hands each message its own relative subject; a literal one its pattern', () => {
    const { h, send } = host('rx');
    const got: string[] = [];
    h.subscribe('demo.*', (_e, subject) => void got.push(subject));
    h.subscribe('demo.lit', (_e, subject) => void got.push(subject));
    h.subscribe('tail.>', (_e, subject) => void got.push(subject));
    send('demo.*', 'demo.x', { ping: { n: 1 } });
    send('demo.lit', 'demo.lit', { ping: { n: 2 } });
    send('tail.>', 'tail.a.b', { ping: { n: 3 } });
    expect(got).toEqual(['demo.x', 'demo.lit', 'tail.a.b']);
  });

  it('a dead host\'s appendRecord writes nothing', () => {
    const appended: Uint8Array[] = [];
    const log: NatsHostLog = { ...volatileLog(), append: (entry) => void appended.push(entry) };
    const { h } = host('w', log);
    h.log.appendRecord(1, () => new Uint8Array([1]));
    h.kill();
    h.log.appendRecord(2, () => new Uint8Array([2]));
    expect(appended).toEqual([new Uint8Array([1])]);
  });

  it('each actor draws its fault decisions from its own stream: two receivers lose different messages', () => {
    const lost = (actorId: string): string => {
      const { h, send } = host(actorId);
      const got: number[] = [];
      h.subscribe('demo.in', (e) => void got.push(Number(e.ping?.n)));
      send(FAULT_SUBJECT, FAULT_SUBJECT, { fault: faultToCommand({ kind: 'link', atUs: 0, dropPpm: 500_000 }, 1) });
      for (let n = 0; n < 64; n++) send('demo.in', 'demo.in', { ping: { n } });
      return Array.from({ length: 64 }, (_, n) => (got.includes(n) ? '1' : '0')).join('');
    };
    expect(lost('a')).toBe(lost('a'));
    expect(lost('a')).not.toBe(lost('b'));
    expect(lost('a')).toMatch(/0/);
  });
});

describe('NatsHost: what it logs and what it ignores', () => {
  it('a frame that does not decode is logged as a warning with its subject, kind and reason', () => {
    const lines: string[] = [];
    const { h, raw } = host('rx', volatileLog(), lines);
    h.subscribe('demo.in', () => undefined);
    raw('demo.in', null, new Uint8Array([0xff, 0xff]));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^warn rejected frame \{"subject":"demo\.in","kind":"[a-z-]+","reason":".+"\}$/);
  });

  it('a fault-channel callback with an error is ignored (nothing counted, nothing applied)', () => {
    const { h, raw } = host('rx');
    raw(FAULT_SUBJECT, new Error('permissions violation'), new Uint8Array([0xff]));
    expect(h.stats.rejectedFrames).toBe(0);
  });

  it('a failed log stops a live host once, naming the reason; a host killed before the failure logs nothing', async () => {
    let failed: Error | undefined;
    let wake: () => void = () => undefined;
    const log: NatsHostLog = {
      ...volatileLog(),
      get failed() {
        return failed;
      },
      issued: 1,
      acknowledged: 0,
      whenAcknowledged: () => new Promise<void>((done) => (wake = done)),
    };
    const live: string[] = [];
    const a = host('a', log, live);
    a.h.publish('demo.x', { ping: { n: 1 } });
    const wakeA = wake;
    const dead: string[] = [];
    const b = host('b', log, dead);
    b.h.publish('demo.x', { ping: { n: 1 } });
    const wakeB = wake;
    b.h.kill();
    failed = new Error('disk full');
    wakeA();
    wakeB();
    await new Promise((done) => setImmediate(done));
    expect(live).toEqual(['error durable log append failed; stopping the actor {"reason":"disk full"}']);
    expect(dead).toEqual([]);
  });
});
