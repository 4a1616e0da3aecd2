/**
 * Invariant monitors: each watches the messages actors publish (in the simulator through
 * Simulation.observePublishes, in live runs through NATS subscriptions, in replay from the log)
 * and records violations. One module serves tests, `faultline sim/check`, live runs and replay.
 */
import type { Envelope } from '@faultline/protocol';
import type { InvariantKind } from './registry.ts';

export interface Violation {
  invariant: string;
  timeUs: number;
  height?: number;
  detail: string;
  /** Actors or accounts involved, for the post-mortem. */
  involved?: string[];
}

export interface PublishedMessage {
  timeUs: number;
  from: string;
  subject: string;
  envelope: Envelope;
}

export interface InvariantMonitor {
  readonly name: string;
  readonly kind: InvariantKind;
  /** One sentence: what must hold. */
  readonly description: string;
  observe(message: PublishedMessage): void;
  /** Called once at the end of a run (recovery invariants decide here). */
  finish?(endUs: number): void;
  violations(): readonly Violation[];
}

/** A monitor keeps at most this many violations: the first ones are what a post-mortem needs. */
export const VIOLATIONS_KEPT_MAX = 100;

export abstract class BaseMonitor implements InvariantMonitor {
  abstract readonly name: string;
  abstract readonly kind: InvariantKind;
  abstract readonly description: string;
  private readonly found: Violation[] = [];
  private dropped = 0;

  abstract observe(message: PublishedMessage): void;

  violations(): readonly Violation[] {
    return this.found;
  }

  get violationsDropped(): number {
    return this.dropped;
  }

  protected violate(violation: Omit<Violation, 'invariant'>): void {
    if (this.found.length >= VIOLATIONS_KEPT_MAX) {
      this.dropped++;
      return;
    }
    this.found.push({ invariant: this.name, ...violation });
  }
}

export interface InvariantReport {
  name: string;
  kind: InvariantKind;
  description: string;
  passed: boolean;
  violations: readonly Violation[];
}

export function report(monitors: readonly InvariantMonitor[]): InvariantReport[] {
  return monitors.map((monitor) => ({
    name: monitor.name,
    kind: monitor.kind,
    description: monitor.description,
    passed: monitor.violations().length === 0,
    violations: monitor.violations(),
  }));
}
