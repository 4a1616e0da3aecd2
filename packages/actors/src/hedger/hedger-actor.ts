/**
 * The hedger actor: the hedger core (hedger-core.ts) over the Host seam, in the validator's
 * shape. It decodes what arrives, feeds the core with the host's time, and carries out the
 * core's effects in order — log appends before the publishes they protect, venue txs on
 * `tx.<accountId>`, hedge orders on `external.<hedgerId>`, the core's timers on the host.
 *
 * Subjects: `exec.*` (BlockExecuted, through the VenueView, which puts heights in order),
 * `external.<venueId>` (external prices, hedge fills and rejects; our own orders echo on
 * `external.<hedgerId>` and are ignored).
 */
import { encodeMessage, type faultline } from '@faultline/protocol';
import type { Actor, DecodedEnvelope, Host, TimerId } from '@faultline/runtime';
import type { HedgerVariant } from '../variants.ts';
import { VenueView } from '../venue/venue-view.ts';
import type { HedgerBook } from './hedger-book.ts';
import { HedgerCore, timerKey, validateHedgerConfig, type HedgerConfig, type HedgerEffect, type HedgerMetrics } from './hedger-core.ts';
import type { HedgerMode } from './hedger-machine.ts';
import { decodeHedgerWal } from './hedger-wal.ts';

/** Test-only options of the actor factory, never part of a configuration (the planted-variant seam). */
export interface HedgerTestOptions {
  variant?: HedgerVariant;
}

export class HedgerActor implements Actor {
  readonly core: HedgerCore;
  readonly view: VenueView;
  private readonly timers = new Map<string, TimerId>();

  constructor(
    private readonly host: Host,
    private readonly config: HedgerConfig,
    testOptions: HedgerTestOptions = {},
  ) {
    this.core = new HedgerCore({ accountId: host.actorId, config, ...(testOptions.variant ? { variant: testOptions.variant } : {}) });
    this.view = new VenueView(host);
  }

  get accountId(): string {
    return this.host.actorId;
  }

  get book(): HedgerBook {
    return this.core.book;
  }

  get mode(): HedgerMode {
    return this.core.mode;
  }

  metrics(): HedgerMetrics {
    return this.core.metrics(this.host.now());
  }

  openHedgeLots(marketId: number): number {
    return this.core.openHedgeLots(marketId);
  }

  start(): void {
    const log = decodeHedgerWal(this.host.log.recover());
    if (!log.ok) throw new Error(`hedger ${this.host.actorId}: durable log: ${log.error}`);
    this.core.restore(log.snapshot, log.records);
    this.host.subscribe('external.*', (envelope, subject) => this.onExternal(envelope, subject));
    this.view.onBlock((block) => this.execute(this.core.onBlock(this.host.now(), block, this.view.markets)));
    this.view.start();
    this.execute(this.core.start(this.host.now()));
  }

  stop(): void {
    for (const timer of this.timers.values()) this.host.cancelTimer(timer);
    this.timers.clear();
  }

  private onExternal(envelope: DecodedEnvelope, subject: string): void {
    if (subject !== `external.${this.config.venueId}`) return; // our own orders echo on external.<hedgerId>
    const now = this.host.now();
    const { externalPrice: price, hedgeFill: fill, hedgeReject: reject } = envelope;
    if (price) {
      this.execute(this.core.onExternalPrice(now, { marketId: Number(price.marketId ?? 0), priceTicks: Number(price.priceTicks ?? 0), atUs: Number(price.atUs ?? 0) }));
    } else if (fill?.hedgerId === this.config.hedgerId) {
      const key = `${envelope.sender}:${Number(envelope.seq)}:${Number(envelope.sentAtUs)}`;
      this.execute(this.core.onHedgeFill(now, hedgeFillInput(fill, key)));
    } else if (reject?.hedgerId === this.config.hedgerId) {
      this.execute(this.core.onHedgeReject(now, { orderId: Number(reject.orderId ?? 0), reason: reject.reason ?? '' }));
    }
  }

  private execute(effects: readonly HedgerEffect[]): void {
    for (const effect of effects) {
      switch (effect.kind) {
        case 'persist':
          this.host.log.append(encodeMessage('HedgerWalRecord', effect.record));
          break;
        case 'snapshot':
          this.host.log.snapshot(encodeMessage('HedgerWalSnapshot', effect.snapshot));
          break;
        case 'submit':
          this.host.publish(`tx.${effect.tx.clientId}`, { tx: effect.tx });
          break;
        case 'hedge':
          this.host.publish(`external.${this.config.hedgerId}`, { hedgeOrder: effect.order });
          break;
        case 'set-timer': {
          const key = timerKey(effect.timer);
          const armed = this.timers.get(key);
          if (armed !== undefined) this.host.cancelTimer(armed);
          const timer = effect.timer;
          this.timers.set(
            key,
            this.host.setTimer(effect.delayUs, () => {
              this.timers.delete(key);
              this.execute(this.core.onTimer(this.host.now(), timer));
            }),
          );
          break;
        }
        case 'cancel-timer': {
          const key = timerKey(effect.timer);
          const armed = this.timers.get(key);
          if (armed !== undefined) this.host.cancelTimer(armed);
          this.timers.delete(key);
          break;
        }
        case 'log':
          this.host.logger[effect.level](effect.message, effect.fields);
          break;
        default: {
          const exhaustive: never = effect;
          throw new Error(`hedger: unhandled effect ${JSON.stringify(exhaustive)}`);
        }
      }
    }
  }
}

function hedgeFillInput(fill: faultline.v1.IHedgeFill, key: string) {
  return {
    orderId: Number(fill.orderId ?? 0),
    marketId: Number(fill.marketId ?? 0),
    side: Number(fill.side ?? 0),
    sizeLots: Number(fill.sizeLots ?? 0),
    priceTicks: Number(fill.priceTicks ?? 0),
    fee: Number(fill.fee ?? 0),
    key,
  };
}

export function createHedger(config: HedgerConfig, testOptions: HedgerTestOptions = {}): (host: Host) => HedgerActor {
  validateHedgerConfig(config);
  return (host) => new HedgerActor(host, config, testOptions);
}
