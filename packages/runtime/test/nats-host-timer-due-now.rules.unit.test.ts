/**
 * NatsHost's timer of 0 µs (nats-host.ts `arm`): it runs after the current turn's poll for I/O
 * (a setImmediate), not after setTimeout's 1 ms minimum; it can be cancelled before it runs, a
 * dead host's runs nothing, and one that ran is forgotten. A timer with time left is a setTimeout
 * and waits it out.
 */
import { describe, expect, it, vi } from 'vitest';
import type { NatsConnection } from '@nats-io/transport-node';
import { NatsHost, volatileLog } from '@faultline/runtime/nats';

function host() {
  const nc = { publish() {}, subscribe: () => ({ unsubscribe() {} }), flush: () => Promise.resolve() };
  const quiet = { debug() {}, info() {}, warn() {}, error() {} };
  return new NatsHost({ nc: nc as unknown as NatsConnection, runId: 'due', actorId: 'a', seed: 1, epochUs: 0, log: volatileLog(), logger: quiet });
}

/** Runs `body` inside a timer callback (where setImmediate always comes before the next timers), then waits 20 ms. */
async function inTimerCallback(body: () => void): Promise<void> {
  await new Promise<void>((done) => setTimeout(() => (body(), done()), 0));
  await new Promise((done) => setTimeout(done, 20));
}

describe('NatsHost timer due now', () => {
  it('a timer of 0 µs (or less) is a setImmediate, not a setTimeout (whose minimum is 1 ms); one with time left is a setTimeout and waits it out', async () => {
    const h = host();
    const order: string[] = [];
    const immediate = vi.spyOn(globalThis, 'setImmediate');
    const timeout = vi.spyOn(globalThis, 'setTimeout');
    try {
      h.setTimer(0, () => order.push('host 0 µs'));
      expect([immediate.mock.calls.length, timeout.mock.calls.length]).toEqual([1, 0]);
      h.setTimer(-10, () => order.push('host -10 µs'));
      expect([immediate.mock.calls.length, timeout.mock.calls.length]).toEqual([2, 0]);
      h.setTimer(5_000, () => order.push('host 5 ms'));
      expect([immediate.mock.calls.length, timeout.mock.calls.length]).toEqual([2, 1]);
      expect(timeout.mock.calls[0]?.[1]).toBe(5);
    } finally {
      immediate.mockRestore();
      timeout.mockRestore();
    }
    await new Promise((done) => setTimeout(done, 30));
    expect(order).toEqual(['host 0 µs', 'host -10 µs', 'host 5 ms']);
  });

  it('a timer of 0 µs cancelled before it runs never runs; the others do, each once', async () => {
    const h = host();
    const order: string[] = [];
    await inTimerCallback(() => {
      const first = h.setTimer(0, () => order.push('first'));
      h.setTimer(0, () => order.push('second'));
      h.cancelTimer(first);
    });
    expect(order).toEqual(['second']);
  });

  it('a killed host runs no timer of 0 µs', async () => {
    const h = host();
    const order: string[] = [];
    await inTimerCallback(() => {
      h.setTimer(0, () => order.push('ran'));
      h.kill();
    });
    expect(order).toEqual([]);
  });

  it('a timer of 0 µs that ran is forgotten (the host keeps no entry for it)', async () => {
    const h = host();
    let ran = 0;
    await inTimerCallback(() => {
      for (let i = 0; i < 50; i++) h.setTimer(0, () => ran++);
    });
    expect(ran).toBe(50);
    expect((h as unknown as { timers: Map<number, unknown> }).timers.size).toBe(0);
  });

  it('a timer due exactly now (the clock not moved since it was set) is a setImmediate too', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const immediate = vi.spyOn(globalThis, 'setImmediate');
    const timeout = vi.spyOn(globalThis, 'setTimeout');
    try {
      const h = host();
      const before = h.now();
      const id = h.setTimer(0, () => {});
      expect(h.now()).toBe(before);
      expect([immediate.mock.calls.length, timeout.mock.calls.length]).toEqual([1, 0]);
      h.cancelTimer(id);
    } finally {
      immediate.mockRestore();
      timeout.mockRestore();
      vi.useRealTimers();
    }
  });
});
