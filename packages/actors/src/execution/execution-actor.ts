/**
 * The execution node actor: the thin shell of execution-core.ts over the Host. It rebuilds its
 * state from the durable log (recover → evolve), feeds the core the committed blocks from
 * `block.*` and `sync.<id>` and its timers, and carries out the effects (core/).
 */
import type { ActorFactory, Host } from '@faultline/runtime';
import type { VenueState } from '@faultline/venue';
import { CoreActor } from '../core/core-actor.ts';
import { decide, initialExecutionState, recover, type ExecutionConfig, type ExecutionCounters, type ExecutionInput, type ExecutionState, type ExecutionTestOptions } from './execution-core.ts';

export type { ExecutionConfig, ExecutionCounters, ExecutionTestOptions } from './execution-core.ts';

export class ExecutionActor extends CoreActor<ExecutionState, ExecutionInput> {
  constructor(
    host: Host,
    config: ExecutionConfig,
    /** Testing seam (actors/variants.ts, @faultline/venue/testing): never from a config or a spec. */
    testOptions: ExecutionTestOptions = {},
  ) {
    super(host, initialExecutionState(config, host.actorId, testOptions), decide);
  }

  /** The venue state this replica has reached. */
  get state(): VenueState {
    return this.core.venue;
  }

  get height(): number {
    return this.core.venue.height;
  }

  get lastHashHex(): string {
    return this.core.lastHashHex;
  }

  get counters(): ExecutionCounters {
    return this.core.counters;
  }

  start(): void {
    recover(this.core, this.host.log.recover());
    this.host.subscribe('block.*', (envelope) => {
      if (envelope.committedBlock) this.step({ kind: 'blocks', blocks: [envelope.committedBlock], from: envelope.sender ?? '' });
    });
    this.host.subscribe(`sync.${this.host.actorId}`, (envelope) => {
      const blocks = envelope.blockResponse?.blocks ?? [];
      if (blocks.length > 0) this.step({ kind: 'blocks', blocks, from: envelope.sender ?? '' });
    });
    this.step({ kind: 'start' });
  }
}

export function createExecutionNode(config: ExecutionConfig, testOptions: ExecutionTestOptions = {}): ActorFactory {
  return (host) => new ExecutionActor(host, config, testOptions);
}
