/**
 * The next proposer whose messages reach it late: validator-1 (the proposer of height 4) hears
 * nothing until the other three have decided heights 1–3, then all of it at once — a late socket
 * read on a loaded machine (live, fast blocks: BENCHMARKS.md "Session 37 stall"). It decides 1,
 * and in that commit wait holds the proposals and votes of heights 2 and 3 (the consensus core
 * holds future messages from the height it is deciding: consensus test future-heights); each
 * commit wait then decides the next height from them, and it proposes height 4 three commit
 * waits after the burst. When the messages of height 3 were dropped there (held from height 1,
 * one above it), it started height 3 with nothing, the other three waited at height 4 for its
 * proposal, and only their next status (1 s) made it sync and propose: the live stall of
 * 0.45–1 s.
 */
import { describe, expect, it } from 'vitest';
import type { CoreEffect } from '../src/core/effects.ts';
import type { ValidatorInput } from '../src/validator/validator-core.ts';
import { base, COMMIT_US, IDS, proposalsIn, SyncNet } from './validator-net.ts';

/** SyncNet; every message to `late` sent before `releaseUs` arrives at releaseUs, in the order sent. */
class LateNet extends SyncNet {
  constructor(private readonly late: string, private readonly releaseUs: number) {
    super(base);
  }

  override step(id: string, input: ValidatorInput): CoreEffect[] {
    // Net.step may replace the queue (a cancelled timer): what this step queued is what was not there before.
    const queued = new Set(this.queue);
    const effects = super.step(id, input);
    // What this step sent to the late validator waits for the release (timers are its own, not held).
    for (const q of this.queue) if (!queued.has(q) && q.to === this.late && q.input.kind !== 'timer' && q.atUs < this.releaseUs) q.atUs = this.releaseUs;
    return effects;
  }
}

describe('a next proposer whose messages come late', () => {
  it('hearing heights 1–3 in one burst, validator-1 decides them in three commit waits and proposes height 4, no status or sync needed', () => {
    const releaseUs = 60_000;
    const net = new LateNet('validator-1', releaseUs);
    for (const id of IDS) net.step(id, { kind: 'start' });
    const v1 = net.states.get('validator-1')!;
    const proposedFour = () => proposalsIn(net.effects.get('validator-1')!).some((p) => Number(p.height) === 4 && (p.round ?? 0) === 0);
    net.runUntil((next) => next.atUs >= releaseUs);
    // The other three decided heights 1–3 and wait at height 4 for validator-1's proposal; validator-1 is at height 1, having heard nothing.
    for (const id of IDS.slice(1)) expect(net.states.get(id)!.consensus.committedHeight).toBe(3);
    expect(v1.consensus.committedHeight).toBe(0);
    net.runUntil((next) => proposedFour() || next.atUs > 3_000_000);
    expect(proposedFour()).toBe(true);
    // Three commit waits after the burst (and a little), not a status interval.
    expect(net.nowUs).toBeLessThan(releaseUs + 4 * COMMIT_US);
    expect(v1.consensus.committedHeight).toBe(3);
    expect(v1.counters.syncRequests).toBe(0);
  });
});
