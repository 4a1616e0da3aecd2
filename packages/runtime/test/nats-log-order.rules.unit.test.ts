/**
 * Two pure rules of the JetStream durable log (nats/nats-log.ts), each alternative on its own:
 *  - isTransient: which failures an append is retried for — a 503 status; a TimeoutError,
 *    JetStreamNotEnabled or NoRespondersError by name whatever the message; or a message that
 *    says timeout, jetstream is not enabled, no responders, temporarily unavailable, disconnect
 *    or reconnect (any case) — and nothing else;
 *  - inWriterOrder: recovery's order — writers in the order of their first stored entry, each
 *    writer's entries by index, an index stored twice kept once, an entry without writer
 *    headers kept where it was and never merged with another.
 */
import { describe, expect, it } from 'vitest';
import { inWriterOrder, isTransient, logStreamName } from '../src/nats/nats-log.ts';

const named = (name: string, message = 'something'): Error => Object.assign(new Error(message), { name });

describe('isTransient', () => {
  it('a 503 status is transient whatever the message; another status, or "503" as a string, is not by itself', () => {
    expect(isTransient(Object.assign(new Error('no quorum'), { status: 503 }))).toBe(true);
    expect(isTransient(Object.assign(new Error('no quorum'), { status: 500 }))).toBe(false);
    expect(isTransient(Object.assign(new Error('no quorum'), { status: '503' }))).toBe(false);
  });

  it('by name, whatever the message: TimeoutError, JetStreamNotEnabled, NoRespondersError', () => {
    expect(isTransient(named('TimeoutError'))).toBe(true);
    expect(isTransient(named('JetStreamNotEnabled'))).toBe(true);
    expect(isTransient(named('NoRespondersError'))).toBe(true);
    expect(isTransient(named('RequestError'))).toBe(false);
    expect(isTransient(named('Error'))).toBe(false);
  });

  it('by message, any case: each phrase alone makes it transient', () => {
    for (const message of ['TIMEOUT waiting', 'JetStream is not enabled', 'No Responders available', 'JetStream system Temporarily Unavailable', 'connection Disconnected', 'Reconnecting']) {
      expect(isTransient(named('Error', message)), message).toBe(true);
    }
    for (const message of ['maximum payload exceeded', 'Permissions Violation', 'wrong last sequence', 'stream not found']) {
      expect(isTransient(named('Error', message)), message).toBe(false);
    }
  });
});

describe('inWriterOrder', () => {
  const entry = (writer: string, index: number, tag: string) => ({ writer, index, data: new TextEncoder().encode(tag) });
  const tags = (read: ReturnType<typeof entry>[]): string[] => inWriterOrder(read).map((data) => new TextDecoder().decode(data));

  it('writers in the order of their first entry; each writer\'s entries by index; an index stored twice kept once', () => {
    expect(tags([entry('w1', 2, 'a2'), entry('w2', 1, 'b1'), entry('w1', 1, 'a1'), entry('w1', 2, 'a2-again'), entry('w2', 3, 'b3'), entry('w2', 2, 'b2'), entry('w2', 1, 'b1-again')])).toEqual([
      'a1',
      'a2',
      'b1',
      'b2',
      'b3',
    ]);
  });

  it('entries without writer headers stay where they were, each on its own, none merged or dropped (even with equal indexes)', () => {
    expect(tags([entry('', 0, 'x'), entry('w1', 2, 'a2'), entry('', 0, 'y'), entry('w1', 1, 'a1'), entry('', 0, 'z')])).toEqual(['x', 'a1', 'a2', 'y', 'z']);
    expect(tags([entry('', 5, 'p'), entry('', 5, 'q')])).toEqual(['p', 'q']);
    expect(tags([])).toEqual([]);
  });
});

describe('logStreamName', () => {
  it('keeps letters, digits, _ and -, and replaces every other character', () => {
    expect(logStreamName('Run_1-a')).toBe('FAULTLINE_Run_1-a');
    expect(logStreamName('a.b c*>/é')).toBe('FAULTLINE_a_b_c____');
  });
});
