/**
 * A World of actors over a real nats-server, in this process: each actor has its own
 * connection, NatsHost and JetStream log. Used by the host contract suite (the same tests as
 * the simulator's world) and as the building block of live runs.
 */
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { encodeEnvelope } from '@faultline/protocol';
import type { Actor, ActorFactory, ActorLogger } from '../host.ts';
import { faultToCommand, type FaultEvent } from '../fault-schedule.ts';
import { wireSubject } from '../subjects.ts';
import type { Micros } from '../units.ts';
import type { World, WorldStats } from '../world.ts';
import { FAULT_SUBJECT, NatsHost, wallClockUs } from './nats-host.ts';
import { NatsDurableLog } from './nats-log.ts';
import { startNatsServer, type NatsServerHandle } from './server.ts';

interface ActorEntry {
  factory: ActorFactory;
  incarnation: number;
  nc: NatsConnection | undefined;
  host: NatsHost | undefined;
  actor: Actor | undefined;
}

const quietLogger: ActorLogger = { debug() {}, info() {}, warn() {}, error() {} };

export class NatsWorld implements World {
  readonly kind = 'nats' as const;
  private readonly actors = new Map<string, ActorEntry>();
  private readonly retired: WorldStats = { deliveries: 0, dropped: 0, duplicated: 0, rejectedFrames: 0 };
  private faultIdNext = 1;

  private constructor(
    readonly runId: string,
    readonly seed: number,
    readonly server: NatsServerHandle,
    private readonly ownsServer: boolean,
    private readonly control: NatsConnection,
    private readonly epochUs: Micros,
    private readonly logger: ActorLogger,
  ) {}

  static async start(options: { seed: number; runId?: string; server?: NatsServerHandle; logger?: ActorLogger }): Promise<NatsWorld> {
    const server = options.server ?? (await startNatsServer());
    const control = await connect({ servers: server.url, name: 'faultline-world' });
    return new NatsWorld(
      options.runId ?? `nats-${options.seed}-${process.pid}`,
      options.seed,
      server,
      options.server === undefined,
      control,
      wallClockUs(),
      options.logger ?? quietLogger,
    );
  }

  async addActor(id: string, factory: ActorFactory): Promise<void> {
    if (this.actors.has(id)) throw new Error(`nats world: actor ${id} already exists`);
    const entry: ActorEntry = { factory, incarnation: 0, nc: undefined, host: undefined, actor: undefined };
    this.actors.set(id, entry);
    await this.startIncarnation(id, entry);
  }

  /** The live host of an actor (for tests and statistics). */
  hostOf(id: string): NatsHost | undefined {
    return this.actors.get(id)?.host;
  }

  async crash(id: string): Promise<void> {
    const entry = this.entry(id);
    if (!entry.host) return;
    entry.host.kill();
    this.retire(entry.host);
    // Abrupt: no drain, in-flight messages to and from it are lost.
    await entry.nc?.close().catch(() => undefined);
    entry.host = undefined;
    entry.actor = undefined;
    entry.nc = undefined;
  }

  async restart(id: string): Promise<void> {
    const entry = this.entry(id);
    if (entry.host) await this.crash(id);
    await this.startIncarnation(id, entry);
  }

  async inject(fault: FaultEvent): Promise<void> {
    const command = faultToCommand(fault, this.faultIdNext++);
    const bytes = encodeEnvelope({ runId: this.runId, sender: 'nemesis', seq: this.faultIdNext, fault: command });
    this.control.publish(wireSubject(this.runId, FAULT_SUBJECT), bytes);
    await this.control.flush();
    // Every host has the command once its own connection has seen our flush: a round trip each.
    await Promise.all([...this.actors.values()].map((entry) => entry.nc?.flush()));
  }

  async runUntil(predicate: () => boolean, timeoutUs: Micros): Promise<boolean> {
    const deadline = Date.now() + timeoutUs / 1000;
    while (!predicate()) {
      if (Date.now() >= deadline) return predicate();
      await new Promise((done) => setTimeout(done, 5));
    }
    return true;
  }

  now(): Micros {
    return wallClockUs() - this.epochUs;
  }

  stats(): WorldStats {
    const total = { ...this.retired };
    for (const entry of this.actors.values()) if (entry.host) add(total, entry.host);
    return total;
  }

  async close(): Promise<void> {
    for (const entry of this.actors.values()) {
      await entry.host?.close().catch(() => undefined);
      await entry.nc?.close().catch(() => undefined);
    }
    await this.control.close().catch(() => undefined);
    if (this.ownsServer) await this.server.stop();
  }

  private entry(id: string): ActorEntry {
    const entry = this.actors.get(id);
    if (!entry) throw new Error(`nats world: no actor ${id}`);
    return entry;
  }

  private async startIncarnation(id: string, entry: ActorEntry): Promise<void> {
    entry.incarnation++;
    const nc = await connect({ servers: this.server.url, name: `${this.runId}/${id}`, noEcho: true }); // one actor per connection: no echo, as in the simulator
    let host: NatsHost | undefined;
    const log = await NatsDurableLog.open({
      nc,
      runId: this.runId,
      actorId: id,
      onFailure: (error) => {
        this.logger.error('durable log failed', { actor: id, reason: error.message });
        host?.kill();
      },
    });
    host = new NatsHost({ nc, runId: this.runId, actorId: id, seed: this.seed, epochUs: this.epochUs, log, logger: this.logger, incarnation: entry.incarnation });
    entry.nc = nc;
    entry.host = host;
    entry.actor = entry.factory(host);
    entry.actor.start();
    await nc.flush(); // subscriptions are registered at the server before we return
  }

  private retire(host: NatsHost): void {
    add(this.retired, host);
  }
}

function add(total: WorldStats, host: NatsHost): void {
  total.deliveries += host.stats.delivered;
  total.dropped += host.stats.dropped;
  total.duplicated += host.stats.duplicated;
  total.rejectedFrames += host.stats.rejectedFrames;
}
