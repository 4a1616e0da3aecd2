/**
 * The hedger actor: the hedger core (hedger-core.ts) over the Host seam. It decodes its durable
 * log at start (refusing one it cannot read), feeds the core what arrives with the host's time,
 * and carries out the core's effects in order (core/run-effects.ts) — log appends before the
 * publishes they protect, venue txs on `tx.<accountId>`, hedge orders on `external.<hedgerId>`,
 * the core's timers on the host.
 *
 * Subjects: `exec.*` (BlockExecuted), `external.<venueId>` (external prices, hedge fills and
 * rejects; our own orders echo on `external.<hedgerId>` and are ignored).
 */
import type { DecodedEnvelope, Host } from '@faultline/runtime';
import { envelopeKey, externalTickFromWire, hedgeFillFromWire, hedgeRejectFromWire } from '../convert.ts';
import { CoreActor } from '../core/core-actor.ts';
import type { HedgerVariant } from '../variants.ts';
import type { HedgerBook } from './hedger-book.ts';
import { decide, hedgerMetrics, hedgerMode, initialHedgerState, openHedgeLots, restore, validateHedgerConfig, type HedgerConfig, type HedgerInput, type HedgerMetrics, type HedgerState } from './hedger-core.ts';
import type { HedgerMode } from './hedger-machine.ts';
import { decodeHedgerWal } from './hedger-wal.ts';

/** Test-only options of the actor factory, never part of a configuration (the planted-variant seam). */
export interface HedgerTestOptions {
  variant?: HedgerVariant;
}

export class HedgerActor extends CoreActor<HedgerState, HedgerInput> {
  constructor(
    host: Host,
    private readonly config: HedgerConfig,
    testOptions: HedgerTestOptions = {},
  ) {
    super(host, initialHedgerState(config, host.actorId, testOptions.variant), decide);
  }

  get accountId(): string {
    return this.host.actorId;
  }

  get book(): HedgerBook {
    return this.core.book;
  }

  get mode(): HedgerMode {
    return hedgerMode(this.core);
  }

  metrics(): HedgerMetrics {
    return hedgerMetrics(this.core, this.host.now());
  }

  openHedgeLots(marketId: number): number {
    return openHedgeLots(this.core, marketId);
  }

  start(): void {
    const log = decodeHedgerWal(this.host.log.recover());
    if (!log.ok) throw new Error(`hedger ${this.host.actorId}: durable log: ${log.error}`);
    this.core = restore(this.core, log.snapshot, log.records);
    this.host.subscribe('external.*', (envelope, subject) => this.onExternal(envelope, subject));
    this.host.subscribe('exec.*', (envelope) => {
      if (envelope.blockExecuted) this.step({ kind: 'executed', executed: envelope.blockExecuted });
    });
    this.step({ kind: 'start' });
  }

  private onExternal(envelope: DecodedEnvelope, subject: string): void {
    if (subject !== `external.${this.config.venueId}`) return; // our own orders echo on external.<hedgerId>
    const { externalPrice, hedgeFill, hedgeReject } = envelope;
    // Wire to domain here, as each message arrives (convert.ts): the core reads no protobuf field.
    if (externalPrice) this.step({ kind: 'external-price', tick: externalTickFromWire(externalPrice) });
    else if (hedgeFill?.hedgerId === this.config.hedgerId) this.step({ kind: 'hedge-fill', fill: hedgeFillFromWire(hedgeFill), key: envelopeKey(envelope) });
    else if (hedgeReject?.hedgerId === this.config.hedgerId) this.step({ kind: 'hedge-reject', reject: hedgeRejectFromWire(hedgeReject) });
  }
}

export function createHedger(config: HedgerConfig, testOptions: HedgerTestOptions = {}): (host: Host) => HedgerActor {
  validateHedgerConfig(config);
  return (host) => new HedgerActor(host, config, testOptions);
}
