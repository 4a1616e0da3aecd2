/**
 * The seam between an actor and its world. An actor is written once against `Host` and runs
 * unchanged in the simulator (SimHost: virtual time, simulated network) and as an OS process
 * (NatsHost: wall time, NATS, JetStream). Actors never call Date.now, Math.random, setTimeout
 * or NATS themselves; everything that touches time, chance, the network or the disk is here.
 */
import type { EnvelopeBody, faultline, Signer } from '@faultline/protocol';
import type { Rng } from './rng.ts';
import type { Micros } from './units.ts';

export type DecodedEnvelope = faultline.v1.Envelope;

/**
 * Receives one valid envelope. Frames that fail to decode never reach an actor: the host
 * counts and logs them (`HostStats.rejectedFrames`) and carries on.
 */
export type MessageHandler = (envelope: DecodedEnvelope, subject: string) => void;

export interface Subscription {
  unsubscribe(): void;
}

export type TimerId = number;

/**
 * An actor's durable, append-only log. Entries appended before a `publish` are durable before
 * that message leaves the actor (a write-ahead barrier kept by the host), so an actor can
 * persist a vote and then send it without awaiting anything. `recover()` returns what the log
 * held when this incarnation of the actor started: the latest snapshot and the entries after it.
 */
export interface DurableLog {
  append(entry: Uint8Array): void;
  /**
   * Appends the entry `encode(record)`, as `append(encode(record))` does, but the host may call
   * `encode` later: a live host encodes at once, the simulator only when a restarted incarnation
   * reads its log (most records of a run are never read back). So `record` never changes after it
   * is appended and `encode` is a pure function of it: the bytes are the same whenever it runs.
   */
  appendRecord<R>(record: R, encode: (record: R) => Uint8Array): void;
  /** Records `state` as covering every entry appended so far; later recovery starts from it. */
  snapshot(state: Uint8Array): void;
  recover(): RecoveredLog;
}

export interface RecoveredLog {
  readonly snapshot: Uint8Array | undefined;
  readonly entries: readonly Uint8Array[];
}

export interface ActorLogger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export interface Host {
  readonly actorId: string;
  readonly runId: string;
  /** This actor's clock in µs since the run's epoch (virtual in the simulator; includes skew). */
  now(): Micros;
  readonly rng: Rng;
  /**
   * Publishes a body on a run-relative subject (`<kind>.<actor>`, see subjects.ts). The host
   * wraps it in an Envelope (sender, per-sender seq, Lamport time, send time) and encodes it.
   * The publishing actor itself never receives it (no echo), even on a subject it subscribes to.
   */
  publish(subject: string, body: EnvelopeBody): void;
  /**
   * Live only (absent in the simulator, whose appends are durable at once and whose crashes fall
   * between two inputs, never inside one): `log.appendRecord(record, encode)` then
   * `publish(subject, body)`, the two written to the broker together, the record first, the
   * message not waiting for the record's ack (only for the appends before it). A crash leaves
   * neither, the record, or both — never the message without the record (NatsHost).
   */
  publishWithRecord?<R>(record: R, encode: (record: R) => Uint8Array, subject: string, body: EnvelopeBody): void;
  /** Subscribes with a run-relative subject pattern (NATS wildcards). */
  subscribe(pattern: string, handler: MessageHandler): Subscription;
  /**
   * Live only (absent in the simulator): each entry `actorId` appends to its durable log, as the
   * broker delivers it once stored — never before (NatsHost; nats-log.ts storedLogSubject). The
   * entry's bytes as appended, through the same app-level faults as any message from that actor.
   */
  subscribeStoredLog?(actorId: string, handler: (entry: Uint8Array) => void): Subscription;
  setTimer(delayUs: Micros, callback: () => void): TimerId;
  cancelTimer(id: TimerId): void;
  readonly log: DurableLog;
  readonly logger: ActorLogger;
  /**
   * Signing offered by the host (the simulator's signing thread): an actor that has one signs its
   * votes and proposals through it (the same signatures, read when first needed). Absent: sign at once.
   */
  readonly signer?: Signer | undefined;
}

/** A running actor. `stop` is called on clean shutdown only; a crash calls nothing. */
export interface Actor {
  start(): void;
  stop?(): void;
}

/** Creates an actor for a host. A factory, because a crash-restart builds a new incarnation. */
export type ActorFactory = (host: Host) => Actor;

export interface HostStats {
  published: number;
  delivered: number;
  rejectedFrames: number;
}
