/**
 * The next proposer whose copy of the height's proposal is lost: validator-1, the proposer of
 * height 4, never receives the proposal of height 3 (every other message arrives). It holds 2f+1
 * precommits of height 3 for a block it does not know; the consensus core asks a precommitter for
 * it (consensus test lost-proposal), the validator core gives the claim one commit wait and then
 * syncs the block, and validator-1 proposes height 4 a commit wait and a round trip after the
 * others decided 3. Before, nothing asked: the other three waited at height 4 for its proposal
 * and only their status (1 s) made it sync — the live stall's shape (BENCHMARKS.md "Session 37
 * stall", "What is left").
 */
import { describe, expect, it } from 'vitest';
import type { CoreEffect } from '../src/core/effects.ts';
import type { ValidatorInput } from '../src/validator/validator-core.ts';
import { base, COMMIT_US, IDS, proposalsIn, SyncNet } from './validator-net.ts';

/** SyncNet; the proposal of `height` never reaches `to` (no copy: the original, a status's re-send). */
class LostProposalNet extends SyncNet {
  constructor(private readonly to: string, private readonly height: number) {
    super(base);
  }

  override step(id: string, input: ValidatorInput): CoreEffect[] {
    const effects = super.step(id, input);
    this.queue = this.queue.filter((q) => !(q.to === this.to && q.input.kind === 'proposal' && Number(q.input.proposal.height) === this.height));
    return effects;
  }
}

describe('a next proposer that never receives the height\'s proposal', () => {
  it('validator-1, missing the proposal of height 3, syncs its block from a precommitter and proposes height 4 within a few commit waits', () => {
    const net = new LostProposalNet('validator-1', 3);
    for (const id of IDS) net.step(id, { kind: 'start' });
    const v1 = net.states.get('validator-1')!;
    expect(v1.consensus.validators.proposer(4, 0)).toBe('validator-1');
    const others = IDS.slice(1).map((id) => net.states.get(id)!);
    net.runUntil(() => others.every((state) => state.consensus.committedHeight >= 3));
    const decidedUs = net.nowUs;
    const proposedFour = () => proposalsIn(net.effects.get('validator-1')!).some((p) => Number(p.height) === 4 && (p.round ?? 0) === 0);
    net.runUntil((next) => proposedFour() || next.atUs > decidedUs + 3_000_000);
    expect(proposedFour()).toBe(true);
    // A commit wait (the claim's grace) and a request's round trip, not a status interval (1 s).
    expect(net.nowUs - decidedUs).toBeLessThan(3 * COMMIT_US);
    expect(v1.counters.syncRequests).toBe(1);
    expect(v1.consensus.durableFacts().chain.slice(0, 3)).toEqual(others[0]!.consensus.durableFacts().chain.slice(0, 3));
  });
});
