/**
 * The liquidator actor: the thin shell of liquidator-core.ts over the Host. It feeds the core
 * the BlockExecuted stream (`exec.*`) and its timers, and carries out the effects (core/).
 */
import type { Host } from '@faultline/runtime';
import { CoreActor } from '../core/core-actor.ts';
import type { LiquidatorVariant } from '../variants.ts';
import type { AccountRisk } from './health.ts';
import { decide, initialLiquidatorState, liquidatorCounters, unhealthyAccounts, type LiquidatorConfig, type LiquidatorCounters, type LiquidatorInput, type LiquidatorState } from './liquidator-core.ts';
import type { LiquidatorMode } from './liquidator-machine.ts';

export type { LiquidatorConfig, LiquidatorCounters } from './liquidator-core.ts';

export class LiquidatorActor extends CoreActor<LiquidatorState, LiquidatorInput> {
  constructor(
    host: Host,
    config: LiquidatorConfig,
    /** Testing seam (liquidator-core.ts): never from a config or a spec. */
    private readonly testOptions: { variant?: LiquidatorVariant } = {},
  ) {
    super(host, initialLiquidatorState(config, host.actorId, host.now(), testOptions.variant), decide);
  }

  get mode(): LiquidatorMode {
    return this.core.mode;
  }

  /** Counters for the run summary; time in the current state counts up to now. */
  counters(): LiquidatorCounters {
    return liquidatorCounters(this.core, this.host.now());
  }

  /** The unhealthy accounts as of now, worst first (what a scan would consider). */
  unhealthyAccounts(): AccountRisk[] {
    return unhealthyAccounts(this.core);
  }

  start(): void {
    // A new incarnation's nonces start after the time it starts at (the core's state).
    this.core = initialLiquidatorState(this.core.config, this.host.actorId, this.host.now(), this.testOptions.variant);
    this.host.subscribe('exec.*', (envelope) => {
      if (envelope.blockExecuted) this.step({ kind: 'executed', executed: envelope.blockExecuted });
    });
    this.step({ kind: 'start' });
  }
}

export function createLiquidator(config: LiquidatorConfig, testOptions: { variant?: LiquidatorVariant } = {}): (host: Host) => LiquidatorActor {
  return (host) => new LiquidatorActor(host, config, testOptions);
}
