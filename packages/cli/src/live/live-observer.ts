/**
 * The observer of a live run: an execution replica in the `faultline up` process that follows
 * the committed chain, feeds the run observer (packages/sim, the same verdicts as the simulator)
 * with every height it executes and with what the services publish (committed blocks, every
 * replica's executed blocks, votes, hedge fills), and writes the run's event log.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { createExecutionNode, executedHeight, externalTickFromWire, type ExecutionActor } from '@faultline/actors';
import { decodeEnvelope, deriveKeyPair, encodeLogHeader, encodeLogRecord, type faultline } from '@faultline/protocol';
import { wireSubject } from '@faultline/runtime';
import { NatsHost, volatileLog } from '@faultline/runtime/nats';
import { RunObserver, validatorProgress, type PublishedMessage, type RunObserverSetup, type Violation } from '@faultline/sim';
import { venueEventToWire, type VenueConfig, type VenueEvent } from '@faultline/venue';

export interface LiveObserverOptions {
  url: string;
  runId: string;
  seed: number;
  epochUs: number;
  nowUs: () => number;
  orchestrator: { user: string; pass: string } | undefined;
  venue: VenueConfig;
  validatorIds: readonly string[];
  logPath: string;
  header: faultline.v1.ILogHeader;
  observer: RunObserverSetup;
  /** The hedger's first market, for the hedger snapshots in the log. */
  hedgerMarketId?: number;
  /** Every violation as it is found (the status line prints it). */
  onViolation?: (violation: Violation) => void;
  /** Every height executed (figures for the status line). */
  onBlock?: (height: number, events: readonly VenueEvent[]) => void;
}

export class LiveObserver {
  readonly run: RunObserver;
  private seq = 0;
  private reported = 0;
  private hedgerSnapshots: NodeJS.Timeout | undefined;

  private constructor(
    private readonly options: LiveObserverOptions,
    private readonly nc: NatsConnection,
    private readonly host: NatsHost,
    private readonly logFd: number,
    private readonly replica: ExecutionActor,
    run: RunObserver,
  ) {
    this.run = run;
  }

  static async start(options: LiveObserverOptions): Promise<LiveObserver> {
    const nc = await connect({ servers: options.url.split(','), name: `${options.runId}/observer`, maxReconnectAttempts: -1, reconnectTimeWait: 250, ...(options.orchestrator ?? {}) });
    const logFd = openSync(options.logPath, 'w');
    writeSync(logFd, encodeLogHeader(options.header));
    // The observer lives as long as this process and never recovers, so it keeps no JetStream log
    // (an append lost in a broker restart would stop it, and the run's verdict with it).
    const host = new NatsHost({ nc, runId: options.runId, actorId: 'observer', seed: options.seed, epochUs: options.epochUs, log: volatileLog(), logger: { debug() {}, info() {}, warn() {}, error() {} } });
    // Every committed block a validator publishes is held against the set's keys (certificates-valid).
    const validatorKeys = options.observer.validatorKeys ?? options.validatorIds.map((id) => ({ id, publicKeyRaw: deriveKeyPair(options.seed, id).publicKeyRaw }));
    const run = new RunObserver({ ...options.observer, validatorKeys });
    let self: LiveObserver | undefined;
    const replica = createExecutionNode({
      venue: options.venue,
      validatorIds: options.validatorIds,
      keySeed: options.seed,
      onApplied: (_replica, committed, result, state, replayed) => {
        if (replayed || !self) return;
        self.onExecuted(committed, state.height, result.events, Buffer.from(result.stateHash ?? []).toString('hex'), state, result.stateHash ?? new Uint8Array(0));
      },
    })(host) as ExecutionActor;
    self = new LiveObserver(options, nc, host, logFd, replica, run);
    self.subscribe();
    replica.start();
    return self;
  }

  record(body: Omit<faultline.v1.ILogRecord, 'seq' | 'timeUs'>): void {
    writeSync(this.logFd, encodeLogRecord({ seq: ++this.seq, timeUs: this.options.nowUs(), ...body }));
  }

  /** A violation found outside the stream (the broker's refusals), reported as it comes. */
  finding(violation: Violation): void {
    this.run.finding(violation);
    this.reportViolations();
  }

  /** Publishes a network fault to every service's host (control.faults). */
  publishFault(fault: faultline.v1.IFaultCommand): void {
    this.host.publish('control.faults', { fault });
  }

  /** The bad debt the observer's own replica holds (the venue's word). */
  get badDebtTotal(): number {
    return this.replica.state.badDebtTotal;
  }

  async stop(): Promise<void> {
    if (this.hedgerSnapshots) clearInterval(this.hedgerSnapshots);
    this.replica.stop();
    await this.host.close();
    await this.nc.close();
    closeSync(this.logFd);
  }

  private onExecuted(committed: faultline.v1.ICommittedBlock, height: number, events: readonly VenueEvent[], hashHex: string, state: Parameters<RunObserver['executed']>[2], hash: Uint8Array): void {
    this.run.executed('observer', height, state, events, hashHex, this.options.nowUs(), committed.block?.txs ?? []);
    this.reportViolations();
    this.options.onBlock?.(height, events);
    this.record({ block: committed });
    for (const event of events) this.record({ event: venueEventToWire(event) });
    this.record({ stateHash: { height, hash, replicaId: 'observer' } });
  }

  private reportViolations(): void {
    const found = this.run.violationsSoFar();
    for (; this.reported < found.length; this.reported++) this.options.onViolation?.(found[this.reported] as Violation);
  }

  /** Every well-formed envelope on a run-relative pattern, as the monitors take it (sender from the envelope). */
  private observe(pattern: string, handler: (message: PublishedMessage) => void): void {
    this.nc.subscribe(wireSubject(this.options.runId, pattern), {
      callback: (error, message) => {
        if (error) return;
        const decoded = decodeEnvelope(message.data);
        if (decoded.ok) handler({ timeUs: this.options.nowUs(), from: decoded.value.sender, subject: message.subject, envelope: decoded.value });
      },
    });
  }

  private subscribe(): void {
    const published = (message: PublishedMessage): void => {
      this.run.published(message);
      this.reportViolations();
    };
    this.observe('block.*', (message) => {
      published(message);
      const committed = message.envelope.committedBlock;
      if (committed?.block?.header) this.record({ validator: validatorProgress(message.from, committed) });
    });
    this.observe('exec.*', (message) => {
      published(message);
      // Every replica's state hash goes into the log too (as the simulator's log has them), so
      // `faultline replay` holds each against the engine: a replica that diverged is named there.
      const executed = message.envelope.blockExecuted;
      if (executed?.stateHash) this.record({ stateHash: { height: executedHeight(executed), hash: executed.stateHash, replicaId: executed.replicaId || message.from } });
    });
    this.observe('consensus.*', (message) => {
      if (message.envelope.vote) published(message);
    });
    // What the simulator's log also carries, for post-mortem charts: the external price once a
    // second per market, and the hedger's true positions.
    const lastExternalSampleUs = new Map<number, number>();
    this.observe('external.*', (message) => {
      published(message);
      const tick = message.envelope.externalPrice;
      if (!tick) return;
      const { marketId } = externalTickFromWire(tick);
      if (message.timeUs - (lastExternalSampleUs.get(marketId) ?? -Infinity) < 1_000_000) return;
      lastExternalSampleUs.set(marketId, message.timeUs);
      this.record({ externalPrice: tick });
    });
    const exposure = this.run.hedgerExposure();
    const hedger = this.options.observer.hedger;
    if (exposure && hedger) {
      this.hedgerSnapshots = setInterval(() => {
        // The hedger trades the first market (HedgerSnapshot has no market), as in the simulator.
        const marketId = this.options.hedgerMarketId ?? 1;
        const delta = exposure.deltaLots(marketId);
        const venue = exposure.venueLots(marketId);
        this.record({ hedger: { hedgerId: hedger.id, state: '', venuePositionLots: venue, externalPositionLots: delta - venue, deltaLots: delta, pnlUnknown: true } });
      }, 1_000);
    }
  }
}
