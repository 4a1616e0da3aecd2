/**
 * What every host does to an actor's outgoing body and incoming envelope: the sender's
 * per-sender sequence number and Lamport clock, and the checked wire form of its subjects.
 * One implementation for the simulator and NATS, so both worlds frame messages identically.
 */
import type { Envelope, EnvelopeBody } from '@faultline/protocol';
import { assertSubject, wireSubject } from './subjects.ts';
import type { Micros } from './units.ts';

/** Subjects remembered with their wire form; past the bound they are checked again each time. */
export const WIRE_SUBJECTS_CACHED_MAX = 10_000;

export class EnvelopeStamp {
  private seq = 0;
  private lamport = 0;
  private readonly wireSubjects = new Map<string, string>();

  constructor(
    private readonly runId: string,
    private readonly sender: string,
  ) {}

  /** The envelope for a body sent now: seq and Lamport time advance by one. */
  stamp(body: EnvelopeBody, sentAtUs: Micros): Envelope {
    this.seq++;
    this.lamport++;
    return { runId: this.runId, sender: this.sender, seq: this.seq, lamport: this.lamport, sentAtUs, ...body };
  }

  /** Lamport rule on receive: our clock passes every clock we have seen. */
  observe(remoteLamport: number): void {
    this.lamport = Math.max(this.lamport, remoteLamport) + 1;
  }

  /** `faultline.<run>.<subject>`, after checking the actor's subject once. */
  wire(subject: string): string {
    let wire = this.wireSubjects.get(subject);
    if (wire === undefined) {
      assertSubject(subject, { pattern: false });
      wire = wireSubject(this.runId, subject);
      if (this.wireSubjects.size < WIRE_SUBJECTS_CACHED_MAX) this.wireSubjects.set(subject, wire);
    }
    return wire;
  }
}
