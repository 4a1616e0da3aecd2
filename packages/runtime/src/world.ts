/**
 * A world runs actors: the simulator (virtual time) or real processes over NATS (wall time).
 * The host contract suite, `faultline sim` and `faultline up` drive both through this shape.
 */
import type { ActorFactory } from './host.ts';
import type { FaultEvent } from './fault-schedule.ts';
import type { Micros } from './units.ts';

export interface WorldStats {
  /** Messages handed to a recipient's handler. */
  deliveries: number;
  /** Messages that a fault (loss, partition, a crashed or absent recipient) removed. */
  dropped: number;
  /** Extra copies a link created. */
  duplicated: number;
  /** Frames that failed to decode at a recipient. */
  rejectedFrames: number;
}

export interface World {
  readonly kind: 'sim' | 'nats';
  addActor(id: string, factory: ActorFactory): Promise<void>;
  /** Kills an actor: memory, timers and subscriptions are gone; its durable log stays. */
  crash(id: string): Promise<void>;
  /** Starts a new incarnation of a crashed actor from its factory and durable log. */
  restart(id: string): Promise<void>;
  /** Applies a fault now (its atUs is ignored; durationUs counts from now). */
  inject(fault: FaultEvent): Promise<void>;
  /** Lets time pass (virtual or real) until `predicate` holds or `timeoutUs` has passed. */
  runUntil(predicate: () => boolean, timeoutUs: Micros): Promise<boolean>;
  /** The world's clock, µs since it started. */
  now(): Micros;
  stats(): WorldStats;
  close(): Promise<void>;
}
