/**
 * Validators catch up: once the faults are over, every honest validator that is up reaches the
 * committed height within the recovery bound — precisely, by the end of the run it has
 * committed every height some validator committed at least `boundUs` before the end. Read from
 * the committed blocks validators publish (`block.<id>`).
 *
 * Not evaluated when the run ended less than `boundUs` after the last fault (there was no
 * fault-free window long enough to expect it); validators that are down at the end, or
 * Byzantine, are not judged. A validator wedged by the commit bug of issue 13 refuses every
 * later block and never catches up: this is the recovery half of that bug.
 */
import { objectArray } from '@faultline/protocol';
import { BaseMonitor, type PublishedMessage } from './monitor.ts';
import { LIVENESS_AFTER_HEAL_US } from './registry.ts';

export interface ValidatorsCatchUpOptions {
  /** Validators judged (default: every validator seen committing). */
  validatorIds?: readonly string[];
  /** End of the last fault (µs); faults without a duration end when they start. */
  lastFaultEndUs: number;
  /** Default: the registry's liveness-after-heal bound. */
  boundUs?: number;
  /** Validators judged (default: all); Byzantine ones are left out. */
  honest?: (id: string) => boolean;
}

export class ValidatorsCatchUpMonitor extends BaseMonitor {
  readonly name = 'validators-catch-up';
  readonly kind = 'recovery' as const;
  readonly description = 'every honest validator reaches the committed height within the recovery bound after the last fault';
  readonly boundUs: number;
  /** Highest height each validator has published. */
  readonly heights = new Map<string, number>();
  /** (time, height) at which each new highest height was first committed by anyone. */
  private readonly frontier: Array<{ timeUs: number; height: number }> = objectArray();
  /** undefined until finish(); then whether the run was long enough after the last fault to judge. */
  evaluated: boolean | undefined;
  notEvaluatedReason: string | undefined;

  /** Live: the fault schedule's clock started late (RunObserver.startFaultClock): its last fault ends here instead. */
  setLastFaultEndUs(us: number): void {
    this.options = { ...this.options, lastFaultEndUs: us };
  }

  constructor(private options: ValidatorsCatchUpOptions) {
    super();
    this.boundUs = options.boundUs ?? LIVENESS_AFTER_HEAL_US;
  }

  observe(message: PublishedMessage): void {
    const committed = message.envelope.committedBlock;
    if (!committed) return;
    const height = Number(committed.block?.header?.height ?? 0);
    this.heights.set(message.from, Math.max(this.heights.get(message.from) ?? 0, height));
    const top = this.frontier[this.frontier.length - 1]?.height ?? 0;
    if (height > top) this.frontier.push({ timeUs: message.timeUs, height });
  }

  /** Decides at the end of the run; `isUp` says which validators are running then. */
  finish(endUs: number, isUp: (id: string) => boolean = () => true): void {
    if (endUs - this.options.lastFaultEndUs < this.boundUs) {
      this.evaluated = false;
      this.notEvaluatedReason = `the run ended ${((endUs - this.options.lastFaultEndUs) / 1e6).toFixed(1)} s after the last fault, less than the ${this.boundUs / 1e6} s bound`;
      return;
    }
    this.evaluated = true;
    let target = 0;
    for (const point of this.frontier) if (point.timeUs <= endUs - this.boundUs) target = point.height;
    const honest = this.options.honest ?? (() => true);
    const behind = (this.options.validatorIds ?? [...this.heights.keys()]).filter((id) => honest(id) && isUp(id) && (this.heights.get(id) ?? 0) < target);
    if (behind.length > 0) {
      this.violate({
        timeUs: endUs,
        height: target,
        detail: `${behind.map((id) => `${id} at ${this.heights.get(id) ?? 0}`).join(', ')}: height ${target} was committed more than ${this.boundUs / 1e6} s before the end`,
        involved: behind,
      });
    }
  }
}
