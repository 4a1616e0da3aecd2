/**
 * proposeAheadUs (ValidatorConfig; the validator service's FAULTLINE_PROPOSE_AHEAD_US, off by
 * default): the next height's proposer builds, signs and records its proposal proposeAheadUs
 * before its commit wait ends (PROPOSE_AHEAD_TIMER → TendermintCore.onProposeAhead) and sends that
 * proposal when the wait ends. The block rule: txs in its mempool at the early build are in the
 * block, txs after it in a later one; the block is otherwise the one it would have built at the
 * end of the wait. One proposal per height and round, across a restart too.
 */
import { describe, expect, it } from 'vitest';
import type { faultline } from '@faultline/protocol';
import type { CoreEffect } from '../src/core/effects.ts';
import { decide, initialValidatorState, recover, PROPOSE_AHEAD_TIMER, REAP_TIMER, type ValidatorConfig } from '../src/validator/validator-core.ts';
import { IDS, COMMIT_US, base, Net, isCommitTimer, proposalsIn, clientTx, toHeightOneCommitTimers, type Queued } from './validator-net.ts';

const AHEAD_US = 3_000;
const hex = (bytes: Uint8Array | null | undefined) => Buffer.from(bytes ?? []).toString('hex');
const isAheadTimer = (q: Queued) => q.input.kind === 'timer' && q.input.timer === PROPOSE_AHEAD_TIMER;
const proposalRecordsIn = (effects: CoreEffect[]) => effects.flatMap((e) => (e.kind === 'persist-record' && (e.record as faultline.v1.IValidatorWalRecord).signedProposal ? [(e.record as faultline.v1.IValidatorWalRecord).signedProposal!] : []));
const publishesIn = (effects: CoreEffect[]) => effects.filter((e) => e.kind === 'publish');

/** Runs height 1 until the next proposer's build-ahead timer is due (it is left queued; it comes before every commit timer). */
function toAheadTimer(cfg: ValidatorConfig): { net: Net; proposer: string } {
  const net = new Net(cfg);
  for (const id of IDS) net.step(id, { kind: 'start' });
  net.runUntil((q) => isAheadTimer(q) || isCommitTimer(q));
  const proposer = net.states.get(IDS[0]!)!.consensus.validators.proposer(2, 0);
  expect(net.queue[0]?.to === proposer && isAheadTimer(net.queue[0])).toBe(true);
  return { net, proposer };
}

describe('proposeAheadUs', () => {
  it('the next proposer arms the build-ahead timer proposeAheadUs before its commit wait ends; the others and the option off arm none', () => {
    const { net, proposer } = toHeightOneCommitTimers({ ...base, proposeAheadUs: AHEAD_US });
    for (const id of IDS) {
      const sets = net.effects.get(id)!.filter((e) => e.kind === 'set-timer' && e.timer === PROPOSE_AHEAD_TIMER);
      expect(sets).toEqual(id === proposer ? [{ kind: 'set-timer', timer: PROPOSE_AHEAD_TIMER, delayUs: COMMIT_US - AHEAD_US }] : []);
    }
    expect(toAheadTimer({ ...base, proposeAheadUs: AHEAD_US }).net.states.get(proposer)!.proposeAheadHeight).toBe(1);
    const off = toHeightOneCommitTimers(base);
    for (const id of IDS) expect(off.net.effects.get(id)!.some((e) => e.kind === 'set-timer' && e.timer === PROPOSE_AHEAD_TIMER)).toBe(false);
    // At or past the commit wait: no early build (as off).
    const long = toHeightOneCommitTimers({ ...base, proposeAheadUs: COMMIT_US });
    for (const id of IDS) expect(long.net.effects.get(id)!.some((e) => e.kind === 'set-timer' && e.timer === PROPOSE_AHEAD_TIMER)).toBe(false);
  });

  it('the early build records the proposal of the next height (nothing sent); when the wait ends that proposal is sent, not a second one; a tx before the build is in it, a tx after it is not', () => {
    const { net, proposer } = toAheadTimer({ ...base, proposeAheadUs: AHEAD_US, reapAfterPoll: true });
    const before = clientTx(1);
    net.step(proposer, { kind: 'tx', tx: before, fromClient: true });
    const built = net.deliver((q) => q.to === proposer && isAheadTimer(q));
    const [record] = proposalRecordsIn(built);
    expect(Number(record?.height)).toBe(2);
    expect(record?.round ?? 0).toBe(0);
    expect(record?.block?.txs?.map(hex)).toEqual([hex(before)]);
    expect(publishesIn(built)).toEqual([]);
    const state = net.states.get(proposer)!;
    expect(state.consensus.height).toBe(1);
    expect(state.consensus.step).toBe('commit');
    expect(state.proposeAheadHeight).toBeUndefined();
    expect(state.counters.proposalsBuiltAhead).toBe(1);
    const after = clientTx(2);
    net.step(proposer, { kind: 'tx', tx: after, fromClient: true });
    // The commit wait ends (the reap timer with reapAfterPoll): the recorded proposal leaves, nothing is recorded again.
    const ended: CoreEffect[] = [];
    ended.push(...net.deliver((q) => q.to === proposer && isCommitTimer(q)));
    ended.push(...net.deliver((q) => q.to === proposer && q.input.kind === 'timer' && q.input.timer === REAP_TIMER));
    expect(proposalRecordsIn(ended)).toEqual([]);
    const [sent] = proposalsIn(ended);
    expect(sent).toBe(record);
    expect(state.consensus.height).toBe(2);
    // The tx that came after the build waits for a later block.
    expect(state.consensus.mempool.reap(100).map(hex)).toEqual([hex(before), hex(after)]);
  });

  it('the block built ahead is the block built at the end of the wait when no tx came between (same hash; only the proposal timestamp differs)', () => {
    const ahead = toAheadTimer({ ...base, proposeAheadUs: AHEAD_US });
    const plain = toHeightOneCommitTimers(base);
    const [early] = proposalRecordsIn(ahead.net.deliver((q) => q.to === ahead.proposer && isAheadTimer(q)));
    const [late] = proposalsIn(plain.net.deliver((q) => q.to === plain.proposer && isCommitTimer(q)));
    expect(hex(early?.blockHash)).toBe(hex(late?.blockHash));
    expect(Number(early?.timestampUs)).toBeLessThan(Number(late?.timestampUs));
  });

  it('a build-ahead timer of a height the core has left does nothing; neither does one outside a commit wait', () => {
    const { net, proposer } = toAheadTimer({ ...base, proposeAheadUs: AHEAD_US });
    const state = net.states.get(proposer)!;
    // Its commit wait ends before the early timer fires (as skipCommitWait's early end would).
    net.deliver((q) => q.to === proposer && isCommitTimer(q));
    expect(state.consensus.height).toBe(2);
    // The early timer is still queued (the wait ended first, as skipCommitWait's early end would): it builds nothing.
    const effects = net.deliver((q) => q.to === proposer && isAheadTimer(q));
    expect(effects).toEqual([]);
    expect(state.counters.proposalsBuiltAhead).toBe(0);
    state.proposeAheadHeight = 2;
    expect(proposalRecordsIn(decide(state, { kind: 'timer', timer: PROPOSE_AHEAD_TIMER }, net.nowUs).effects)).toEqual([]);
  });

  it('a build-ahead timer set in an earlier commit wait does nothing in a later wait in which this validator proposes next; a second early build of a height records nothing and counts nothing', () => {
    const { net, proposer } = toAheadTimer({ ...base, proposeAheadUs: AHEAD_US });
    const state = net.states.get(proposer)!;
    // The timer is due; its wait is height 1's, but the state says it was set in an earlier one.
    state.proposeAheadHeight = 0;
    expect(net.deliver((q) => q.to === proposer && isAheadTimer(q))).toEqual([]);
    expect(state.counters.proposalsBuiltAhead).toBe(0);
    // Set in this wait: it builds, once.
    state.proposeAheadHeight = 1;
    expect(proposalRecordsIn(decide(state, { kind: 'timer', timer: PROPOSE_AHEAD_TIMER }, net.nowUs).effects).length).toBe(1);
    expect(state.counters.proposalsBuiltAhead).toBe(1);
    state.proposeAheadHeight = 1;
    expect(decide(state, { kind: 'timer', timer: PROPOSE_AHEAD_TIMER }, net.nowUs).effects).toEqual([]);
    expect(state.counters.proposalsBuiltAhead).toBe(1);
  });

  it('a proposer restarted after its early build sends the proposal it recorded at that height, never a second one', () => {
    const cfg: ValidatorConfig = { ...base, proposeAheadUs: AHEAD_US };
    const { net, proposer } = toAheadTimer(cfg);
    net.step(proposer, { kind: 'tx', tx: clientTx(3), fromClient: true });
    net.deliver((q) => q.to === proposer && isAheadTimer(q));
    const state = net.states.get(proposer)!;
    const entries = net.effects.get(proposer)!.flatMap((e) => (e.kind === 'persist-record' ? [state.encodeWalRecord(e.record as faultline.v1.IValidatorWalRecord)] : []));
    const [record] = proposalRecordsIn(net.effects.get(proposer)!);
    // Killed here: a fresh incarnation recovers from its log (the proposal record is its last) and starts.
    const restarted = initialValidatorState(cfg, proposer);
    recover(restarted, { entries });
    const started = decide(restarted, { kind: 'start' }, net.nowUs + 1).effects;
    expect(restarted.consensus.height).toBe(2);
    expect(proposalRecordsIn(started)).toEqual([]);
    // Its status re-send and its round 0 both carry the recorded proposal.
    const sent = proposalsIn(started);
    expect(sent.length).toBeGreaterThan(0);
    for (const proposal of sent) expect(hex(proposal.blockHash)).toBe(hex(record?.blockHash));
  });

  it('four validators with it commit height after height, every chain the same', () => {
    const net = new Net({ ...base, proposeAheadUs: AHEAD_US, reapAfterPoll: true });
    for (const id of IDS) net.step(id, { kind: 'start' });
    let n = 0;
    net.runUntil(() => {
      if (n++ % 7 === 0) for (const id of IDS) net.step(id, { kind: 'tx', tx: clientTx(100 + n), fromClient: true });
      return IDS.every((id) => net.states.get(id)!.consensus.committedHeight >= 12);
    });
    const chains = IDS.map((id) => net.states.get(id)!.consensus.chain.slice(0, 12).map((c) => hex(c.certificate?.blockHash)));
    for (const chain of chains) expect(chain).toEqual(chains[0]);
    const built = IDS.flatMap((id) => proposalRecordsIn(net.effects.get(id)!));
    const sent = IDS.flatMap((id) => proposalsIn(net.effects.get(id)!));
    // Every proposal sent was recorded once, ahead of its send (heights 2..), and no height and round has two.
    const keys = built.map((p) => `${p.height}/${p.round ?? 0}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const p of sent) expect(built).toContain(p);
    expect(net.states.get(IDS[0]!)!.consensus.chain.some((c) => (c.block?.txs?.length ?? 0) > 0)).toBe(true);
  });
});
