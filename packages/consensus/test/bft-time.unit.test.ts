/**
 * BFT time under clock skew (found by the swarm, seed 3: a -1.4 s skew on two validators made a
 * block's time go backwards, and the execution node refused it). A block's time is the lower
 * median of the previous commit's precommit times; a vote's time must therefore be after the
 * block it votes for (CometBFT's voteTime), not merely after the previous block, or two slow
 * clocks in a commit of four pull the median below the block they committed.
 */
import { describe, expect, it } from 'vitest';
import { IDS, makeCore, ScriptedNet } from './core-harness.ts';

const S = 1_000_000;

const blockTimes = (net: ScriptedNet, id: string) => net.core(id).chain.map((c) => Number(c.block?.header?.timeUs));

describe('BFT time', () => {
  it('stays strictly increasing when two of four validators fall 1.4 s behind mid-run', () => {
    const net = new ScriptedNet(IDS, (id) => makeCore(id));
    net.skewUs = (id, nowUs) => (nowUs >= 5 * S && (id === 'validator-1' || id === 'validator-4') ? -1_400_000 : 0);
    net.start();
    net.runUntil(20 * S);
    for (const id of IDS) {
      const times = blockTimes(net, id);
      expect(times.length, id).toBeGreaterThan(10);
      for (let i = 1; i < times.length; i++) expect(times[i], `${id} block ${i + 1}`).toBeGreaterThan(times[i - 1]!);
    }
  });

  it('a precommit is timed after the block it commits, even on a clock behind it', () => {
    const net = new ScriptedNet(IDS, (id) => makeCore(id));
    net.skewUs = (id, nowUs) => (nowUs >= 5 * S && id === 'validator-1' ? -3 * S : 0);
    net.start();
    net.runUntil(12 * S);
    const v1 = net.core('validator-1');
    for (const committed of v1.chain) {
      const time = Number(committed.block?.header?.timeUs);
      for (const vote of committed.certificate?.precommits ?? []) expect(Number(vote.timestampUs)).toBeGreaterThan(time);
    }
  });
});
