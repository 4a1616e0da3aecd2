/**
 * reapAfterPoll (ValidatorConfig; the live validator service sets it): when the commit wait ends,
 * the next height's proposer does not start that height in the commit timer's own callback but
 * when a second timer of 0 µs fires (REAP_TIMER, through the host: live, after its next poll for
 * messages), so a client tx that arrives in between is in its proposal. The other validators start
 * the height at once; without the option the proposer does too (the simulator's behaviour).
 */
import { describe, expect, it } from 'vitest';
import { decide, REAP_TIMER } from '../src/validator/validator-core.ts';
import { IDS, base, Net, isCommitTimer, proposalsIn, clientTx, toHeightOneCommitTimers } from './validator-net.ts';

describe('reapAfterPoll', () => {
  it('the next proposer starts its height when the 0 µs reap timer fires, and a client tx that arrived meanwhile is in its proposal', () => {
    const { net, proposer } = toHeightOneCommitTimers({ ...base, reapAfterPoll: true });
    // Every validator's commit timer fires; the others start height 2 at once.
    net.runUntil((q) => !isCommitTimer(q) && q.to === proposer && q.input.kind === 'timer' && q.input.timer === REAP_TIMER && net.queue.every((o) => !isCommitTimer(o)));
    const state = net.states.get(proposer)!;
    expect(state.consensus.height).toBe(1);
    expect(state.consensus.step).toBe('commit');
    expect(state.deferredCommit).toEqual({ height: 1, round: 0 });
    const reap = net.queue.find((q) => q.to === proposer && q.input.kind === 'timer' && q.input.timer === REAP_TIMER)!;
    for (const id of IDS) if (id !== proposer) expect(net.states.get(id)!.consensus.height).toBe(2);
    // No proposal of height 2 yet; the reap timer was set for 0 µs.
    expect(proposalsIn(net.effects.get(proposer)!).filter((p) => Number(p.height) === 2)).toEqual([]);
    const setReap = net.effects.get(proposer)!.filter((e) => e.kind === 'set-timer' && e.timer === REAP_TIMER);
    expect(setReap).toEqual([{ kind: 'set-timer', timer: REAP_TIMER, delayUs: 0 }]);
    // A client tx arrives before the reap timer fires.
    const tx = clientTx(1);
    net.step(proposer, { kind: 'tx', tx, fromClient: true });
    const effects = net.deliver((q) => q === reap);
    const [proposal] = proposalsIn(effects);
    expect(Number(proposal?.height)).toBe(2);
    expect(proposal?.block?.txs?.map((t) => Buffer.from(t).toString('hex'))).toEqual([Buffer.from(tx).toString('hex')]);
    expect(state.consensus.height).toBe(2);
    expect(state.deferredCommit).toBeUndefined();
  });

  it('without the option the next proposer proposes in the commit timer\'s callback (a tx after it waits for the next block)', () => {
    const { net, proposer } = toHeightOneCommitTimers(base);
    const effects = net.deliver((q) => isCommitTimer(q) && q.to === proposer);
    expect(effects.some((e) => e.kind === 'set-timer' && e.timer === REAP_TIMER)).toBe(false);
    const [proposal] = proposalsIn(effects);
    expect(Number(proposal?.height)).toBe(2);
    expect(proposal?.block?.txs ?? []).toEqual([]);
    expect(net.states.get(proposer)!.consensus.height).toBe(2);
  });

  it('a validator that is not the next proposer starts the height at once with the option', () => {
    const { net, proposer } = toHeightOneCommitTimers({ ...base, reapAfterPoll: true });
    const other = IDS.find((id) => id !== proposer)!;
    const effects = net.deliver((q) => isCommitTimer(q) && q.to === other);
    expect(effects.some((e) => e.kind === 'set-timer' && e.timer === REAP_TIMER)).toBe(false);
    expect(net.states.get(other)!.consensus.height).toBe(2);
    expect(net.states.get(other)!.deferredCommit).toBeUndefined();
  });

  it('a reap timer with nothing deferred does nothing; a deferred commit of a height the core has left is ignored', () => {
    const { net, proposer } = toHeightOneCommitTimers({ ...base, reapAfterPoll: true });
    const state = net.states.get(proposer)!;
    expect(decide(state, { kind: 'timer', timer: REAP_TIMER }, net.nowUs).effects).toEqual([]);
    expect(state.consensus.height).toBe(1);
    net.deliver((q) => isCommitTimer(q) && q.to === proposer);
    expect(state.deferredCommit).toEqual({ height: 1, round: 0 });
    // The height ends by other means before the reap timer fires (as skipCommitWait's early end would).
    decide(state, { kind: 'timer', timer: REAP_TIMER }, net.nowUs);
    expect(state.consensus.height).toBe(2);
    const heightTwo = state.consensus.height;
    state.deferredCommit = { height: 1, round: 0 };
    expect(proposalsIn(decide(state, { kind: 'timer', timer: REAP_TIMER }, net.nowUs).effects)).toEqual([]);
    expect(state.consensus.height).toBe(heightTwo);
    expect(state.deferredCommit).toBeUndefined();
  });

  it('only the commit timeout is deferred: the next proposer\'s propose timeout of the height before is carried out at once', () => {
    const net = new Net({ ...base, reapAfterPoll: true });
    const sets = net.states.get(IDS[0]!)!.consensus.validators;
    const silent = sets.proposer(1, 0);
    const next = sets.proposer(2, 0);
    expect(next).not.toBe(silent);
    // Height 1's proposer never starts: the others' propose timeouts of height 1 fire.
    for (const id of IDS) if (id !== silent) net.step(id, { kind: 'start' });
    net.queue = net.queue.filter((q) => q.to !== silent);
    const effects = net.deliver((q) => q.to === next && q.input.kind === 'timer' && q.input.timer.startsWith('timeout/propose/1/'));
    expect(effects.some((e) => e.kind === 'set-timer' && e.timer === REAP_TIMER)).toBe(false);
    expect(net.states.get(next)!.consensus.step).toBe('prevote');
    expect(net.states.get(next)!.deferredCommit).toBeUndefined();
  });
});
