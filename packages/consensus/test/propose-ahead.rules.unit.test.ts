/**
 * TendermintCore.onProposeAhead (build ahead; the live validator's proposeAheadUs calls it): in a
 * decided height's commit wait, the next height's round-0 proposer builds, signs and records its
 * proposal; the core sends that one when the height starts. Nothing for anyone else, outside the
 * wait, a second time, or for a Byzantine configuration.
 */
import { describe, expect, it } from 'vitest';
import { hex } from '@faultline/consensus';
import { IDS, makeCore, persistedIn, proposalsIn, ScriptedNet, type CoreTestOptions } from './core-harness.ts';

/** Four cores run until every one has committed height 1 and waits (DYDX_TIMEOUTS: a 500 ms commit wait). */
function inCommitWait(options: (id: string) => CoreTestOptions = () => ({})): ScriptedNet {
  const net = new ScriptedNet(IDS, (id) => makeCore(id, options(id)));
  net.start();
  net.runUntil(200_000);
  for (const id of IDS) {
    expect(net.core(id).height).toBe(1);
    expect(net.core(id).step).toBe('commit');
  }
  return net;
}

describe('onProposeAhead', () => {
  it('the next proposer records its round-0 proposal of the next height and sends nothing; the others, and it a second time, do nothing', () => {
    const net = inCommitWait();
    const next = net.core(IDS[0]!).validators.proposer(2, 0);
    for (const id of IDS.filter((other) => other !== next)) expect(net.core(id).onProposeAhead(210_000)).toEqual([]);
    const effects = net.core(next).onProposeAhead(210_000);
    const records = persistedIn(effects);
    expect(records.length).toBe(1);
    expect(effects.length).toBe(1);
    const proposal = records[0]!.signedProposal!;
    expect(Number(proposal.height)).toBe(2);
    expect(proposal.round ?? 0).toBe(0);
    expect(proposal.polRound).toBe(-1);
    expect(proposal.proposerId).toBe(next);
    expect(Number(proposal.timestampUs)).toBe(210_000);
    expect(Number(proposal.block?.header?.height)).toBe(2);
    expect(proposal.block?.header?.round ?? 0).toBe(0);
    expect(hex(proposal.block?.header?.prevBlockHash)).toBe(hex(net.core(next).chain[0]!.certificate!.blockHash));
    expect(net.core(next).onProposeAhead(220_000)).toEqual([]);
    // Its height starts: the recorded proposal goes out, nothing is recorded again for it.
    const started = net.core(next).onTimeout(700_000, 'commit', 1, 0);
    expect(proposalsIn(started)).toEqual([proposal]);
    expect(persistedIn(started).filter((r) => r.signedProposal)).toEqual([]);
  });

  it('the proposal built ahead has the block the proposer builds at the wait\'s end when nothing changed (the same hash)', () => {
    const ahead = inCommitWait();
    const plain = inCommitWait();
    const next = ahead.core(IDS[0]!).validators.proposer(2, 0);
    const early = persistedIn(ahead.core(next).onProposeAhead(210_000))[0]!.signedProposal!;
    const late = proposalsIn(plain.core(next).onTimeout(700_000, 'commit', 1, 0))[0]!;
    expect(hex(early.blockHash)).toBe(hex(late.blockHash));
  });

  it('outside a decided height\'s commit wait, or with a Byzantine configuration, it does nothing', () => {
    const net = inCommitWait();
    const next = net.core(IDS[0]!).validators.proposer(2, 0);
    net.core(next).onTimeout(700_000, 'commit', 1, 0);
    expect(net.core(next).height).toBe(2);
    expect(net.core(next).step).not.toBe('commit');
    expect(net.core(next).onProposeAhead(701_000)).toEqual([]);
    const fresh = makeCore(next);
    fresh.start(0);
    expect(fresh.onProposeAhead(1)).toEqual([]);
    for (const byzantine of ['withhold', 'equivocate', 'amnesia', 'invalid-block'] as const) {
      const planted = inCommitWait((id) => (id === next ? { byzantine } : {}));
      expect(planted.core(next).onProposeAhead(210_000)).toEqual([]);
    }
  });
});
