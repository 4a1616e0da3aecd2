/**
 * The external venue actor: the thin shell of external-venue-core.ts over the Host. It feeds
 * the core the hedge orders on `external.*` and its timers, and carries out the effects (core/).
 */
import type { ActorFactory, Host } from '@faultline/runtime';
import { hedgeOrderFromWire } from '../convert.ts';
import { CoreActor } from '../core/core-actor.ts';
import {
  decide,
  externalVenueConnected,
  externalVenueQuote,
  initialExternalVenueState,
  type ExternalVenueConfig,
  type ExternalVenueCounters,
  type ExternalVenueInput,
  type ExternalVenueState,
} from './external-venue-core.ts';

export class ExternalVenueActor extends CoreActor<ExternalVenueState, ExternalVenueInput> {
  constructor(host: Host, config: ExternalVenueConfig) {
    super(host, initialExternalVenueState(config, host.runId), decide);
  }

  get counters(): ExternalVenueCounters {
    return this.core.counters;
  }

  get connected(): boolean {
    return externalVenueConnected(this.core);
  }

  /** The reference price and quotes of a market now (for tests and monitors). */
  quote(marketId: number): { priceTicks: number; bidTicks: number; askTicks: number } | undefined {
    return externalVenueQuote(this.core, marketId, this.host.now());
  }

  start(): void {
    // Ticks (ours included), fills and rejects share the subject space: only orders are inputs.
    this.host.subscribe('external.*', (envelope) => {
      if (envelope.hedgeOrder) this.step({ kind: 'hedge-order', order: hedgeOrderFromWire(envelope.hedgeOrder) });
    });
    this.step({ kind: 'start' });
  }
}

export function createExternalVenue(config: ExternalVenueConfig): ActorFactory {
  return (host) => new ExternalVenueActor(host, config);
}
