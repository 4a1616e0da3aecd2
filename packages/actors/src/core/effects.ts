/**
 * What a client actor's pure core asks its world to do: the validator's shape (a core that takes
 * the input and the current time and returns effects; a thin actor that carries them out over
 * the Host) for every actor kind. The consensus core has its own richer list (CoreEffect in
 * @faultline/consensus); these are the effects every other kind shares.
 *
 * A core is `decide(state, input, nowUs) → { state, effects }`: deterministic, no I/O, no clock,
 * no Math.random (a seeded Rng may live in its state). It updates the state it is given in place
 * and returns it — books and views are too big to copy on every block, and the actor owns the
 * only reference, as the validator owns its TendermintCore. A core with a durable log also has
 * `evolve(state, record) → state`, applied to each record it persists (live) and to each record
 * recovered (restart): one code path.
 */
import type { EnvelopeBody } from '@faultline/protocol';

export type CoreEffect =
  /**
   * host.publish(subject, body). `withRecord`: right after a persist-record, and leaving with that
   * record (Host.publishWithRecord) when the host offers it — its barrier the appends before the
   * record; else after the record as any publish.
   */
  | { kind: 'publish'; subject: string; body: EnvelopeBody; withRecord?: true }
  /** Arm the named timer (re-arming replaces it); when it fires the actor feeds `{ kind: 'timer', timer }` back. */
  | { kind: 'set-timer'; timer: string; delayUs: number }
  | { kind: 'cancel-timer'; timer: string }
  /** host.log.append(record): written before any later publish leaves (the host keeps that order). */
  | { kind: 'persist'; record: Uint8Array }
  /**
   * host.log.appendRecord(record, encode): the entry `encode(record)`, which a host may encode
   * only when it must (the simulator: when a restarted incarnation reads its log). Kept in the
   * same order as `persist`; `record` never changes after, `encode` is a pure function of it.
   */
  | { kind: 'persist-record'; record: unknown; encode: (record: never) => Uint8Array }
  /** host.log.snapshot(state): covers every record persisted so far; recovery starts from it. */
  | { kind: 'snapshot'; state: Uint8Array }
  | { kind: 'log'; level: 'debug' | 'info' | 'warn'; message: string; fields?: Record<string, unknown> };

/** A timer firing, fed back into the core that set it. */
export interface TimerInput {
  kind: 'timer';
  timer: string;
}

export interface Decision<S, E = CoreEffect> {
  state: S;
  effects: E[];
}
