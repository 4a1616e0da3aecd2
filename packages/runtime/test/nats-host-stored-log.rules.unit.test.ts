/**
 * NatsHost.subscribeStoredLog (nats-host.ts): it subscribes to the writer's stored-log subject of
 * its run and hands each entry's bytes to the handler, counted as delivered; a dead host
 * subscribes to nothing and delivers nothing; unsubscribe ends it; with app-level faults active an
 * entry is routed as a message from its writer — cut by a partition (counted as dropped), held by
 * a link delay, copied by duplication, and held by a delay-kind fault of its kind only (a vote or
 * proposal record by its first byte: storedEntryKind).
 */
import { describe, expect, it } from 'vitest';
import type { NatsConnection } from '@nats-io/transport-node';
import { NatsHost, volatileLog } from '@faultline/runtime/nats';
import { storedEntryKind } from '../src/nats/nats-host.ts';

type Callback = (error: Error | null, message: { data: Uint8Array }) => void;

function host() {
  const subscribed = new Map<string, Callback>();
  const unsubscribed: string[] = [];
  const nc = {
    publish() {},
    subscribe: (subject: string, options: { callback: Callback }) => {
      subscribed.set(subject, options.callback);
      return {
        unsubscribe: () => {
          unsubscribed.push(subject);
          subscribed.delete(subject);
        },
      };
    },
    flush: () => Promise.resolve(),
  };
  const quiet = { debug() {}, info() {}, warn() {}, error() {} };
  const h = new NatsHost({ nc: nc as unknown as NatsConnection, runId: 'run', actorId: 'validator-2', seed: 1, epochUs: 0, log: volatileLog(), logger: quiet });
  const fault = (id: number, f: unknown) => (h as unknown as { applyFault(id: number, f: unknown): void }).applyFault(id, f);
  return { h, subscribed, unsubscribed, fault, deliver: (subject: string, data: Uint8Array) => subscribed.get(subject)?.(null, { data }) };
}

const SUBJECT = 'faultline.run.stored.validator-1';
const VOTE = Uint8Array.from([0x12, 1]);
const PROPOSAL = Uint8Array.from([0x1a, 2]);
const LOCK = Uint8Array.from([0x22, 3]);
const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe("NatsHost: a peer's log entries as the broker stores them", () => {
  it('subscribes to the stored-log subject of the run and delivers each entry, counted', () => {
    const { h, subscribed, deliver } = host();
    const got: Uint8Array[] = [];
    h.subscribeStoredLog('validator-1', (e) => void got.push(e));
    expect([...subscribed.keys()]).toContain(SUBJECT);
    const delivered = h.stats.delivered;
    deliver(SUBJECT, VOTE);
    deliver(SUBJECT, LOCK);
    expect(got).toEqual([VOTE, LOCK]);
    expect(h.stats.delivered).toBe(delivered + 2);
    subscribed.get(SUBJECT)?.(new Error('refused'), { data: VOTE });
    expect(got).toHaveLength(2);
  });

  it('refuses a writer id that is no subject token, a wildcard too', () => {
    expect(() => host().h.subscribeStoredLog('a*', () => {})).toThrow();
    expect(() => host().h.subscribeStoredLog('*', () => {})).toThrow();
    expect(() => host().h.subscribeStoredLog('>', () => {})).toThrow();
  });

  it('unsubscribe ends it; a dead host subscribes to nothing and delivers nothing', () => {
    const got: Uint8Array[] = [];
    const first = host();
    first.h.subscribeStoredLog('validator-1', (e) => void got.push(e)).unsubscribe();
    expect(first.unsubscribed).toEqual([SUBJECT]);
    first.deliver(SUBJECT, VOTE);
    // Killed after subscribing: its subscriptions end, and a message already on its way is not delivered.
    const killed = host();
    const callback = (killed.h.subscribeStoredLog('validator-1', (e) => void got.push(e)), killed.subscribed.get(SUBJECT));
    killed.h.kill();
    expect(killed.unsubscribed).toContain(SUBJECT);
    callback?.(null, { data: VOTE });
    // Dead before: no subscription at all.
    const dead = host();
    dead.h.kill();
    const none = dead.h.subscribeStoredLog('validator-1', (e) => void got.push(e));
    expect(dead.subscribed.has(SUBJECT)).toBe(false);
    none.unsubscribe();
    expect(dead.unsubscribed).not.toContain(SUBJECT);
    expect(got).toEqual([]);
  });

  it('a partition from the writer drops its entries (counted), and heal lets them through', () => {
    const { h, fault, deliver } = host();
    const got: Uint8Array[] = [];
    h.subscribeStoredLog('validator-1', (e) => void got.push(e));
    fault(1, { kind: 'partition', groups: [['validator-1'], ['validator-2']] });
    deliver(SUBJECT, VOTE);
    expect(got).toEqual([]);
    expect(h.stats.dropped).toBe(1);
    fault(2, { kind: 'heal' });
    deliver(SUBJECT, VOTE);
    expect(got).toEqual([VOTE]);
  });

  it('a link delay holds an entry; duplication copies it; a dead host delivers no held one', async () => {
    const { h, fault, deliver } = host();
    const got: Uint8Array[] = [];
    h.subscribeStoredLog('validator-1', (e) => void got.push(e));
    fault(1, { kind: 'link', from: ['validator-1'], to: ['validator-2'], delayUs: 20_000 });
    const delivered = h.stats.delivered;
    deliver(SUBJECT, VOTE);
    expect(got).toEqual([]);
    expect(h.stats.delivered).toBe(delivered);
    await wait(40);
    expect(got).toEqual([VOTE]);
    expect(h.stats.delivered).toBe(delivered + 1);
    fault(2, { kind: 'heal' });
    fault(3, { kind: 'link', from: ['validator-1'], to: ['validator-2'], duplicatePpm: 1_000_000 });
    const duplicated = h.stats.duplicated;
    deliver(SUBJECT, LOCK);
    await wait(20);
    expect(got.filter((e) => e === LOCK).length).toBe(2);
    expect(h.stats.duplicated).toBe(duplicated + 1);
    fault(4, { kind: 'heal' });
    fault(5, { kind: 'link', from: ['validator-1'], to: ['validator-2'], delayUs: 20_000 });
    deliver(SUBJECT, PROPOSAL);
    h.kill();
    await wait(40);
    expect(got.includes(PROPOSAL)).toBe(false);
  });

  it('a delay-kind fault holds the entries of its kind only', async () => {
    const { h, fault, deliver } = host();
    const got: Uint8Array[] = [];
    h.subscribeStoredLog('validator-1', (e) => void got.push(e));
    fault(1, { kind: 'delay-kind', from: ['validator-1'], to: ['validator-2'], messageKind: 'vote', delayUs: 20_000 });
    deliver(SUBJECT, VOTE);
    deliver(SUBJECT, PROPOSAL);
    deliver(SUBJECT, LOCK);
    expect(got).toEqual([PROPOSAL, LOCK]);
    await wait(40);
    expect(got).toEqual([PROPOSAL, LOCK, VOTE]);
  });

  it("names a vote record's kind and a proposal record's by the first byte, and no other", () => {
    expect(storedEntryKind(VOTE)).toBe('vote');
    expect(storedEntryKind(PROPOSAL)).toBe('proposal');
    expect(storedEntryKind(LOCK)).toBeUndefined();
    expect(storedEntryKind(Uint8Array.from([0x0a]))).toBeUndefined();
    expect(storedEntryKind(new Uint8Array(0))).toBeUndefined();
  });
});
