/** idle-scavenge.ts: the switch's values, the decision, and the wrapped host (publishes pass through; a block's publish asks for a scavenge only when wanted). */
import { describe, expect, it } from 'vitest';
import type { Host } from '@faultline/runtime';
import { IDLE_SCAVENGE_ENV, idleScavengePct, wantsIdleScavenge, withIdleScavenge, youngFillPct } from '../src/idle-scavenge.ts';

describe('idleScavengePct', () => {
  it('is off (0) unset, empty or 0, and takes a whole percentage 1–99', () => {
    expect([undefined, '', '0'].map(idleScavengePct)).toEqual([0, 0, 0]);
    expect(['1', '80', '99'].map(idleScavengePct)).toEqual([1, 80, 99]);
  });
  it.each(['100', '-1', '8.5', 'on', ' 80', '080'])('refuses %j, naming the variable', (raw) => {
    expect(() => idleScavengePct(raw)).toThrow(new RegExp(`^${IDLE_SCAVENGE_ENV}: `));
  });
});

describe('wantsIdleScavenge', () => {
  it('never on the next proposer; otherwise from the fill on', () => {
    expect(wantsIdleScavenge({ nextProposer: true, fillPct: 99, fillPctMin: 50 })).toBe(false);
    expect(wantsIdleScavenge({ nextProposer: false, fillPct: 49.9, fillPctMin: 50 })).toBe(false);
    expect(wantsIdleScavenge({ nextProposer: false, fillPct: 50, fillPctMin: 50 })).toBe(true);
  });
  it('reads a fill between 0 and 100', () => {
    const fill = youngFillPct();
    expect(fill).toBeGreaterThanOrEqual(0);
    expect(fill).toBeLessThanOrEqual(100);
  });
});

describe('withIdleScavenge', () => {
  function fakeHost(published: string[]): Host {
    return { actorId: 'validator-1', now: () => 7, publish: (subject: string) => void published.push(subject) } as unknown as Host;
  }
  const nextTurn = (): Promise<void> => new Promise((done) => setImmediate(done));

  it('passes every publish and the other members through, and scavenges after a block publish only when wanted', async () => {
    const published: string[] = [];
    const reports: string[] = [];
    let nextProposer = false;
    let fill = 10;
    const host = withIdleScavenge(fakeHost(published), { fillPctMin: 50, isNextProposer: () => nextProposer, fillPct: () => fill, report: (line) => reports.push(line) });
    expect(host.actorId).toBe('validator-1');
    expect(host.now()).toBe(7);
    expect(host.now).toBe(host.now); // one bound function per member
    for (let i = 0; i < 10; i++) host.publish('block.validator-1', {});
    host.publish('consensus.validator-1', {});
    await nextTurn();
    expect(published).toHaveLength(11);
    expect(reports).toEqual([]); // below the fill: none asked for
    fill = 60;
    nextProposer = true;
    for (let i = 0; i < 10; i++) host.publish('block.validator-1', {});
    await nextTurn();
    expect(reports).toEqual([]); // the next proposer: none
    nextProposer = false;
    for (let i = 0; i < 10; i++) host.publish('consensus.validator-1', {});
    await nextTurn();
    expect(reports).toEqual([]); // not a block: none
    for (let i = 0; i < 10; i++) host.publish('block.validator-1', {});
    await nextTurn();
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatch(/^idle scavenges: 10, \d+ ms, max \d+\.\d ms$/);
    expect(published).toHaveLength(41);
  });
});
