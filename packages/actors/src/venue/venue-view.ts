/**
 * The venue view over a Host (view-state.ts holds the data and the logic): it subscribes to
 * `exec.*`, stamps arrivals with host time and calls its listeners once per height, in order.
 * A host-side helper (the live bench's load generator, tests); an actor's core keeps a ViewState itself.
 */
import type { DecodedEnvelope, Host } from '@faultline/runtime';
import type { AccountUpdateEvent } from '@faultline/venue';
import { newViewState, viewAgeUs, viewNext, viewReceive, type ExecutedBlockView, type MarketView, type ViewState } from './view-state.ts';

export type { ExecutedBlockView, MarketView } from './view-state.ts';

export class VenueView {
  readonly state: ViewState = newViewState();
  private readonly listeners: Array<(block: ExecutedBlockView) => void> = [];

  constructor(private readonly host: Host) {}

  get height(): number {
    return this.state.height;
  }

  get blockTimeUs(): number {
    return this.state.blockTimeUs;
  }

  /** Host time when the last new height arrived. */
  get receivedAtUs(): number {
    return this.state.receivedAtUs;
  }

  get markets(): Map<number, MarketView> {
    return this.state.markets;
  }

  get accounts(): Map<string, AccountUpdateEvent> {
    return this.state.accounts;
  }

  start(): void {
    this.host.subscribe('exec.*', (envelope) => this.onEnvelope(envelope));
  }

  onBlock(listener: (block: ExecutedBlockView) => void): void {
    this.listeners.push(listener);
  }

  /** How long ago (host time) the view last advanced; Infinity before the first block. */
  ageUs(): number {
    return viewAgeUs(this.state, this.host.now());
  }

  market(marketId: number): MarketView | undefined {
    return this.state.markets.get(marketId);
  }

  private onEnvelope(envelope: DecodedEnvelope): void {
    if (!envelope.blockExecuted || !viewReceive(this.state, envelope.blockExecuted, this.host.now())) return;
    for (let block = viewNext(this.state, this.host.now()); block; block = viewNext(this.state, this.host.now())) {
      for (const listener of this.listeners) listener(block);
    }
  }
}
