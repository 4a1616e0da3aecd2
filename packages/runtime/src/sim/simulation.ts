/**
 * The simulator world: one process, a virtual clock, a discrete-event scheduler and a
 * simulated network carrying encoded protobuf frames between actors. Same seed and same
 * fault schedule ⇒ the same run, bit for bit (checked through the trace hash).
 */
import { bodyName, decodeEnvelope, encodeEnvelope, rememberOwnSignatures, type DecodeResult, type Envelope, type EnvelopeBody, type Signer } from '@faultline/protocol';
import { sharedSigner, type SignerLease, type SignerStats } from './signer.ts';
import { EnvelopeStamp } from '../envelope-stamp.ts';
import type { Actor, ActorFactory, ActorLogger, DecodedEnvelope, Host, MessageHandler, Subscription, TimerId } from '../host.ts';
import type { FaultEvent, FaultSchedule } from '../fault-schedule.ts';
import { CRASH_AFTER_VOTE_WITHIN_US_DEFAULT, selects } from '../fault-schedule.ts';
import { createRng, deriveSeed, type Rng } from '../rng.ts';
import { assertSubject, subjectMatches, wireSubject } from '../subjects.ts';
import type { Micros } from '../units.ts';
import type { World, WorldStats } from '../world.ts';
import { NetworkModel, type LatencyRange, type NetworkFault, type SimVariant } from './network.ts';
import { Scheduler, type Unsequenced } from './scheduler.ts';
import { SimDurableStore } from './sim-log.ts';
import { TraceHash } from './trace-hash.ts';

export interface SimulationOptions {
  seed: number;
  runId?: string;
  /** Latency of a healthy link, uniform in [min, max]. Default 1–5 ms. */
  latencyUs?: LatencyRange;
  /** Testing seam: a deliberately broken simulator (SIM_VARIANTS in @faultline/runtime/testing). */
  variant?: SimVariant;
  /** Receives actor log lines; default: dropped (warn/error are still counted). */
  onLog?: (line: SimLogLine) => void;
  /**
   * Where the actors' votes and proposals are signed (Host.signer): 'worker', on the signing thread
   * this JS thread's simulations share (signer.ts sharedSigner: the same signatures, read when first
   * needed; close() reads this simulation's last ones, the thread stays for the next), or 'main',
   * at once on this thread. Default: FAULTLINE_SIM_SIGNING if set, else
   * 'main'. A bench and test switch, never user config: the traces are the same either way.
   */
  signing?: SimSigning;
}

export type SimSigning = 'main' | 'worker';

/**
 * FAULTLINE_SIM_SIGNING ('main' | 'worker') if set, else `fallback`: the A/B switch of the
 * simulator's signing thread (FAULTLINE_SIM_SIGNING=main runs every simulation on one thread).
 */
export function simSigning(fallback: SimSigning): SimSigning {
  const value = process.env['FAULTLINE_SIM_SIGNING'];
  if (value === undefined || value === '') return fallback;
  if (value !== 'main' && value !== 'worker') throw new Error(`FAULTLINE_SIM_SIGNING must be 'main' or 'worker' (got '${value}')`);
  return value;
}

export interface SimLogLine {
  timeUs: Micros;
  actorId: string;
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
  fields?: Record<string, unknown>;
}

export interface DeliveryObservation {
  timeUs: Micros;
  from: string;
  to: string;
  subject: string;
  envelope: DecodedEnvelope;
}

/** A message as its sender published it, before the network had any say (ground truth for monitors). */
export interface PublishObservation {
  timeUs: Micros;
  from: string;
  subject: string;
  envelope: Envelope;
}

export interface SimStats extends WorldStats {
  published: number;
  /** Messages cut by a partition (also counted in `dropped`). */
  cut: number;
  /** Messages lost to a link's drop probability (also counted in `dropped`). */
  lost: number;
  /** Messages addressed to an actor that was down at delivery (also counted in `dropped`). */
  toDownActor: number;
  timersFired: number;
  events: number;
  warnings: number;
}

interface SubscriptionRecord {
  id: number;
  actorId: string;
  incarnation: number;
  wirePattern: string;
  handler: MessageHandler;
  active: boolean;
}

interface ActorSlot {
  id: string;
  factory: ActorFactory;
  store: SimDurableStore;
  incarnation: number;
  up: boolean;
  paused: boolean;
  skewUs: Micros;
  instance: Actor | undefined;
  host: SimHost | undefined;
  /** Events that reached the actor while it was paused, replayed in order on resume. */
  heldWhilePaused: SimEvent[];
}

/**
 * One published frame, shared by every copy of it in flight (each recipient, each duplicate): the
 * bytes, and their decode once the first copy is delivered. Every recipient decoded the same bytes
 * to an equal envelope before; now they share one (handlers never change what they are handed:
 * the frozen-deliveries test runs whole scenarios with every shared envelope deep-frozen).
 */
interface Frame {
  /** Undefined until its first delivery when the envelope was published with a deferred signature (see publish). */
  bytes: Uint8Array | undefined;
  /** The envelope to encode at the first delivery (while `bytes` is undefined). */
  envelope: Envelope | undefined;
  decoded: DecodeResult<DecodedEnvelope> | undefined;
}

/** The frame's bytes, encoded now if its encode was deferred (the envelope never changes after it is published). */
function frameBytes(frame: Frame): Uint8Array {
  let bytes = frame.bytes;
  if (bytes === undefined) {
    frame.bytes = bytes = encodeEnvelope(frame.envelope as Envelope);
    frame.envelope = undefined;
  }
  return bytes;
}

/** Does any actor but the publisher receive what is published to these recipients? */
function listenedTo(recipients: readonly string[], publisher: string): boolean {
  for (const to of recipients) if (to !== publisher) return true;
  return false;
}

/**
 * runFor's predicate: one function for every run of a process. A closure made per call was another
 * call target in each run, and runUntil's optimized code (which had inlined the first) was thrown
 * away at the start of the second.
 */
const never = (): boolean => false;

/** Testing seam (`freezeSharedDeliveries` in @faultline/runtime/testing): deep-freeze each shared envelope. */
let freezeShared = false;

/** @internal Sets the testing seam above; returns the previous setting. */
export function setFreezeSharedDeliveries(on: boolean): boolean {
  const previous = freezeShared;
  freezeShared = on;
  return previous;
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value) || ArrayBuffer.isView(value)) return;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
}

type TimerEvent = { kind: 'timer'; timeUs: Micros; seq: number; actorId: string; incarnation: number; timerId: number; callback: () => void };

type SimEvent =
  | { kind: 'deliver'; timeUs: Micros; seq: number; from: string; to: string; subject: string; frame: Frame; raw: boolean }
  | TimerEvent
  | { kind: 'fault-start'; timeUs: Micros; seq: number; faultId: number; fault: FaultEvent }
  | { kind: 'fault-end'; timeUs: Micros; seq: number; faultId: number; fault: FaultEvent };

export class Simulation {
  readonly seed: number;
  readonly runId: string;
  private nowUs: Micros = 0;
  private readonly scheduler = new Scheduler<SimEvent>();
  private readonly network: NetworkModel;
  /** Broker restarts in force: total loss that a `heal` does not end (live, a heal does not bring the broker back). */
  private readonly brokerOutages = new Map<number, NetworkFault>();
  private readonly actors = new Map<string, ActorSlot>();
  private readonly subscriptions: SubscriptionRecord[] = [];
  private readonly routeCache = new Map<string, SubscriptionRecord[]>();
  private readonly recipientCache = new Map<string, string[]>();
  private readonly relativeSubjects = new Map<string, string>();
  /** Timers set and neither fired nor cancelled yet, by id: a cancel takes its event out of the scheduler. */
  private readonly pendingTimers = new Map<number, TimerEvent>();
  /** Timers cancelled while held for a paused actor (not in the scheduler then): dropped when they run. */
  private readonly cancelledTimers = new Set<number>();
  private readonly trace = new TraceHash();
  private readonly observers: Array<(delivery: DeliveryObservation) => void> = [];
  private readonly publishObservers: Array<(publish: PublishObservation) => void> = [];
  private readonly onLog: ((line: SimLogLine) => void) | undefined;
  private subscriptionIdNext = 1;
  private timerIdNext = 1;
  private faultIdNext = 1;
  private readonly arrivals: Micros[] = [];
  private readonly wirePrefixLength: number;
  private readonly counters: SimStats = {
    deliveries: 0,
    dropped: 0,
    duplicated: 0,
    rejectedFrames: 0,
    published: 0,
    cut: 0,
    lost: 0,
    toDownActor: 0,
    timersFired: 0,
    events: 0,
    warnings: 0,
  };

  private readonly faultsNeverEnd: boolean;
  /** This simulation's lease of the shared signing thread (options.signing 'worker'), taken at the first Host.signer read; undefined until then and with 'main'. */
  private signer: SignerLease | undefined;
  private readonly signing: SimSigning;
  private closed = false;
  /** crash-after-vote triggers armed: actor → until when it waits for a vote, and the restart delay after the crash. */
  private readonly crashAfterVote = new Map<string, { untilUs: Micros; restartAfterUs: Micros | undefined }>();
  /** Actors whose trigger fired during the current event: crashed as soon as it is done. */
  private readonly crashesDue: Array<{ id: string; restartAfterUs: Micros | undefined }> = [];

  constructor(options: SimulationOptions) {
    if (!Number.isSafeInteger(options.seed)) throw new RangeError(`simulation: seed ${options.seed} is not an integer`);
    this.seed = options.seed;
    this.runId = options.runId ?? `sim-${options.seed}`;
    this.network = new NetworkModel(
      createRng(deriveSeed(options.seed, 'network')),
      options.latencyUs ?? { min: 1_000, max: 5_000 },
      options.variant ?? {},
    );
    this.faultsNeverEnd = options.variant?.faultsNeverEnd ?? false;
    this.onLog = options.onLog;
    this.signing = options.signing ?? simSigning('main');
    this.wirePrefixLength = wireSubject(this.runId, '').length;
  }

  /**
   * The actors' Host.signer: with signing 'worker', a lease of this thread's shared signing thread
   * (sharedSigner: started at the first simulation that asks, kept for the next); undefined with
   * 'main' (actors sign at once) and after close().
   */
  signerForActors(): Signer | undefined {
    if (this.signing !== 'worker' || this.closed) return undefined;
    if (this.signer === undefined) this.signer = sharedSigner().lease();
    return this.signer.sign;
  }

  /** This simulation's signing-thread counts (undefined without one): how many reads of a signature had to wait for it. */
  signerStats(): SignerStats | undefined {
    return this.signer === undefined ? undefined : { ...this.signer.stats };
  }

  /**
   * Ends the simulation's resources: its lease of the signing thread, after the signatures it still
   * owes are read (a message kept after the run still has its signature); the thread stays, unref'd,
   * for the next simulation. Actors started after it sign at once.
   */
  close(): void {
    this.closed = true;
    this.signer?.settle();
  }

  // ---- actors -------------------------------------------------------------------------

  addActor(id: string, factory: ActorFactory): void {
    assertSubject(id, { pattern: false });
    if (this.actors.has(id)) throw new Error(`simulation: actor ${id} already exists`);
    const slot: ActorSlot = {
      id,
      factory,
      store: new SimDurableStore(),
      incarnation: 0,
      up: false,
      paused: false,
      skewUs: 0,
      instance: undefined,
      host: undefined,
      heldWhilePaused: [],
    };
    this.actors.set(id, slot);
    this.startIncarnation(slot);
  }

  actorIds(): string[] {
    return [...this.actors.keys()];
  }

  isUp(id: string): boolean {
    return this.slot(id).up;
  }

  isPaused(id: string): boolean {
    return this.slot(id).paused;
  }

  /** Kills the actor: memory, timers, subscriptions and messages in flight to it are lost. */
  crash(id: string): void {
    const slot = this.slot(id);
    if (!slot.up) return;
    slot.up = false;
    slot.paused = false;
    for (const held of slot.heldWhilePaused) if (held.kind === 'timer') this.pendingTimers.delete(held.timerId);
    slot.heldWhilePaused = [];
    slot.instance = undefined;
    slot.host = undefined;
    this.dropSubscriptionsOf(slot);
  }

  /** Starts a new incarnation from the factory and the durable log (crashing a live one first). */
  restart(id: string): void {
    const slot = this.slot(id);
    if (slot.up) this.crash(id);
    this.startIncarnation(slot);
  }

  pause(id: string): void {
    const slot = this.slot(id);
    if (slot.up) slot.paused = true;
  }

  resume(id: string): void {
    const slot = this.slot(id);
    if (!slot.paused) return;
    slot.paused = false;
    // Everything that waited runs now, in the order it arrived (like a SIGCONT'd process
    // draining its socket buffer and overdue timers).
    const held = slot.heldWhilePaused;
    slot.heldWhilePaused = [];
    for (const event of held) {
      event.timeUs = this.nowUs;
      this.scheduler.push(event as Unsequenced<SimEvent>);
    }
  }

  setClockSkew(id: string, skewUs: Micros): void {
    this.slot(id).skewUs = skewUs;
  }

  /** The durable log entry count of an actor (for tests of recovery). */
  durableEntryCount(id: string): number {
    return this.slot(id).store.entryCount;
  }

  // ---- faults -------------------------------------------------------------------------

  /** Queues every event of a schedule at its time (µs from the start of the run). */
  schedule(schedule: FaultSchedule): void {
    for (const fault of schedule.faults) {
      const faultId = this.faultIdNext++;
      this.scheduler.push({ kind: 'fault-start', timeUs: Math.max(this.nowUs, fault.atUs), faultId, fault });
    }
  }

  /** Applies a fault now; its durationUs counts from now. */
  inject(fault: FaultEvent): void {
    this.startFault(this.faultIdNext++, fault);
  }

  heal(): void {
    this.network.heal();
  }

  // ---- time ---------------------------------------------------------------------------

  now(): Micros {
    return this.nowUs;
  }

  /** Runs every event up to now + durationUs, then sets the clock there. */
  runFor(durationUs: Micros): void {
    this.runUntil(never, durationUs);
  }

  /** Runs events until `predicate` holds (checked after every event) or timeoutUs passes. */
  runUntil(predicate: () => boolean, timeoutUs: Micros): boolean {
    if (predicate()) return true;
    const deadlineUs = this.nowUs + timeoutUs;
    // Every actor shares this process: a signature one actor makes is remembered as valid, so
    // the others' verifications of it are lookups (same outcome, see rememberOwnSignatures).
    const remembering = rememberOwnSignatures(true);
    try {
      for (;;) {
        const nextUs = this.scheduler.peekTimeUs();
        if (nextUs === undefined || nextUs > deadlineUs) {
          this.nowUs = deadlineUs;
          return predicate();
        }
        const event = this.scheduler.pop() as SimEvent;
        this.nowUs = event.timeUs;
        this.execute(event);
        if (this.crashesDue.length > 0) this.crashAfterVotes();
        if (predicate()) return true;
      }
    } finally {
      rememberOwnSignatures(remembering);
    }
  }

  // ---- observation --------------------------------------------------------------------

  stats(): SimStats {
    return { ...this.counters };
  }

  traceHash(): string {
    return this.trace.hex();
  }

  /** Calls `listener` for every delivery an actor handled (for invariant monitors). */
  observe(listener: (delivery: DeliveryObservation) => void): void {
    this.observers.push(listener);
  }

  /**
   * Calls `listener` for every message an actor publishes, before the network drops, delays or
   * duplicates it: what each actor claimed, which is what safety invariants are about.
   */
  observePublishes(listener: (publish: PublishObservation) => void): void {
    this.publishObservers.push(listener);
  }

  /** Delivers arbitrary bytes to an actor now, bypassing the network (bad-input tests). */
  injectRaw(to: string, subject: string, bytes: Uint8Array): void {
    this.slot(to);
    this.scheduler.push({ kind: 'deliver', timeUs: this.nowUs, from: '(raw)', to, subject: wireSubject(this.runId, subject), frame: { bytes, envelope: undefined, decoded: undefined }, raw: true });
  }

  asWorld(): World {
    return new SimWorld(this);
  }

  // ---- internals ----------------------------------------------------------------------

  private slot(id: string): ActorSlot {
    const slot = this.actors.get(id);
    if (!slot) throw new Error(`simulation: no actor ${id}`);
    return slot;
  }

  private startIncarnation(slot: ActorSlot): void {
    slot.incarnation++;
    slot.up = true;
    slot.paused = false;
    const host = new SimHost(this, slot, slot.store.read());
    slot.host = host;
    slot.instance = slot.factory(host);
    slot.instance.start();
  }

  private dropSubscriptionsOf(slot: ActorSlot): void {
    for (const record of this.subscriptions) {
      if (record.actorId === slot.id) record.active = false;
    }
    this.compactSubscriptions();
  }

  private compactSubscriptions(): void {
    let write = 0;
    for (const record of this.subscriptions) {
      if (record.active) this.subscriptions[write++] = record;
    }
    this.subscriptions.length = write;
    this.invalidateRoutes();
  }

  /** @internal used by SimHost */
  subscribe(slot: ActorSlot, pattern: string, handler: MessageHandler): Subscription {
    assertSubject(pattern, { pattern: true });
    const record: SubscriptionRecord = {
      id: this.subscriptionIdNext++,
      actorId: slot.id,
      incarnation: slot.incarnation,
      wirePattern: wireSubject(this.runId, pattern),
      handler,
      active: true,
    };
    this.subscriptions.push(record);
    this.invalidateRoutes();
    return {
      unsubscribe: () => {
        if (!record.active) return;
        record.active = false;
        this.compactSubscriptions();
      },
    };
  }

  private invalidateRoutes(): void {
    // Cached arrays are never mutated, only replaced, so a delivery iterating one stays safe.
    this.routeCache.clear();
    this.recipientCache.clear();
  }

  /** @internal used by SimHost, with `wire` = the checked wire form of `subject` */
  publish(slot: ActorSlot, subject: string, wire: string, envelope: Envelope): void {
    const recipients = this.recipientsOf(wire);
    // Encoded only when some other actor listens: the bytes are what recipients decode and what
    // the trace hash records of each delivery, so a frame nobody can receive has no use (in a
    // consensus run each validator's committed block on block.<id>, ~60 % of the bytes encoded,
    // went to no one). Encoded here, before any observer sees the envelope — but with a signing
    // thread, a vote's or a proposal's at its first delivery: its signature is read (and waited
    // for, if the thread has not made it yet) as late as the run allows, and the bytes are the same
    // (the envelope and what it holds never change once published).
    const frame: Frame | undefined = listenedTo(recipients, slot.id)
      ? this.signer !== undefined && (envelope.vote != null || envelope.proposal != null)
        ? { bytes: undefined, envelope, decoded: undefined }
        : { bytes: encodeEnvelope(envelope), envelope: undefined, decoded: undefined }
      : undefined;
    this.counters.published++;
    if (this.crashAfterVote.size > 0 && envelope.vote?.validatorId === slot.id) this.voted(slot.id);
    if (this.publishObservers.length > 0) {
      const observation = { timeUs: this.nowUs, from: slot.id, subject, envelope };
      for (const observer of this.publishObservers) observer(observation);
    }
    if (frame === undefined) return;
    const messageKind = this.network.delaysByKind ? bodyName(envelope) : undefined;
    for (const to of recipients) {
      // No echo: an actor never receives its own publishes (as nats.js' `noEcho` connection
      // option does for every service process). Every actor ignored them anyway, after paying
      // for the decode (a validator heard each of its votes, proposals and gossip back).
      if (to === slot.id) continue;
      const arrivals = this.arrivals;
      // Emptied by pops: `length = 0` gave the array's store back, and every route's push made a new one (~4 KB a block).
      while (arrivals.length > 0) arrivals.pop();
      const outcome = this.network.route(slot.id, to, this.nowUs, arrivals, messageKind);
      if (outcome !== 'delivered') {
        this.counters.dropped++;
        if (outcome === 'cut') this.counters.cut++;
        else this.counters.lost++;
        continue;
      }
      this.counters.duplicated += arrivals.length - 1;
      for (let copy = 0; copy < arrivals.length; copy++) {
        this.scheduler.push({ kind: 'deliver', timeUs: arrivals[copy] as Micros, from: slot.id, to, subject: wire, frame, raw: false });
      }
    }
  }

  /** Distinct recipient actors of a wire subject, in a stable order (first subscription). */
  private recipientsOf(wire: string): string[] {
    let recipients = this.recipientCache.get(wire);
    if (!recipients) {
      recipients = [];
      for (const record of this.routeCacheFor(wire)) {
        if (!recipients.includes(record.actorId)) recipients.push(record.actorId);
      }
      this.recipientCache.set(wire, recipients);
    }
    return recipients;
  }

  /** @internal used by SimHost */
  setTimer(slot: ActorSlot, delayUs: Micros, callback: () => void): TimerId {
    if (!(Number.isFinite(delayUs) && delayUs >= 0)) throw new RangeError(`setTimer: delay ${delayUs} µs is invalid`);
    const timerId = this.timerIdNext++;
    const event = this.scheduler.push({
      kind: 'timer',
      timeUs: this.nowUs + Math.round(delayUs),
      actorId: slot.id,
      incarnation: slot.incarnation,
      timerId,
      callback,
    }) as TimerEvent;
    this.pendingTimers.set(timerId, event);
    return timerId;
  }

  /**
   * @internal used by SimHost. A cancelled timer leaves the scheduler now: it is never popped, so it
   * is not counted in `stats().events` and `runUntil` does not stop at its time to check its predicate.
   */
  cancelTimer(timerId: TimerId): void {
    const event = this.pendingTimers.get(timerId);
    if (event === undefined) return;
    this.pendingTimers.delete(timerId);
    if (!this.scheduler.remove(event)) this.cancelledTimers.add(timerId);
  }

  /** @internal used by SimHost */
  log(slot: ActorSlot, level: SimLogLine['level'], message: string, fields?: Record<string, unknown>): void {
    if (level === 'warn' || level === 'error') this.counters.warnings++;
    this.onLog?.({ timeUs: this.nowUs, actorId: slot.id, level, message, ...(fields ? { fields } : {}) });
  }

  /** @internal used by SimHost */
  clockOf(slot: ActorSlot): Micros {
    return this.nowUs + slot.skewUs;
  }

  private execute(event: SimEvent): void {
    this.counters.events++;
    switch (event.kind) {
      case 'deliver':
        this.deliver(event);
        return;
      case 'timer':
        this.fireTimer(event);
        return;
      case 'fault-start':
        this.startFault(event.faultId, event.fault);
        return;
      case 'fault-end':
        this.endFault(event.faultId, event.fault);
        return;
      default: {
        const exhaustive: never = event;
        throw new Error(`simulation: unknown event ${JSON.stringify(exhaustive)}`);
      }
    }
  }

  private deliver(event: Extract<SimEvent, { kind: 'deliver' }>): void {
    const slot = this.actors.get(event.to);
    if (!slot?.up) {
      this.counters.dropped++;
      this.counters.toDownActor++;
      return;
    }
    // A partition that began while the message was in flight cuts it too.
    if (!event.raw && this.network.isCut(event.from, event.to)) {
      this.counters.dropped++;
      this.counters.cut++;
      return;
    }
    if (slot.paused) {
      slot.heldWhilePaused.push(event);
      return;
    }
    const host = slot.host as SimHost;
    const frame = event.frame;
    let decoded = frame.decoded;
    if (decoded === undefined) {
      frame.decoded = decoded = decodeEnvelope(frameBytes(frame));
      if (freezeShared && decoded.ok) deepFreeze(decoded.value);
    }
    if (!decoded.ok) {
      this.counters.rejectedFrames++;
      host.rejectedFrames++;
      this.log(slot, 'warn', 'rejected frame', { from: event.from, subject: event.subject, kind: decoded.error.kind, reason: decoded.error.message });
      return;
    }
    this.counters.deliveries++;
    this.trace.record(this.nowUs, event.from, event.to, frame.bytes as Uint8Array);
    const envelope = decoded.value;
    host.observeLamport(envelope.lamport ?? 0);
    const relative = this.relativeSubject(event.subject);
    if (this.observers.length > 0) {
      const observation = { timeUs: this.nowUs, from: event.from, to: event.to, subject: relative, envelope };
      for (const observer of this.observers) observer(observation);
    }
    for (const record of this.routeCacheFor(event.subject)) {
      if (!record.active || record.actorId !== slot.id || record.incarnation !== slot.incarnation) continue;
      record.handler(envelope, relative);
      // The handler may have crashed or paused its own actor (through a test hook).
      if (!slot.up || slot.incarnation !== record.incarnation) break;
    }
  }

  /** A wire subject without the run's prefix, as handlers see it (one string per subject, not one per delivery). */
  private relativeSubject(wire: string): string {
    let relative = this.relativeSubjects.get(wire);
    if (relative === undefined) {
      relative = wire.slice(this.wirePrefixLength);
      if (this.relativeSubjects.size >= 100_000) this.relativeSubjects.clear();
      this.relativeSubjects.set(wire, relative);
    }
    return relative;
  }

  private routeCacheFor(wire: string): SubscriptionRecord[] {
    let records = this.routeCache.get(wire);
    if (!records) {
      records = this.subscriptions.filter((record) => record.active && subjectMatches(record.wirePattern, wire));
      this.routeCache.set(wire, records);
    }
    return records;
  }

  private fireTimer(event: TimerEvent): void {
    if (this.cancelledTimers.size > 0 && this.cancelledTimers.delete(event.timerId)) return;
    const slot = this.actors.get(event.actorId);
    if (slot?.up === true && slot.incarnation === event.incarnation && slot.paused) {
      // Still pending (a cancel meanwhile must reach it): it runs when the actor resumes.
      slot.heldWhilePaused.push(event);
      return;
    }
    this.pendingTimers.delete(event.timerId);
    if (!slot?.up || slot.incarnation !== event.incarnation) return;
    this.counters.timersFired++;
    event.callback();
  }

  private startFault(faultId: number, fault: FaultEvent): void {
    switch (fault.kind) {
      case 'partition':
      case 'one-way':
      case 'link':
      case 'delay-kind':
        this.network.add(faultId, fault as NetworkFault);
        break;
      case 'heal':
        if (this.faultsNeverEnd) return;
        this.network.heal();
        for (const [id, outage] of this.brokerOutages) this.network.add(id, outage);
        return;
      case 'crash':
        for (const id of this.matching(fault.actors)) this.crash(id);
        break;
      case 'crash-after-vote':
        // Armed now; the crash (and the restart durationUs after it) come with the actor's next vote.
        for (const id of this.matching(fault.actors)) this.crashAfterVote.set(id, { untilUs: this.nowUs + (fault.withinUs ?? CRASH_AFTER_VOTE_WITHIN_US_DEFAULT), restartAfterUs: fault.durationUs });
        return;
      case 'restart':
        for (const id of this.matching(fault.actors)) this.restart(id);
        return;
      case 'pause':
        for (const id of this.matching(fault.actors)) this.pause(id);
        break;
      case 'resume':
        for (const id of this.matching(fault.actors)) this.resume(id);
        return;
      case 'skew':
        for (const id of this.matching(fault.actors)) this.setClockSkew(id, fault.skewUs);
        return;
      case 'broker-kill':
      case 'broker-partition':
        // One node of a replicated broker: the simulator's broker is one logical, always
        // available broker (what a JetStream quorum gives). Only `faultline up --cluster` acts.
        return;
      case 'broker-restart': {
        // The simulator has no broker: its restart is the network losing every message meanwhile.
        const outage: NetworkFault = { kind: 'link', atUs: fault.atUs, durationUs: fault.durationUs, dropPpm: 1_000_000 };
        this.brokerOutages.set(faultId, outage);
        this.network.add(faultId, outage);
        break;
      }
      default: {
        const exhaustive: never = fault;
        throw new Error(`simulation: unknown fault ${JSON.stringify(exhaustive)}`);
      }
    }
    if (fault.durationUs !== undefined && !this.faultsNeverEnd) {
      this.scheduler.push({ kind: 'fault-end', timeUs: this.nowUs + fault.durationUs, faultId, fault });
    }
  }

  /** An actor published a vote it signed: its armed crash-after-vote fires once the current event is done. */
  private voted(id: string): void {
    const armed = this.crashAfterVote.get(id);
    if (!armed) return;
    this.crashAfterVote.delete(id);
    if (this.nowUs <= armed.untilUs) this.crashesDue.push({ id, restartAfterUs: armed.restartAfterUs });
  }

  /** Crashes the actors whose vote fired their trigger, each restarting its delay later (a crash fault that began now). */
  private crashAfterVotes(): void {
    for (const { id, restartAfterUs } of this.crashesDue.splice(0)) {
      this.crash(id);
      if (restartAfterUs !== undefined && !this.faultsNeverEnd) {
        this.scheduler.push({ kind: 'fault-end', timeUs: this.nowUs + restartAfterUs, faultId: this.faultIdNext++, fault: { kind: 'crash', atUs: this.nowUs, durationUs: restartAfterUs, actors: [id] } });
      }
    }
  }

  private endFault(faultId: number, fault: FaultEvent): void {
    switch (fault.kind) {
      case 'partition':
      case 'one-way':
      case 'link':
      case 'delay-kind':
        this.network.remove(faultId);
        return;
      case 'broker-restart':
        this.brokerOutages.delete(faultId);
        this.network.remove(faultId);
        return;
      case 'crash':
        for (const id of this.matching(fault.actors)) if (!this.slot(id).up) this.startIncarnation(this.slot(id));
        return;
      case 'pause':
        for (const id of this.matching(fault.actors)) this.resume(id);
        return;
      default:
        return;
    }
  }

  private matching(selectors: readonly string[]): string[] {
    return [...this.actors.keys()].filter((id) => selects(selectors, id));
  }
}

/** The Host one incarnation of an actor sees in the simulator. */
class SimHost implements Host {
  readonly actorId: string;
  readonly runId: string;
  readonly rng: Rng;
  readonly logger: ActorLogger;
  readonly log;
  rejectedFrames = 0;
  private readonly stamp: EnvelopeStamp;
  private readonly incarnation: number;

  constructor(
    private readonly sim: Simulation,
    private readonly slot: ActorSlot,
    recovered: ReturnType<SimDurableStore['read']>,
  ) {
    this.actorId = slot.id;
    this.runId = sim.runId;
    this.incarnation = slot.incarnation;
    this.stamp = new EnvelopeStamp(sim.runId, slot.id);
    // Each incarnation draws a fresh stream: a restarted actor does not replay its past luck.
    this.rng = createRng(deriveSeed(sim.seed, `actor/${slot.id}/${slot.incarnation}`));
    const store = slot.store;
    const alive = () => this.alive();
    this.log = {
      append(entry: Uint8Array) {
        if (alive()) store.append(entry);
      },
      appendRecord<R>(record: R, encode: (record: R) => Uint8Array) {
        if (alive()) store.appendRecord(record, encode);
      },
      snapshot(state: Uint8Array) {
        if (alive()) store.snapshot(state);
      },
      recover: () => recovered,
    };
    const emit = (level: SimLogLine['level']) => (message: string, fields?: Record<string, unknown>) => {
      if (this.alive()) sim.log(slot, level, message, fields);
    };
    this.logger = { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
  }

  /** A zombie host (its incarnation crashed) must not act on the world any more. */
  private alive(): boolean {
    return this.slot.up && this.slot.incarnation === this.incarnation;
  }

  now(): Micros {
    return this.sim.clockOf(this.slot);
  }

  publish(subject: string, body: EnvelopeBody): void {
    if (!this.alive()) return;
    this.sim.publish(this.slot, subject, this.stamp.wire(subject), this.stamp.stamp(body, this.now()));
  }

  subscribe(pattern: string, handler: MessageHandler): Subscription {
    if (!this.alive()) return { unsubscribe() {} };
    return this.sim.subscribe(this.slot, pattern, handler);
  }

  setTimer(delayUs: Micros, callback: () => void): TimerId {
    if (!this.alive()) return 0;
    return this.sim.setTimer(this.slot, delayUs, callback);
  }

  cancelTimer(id: TimerId): void {
    this.sim.cancelTimer(id);
  }

  observeLamport(remote: number): void {
    this.stamp.observe(remote);
  }

  get signer(): Signer | undefined {
    return this.sim.signerForActors();
  }
}

/** The async World view of a simulation (the host contract suite drives both worlds this way). */
class SimWorld implements World {
  readonly kind = 'sim' as const;
  constructor(private readonly sim: Simulation) {}
  async addActor(id: string, factory: ActorFactory): Promise<void> {
    this.sim.addActor(id, factory);
  }
  async crash(id: string): Promise<void> {
    this.sim.crash(id);
  }
  async restart(id: string): Promise<void> {
    this.sim.restart(id);
  }
  async inject(fault: FaultEvent): Promise<void> {
    this.sim.inject(fault);
  }
  async runUntil(predicate: () => boolean, timeoutUs: Micros): Promise<boolean> {
    return this.sim.runUntil(predicate, timeoutUs);
  }
  now(): Micros {
    return this.sim.now();
  }
  stats(): WorldStats {
    const { deliveries, dropped, duplicated, rejectedFrames } = this.sim.stats();
    return { deliveries, dropped, duplicated, rejectedFrames };
  }
  async close(): Promise<void> {
    this.sim.close();
  }
}
