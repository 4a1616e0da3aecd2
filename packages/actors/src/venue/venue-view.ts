/**
 * What a client actor knows of the venue: the BlockExecuted stream of the execution replicas
 * (`exec.*`), taken once per height in height order (the first replica to report a height
 * wins; replicas agree, and the invariant monitors check that). It follows market states,
 * oracle and mark prices, and the accounts' last reported state. A view can be stale — that is
 * the point: `ageUs()` tells an actor how old its picture is.
 */
import type { DecodedEnvelope, Host } from '@faultline/runtime';
import { venueEventFromWire, type AccountUpdateEvent, type VenueEvent } from '@faultline/venue';

export interface MarketView {
  marketId: number;
  state: number;
  reason: string;
  oracleTicks: number;
  oracleStale: boolean;
  markTicks: number;
}

export interface ExecutedBlockView {
  height: number;
  blockTimeUs: number;
  events: VenueEvent[];
  stateHashHex: string;
  replicaId: string;
}

export class VenueView {
  height = 0;
  blockTimeUs = 0;
  /** Host time when the last new height arrived. */
  receivedAtUs = -1;
  readonly markets = new Map<number, MarketView>();
  readonly accounts = new Map<string, AccountUpdateEvent>();
  private readonly listeners: Array<(block: ExecutedBlockView) => void> = [];
  /** Heights that arrived early, waiting for the gap before them to fill. */
  private readonly pending = new Map<number, ExecutedBlockView>();

  constructor(private readonly host: Host) {}

  start(): void {
    this.host.subscribe('exec.*', (envelope) => this.onEnvelope(envelope));
  }

  onBlock(listener: (block: ExecutedBlockView) => void): void {
    this.listeners.push(listener);
  }

  /** How long ago (host time) the view last advanced; Infinity before the first block. */
  ageUs(): number {
    return this.receivedAtUs < 0 ? Number.POSITIVE_INFINITY : this.host.now() - this.receivedAtUs;
  }

  market(marketId: number): MarketView | undefined {
    return this.markets.get(marketId);
  }

  private onEnvelope(envelope: DecodedEnvelope): void {
    const executed = envelope.blockExecuted;
    if (!executed) return;
    const height = Number(executed.height ?? 0);
    if (height <= this.height || this.pending.has(height)) return;
    const events: VenueEvent[] = [];
    for (const wire of executed.events ?? []) {
      const event = venueEventFromWire(wire);
      if (event) events.push(event);
    }
    this.pending.set(height, {
      height,
      blockTimeUs: Number(executed.blockTimeUs ?? 0),
      events,
      stateHashHex: Buffer.from(executed.stateHash ?? []).toString('hex'),
      replicaId: executed.replicaId ?? '',
    });
    // A fresh view (a new or restarted actor) starts at the first height it hears. A view that
    // missed heights (a lossy link) does not wait forever: after 64 pending heights it jumps to
    // the oldest it has. Its picture is then only as good as what it saw.
    if (this.height === 0 && this.receivedAtUs < 0) this.height = height - 1;
    else if (!this.pending.has(this.height + 1) && this.pending.size > 64) this.height = Math.min(...this.pending.keys()) - 1;
    for (let next = this.pending.get(this.height + 1); next; next = this.pending.get(this.height + 1)) {
      this.pending.delete(next.height);
      this.apply(next);
    }
  }

  private apply(block: ExecutedBlockView): void {
    this.height = block.height;
    this.blockTimeUs = block.blockTimeUs;
    this.receivedAtUs = this.host.now();
    for (const event of block.events) {
      if (event.kind === 'oraclePrice') {
        const m = this.marketOrNew(event.oraclePrice.marketId);
        m.oracleStale = event.oraclePrice.stale;
        if (!event.oraclePrice.stale) m.oracleTicks = event.oraclePrice.priceTicks;
        m.markTicks = event.oraclePrice.markTicks;
      } else if (event.kind === 'marketStatus') {
        const m = this.marketOrNew(event.marketStatus.marketId);
        m.state = event.marketStatus.state;
        m.reason = event.marketStatus.reason;
      } else if (event.kind === 'accountUpdate') {
        this.accounts.set(event.accountUpdate.accountId, event.accountUpdate);
      }
    }
    for (const listener of this.listeners) listener(block);
  }

  private marketOrNew(marketId: number): MarketView {
    let m = this.markets.get(marketId);
    if (!m) this.markets.set(marketId, (m = { marketId, state: 1, reason: 'genesis', oracleTicks: 0, oracleStale: true, markTicks: 0 }));
    return m;
  }
}
