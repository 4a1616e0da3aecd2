/**
 * The thin actor's common body: it holds the core's state, steps it with the host's time and
 * carries out the effects (EffectRunner), timers fed back as timer inputs. An actor kind extends
 * it with its `start` (recover, subscribe, convert each message at the edge, step 'start') and
 * its read-outs for reports and tests.
 */
import type { Actor, Host } from '@faultline/runtime';
import type { Decision, TimerInput } from './effects.ts';
import { EffectRunner } from './run-effects.ts';

export abstract class CoreActor<S, I extends { kind: string }> implements Actor {
  /** The core's state: the actor owns the only reference (cores update it in place). */
  core: S;
  protected readonly runner: EffectRunner;

  constructor(
    protected readonly host: Host,
    initial: S,
    private readonly decide: (state: S, input: I | TimerInput, nowUs: number) => Decision<S>,
  ) {
    this.core = initial;
    this.runner = new EffectRunner(host, (timer) => this.step(timer));
  }

  abstract start(): void;

  stop(): void {
    this.runner.cancelAll();
  }

  protected step(input: I | TimerInput): void {
    const { state, effects } = this.decide(this.core, input, this.host.now());
    this.core = state;
    this.runner.run(effects);
  }
}
