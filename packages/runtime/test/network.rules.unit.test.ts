/**
 * The simulated network's rules, one by one, on the NetworkModel alone (issue 13 item 8): which
 * links a partition or one-way fault cuts, loss, latency and its added delays, duplicates, the
 * FIFO order of a link (and the reorder fault that breaks it), timing faults by message kind on
 * their own channel, faults removed by id or healed, and the simulator variants' hook points.
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '@faultline/runtime';
import { NetworkModel, type NetworkFault } from '@faultline/runtime/sim';

const fixed = (latencyUs = 100, variant = {}): NetworkModel => new NetworkModel(createRng(1), { min: latencyUs, max: latencyUs }, variant);

/** The arrival times of one message, or the outcome when it was not delivered. */
function send(net: NetworkModel, from: string, to: string, nowUs = 0, kind?: string): number[] | string {
  const arrivals: number[] = [];
  const outcome = net.route(from, to, nowUs, arrivals, kind);
  if (outcome !== 'delivered') {
    expect(arrivals).toEqual([]);
    return outcome;
  }
  return arrivals;
}

describe('latency', () => {
  it('refuses a range that is negative, fractional or upside down; accepts min = max', () => {
    const rng = createRng(1);
    expect(() => new NetworkModel(rng, { min: -1, max: 5 })).toThrow('network: latency range [-1, 5] is invalid');
    expect(() => new NetworkModel(rng, { min: 1.5, max: 5 })).toThrow(RangeError);
    expect(() => new NetworkModel(rng, { min: 6, max: 5 })).toThrow(RangeError);
    expect(() => new NetworkModel(rng, { min: 0, max: 0 })).not.toThrow();
    expect(send(fixed(0), 'a', 'b', 7)).toEqual([7]);
  });

  it('a healthy link delivers once, after a latency drawn in [min, max], and draws within the whole range', () => {
    const net = new NetworkModel(createRng(2), { min: 100, max: 200 });
    const seen = new Set<number>();
    for (let i = 0; i < 400; i++) {
      const arrivals = send(net, 'a', `b${i}`, 1_000) as number[];
      expect(arrivals).toHaveLength(1);
      seen.add((arrivals[0] as number) - 1_000);
    }
    expect(Math.min(...seen)).toBeGreaterThanOrEqual(100);
    expect(Math.max(...seen)).toBeLessThanOrEqual(200);
    expect(seen.size).toBeGreaterThan(50);
  });

  it('the extra-latency variant adds its value to every message', () => {
    expect(send(fixed(100, { extraLatencyUs: () => 7 }), 'a', 'b')).toEqual([107]);
  });
});

describe('cuts', () => {
  it('a one-way fault cuts its direction only, for the actors it selects', () => {
    const net = fixed();
    net.add(1, { kind: 'one-way', atUs: 0, from: ['a'], to: ['b*'] });
    expect(net.isCut('a', 'b1')).toBe(true);
    expect(send(net, 'a', 'b1')).toBe('cut');
    expect(net.isCut('b1', 'a')).toBe(false);
    expect(net.isCut('c', 'b1')).toBe(false);
    expect(net.isCut('a', 'c')).toBe(false);
  });

  it('a partition cuts between its groups both ways, not within a group, and not an actor it does not list', () => {
    const net = fixed();
    net.add(1, { kind: 'partition', atUs: 0, groups: [['a', 'b'], ['c'], ['d']] });
    expect([net.isCut('a', 'c'), net.isCut('c', 'a'), net.isCut('c', 'd'), net.isCut('d', 'b')]).toEqual([true, true, true, true]);
    expect([net.isCut('a', 'b'), net.isCut('b', 'a')]).toEqual([false, false]);
    expect([net.isCut('a', 'x'), net.isCut('x', 'a')]).toEqual([false, false]);
  });

  it('faults are removed by id (the other stays), healed all at once, and counted', () => {
    const net = fixed();
    net.add(1, { kind: 'one-way', atUs: 0, from: ['a'], to: ['b'] });
    net.add(2, { kind: 'one-way', atUs: 0, from: ['b'], to: ['a'] });
    expect(net.activeFaultCount).toBe(2);
    net.remove(1);
    expect([net.isCut('a', 'b'), net.isCut('b', 'a'), net.activeFaultCount]).toEqual([false, true, 1]);
    net.remove(7); // unknown: nothing changes
    expect([net.isCut('b', 'a'), net.activeFaultCount]).toEqual([true, 1]);
    net.add(3, { kind: 'link', atUs: 0, dropPpm: 1_000_000 });
    net.heal();
    expect([net.isCut('b', 'a'), net.activeFaultCount, send(net, 'a', 'b')]).toEqual([false, 0, [100]]);
  });
});

describe('link faults', () => {
  it('a link that drops every message loses it; the deliver-lost variant delivers it anyway', () => {
    const fault: NetworkFault = { kind: 'link', atUs: 0, from: ['a'], dropPpm: 1_000_000 };
    const net = fixed();
    net.add(1, fault);
    expect(send(net, 'a', 'b')).toBe('lost');
    expect(send(net, 'b', 'a')).toEqual([100]);
    const leaky = fixed(100, { deliverLost: true });
    leaky.add(1, fault);
    expect(send(leaky, 'a', 'b')).toEqual([100]);
  });

  it('delays of overlapping link faults add up; jitter adds [0, jitter] on top', () => {
    const net = fixed();
    net.add(1, { kind: 'link', atUs: 0, delayUs: 1_000 });
    net.add(2, { kind: 'link', atUs: 0, to: ['b'], delayUs: 20 });
    expect(send(net, 'a', 'b', 5)).toEqual([1_125]);
    expect(send(net, 'a', 'c', 5)).toEqual([1_105]);
    const jittery = fixed();
    jittery.add(1, { kind: 'link', atUs: 0, jitterUs: 50 });
    jittery.add(2, { kind: 'link', atUs: 0, jitterUs: 50 });
    const delays = Array.from({ length: 300 }, (_, i) => (send(jittery, 'a', `b${i}`) as number[])[0] as number);
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(100);
    expect(Math.max(...delays)).toBeLessThanOrEqual(200);
    expect(Math.max(...delays)).toBeGreaterThan(150);
  });

  it('duplicates: at most duplicateMax extra copies (1 when not given), each copy in the link FIFO order', () => {
    const net = new NetworkModel(createRng(3), { min: 100, max: 10_000 });
    net.add(1, { kind: 'link', atUs: 0, duplicatePpm: 1_000_000, duplicateMax: 3 });
    const counts = new Set<number>();
    for (let i = 0; i < 200; i++) {
      const arrivals = send(net, 'a', `b${i}`) as number[];
      counts.add(arrivals.length);
      // FIFO holds among the copies too: none arrives before the one made before it.
      expect([...arrivals].sort((x, y) => x - y)).toEqual(arrivals);
    }
    expect([...counts].sort()).toEqual([2, 3, 4]);
    const once = fixed();
    once.add(1, { kind: 'link', atUs: 0, duplicatePpm: 1_000_000 });
    expect(send(once, 'a', 'b')).toEqual([100, 100]);
    const none = fixed();
    none.add(1, { kind: 'link', atUs: 0, duplicateMax: 5 });
    expect(send(none, 'a', 'b')).toEqual([100]);
  });

  it('two overlapping faults: the larger duplicate rate and count apply', () => {
    const net = fixed();
    net.add(1, { kind: 'link', atUs: 0, duplicatePpm: 1_000_000, duplicateMax: 1 });
    net.add(2, { kind: 'link', atUs: 0, duplicatePpm: 1, duplicateMax: 1 });
    expect(send(net, 'a', 'b')).toEqual([100, 100]);
    const net2 = fixed();
    net2.add(1, { kind: 'link', atUs: 0, duplicatePpm: 1, duplicateMax: 1 });
    net2.add(2, { kind: 'link', atUs: 0, duplicatePpm: 1_000_000, duplicateMax: 1 });
    expect(send(net2, 'a', 'b')).toEqual([100, 100]);
  });
});

describe('the FIFO order of a link', () => {
  it('a message never arrives before an earlier one on the same link; other links are not held back', () => {
    const net = fixed();
    net.add(1, { kind: 'link', atUs: 0, to: ['b'], delayUs: 1_000 });
    expect(send(net, 'a', 'b', 0)).toEqual([1_100]);
    net.remove(1);
    expect(send(net, 'a', 'b', 10)).toEqual([1_100]);
    expect(send(net, 'a', 'b', 2_000)).toEqual([2_100]);
    expect(send(net, 'c', 'b', 10)).toEqual([110]);
    expect(send(net, 'b', 'a', 10)).toEqual([110]);
  });

  it('a reordered message ignores the queue (and does not hold later ones back)', () => {
    const net = fixed();
    net.add(1, { kind: 'link', atUs: 0, delayUs: 1_000 });
    send(net, 'a', 'b', 0); // ready at 1,100
    net.remove(1);
    net.add(2, { kind: 'link', atUs: 0, reorderPpm: 1_000_000 });
    expect(send(net, 'a', 'b', 10)).toEqual([110]);
    net.remove(2);
    expect(send(net, 'a', 'b', 20)).toEqual([1_100]);
  });
});

describe('timing faults by message kind', () => {
  it('only messages of the kind, on the selected links, are delayed, by delay + [0, jitter]', () => {
    const net = fixed();
    expect(net.delaysByKind).toBe(false);
    net.add(1, { kind: 'delay-kind', atUs: 0, messageKind: 'proposal', delayUs: 1_000, to: ['v2'] });
    expect(net.delaysByKind).toBe(true);
    expect(send(net, 'v1', 'v2', 0, 'proposal')).toEqual([1_100]);
    expect(send(net, 'v1', 'v3', 0, 'proposal')).toEqual([100]);
    expect(send(net, 'v1', 'v2', 0, 'vote')).toEqual([100]);
    expect(send(net, 'v3', 'v2', 0)).toEqual([100]);
    const jittery = fixed();
    jittery.add(1, { kind: 'delay-kind', atUs: 0, messageKind: 'vote', delayUs: 1_000, jitterUs: 100, from: ['v1'] });
    const delays = Array.from({ length: 200 }, (_, i) => (send(jittery, 'v1', `v${i + 2}`, 0, 'vote') as number[])[0] as number);
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(1_100);
    expect(Math.max(...delays)).toBeLessThanOrEqual(1_200);
    expect(new Set(delays).size).toBeGreaterThan(20);
    expect(send(jittery, 'v2', 'v1', 0, 'vote')).toEqual([100]);
  });

  it('a delayed kind travels on its own FIFO channel: it holds back neither other kinds nor is held back by them', () => {
    const net = fixed();
    net.add(1, { kind: 'delay-kind', atUs: 0, messageKind: 'proposal', delayUs: 1_000 });
    expect(send(net, 'v1', 'v2', 0, 'proposal')).toEqual([1_100]);
    expect(send(net, 'v1', 'v2', 10, 'vote')).toEqual([110]);
    expect(send(net, 'v1', 'v2', 20, 'proposal')).toEqual([1_120]);
    // Two delay faults on one kind add up.
    net.add(2, { kind: 'delay-kind', atUs: 0, messageKind: 'proposal', delayUs: 500 });
    expect(send(net, 'v1', 'v2', 30, 'proposal')).toEqual([1_630]);
  });
});

describe('random draws and indexing', () => {
  it('each message draws its latency and nothing else on a healthy link (the stream is the rng\'s own)', () => {
    const net = new NetworkModel(createRng(9), { min: 100, max: 10_000 });
    const reference = createRng(9);
    for (let i = 0; i < 50; i++) expect(send(net, 'a', `b${i}`)).toEqual([reference.int(100, 10_000)]);
  });

  it('a fixed latency draws nothing: a drop fault\'s chances are the rng\'s own sequence', () => {
    const net = fixed();
    net.add(1, { kind: 'link', atUs: 0, dropPpm: 500_000 });
    const reference = createRng(1);
    for (let i = 0; i < 50; i++) expect(send(net, 'a', `b${i}`)).toEqual(reference.chance(500_000) ? 'lost' : [100]);
  });

  it('overlapping faults draw in fault-id order, whatever order they were added in', () => {
    const net = fixed();
    net.add(2, { kind: 'link', atUs: 0, dropPpm: 1 });
    net.add(1, { kind: 'link', atUs: 0, dropPpm: 500_000 });
    const reference = createRng(1);
    for (let i = 0; i < 50; i++) {
      const lostByFirst = reference.chance(500_000);
      const lostBySecond = reference.chance(1);
      expect(send(net, 'a', `b${i}`)).toEqual(lostByFirst || lostBySecond ? 'lost' : [100]);
    }
  });

  it('a small duplicate or reorder rate applies to few messages, not to all', () => {
    const net = fixed();
    net.add(1, { kind: 'link', atUs: 0, duplicatePpm: 1, duplicateMax: 2 });
    for (let i = 0; i < 100; i++) expect(send(net, 'a', `b${i}`)).toEqual([100]);
    const reorder = fixed();
    reorder.add(1, { kind: 'link', atUs: 0, delayUs: 1_000 });
    send(reorder, 'a', 'b', 0); // ready at 1,100
    reorder.remove(1);
    reorder.add(2, { kind: 'link', atUs: 0, reorderPpm: 1 });
    expect(send(reorder, 'a', 'b', 10)).toEqual([1_100]);
  });

  it('only delay-kind faults make the network ask for message kinds', () => {
    const net = fixed();
    net.add(1, { kind: 'link', atUs: 0, delayUs: 5 });
    net.add(2, { kind: 'partition', atUs: 0, groups: [['x'], ['y']] });
    expect(net.delaysByKind).toBe(false);
  });

  it('a message of a kind no fault delays stays on the link\'s one FIFO channel', () => {
    const net = fixed();
    net.add(1, { kind: 'delay-kind', atUs: 0, messageKind: 'proposal', delayUs: 1_000 });
    net.add(2, { kind: 'link', atUs: 0, delayUs: 1_000 });
    expect(send(net, 'v1', 'v2', 0, 'vote')).toEqual([1_100]);
    net.remove(2);
    expect(send(net, 'v1', 'v2', 10, 'prevote')).toEqual([1_100]);
  });

  it('a tx delay also holds the validators\' relay batches (txBatch); other kinds hold only their own', () => {
    const net = fixed();
    net.add(1, { kind: 'delay-kind', atUs: 0, messageKind: 'tx', delayUs: 1_000 });
    expect([send(net, 'a', 'b', 0, 'txBatch'), send(net, 'a', 'c', 0, 'tx'), send(net, 'a', 'd', 0, 'vote')]).toEqual([[1_100], [1_100], [100]]);
    const batch = fixed();
    batch.add(1, { kind: 'delay-kind', atUs: 0, messageKind: 'txBatch', delayUs: 1_000 });
    expect([send(batch, 'a', 'b', 0, 'txBatch'), send(batch, 'a', 'c', 0, 'tx')]).toEqual([[1_100], [100]]);
    const vote = fixed();
    vote.add(1, { kind: 'delay-kind', atUs: 0, messageKind: 'vote', delayUs: 1_000 });
    expect(send(vote, 'a', 'b', 0, 'txBatch')).toEqual([100]);
  });
});
