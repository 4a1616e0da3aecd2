/**
 * The thin actor's half of the shape: it carries out a core's effects over the Host, in order.
 * Timers are named: re-arming a name replaces its host timer, and a timer that fires is
 * forgotten before the core hears of it (so the core may re-arm it at once).
 */
import type { Host, TimerId } from '@faultline/runtime';
import type { CoreEffect, TimerInput } from './effects.ts';

export class EffectRunner {
  private readonly timers = new Map<string, TimerId>();

  constructor(
    private readonly host: Host,
    /** Called when a named timer fires. */
    private readonly onTimer: (input: TimerInput) => void,
  ) {}

  run(effects: readonly CoreEffect[]): void {
    const count = effects.length;
    for (let i = 0; i < count; i++) {
      const effect = effects[i] as CoreEffect;
      switch (effect.kind) {
        case 'publish':
          this.host.publish(effect.subject, effect.body);
          break;
        case 'persist':
          this.host.log.append(effect.record);
          break;
        case 'persist-record': {
          const next = effects[i + 1];
          if (next?.kind === 'publish' && next.withRecord === true && this.host.publishWithRecord !== undefined) {
            this.host.publishWithRecord(effect.record as never, effect.encode, next.subject, next.body);
            i++;
            break;
          }
          this.host.log.appendRecord(effect.record as never, effect.encode);
          break;
        }
        case 'snapshot':
          this.host.log.snapshot(effect.state);
          break;
        case 'set-timer': {
          const previous = this.timers.get(effect.timer);
          if (previous !== undefined) this.host.cancelTimer(previous);
          const timer = effect.timer;
          const id = this.host.setTimer(effect.delayUs, () => {
            if (this.timers.get(timer) === id) this.timers.delete(timer);
            this.onTimer({ kind: 'timer', timer });
          });
          this.timers.set(timer, id);
          break;
        }
        case 'cancel-timer': {
          const id = this.timers.get(effect.timer);
          if (id !== undefined) {
            this.timers.delete(effect.timer);
            this.host.cancelTimer(id);
          }
          break;
        }
        case 'log':
          this.host.logger[effect.level](effect.message, effect.fields);
          break;
        default: {
          const exhaustive: never = effect;
          throw new Error(`actor: unhandled effect ${JSON.stringify(exhaustive)}`);
        }
      }
    }
  }

  /** Cancels every armed timer (clean stop). */
  cancelAll(): void {
    for (const id of this.timers.values()) this.host.cancelTimer(id);
    this.timers.clear();
  }
}
