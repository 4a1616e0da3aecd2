/**
 * A price oracle actor: the thin shell of oracle-core.ts over the Host. It replays its durable
 * log into the state (recover → evolve), feeds the core the external venue's ticks and its
 * timers, and carries out the effects (core/).
 */
import { deriveKeyPair } from '@faultline/protocol';
import type { ActorFactory, Host } from '@faultline/runtime';
import { externalTickFromWire } from '../convert.ts';
import { CoreActor } from '../core/core-actor.ts';
import { decide, initialOracleState, oracleMode, recover, type OracleActorConfig, type OracleCounters, type OracleInput, type OracleState } from './oracle-core.ts';

export { ORACLE_MAX_PRICE_AGE_US_DEFAULT, type OracleActorConfig, type OracleBehaviourConfig, type OracleCounters } from './oracle-core.ts';

export class OracleActor extends CoreActor<OracleState, OracleInput> {
  private started = false;

  constructor(host: Host, config: OracleActorConfig) {
    // Noise need not repeat across incarnations, so the per-incarnation stream is right here.
    super(host, initialOracleState(config, deriveKeyPair(config.keySeed, config.oracleId), host.rng.derive('oracle-noise'), host.now()), decide);
  }

  get counters(): OracleCounters {
    return this.core.counters;
  }

  /** The control state: `waitingForPrice`, `reporting` or `outage` (`stopped` before start). */
  get mode(): string {
    return this.started ? oracleMode(this.core) : 'stopped';
  }

  start(): void {
    recover(this.core, this.host.log.recover().entries);
    this.started = true;
    this.host.subscribe('external.*', (envelope, subject) => {
      if (envelope.externalPrice) this.step({ kind: 'external', tick: externalTickFromWire(envelope.externalPrice), subject });
    });
    this.step({ kind: 'start' });
  }
}

export function createOracle(config: OracleActorConfig): ActorFactory {
  return (host) => new OracleActor(host, config);
}
