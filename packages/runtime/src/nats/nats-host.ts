/**
 * The Host over NATS: wall-clock time, real timers, protobuf envelopes on `faultline.<run>.…`
 * subjects, a JetStream durable log, and the same app-level faults as the simulator (drop,
 * delay, duplicate, reorder, partitions incl. one-way) applied to the messages this actor
 * receives, driven by FaultCommand control messages. The only place besides the server helper
 * where real time and real timers are allowed.
 */
import type { NatsConnection, Subscription as NatsSubscription } from '@nats-io/transport-node';
import { bodyName, decodeEnvelope, encodeMessageInto, type ByteSink, type EnvelopeBody } from '@faultline/protocol';
import { EnvelopeStamp, WIRE_SUBJECTS_CACHED_MAX } from '../envelope-stamp.ts';
import type { ActorLogger, DecodedEnvelope, Host, HostStats, MessageHandler, Subscription, TimerId } from '../host.ts';
import { faultFromCommand, selects, type FaultEvent } from '../fault-schedule.ts';
import { createRng, deriveSeed, type Rng } from '../rng.ts';
import { assertSubject, wireSubject } from '../subjects.ts';
import { NetworkModel, type NetworkFault } from '../sim/network.ts';
import type { Micros } from '../units.ts';
import { copyBytes } from '../copy-bytes.ts';
import { storedLogSubject, type NatsDurableLog } from './nats-log.ts';
import type { RecordAheadKeeper } from './record-ahead.ts';

/** The control subject every host listens on for fault commands. */
export const FAULT_SUBJECT = 'control.faults';

export interface NatsHostOptions {
  nc: NatsConnection;
  runId: string;
  actorId: string;
  seed: number;
  /** Wall-clock µs (since the Unix epoch) at which the run started: now() counts from it. */
  epochUs: Micros;
  log: NatsHostLog;
  logger: ActorLogger;
  /** Incarnation number, so a restarted actor does not replay its past random stream. */
  incarnation?: number;
  /**
   * Tests only (the planted variant of publishWithRecord; no service sets it): the record is
   * written to the socket alone, and `beforeMessage` runs, before the message is queued — the
   * two socket writes, with whatever the test does between them (a kill), that publishWithRecord
   * exists to prevent.
   */
  splitRecordWrite?: { beforeMessage: () => void };
  /**
   * Where publishWithRecord keeps each record it sends ahead of the record's ack, before the
   * message leaves (record-ahead.ts: a file the next incarnation appends from; the service process
   * gives one beside the actor's spec). Needs a log that names its writer (NatsDurableLog). Without
   * one a record JetStream loses after its message left is lost to the next incarnation (the host
   * says so when its log gives up).
   */
  recordAhead?: RecordAheadKeeper;
}

export interface NatsHostStats extends HostStats {
  dropped: number;
  duplicated: number;
}

/** What a NatsHost needs of its log: a NatsDurableLog, or volatileLog() for a replica that never restarts. */
export type NatsHostLog = Pick<NatsDurableLog, 'append' | 'snapshot' | 'recover' | 'whenIdle' | 'failed' | 'issued' | 'acknowledged' | 'whenAcknowledged'> & Partial<Pick<NatsDurableLog, 'sent' | 'writer'>>;

/**
 * A log that keeps nothing, for an in-process replica (the `faultline up` observer) that is never
 * restarted: recovery would never read it, and a JetStream append lost in a broker restart
 * would otherwise stop that replica (the host stops an actor whose log failed).
 */
export function volatileLog(): NatsHostLog {
  return { append() {}, snapshot() {}, recover: () => ({ snapshot: undefined, entries: [] }), whenIdle: () => Promise.resolve(), failed: undefined, issued: 0, acknowledged: 0, whenAcknowledged: () => Promise.resolve() };
}

/** `performance.timeOrigin` read once: it is fixed for the process, and a getter call on every clock read. */
const TIME_ORIGIN_MS = performance.timeOrigin;

export function wallClockUs(): Micros {
  return Math.round((TIME_ORIGIN_MS + performance.now()) * 1000);
}

/**
 * The slab outgoing envelopes are encoded into, one after the other: each publish hands nats.js a
 * view of its own bytes, never written again (nats.js keeps the view until its next socket write;
 * the outbox, until the acks it waits for). encodeEnvelope writes into a scratch buffer and copies
 * the bytes into a buffer of their size: an allocation and a copy per message, ~7 % of a
 * publish-and-receive (nats.bench.ts). A new slab starts once this one is half full, so a message
 * rarely outgrows it (one that does grows it: encodeMessageInto copies what came before).
 */
export const PUBLISH_SLAB_BYTES = 64 * 1024;

/**
 * A frame up to this many bytes leaves as one whole `PUB` command written in the slab around it
 * (see NatsHost.publish); a larger one through nats.js' publish, which checks the server's
 * max_payload. nats.js' publish builds each command's `PUB <subject> <length>\r\n` line as a
 * template string, encodes it with a TextEncoder call and queues three buffers (the line, the
 * frame, `\r\n`) that its next socket write copies together: ~9 % of a publish-and-receive
 * (nats.bench.ts profile, session 25).
 */
export const PUBLISH_COMMAND_FRAME_MAX = 16 * 1024;
/** Room for the frame's length in a command line: frames are 8 MiB at most (FRAME_BYTES_MAX), 7 digits. */
const LENGTH_DIGITS_MAX = 7;
/** Longest wire subject written into a command here (nats-server's control line is 4 KiB by default). */
const COMMAND_SUBJECT_MAX = 1024;
const CR = 13;
const LF = 10;
const DIGIT_0 = 48;

/** An envelope encoded in the slab: its wire subject, bytes, and whole PUB command when it has one. */
interface Encoded {
  subject: string;
  bytes: Uint8Array;
  command: Uint8Array | undefined;
}

/**
 * What the outbox holds, in the actor's order: a message waiting for the appends up to `mark`; a
 * pair (publishWithRecord) waiting for the appends before its record; and the log items the actor
 * issued behind a pair, issued when they reach the head.
 */
type Held =
  | ({ kind: 'message'; mark: number } & Encoded)
  | ({ kind: 'pair'; mark: number; record: Uint8Array } & Encoded)
  | { kind: 'append'; bytes: Uint8Array }
  | { kind: 'snapshot'; bytes: Uint8Array };

/** What NatsHost uses of nats.js' protocol handler to queue a whole command (its public ProtocolHandler API). */
interface CommandQueue {
  sendCommand(command: Uint8Array): void;
  isClosed(): boolean;
  noMorePublishing: boolean;
  outMsgs: number;
  outBytes: number;
  /**
   * nats.js writes its queued commands to the socket in one write on a microtask after the first
   * is queued, or at once when a command takes the queue to `pendingLimit` bytes (32 KiB):
   * publishWithRecord raises it around its two commands so that neither is written alone.
   */
  pendingLimit: number;
  outbound: { size(): number };
  flushPending(): void;
}

function commandQueueOf(nc: NatsConnection): CommandQueue | undefined {
  const protocol = (nc as { protocol?: Partial<CommandQueue> }).protocol;
  return typeof protocol?.sendCommand === 'function' && typeof protocol.isClosed === 'function' ? (protocol as CommandQueue) : undefined;
}

/** nats.js' queue as publishWithRecord corks it (CommandQueue's pendingLimit, outbound, flushPending), when the handler has that shape. */
function corkableOf(commands: CommandQueue | undefined): CommandQueue | undefined {
  return commands !== undefined && typeof commands.flushPending === 'function' && typeof commands.pendingLimit === 'number' && typeof commands.outbound?.size === 'function' ? commands : undefined;
}

export class NatsHost implements Host {
  readonly actorId: string;
  readonly runId: string;
  readonly rng: Rng;
  readonly logger: ActorLogger;
  readonly log;
  readonly stats: NatsHostStats = { published: 0, delivered: 0, rejectedFrames: 0, dropped: 0, duplicated: 0 };
  private readonly nc: NatsConnection;
  private readonly durable: NatsHostLog;
  private readonly epochUs: Micros;
  private skewUs: Micros = 0;
  private dead = false;
  /** Armed timers by id: a setTimeout, or undefined for one due now (a setImmediate: see arm). */
  private readonly timers = new Map<number, ReturnType<typeof setTimeout> | undefined>();
  private timerIdNext = 1;
  private readonly subscriptions = new Set<NatsSubscription>();
  /**
   * Messages published while appends issued before them are unacknowledged: the write-ahead
   * barrier. `mark` is the log's `issued` when the message was published: it leaves once every
   * item up to it is acknowledged (appends issued after it do not hold it), in publish order.
   */
  private readonly outbox: Held[] = [];
  /**
   * Log items (appends, snapshots, a pair's record) waiting in the outbox behind a pair: while
   * there are any, every new one waits there too, so the log keeps the actor's order. A message's
   * mark counts them (`issuedAhead`): each is issued when it reaches the outbox's head.
   */
  private heldItems = 0;
  /** The log index of the last record sent with its message ahead of the record's ack (publishWithRecord). */
  private recordAhead = 0;
  private readonly network: NetworkModel;
  private readonly arrivals: Micros[] = [];
  private faultsActive = 0;
  private readonly stamp: EnvelopeStamp;
  private slab: ByteSink = { bytes: Buffer.allocUnsafe(PUBLISH_SLAB_BYTES), length: 0 };
  /** nats.js' command queue, when the connection has one (a test's stand-in may not: then nc.publish). */
  private readonly commands: CommandQueue | undefined;
  /** `PUB <wire subject> ` in ASCII, by wire subject (as many as the stamp caches wire subjects). */
  private readonly commandPrefixes = new Map<string, Buffer>();
  private readonly splitRecordWrite: NatsHostOptions['splitRecordWrite'];
  private readonly recordAheadKeeper: RecordAheadKeeper | undefined;

  constructor(options: NatsHostOptions) {
    this.nc = options.nc;
    this.commands = commandQueueOf(options.nc);
    this.actorId = options.actorId;
    this.runId = options.runId;
    this.epochUs = options.epochUs;
    this.stamp = new EnvelopeStamp(options.runId, options.actorId);
    this.logger = options.logger;
    this.rng = createRng(deriveSeed(options.seed, `actor/${options.actorId}/${options.incarnation ?? 1}`));
    this.network = new NetworkModel(createRng(deriveSeed(options.seed, `nats-faults/${options.actorId}`)), { min: 0, max: 0 });
    this.durable = options.log;
    this.splitRecordWrite = options.splitRecordWrite;
    if (options.recordAhead !== undefined && options.log.writer === undefined) throw new Error('NatsHost: a record-ahead keeper needs a log that names its writer');
    this.recordAheadKeeper = options.recordAhead;
    const durable = options.log;
    const host = this;
    this.log = {
      append(entry: Uint8Array) {
        if (!host.dead) host.logItem('append', entry);
      },
      appendRecord<R>(record: R, encode: (record: R) => Uint8Array) {
        if (!host.dead) host.logItem('append', encode(record));
      },
      snapshot(state: Uint8Array) {
        if (!host.dead) host.logItem('snapshot', state);
      },
      recover: () => durable.recover(),
    };
    this.listenForFaults();
  }

  now(): Micros {
    return wallClockUs() - this.epochUs + this.skewUs;
  }

  /**
   * Encodes the envelope into the slab and sends it. With nats.js' command queue, a frame up to
   * PUBLISH_COMMAND_FRAME_MAX is written after room for its command line, and the line
   * (`PUB <subject> <length>\r\n`) and the trailing `\r\n` are then written around it: nats.js
   * queues the one view (the same bytes on the wire as its publish writes). A closed or draining
   * connection, a larger frame, or no command queue: nats.js' publish (which throws or checks as
   * it does).
   */
  publish(subject: string, body: EnvelopeBody): void {
    if (this.dead) return;
    const message = this.encode(subject, body);
    this.stats.published++;
    const mark = this.issuedAhead();
    if (this.outbox.length > 0 || this.durable.acknowledged < mark) {
      this.hold({ kind: 'message', subject: message.subject, bytes: message.bytes, command: message.command, mark });
      return;
    }
    this.send(message.subject, message.bytes, message.command);
  }

  /** The log's items issued, and those waiting in the outbox to be: the mark of a message published now. */
  private issuedAhead(): number {
    return this.durable.issued + this.heldItems;
  }

  /** An append or snapshot: to the log at once, or behind a pair waiting in the outbox (then, in order, when it reaches the head). */
  private logItem(kind: 'append' | 'snapshot', bytes: Uint8Array): void {
    if (this.heldItems === 0) {
      if (kind === 'append') this.durable.append(bytes);
      else this.durable.snapshot(bytes);
      return;
    }
    this.heldItems++;
    this.outbox.push({ kind, bytes: copyBytes(bytes) });
  }

  /**
   * Host.publishWithRecord: the record's append and the message leave in one socket write, the
   * record first, without waiting for the record's ack; the message's write-ahead barrier is the
   * appends before the record (`mark`). So a kill -9 of this process leaves the broker with
   * neither, the record alone (never the message alone: TCP delivers a prefix of what was
   * written, and the record is ahead), or both — and nats-server stores a client's append to a
   * single-server stream in the read loop that parsed it (stream.go processInboundJetStreamMsg →
   * processJetStreamMsg, called from client.go deliverMsg's internal-subscription callback, v2.9),
   * before it parses the next command: the message reaches no subscriber before the record is
   * stored. What a kill leaves is one write the kernel took whole or not at all — unless the socket's
   * send buffer was full and it took a prefix (a kill then can leave the record alone).
   * nats.js' queue is written at once when a command takes it to its pendingLimit (32 KiB: a
   * 20 KB block's record and the block together): raised around the two commands, then the queue
   * is written if it is past the limit. While an append before the record is unacknowledged, the
   * record waits with the message (a pair in the outbox, and every later append and message behind
   * it): the two leave together once those acks are in, never the record alone with the message
   * held. The record leaves ahead only when the log hands it to the connection at once (`sent`):
   * not behind a snapshot or during a repair — then the message waits for the record's ack too,
   * as publish does; a failed log sends nothing and stops the actor.
   */
  publishWithRecord<R>(record: R, encode: (record: R) => Uint8Array, subject: string, body: EnvelopeBody): void {
    if (this.dead) return;
    const bytes = encode(record);
    const message = this.encode(subject, body);
    this.stats.published++;
    const before = this.issuedAhead();
    if (this.outbox.length > 0 || this.durable.acknowledged < before) {
      this.heldItems++;
      this.hold({ kind: 'pair', record: bytes, ...message, mark: before });
      return;
    }
    this.sendPair(bytes, message);
  }

  /** The record's append and the message, in one socket write (publishWithRecord): every append before the record is acknowledged. */
  private sendPair(record: Uint8Array, message: Encoded): void {
    const durable = this.durable;
    const before = durable.issued;
    const commands = corkableOf(this.commands);
    const limit = commands?.pendingLimit;
    if (commands !== undefined) commands.pendingLimit = Number.POSITIVE_INFINITY;
    try {
      durable.append(record);
      if (durable.failed !== undefined) {
        this.stopOnFailedLog(durable.failed);
        return;
      }
      if (durable.issued !== before + 1 || durable.sent !== durable.issued) {
        // The log holds the record back (a snapshot ahead, a repair): the message waits for its ack.
        this.hold({ kind: 'message', subject: message.subject, bytes: message.bytes, command: message.command, mark: durable.issued });
        return;
      }
      this.recordAhead = durable.issued;
      // Kept before the message leaves (record-ahead.ts): whatever JetStream then does with the record, the next incarnation has it.
      this.recordAheadKeeper?.hold({ writer: durable.writer as string, index: durable.issued, data: record });
      if (this.splitRecordWrite !== undefined) {
        commands?.flushPending();
        this.splitRecordWrite.beforeMessage();
        if (this.dead) return;
      }
      this.send(message.subject, message.bytes, message.command);
    } finally {
      if (commands !== undefined && limit !== undefined) {
        commands.pendingLimit = limit;
        if (commands.outbound.size() >= limit) commands.flushPending();
      }
    }
  }

  /** Into the outbox, waited on when it is the first. */
  private hold(item: Held): void {
    this.outbox.push(item);
    if (this.outbox.length === 1) this.awaitOutbox();
  }

  /** The envelope in the slab, and its whole PUB command when it fits (see publish). */
  private encode(subject: string, body: EnvelopeBody): Encoded {
    const wire = this.stamp.wire(subject);
    const prefix = this.commands === undefined ? undefined : this.commandPrefix(wire);
    const room = prefix === undefined ? 0 : prefix.length + LENGTH_DIGITS_MAX + 2;
    let slab = this.slab;
    if (slab.length + room > PUBLISH_SLAB_BYTES / 2) this.slab = slab = { bytes: Buffer.allocUnsafe(PUBLISH_SLAB_BYTES), length: 0 };
    const start = slab.length + room;
    slab.length = start;
    encodeMessageInto('Envelope', this.stamp.stamp(body, this.now()), slab);
    const end = slab.length;
    let command: Uint8Array | undefined;
    if (prefix !== undefined && end - start <= PUBLISH_COMMAND_FRAME_MAX) {
      // A frame this small, after a line this short, never grows the slab: it starts at most half
      // full, so the frame and its \r\n fit.
      const bytes = slab.bytes;
      bytes[end] = CR;
      bytes[end + 1] = LF;
      slab.length = end + 2;
      let at = start - 2;
      bytes[at] = CR;
      bytes[at + 1] = LF;
      let length = end - start;
      do {
        bytes[--at] = DIGIT_0 + (length % 10);
        length = Math.floor(length / 10);
      } while (length > 0);
      at -= prefix.length;
      prefix.copy(bytes, at);
      command = bytes.subarray(at, end + 2);
    }
    return { subject: wire, bytes: slab.bytes.subarray(start, end), command };
  }

  /** The whole command when there is one and the connection takes publishes, else nats.js' publish. */
  private send(wire: string, bytes: Uint8Array, command: Uint8Array | undefined): void {
    const commands = this.commands;
    if (command !== undefined && commands !== undefined && !commands.noMorePublishing && !commands.isClosed()) {
      commands.outMsgs++;
      commands.outBytes += bytes.length;
      commands.sendCommand(command);
      return;
    }
    this.nc.publish(wire, bytes);
  }

  /** `PUB <wire> `, or undefined for a subject too long to write in front of a frame (nats.js' publish then). */
  private commandPrefix(wire: string): Buffer | undefined {
    let prefix = this.commandPrefixes.get(wire);
    if (prefix === undefined) {
      if (wire.length > COMMAND_SUBJECT_MAX) return undefined;
      prefix = Buffer.from(`PUB ${wire} `, 'latin1');
      if (this.commandPrefixes.size < WIRE_SUBJECTS_CACHED_MAX) this.commandPrefixes.set(wire, prefix);
    }
    return prefix;
  }

  subscribe(pattern: string, handler: MessageHandler): Subscription {
    if (this.dead) return { unsubscribe() {} };
    assertSubject(pattern, { pattern: true });
    const prefixLength = wireSubject(this.runId, '').length;
    // A literal subject is the subject of every message it gets: nats.js' `message.subject`
    // decodes the subject's bytes (a TextDecoder call) on every read, so only wildcards read it.
    const literal = !pattern.split('.').some((token) => token === '*' || token === '>');
    const subscription = this.nc.subscribe(wireSubject(this.runId, pattern), {
      callback: (error, message) => {
        if (error || this.dead) return;
        this.receive(message.data, literal ? pattern : message.subject.slice(prefixLength), handler);
      },
    });
    this.subscriptions.add(subscription);
    return {
      unsubscribe: () => {
        subscription.unsubscribe();
        this.subscriptions.delete(subscription);
      },
    };
  }

  /**
   * Each entry `actorId` appends to its durable log, as the broker republishes it once stored
   * (nats-log.ts storedLogSubject): the entry's bytes, not an Envelope. The app-level faults act
   * on it as on a message from `actorId` (a delay-kind fault by the entry's kind: a validator's
   * vote or proposal record, by its first byte).
   */
  subscribeStoredLog(actorId: string, handler: (entry: Uint8Array) => void): Subscription {
    if (this.dead) return { unsubscribe() {} };
    assertSubject(`stored.${actorId}`, { pattern: false });
    const subscription = this.nc.subscribe(storedLogSubject(this.runId, actorId), {
      callback: (error, message) => {
        if (error || this.dead) return;
        this.receiveStored(message.data, actorId, handler);
      },
    });
    this.subscriptions.add(subscription);
    return {
      unsubscribe: () => {
        subscription.unsubscribe();
        this.subscriptions.delete(subscription);
      },
    };
  }

  setTimer(delayUs: Micros, callback: () => void): TimerId {
    if (this.dead) return 0;
    const id = this.timerIdNext++;
    this.arm(id, this.now() + Math.max(0, delayUs), callback);
    return id;
  }

  /**
   * Node timers have millisecond granularity and may fire early: re-arm until truly due. A timer
   * due now (a delay of 0) runs after this turn's poll for I/O (setImmediate), not after
   * setTimeout's 1 ms at least: what has reached the sockets meanwhile is handled first (the next
   * proposer's reap, validator-core.ts "Reap after a poll"). It is cancelled by leaving `timers`.
   */
  private arm(id: number, dueUs: Micros, callback: () => void): void {
    const remainingUs = dueUs - this.now();
    if (remainingUs <= 0) {
      this.timers.set(id, undefined);
      setImmediate(() => {
        if (this.dead || !this.timers.has(id)) return;
        this.timers.delete(id);
        callback();
      });
      return;
    }
    const timer = setTimeout(
      () => {
        if (this.dead || !this.timers.has(id)) return;
        if (this.now() < dueUs) {
          this.arm(id, dueUs, callback);
          return;
        }
        this.timers.delete(id);
        callback();
      },
      Math.ceil(remainingUs / 1000),
    );
    this.timers.set(id, timer);
  }

  cancelTimer(id: TimerId): void {
    const timer = this.timers.get(id);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(id);
  }

  /** Resolves when the server has processed everything this host published so far. */
  async flush(): Promise<void> {
    await this.durable.whenIdle();
    await this.nc.flush();
  }

  /** A crash: timers, subscriptions and unsent messages are gone at once; the log stays. */
  kill(): void {
    this.dead = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const subscription of this.subscriptions) subscription.unsubscribe();
    this.subscriptions.clear();
    this.outbox.length = 0;
    this.heldItems = 0;
  }

  /** A clean stop: waits for the log, sends what waited on it (and appends what waited behind a pair), then stops. */
  async close(): Promise<void> {
    if (this.dead) return;
    for (;;) {
      await this.durable.whenIdle();
      this.flushOutbox();
      if (this.dead || this.outbox.length === 0) break;
      // What is left waits for appends issued since (held behind a pair): wait for those too. Nothing in flight: it cannot leave.
      if (this.durable.acknowledged >= this.durable.issued) break;
    }
    await this.nc.flush();
    this.kill();
  }

  /** The log gave up: nothing that waited for it leaves, and the actor stops (its next incarnation recovers what the log acknowledged). */
  private stopOnFailedLog(failure: Error): void {
    this.logger.error('durable log append failed; stopping the actor', { reason: failure.message });
    // The one case publishWithRecord leaves open: its message is out, its record never stored.
    if (this.durable.acknowledged < this.recordAhead) {
      if (this.recordAheadKeeper !== undefined) this.logger.error('a message went out with a record the log then gave up on: kept in the record-ahead file, the next incarnation appends it before it recovers', { record: this.recordAhead });
      else this.logger.error('a message went out with a record the log then gave up on: the next incarnation cannot tell it was sent', { record: this.recordAhead });
    }
    this.kill();
  }

  /** Flushes the outbox once the appends its first message waits for are acknowledged (the head is always a message or a pair: flushOutbox issues log items at the head at once). */
  private awaitOutbox(): void {
    void this.durable.whenAcknowledged((this.outbox[0] as { mark: number }).mark).then(() => this.flushOutbox());
  }

  /** Sends the held messages whose appends are all acknowledged, in order; waits again for the rest. */
  private flushOutbox(): void {
    if (this.dead) return;
    if (this.durable.failed) {
      this.stopOnFailedLog(this.durable.failed);
      return;
    }
    const outbox = this.outbox;
    let done = 0;
    while (done < outbox.length && !this.dead) {
      const held = outbox[done] as Held;
      if (held.kind === 'append' || held.kind === 'snapshot') {
        this.heldItems--;
        if (held.kind === 'append') this.durable.append(held.bytes);
        else this.durable.snapshot(held.bytes);
        done++;
        continue;
      }
      if (held.mark > this.durable.acknowledged) break;
      done++;
      if (held.kind === 'message') {
        this.send(held.subject, held.bytes, held.command);
        continue;
      }
      this.heldItems--;
      // The pair leaves now; a record the log holds back becomes a message waiting for its ack, at the head.
      const sizeBefore = outbox.length;
      this.sendPair(held.record, held);
      if (outbox.length > sizeBefore) {
        const waiting = outbox.pop() as Held;
        outbox[--done] = waiting;
        break;
      }
    }
    if (this.dead) return;
    outbox.splice(0, done);
    if (outbox.length > 0) this.awaitOutbox();
  }

  private receive(bytes: Uint8Array, subject: string, handler: MessageHandler): void {
    const decoded = decodeEnvelope(bytes);
    if (!decoded.ok) {
      this.stats.rejectedFrames++;
      this.logger.warn('rejected frame', { subject, kind: decoded.error.kind, reason: decoded.error.message });
      return;
    }
    const envelope = decoded.value;
    if (this.faultsActive === 0) {
      this.deliver(envelope, subject, handler);
      return;
    }
    this.routeArrivals(envelope.sender ?? '', this.network.delaysByKind ? bodyName(envelope) : undefined, () => this.deliver(envelope, subject, handler));
  }

  private receiveStored(entry: Uint8Array, from: string, handler: (entry: Uint8Array) => void): void {
    if (this.faultsActive === 0) {
      this.stats.delivered++;
      handler(entry);
      return;
    }
    this.routeArrivals(from, this.network.delaysByKind ? storedEntryKind(entry) : undefined, () => {
      if (this.dead) return;
      this.stats.delivered++;
      handler(entry);
    });
  }

  /**
   * One arrival from `from` through the active app-level faults (messages and stored log entries
   * alike): dropped, or `deliver` called at each arrival time — now, or on a timer (delay, duplicates).
   */
  private routeArrivals(from: string, kind: string | undefined, deliver: () => void): void {
    this.arrivals.length = 0;
    const nowUs = this.now();
    const outcome = this.network.route(from, this.actorId, nowUs, this.arrivals, kind);
    if (outcome !== 'delivered') {
      this.stats.dropped++;
      return;
    }
    this.stats.duplicated += this.arrivals.length - 1;
    for (const arrivalUs of this.arrivals) {
      const delayUs = arrivalUs - nowUs;
      if (delayUs <= 0) deliver();
      else this.setTimer(delayUs, deliver);
    }
  }

  private deliver(envelope: DecodedEnvelope, subject: string, handler: MessageHandler): void {
    if (this.dead) return;
    this.stamp.observe(envelope.lamport ?? 0);
    this.stats.delivered++;
    handler(envelope, subject);
  }

  private listenForFaults(): void {
    const subscription = this.nc.subscribe(wireSubject(this.runId, FAULT_SUBJECT), {
      callback: (error, message) => {
        if (error || this.dead) return;
        const decoded = decodeEnvelope(message.data);
        if (!decoded.ok || !decoded.value.fault) {
          this.stats.rejectedFrames++;
          return;
        }
        try {
          const { faultId, fault } = faultFromCommand(decoded.value.fault);
          this.applyFault(faultId, fault);
        } catch (fault) {
          this.logger.warn('rejected fault command', { reason: (fault as Error).message });
        }
      },
    });
    this.subscriptions.add(subscription);
  }

  private applyFault(faultId: number, fault: FaultEvent): void {
    switch (fault.kind) {
      case 'partition':
      case 'one-way':
      case 'link':
      case 'delay-kind':
        this.network.add(faultId, fault as NetworkFault);
        this.faultsActive = this.network.activeFaultCount;
        if (fault.durationUs !== undefined) {
          this.setTimer(fault.durationUs, () => {
            this.network.remove(faultId);
            this.faultsActive = this.network.activeFaultCount;
          });
        }
        return;
      case 'heal':
        this.network.heal();
        this.faultsActive = 0;
        return;
      case 'skew':
        if (selects(fault.actors, this.actorId)) this.skewUs = fault.skewUs;
        return;
      default:
        // crash, restart, pause and resume act on processes: the supervisor does them.
        return;
    }
  }
}

/**
 * A stored log entry's message kind for delay-kind faults: a validator's vote record
 * (ValidatorWalRecord.signed_vote, field 2: tag 0x12) is a `vote`, its proposal record
 * (signed_proposal, field 3: 0x1a) a `proposal`; any other entry has no kind.
 */
export function storedEntryKind(entry: Uint8Array): 'vote' | 'proposal' | undefined {
  return entry[0] === 0x12 ? 'vote' : entry[0] === 0x1a ? 'proposal' : undefined;
}
