/**
 * The NATS world's own rules (nats/nats-world.ts) against a real nats-server: it starts and
 * stops a server of its own when given none (and leaves a given one running), names its run
 * after the seed and process by default, refuses a second actor of one id, a crash kills the
 * incarnation (its host gone, its counts kept), a restart of a live actor crashes it first and
 * starts the next incarnation from the durable log, and its clock counts from its start.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@nats-io/transport-node';
import { createRng, deriveSeed, wireSubject } from '@faultline/runtime';
import { NatsWorld, startNatsServer, type NatsServerHandle } from '@faultline/runtime/nats';
import { reachable } from './nats-reachable.ts';

let server: NatsServerHandle;
beforeAll(async () => {
  server = await startNatsServer();
});
afterAll(async () => {
  await server?.stop();
});

describe('NatsWorld', () => {
  it('without a server starts its own and stops it on close; its run id is nats-<seed>-<pid>', async () => {
    const world = await NatsWorld.start({ seed: 9 });
    expect(world.runId).toBe(`nats-9-${process.pid}`);
    const url = world.server.url;
    expect(await reachable(url)).toBe(true);
    await world.close();
    expect(await reachable(url)).toBe(false);
  });

  it('a given server is left running; one actor per id; a crash and a restart of an unknown actor are refused', async () => {
    const world = await NatsWorld.start({ seed: 10, server, runId: `world-ids-${process.pid}` });
    try {
      await world.addActor('a', () => ({ start() {} }));
      await expect(world.addActor('a', () => ({ start() {} }))).rejects.toThrow('nats world: actor a already exists');
      await expect(world.crash('nobody')).rejects.toThrow('nats world: no actor nobody');
      await expect(world.restart('nobody')).rejects.toThrow('nats world: no actor nobody');
    } finally {
      await world.close();
    }
    expect(await reachable(server.url)).toBe(true);
  });

  it('a crash ends the incarnation (counts kept); a restart of a live actor crashes it first; the next incarnation recovers the log', async () => {
    const world = await NatsWorld.start({ seed: 11, server, runId: `world-crash-${process.pid}` });
    try {
      const starts: Array<{ incarnation: number; recovered: number; draw: number }> = [];
      let got = 0;
      await world.addActor('rx', (host) => ({ start: () => void host.subscribe('demo.rx', () => void got++) }));
      await world.addActor('w', (host) => ({
        start() {
          starts.push({ incarnation: starts.length + 1, recovered: host.log.recover().entries.length, draw: host.rng.int(0, 1e9) });
          host.log.append(new Uint8Array([starts.length]));
          host.publish('demo.rx', { ping: { n: 1 } });
        },
      }));
      expect(await world.runUntil(() => got === 1, 5_000_000)).toBe(true);
      await world.hostOf('w')!.flush();
      await world.crash('w');
      expect(world.hostOf('w')).toBeUndefined();
      await world.crash('w'); // a dead actor's crash does nothing
      expect(world.stats().deliveries).toBe(1);
      await world.restart('w');
      expect(await world.runUntil(() => got === 2, 5_000_000)).toBe(true);
      const live = world.hostOf('w')!;
      await live.flush();
      await world.restart('w'); // live: crashed first, then started again
      expect(world.hostOf('w')).not.toBe(live);
      expect(await world.runUntil(() => got === 3, 5_000_000)).toBe(true);
      // Each incarnation draws its own stream: the simulator's for the same seed, actor and incarnation.
      const draw = (incarnation: number) => createRng(deriveSeed(11, `actor/w/${incarnation}`)).int(0, 1e9);
      expect(starts).toEqual([
        { incarnation: 1, recovered: 0, draw: draw(1) },
        { incarnation: 2, recovered: 1, draw: draw(2) },
        { incarnation: 3, recovered: 2, draw: draw(3) },
      ]);
      expect(world.stats().deliveries).toBe(3);
      await world.crash('rx'); // the receiver's counts outlive its incarnation
      expect(world.stats().deliveries).toBe(3);
    } finally {
      await world.close();
    }
  });

  it('its counts add up every host\'s: duplicates and rejected frames too', async () => {
    const world = await NatsWorld.start({ seed: 13, server, runId: `world-counts-${process.pid}` });
    try {
      let got = 0;
      let send!: () => void;
      await world.addActor('rx', (host) => ({ start: () => void host.subscribe('demo.rx', () => void got++) }));
      await world.addActor('tx', (host) => ((send = () => host.publish('demo.rx', { ping: { n: 1 } })), { start() {} }));
      await world.inject({ kind: 'link', atUs: 0, from: ['tx'], to: ['rx'], duplicatePpm: 1_000_000, duplicateMax: 1 });
      send();
      const raw = await connect({ servers: server.url });
      raw.publish(wireSubject(world.runId, 'demo.rx'), new Uint8Array([0xff, 0xff, 0xff]));
      await raw.flush();
      await raw.close();
      expect(await world.runUntil(() => got === 2 && world.stats().rejectedFrames === 1, 5_000_000)).toBe(true);
      expect(world.stats()).toEqual({ deliveries: 2, dropped: 0, duplicated: 1, rejectedFrames: 1 });
      await world.crash('rx');
      expect(world.stats()).toEqual({ deliveries: 2, dropped: 0, duplicated: 1, rejectedFrames: 1 });
    } finally {
      await world.close();
    }
  });

  it('its clock counts from its start', async () => {
    const before = Date.now();
    const world = await NatsWorld.start({ seed: 12, server, runId: `world-clock-${process.pid}` });
    try {
      const now = world.now();
      expect(now).toBeGreaterThanOrEqual(0);
      expect(now).toBeLessThanOrEqual((Date.now() - before + 1_000) * 1000);
    } finally {
      await world.close();
    }
  });
});
