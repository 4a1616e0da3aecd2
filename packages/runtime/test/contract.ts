/**
 * The host contract: what every world (the simulator, real NATS) must do for an actor. One
 * suite, run against both, so an actor that works in the simulator works over NATS.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor, DecodedEnvelope, Host, World } from '@faultline/runtime';
import { Pinger, Ponger } from '@faultline/runtime/demo';

/** A scriptable actor: records what it receives and exposes its host to the test. */
class Probe implements Actor {
  host!: Host;
  received: DecodedEnvelope[] = [];
  recovered: { snapshot: string | undefined; entries: string[] } = { snapshot: undefined, entries: [] };
  subscription: { unsubscribe(): void } | undefined;
  constructor(
    host: Host,
    private readonly subscribeTo: string | undefined,
  ) {
    this.host = host;
  }
  start(): void {
    const log = this.host.log.recover();
    const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
    this.recovered = { snapshot: log.snapshot ? text(log.snapshot) : undefined, entries: log.entries.map(text) };
    if (this.subscribeTo) this.subscription = this.host.subscribe(this.subscribeTo, (envelope) => this.received.push(envelope));
  }
}

const SECOND = 1_000_000;
const bytes = (text: string) => new TextEncoder().encode(text);

export function describeHostContract(name: string, makeWorld: () => Promise<World>): void {
  describe(`host contract: ${name}`, () => {
    let world: World;
    const probes = new Map<string, Probe>();
    const addProbe = async (id: string, subscribeTo?: string) => {
      await world.addActor(id, (host) => {
        const probe = new Probe(host, subscribeTo);
        probes.set(id, probe);
        return probe;
      });
      return () => probes.get(id)!;
    };

    beforeEach(async () => {
      probes.clear();
      world = await makeWorld();
    });
    afterEach(async () => {
      await world.close();
    });

    it('delivers published bodies with sender, increasing seq and Lamport time', async () => {
      const a = await addProbe('a');
      const b = await addProbe('b', 'demo.b');
      for (let n = 1; n <= 5; n++) a().host.publish('demo.b', { ping: { n, replyTo: 'a' } });
      expect(await world.runUntil(() => b().received.length === 5, 5 * SECOND)).toBe(true);
      const received = b().received;
      expect(received.map((e) => e.ping?.n)).toEqual([1, 2, 3, 4, 5]);
      expect(received.every((e) => e.sender === 'a')).toBe(true);
      const seqs = received.map((e) => Number(e.seq));
      expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
      expect(new Set(seqs).size).toBe(5);
      const lamports = received.map((e) => Number(e.lamport));
      expect(lamports.every((l, i) => i === 0 || l > (lamports[i - 1] ?? 0))).toBe(true);
    });

    it('never delivers an actor its own publishes (no echo), even on a subject it subscribes to', async () => {
      const a = await addProbe('a', 'demo.*');
      const b = await addProbe('b', 'demo.*');
      a().host.publish('demo.a', { ping: { n: 1 } });
      b().host.publish('demo.b', { ping: { n: 2 } });
      expect(await world.runUntil(() => a().received.length === 1 && b().received.length === 1, 5 * SECOND)).toBe(true);
      await world.runUntil(() => false, 100_000);
      expect(a().received.map((e) => e.sender)).toEqual(['b']);
      expect(b().received.map((e) => e.sender)).toEqual(['a']);
    });

    it('routes by wildcard pattern and stops after unsubscribe', async () => {
      const a = await addProbe('a');
      // Subscribed in start(): a world registers an actor's start-up subscriptions before
      // addActor returns (over NATS, one made later is live only after a round trip to the
      // server, so a publish from another connection right after it could miss it on a busy machine).
      const b = await addProbe('b', 'demo.*');
      a().host.publish('demo.x', { ping: { n: 1 } });
      a().host.publish('demo.y', { ping: { n: 2 } });
      expect(await world.runUntil(() => b().received.length === 2, 5 * SECOND)).toBe(true);
      expect(b().received.map((e) => e.ping?.n)).toEqual([1, 2]);
      b().subscription?.unsubscribe();
      a().host.publish('demo.x', { ping: { n: 3 } });
      await world.runUntil(() => false, 100_000);
      expect(b().received).toHaveLength(2);
    });

    it('fires timers after their delay and never after cancel', async () => {
      const a = await addProbe('a');
      const host = a().host;
      const started = host.now();
      let firedAt = 0;
      let cancelledFired = false;
      host.setTimer(50_000, () => (firedAt = host.now()));
      const cancelled = host.setTimer(20_000, () => (cancelledFired = true));
      host.cancelTimer(cancelled);
      expect(await world.runUntil(() => firedAt > 0, 5 * SECOND)).toBe(true);
      expect(firedAt - started).toBeGreaterThanOrEqual(50_000);
      await world.runUntil(() => false, 50_000);
      expect(cancelledFired).toBe(false);
    });

    it('keeps the durable log across a crash and restarts from snapshot plus later entries', async () => {
      const a = await addProbe('a');
      a().host.log.append(bytes('one'));
      a().host.log.append(bytes('two'));
      a().host.publish('demo.nobody', { ping: { n: 1 } }); // published after the appends: they are durable first
      await world.runUntil(() => false, 200_000);
      await world.crash('a');
      await world.restart('a');
      expect(a().recovered).toEqual({ snapshot: undefined, entries: ['one', 'two'] });
      a().host.log.snapshot(bytes('state-after-two'));
      a().host.log.append(bytes('three'));
      await world.runUntil(() => false, 200_000);
      await world.crash('a');
      await world.restart('a');
      expect(a().recovered).toEqual({ snapshot: 'state-after-two', entries: ['three'] });
    });

    it('keeps records appended with appendRecord in order among plain appends, as their encoding, across restarts', async () => {
      const a = await addProbe('a');
      const encode = (record: { text: string }) => bytes(record.text);
      a().host.log.append(bytes('one'));
      a().host.log.appendRecord({ text: 'two' }, encode);
      a().host.log.append(bytes('three'));
      a().host.publish('demo.nobody', { ping: { n: 1 } });
      await world.runUntil(() => false, 200_000);
      await world.crash('a');
      await world.restart('a');
      expect(a().recovered).toEqual({ snapshot: undefined, entries: ['one', 'two', 'three'] });
      a().host.log.appendRecord({ text: 'four' }, encode);
      await world.runUntil(() => false, 200_000);
      await world.crash('a');
      await world.restart('a');
      expect(a().recovered).toEqual({ snapshot: undefined, entries: ['one', 'two', 'three', 'four'] });
    });

    it('recovers a crashed actor to exactly its pre-crash state (replicated counter)', async () => {
      let ponger: Ponger | undefined;
      let pinger: Pinger | undefined;
      await world.addActor('pong', (host) => (ponger = new Ponger(host)));
      await world.addActor('ping', (host) => (pinger = new Pinger(host, { peer: 'pong', intervalUs: 5_000, pingsMax: 20 })));
      expect(await world.runUntil(() => (pinger?.pongs ?? 0) >= 20, 10 * SECOND)).toBe(true);
      const before = ponger!.counter;
      expect(before).toBe(20);
      await world.crash('pong');
      await world.restart('pong');
      expect(ponger!.counter).toBe(before);
    });

    it('blocks exactly one direction under a one-way partition, and heals', async () => {
      const a = await addProbe('a', 'demo.a');
      const b = await addProbe('b', 'demo.b');
      await world.inject({ kind: 'one-way', atUs: 0, from: ['a'], to: ['b'] });
      a().host.publish('demo.b', { ping: { n: 1 } });
      b().host.publish('demo.a', { ping: { n: 2 } });
      expect(await world.runUntil(() => a().received.length === 1, 5 * SECOND)).toBe(true);
      await world.runUntil(() => false, 100_000);
      expect(b().received).toEqual([]);
      await world.inject({ kind: 'heal', atUs: 0 });
      a().host.publish('demo.b', { ping: { n: 3 } });
      expect(await world.runUntil(() => b().received.length === 1, 5 * SECOND)).toBe(true);
      expect(b().received[0]?.ping?.n).toBe(3);
    });
  });
}
