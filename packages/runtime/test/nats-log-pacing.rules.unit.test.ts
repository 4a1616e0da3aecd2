/**
 * The durable log's repair pacing (nats/nats-log.ts), against a JetStream whose every publish the
 * test settles by hand, one rule each:
 *  - while a repair runs only the head leaves: an item appended meanwhile, and an item published
 *    before the failure but not yet settled, hold the next ones back; once every item published
 *    before the failure is settled, appends are pipelined again;
 *  - the repair's time limit counts from its first failure, across every item it retries;
 *  - a retry's own error is the one judged: a permanent one ends the repair, naming it;
 *  - a stop cuts a retry's pause short (even an endless one) and gives up naming the last real
 *    error, without publishing again; a stop during a retried publish says "(stopped)";
 *  - whenAcknowledged(mark) for a mark already acknowledged resolves at once;
 *  - storedOutOfOrder counts the acks below the last acknowledged sequence only.
 */
import { describe, expect, it } from 'vitest';
import { APPEND_REPAIR_MAX_MS, NatsDurableLog, type LogPublish } from '../src/nats/nats-log.ts';

interface Call {
  index: number;
  settle: (outcome: { seq: number; duplicate?: boolean } | Error) => void;
}

const refused = (): Error => Object.assign(new Error('jetstream is not enabled'), { name: 'JetStreamNotEnabled' });
const permanent = (): Error => Object.assign(new Error('maximum payload exceeded'), { name: 'JetStreamApiError', status: 400 });
const tick = (): Promise<void> => new Promise((done) => setImmediate(done));
async function ticks(n = 5): Promise<void> {
  for (let i = 0; i < n; i++) await tick();
}

/** A log over a hand-settled JetStream; sleeps are recorded and either pass at once (advancing the clock) or never end. */
function handLog(options: { endlessSleep?: boolean } = {}) {
  const calls: Call[] = [];
  const failures: Error[] = [];
  const clock = { ms: 0 };
  const sleeps: number[] = [];
  const publish: LogPublish = (_subject, _data, { headers }) =>
    new Promise((resolve, reject) => {
      calls.push({ index: Number(headers.get('Faultline-Index')), settle: (o) => (o instanceof Error ? reject(o) : resolve({ seq: o.seq, duplicate: o.duplicate ?? false })) });
    });
  const log = NatsDurableLog.create({
    publish,
    logSubject: 'log',
    snapSubject: 'snap',
    writerId: 'w',
    onFailure: (error) => failures.push(error),
    sleep: (ms) => {
      sleeps.push(ms);
      if (options.endlessSleep) return new Promise(() => undefined);
      clock.ms += ms;
      return tick();
    },
    nowMs: () => clock.ms,
  });
  const open = (): number[] => calls.map((c) => c.index);
  return { log, calls, failures, clock, sleeps, open };
}
const entry = (n: number): Uint8Array => Uint8Array.of(n);

describe('repair pacing', () => {
  it('while a repair runs only the head leaves; items published before the failure hold the next ones back; then pipelined again', async () => {
    const { log, calls, open } = handLog();
    log.append(entry(1));
    log.append(entry(2));
    await ticks();
    expect(open()).toEqual([1, 2]); // pipelined
    calls[0]!.settle(refused()); // item 1 fails: repair
    await ticks();
    log.append(entry(3));
    await ticks();
    expect(open()).toEqual([1, 2, 1]); // the retry of 1 only; 3 waits
    calls[2]!.settle({ seq: 1 }); // 1 stored; 2 (published before the failure) still unsettled
    await ticks();
    expect(open()).toEqual([1, 2, 1]); // 3 still waits for 2
    calls[1]!.settle({ seq: 2 });
    await ticks();
    expect(open()).toEqual([1, 2, 1, 3]); // repair over: 3 leaves
    log.append(entry(4));
    log.append(entry(5));
    await ticks();
    expect(open()).toEqual([1, 2, 1, 3, 4, 5]); // pipelined again
    calls[3]!.settle({ seq: 3 });
    calls[4]!.settle({ seq: 4 });
    calls[5]!.settle({ seq: 5 });
    await log.whenIdle();
    expect(log.acknowledged).toBe(5);
  });

  it(`the repair's limit (${APPEND_REPAIR_MAX_MS} ms) counts from its first failure, across every item it retries`, async () => {
    const { log, calls, failures, clock } = handLog();
    log.append(entry(1));
    log.append(entry(2));
    await ticks();
    calls[0]!.settle(refused());
    // Item 1 is refused until 40 s have passed, then stored; item 2 then fails as well and is refused on.
    for (;;) {
      await ticks();
      const last = calls.at(-1)!;
      if (calls.length > 2 && last.index === 1) {
        if (clock.ms >= 40_000) {
          last.settle({ seq: 1 });
          break;
        }
        last.settle(refused());
      }
    }
    await ticks();
    calls[1]!.settle(refused());
    while (failures.length === 0) {
      await ticks();
      const last = calls.at(-1)!;
      if (last.index === 2 && calls.filter((c) => c.index === 2).length > 1) last.settle(refused());
    }
    expect(failures[0]!.message).toMatch(/^JetStream took no append for 60000 ms/);
    expect(clock.ms).toBeLessThan(APPEND_REPAIR_MAX_MS + 5_000); // not 40 s + 60 s
  });

  it('a retry\'s own error is judged: a permanent one ends the repair, naming it', async () => {
    const { log, calls, failures } = handLog();
    log.append(entry(1));
    await ticks();
    calls[0]!.settle(refused());
    await ticks();
    calls[1]!.settle(permanent());
    await ticks(10);
    expect(failures.map((e) => e.message)).toEqual(['maximum payload exceeded']);
    expect(calls).toHaveLength(2);
  });
});

describe('a stop during a repair', () => {
  it('cuts even an endless pause short and gives up naming the last real error, publishing nothing more', async () => {
    const { log, calls, failures, sleeps } = handLog({ endlessSleep: true });
    log.append(entry(1));
    await ticks();
    calls[0]!.settle(refused());
    await ticks();
    expect(sleeps).toEqual([100]);
    log.stopRetrying();
    await log.whenIdle();
    expect(failures.map((e) => e.message)).toEqual(['stopped while JetStream could not take an append (jetstream is not enabled)']);
    expect(calls).toHaveLength(1);
    expect(log.repairs.retried).toBe(0);
  });

  it('during a retried publish that never settles: gives up at once, saying "(stopped)"', async () => {
    const { log, calls, failures } = handLog();
    log.append(entry(1));
    await ticks();
    calls[0]!.settle(refused());
    await ticks();
    expect(calls).toHaveLength(2); // the retry, never settled
    log.stopRetrying();
    await log.whenIdle();
    expect(failures.map((e) => e.message)).toEqual(['stopped while JetStream could not take an append (stopped)']);
  });
});

describe('acknowledgements', () => {
  it('whenAcknowledged(mark) for a mark already acknowledged resolves at once, with nothing pending', async () => {
    const { log, calls } = handLog();
    log.append(entry(1));
    await ticks();
    calls[0]!.settle({ seq: 1 });
    await log.whenIdle();
    let resolved = false;
    void log.whenAcknowledged(1).then(() => (resolved = true));
    await ticks();
    expect(resolved).toBe(true);
  });

  it('storedOutOfOrder counts only acks below the last acknowledged sequence', async () => {
    const { log, calls } = handLog();
    log.append(entry(1));
    log.append(entry(2));
    await ticks();
    calls[0]!.settle({ seq: 1 });
    calls[1]!.settle({ seq: 2 });
    await log.whenIdle();
    expect(log.repairs.storedOutOfOrder).toBe(0);
    // A retried append stored after a later one: its sequence is below the last acknowledged.
    log.append(entry(3));
    log.append(entry(4));
    await ticks();
    calls[2]!.settle(refused());
    calls[3]!.settle({ seq: 3 });
    await ticks();
    calls[4]!.settle({ seq: 4 });
    await log.whenIdle();
    // Acks are taken in issue order: 3's retry (sequence 4) first, then 4's (sequence 3, below it).
    expect(log.repairs.storedOutOfOrder).toBe(1);
  });
});
