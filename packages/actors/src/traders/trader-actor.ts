/**
 * A trader actor: the thin shell of trader-core.ts over the Host. It replays the durable log
 * into the state (recover → evolve), feeds the core the BlockExecuted stream (`exec.*`), its
 * timers and (for the kinds that read them) external ticks, and carries out the effects.
 */
import type { Host } from '@faultline/runtime';
import { CoreActor } from '../core/core-actor.ts';
import { decide, initialTraderState, recover, traderMode, type TraderConfig, type TraderCounters, type TraderInput, type TraderState, type TraderStrategy } from './trader-core.ts';
import type { TraderMode } from './trader-machine.ts';

export class TraderActor<K> extends CoreActor<TraderState<K>, TraderInput> {
  constructor(host: Host, config: TraderConfig, strategy: TraderStrategy<K>, own: K) {
    // The schedule stream is the incarnation's: a restart draws a new start delay and jitter.
    super(host, initialTraderState(config, strategy, own, { clientId: host.actorId, scheduleRng: host.rng.derive('trader/schedule'), nowUs: host.now() }), decide);
  }

  get accountId(): string {
    return this.core.accountId;
  }

  get counters(): TraderCounters {
    return this.core.counters;
  }

  get mode(): TraderMode {
    return traderMode(this.core);
  }

  start(): void {
    const { config, strategy, own, scheduleRng } = this.core;
    this.core = recover(initialTraderState(config, strategy, own, { clientId: this.host.actorId, scheduleRng, nowUs: this.host.now() }), this.host.log.recover().entries);
    this.host.subscribe('exec.*', (envelope) => {
      if (envelope.blockExecuted) this.step({ kind: 'executed', executed: envelope.blockExecuted });
    });
    this.step({ kind: 'start' });
  }
}
