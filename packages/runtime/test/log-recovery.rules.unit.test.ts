/**
 * Recovery of an actor's JetStream log, rule by rule, against an in-memory stream (the JetStream
 * client is replaced by a fake; nats-host.int and contract-nats run it against a real broker):
 * the latest snapshot plus exactly the entries after the sequence it covers; no read at all when
 * the snapshot covers the last entry; later snapshots cover from the recovered sequence on; a
 * failed read (anything but "no message") is retried, then thrown — never read as an empty log.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NatsConnection } from '@nats-io/transport-node';
import { ensureLogStream, logStreamName, NatsDurableLog, LOG_ENTRY_BYTES_MAX, OPEN_RETRY_MS } from '@faultline/runtime/nats';

interface StoredMessage {
  subject: string;
  seq: number;
  data: Uint8Array;
  covers?: string;
}

/** One stream of messages, with the JetStream calls nats-log makes. */
class FakeStream {
  messages: StoredMessage[] = [];
  streams = new Map<string, { subjects: string[]; storage: string; num_replicas?: number }>();
  /** Errors thrown by the next getMessage calls (a leaderless cluster, a timeout). */
  failures: Error[] = [];
  consumerStarts: number[] = [];
  published: StoredMessage[] = [];

  add(subject: string, data: number[], covers?: number): void {
    this.messages.push({ subject, seq: this.messages.length + 1, data: Uint8Array.from(data), ...(covers === undefined ? {} : { covers: String(covers) }) });
  }

  readonly jsm = {
    streams: {
      info: async (name: string) => {
        const stream = this.streams.get(name);
        if (!stream) throw new Error('stream not found');
        return stream;
      },
      add: async (config: { name: string; subjects: string[]; storage: string; num_replicas?: number }) => {
        this.streams.set(config.name, config);
      },
      getMessage: async (_stream: string, query: { last_by_subj: string }) => {
        const failure = this.failures.shift();
        if (failure) throw failure;
        const last = this.messages.filter((m) => m.subject === query.last_by_subj).at(-1);
        if (!last) return null;
        return { seq: last.seq, data: last.data, header: last.covers === undefined ? undefined : { get: (key: string) => (key === 'Faultline-Covers-Seq' ? last.covers : '') } };
      },
    },
  };

  readonly js = {
    consumers: {
      get: async (_stream: string, options: { filter_subjects: string; opt_start_seq: number }) => {
        this.consumerStarts.push(options.opt_start_seq);
        const matching = this.messages.filter((m) => m.subject === options.filter_subjects && m.seq >= options.opt_start_seq);
        return {
          consume: async () => {
            let closed = false;
            return {
              close: async () => void (closed = true),
              async *[Symbol.asyncIterator]() {
                for (const m of matching) {
                  if (closed) return;
                  yield { seq: m.seq, data: m.data };
                }
                // A real consumer waits for more: the reader must stop at the last sequence itself.
                throw new Error('consumer read past the last entry');
              },
            };
          },
        };
      },
    },
    publish: async (subject: string, data: Uint8Array, options?: { headers?: { get(key: string): string } }) => {
      const seq = this.messages.length + 1;
      const covers = options?.headers?.get('Faultline-Covers-Seq');
      const message = { subject, seq, data, ...(covers ? { covers } : {}) };
      this.messages.push(message);
      this.published.push(message);
      return { seq };
    },
  };
}

const stores = vi.hoisted(() => new Map<object, unknown>());
vi.mock('@nats-io/jetstream', () => ({
  jetstream: (nc: object) => (stores.get(nc) as FakeStream).js,
  jetstreamManager: async (nc: object) => (stores.get(nc) as FakeStream).jsm,
}));

const RUN = 'rec';
const LOG = 'faultline.rec.log.v1';
const SNAP = 'faultline.rec.snap.v1';

function connection(stream: FakeStream, closed = false): NatsConnection {
  // The log's appends are plain publishes answered under the connection's inbox (js-append.ts):
  // stored by the fake stream as js.publish stores them, and answered with its PubAck.
  let answer: ((error: Error | null, message: unknown) => void) | undefined;
  const nc = {
    isClosed: () => closed,
    options: { inboxPrefix: '_INBOX.v1' },
    subscribe: (_subject: string, opts: { callback: (error: Error | null, message: unknown) => void }) => {
      answer = opts.callback;
      return { closed: new Promise<void>(() => {}) };
    },
    status: () => ({ async *[Symbol.asyncIterator]() {} }),
    publish: (subject: string, data: Uint8Array, opts: { reply: string; headers: { get(key: string): string } }) => {
      void stream.js.publish(subject, data, opts).then(({ seq }) => {
        const body = JSON.stringify({ stream: logStreamName(RUN), seq });
        answer?.(null, { subject: opts.reply, data: new TextEncoder().encode(body), string: () => body });
      });
    },
  };
  stores.set(nc, stream);
  return nc as unknown as NatsConnection;
}

const open = (stream: FakeStream, closed = false) => NatsDurableLog.open({ nc: connection(stream, closed), runId: RUN, actorId: 'v1', onFailure: () => undefined });
const bytes = (entries: readonly Uint8Array[]) => entries.map((entry) => [...entry]);
const tick = () => new Promise<void>((done) => setImmediate(done));

afterEach(() => {
  vi.useRealTimers();
});

describe('recovering an actor log from JetStream', () => {
  it('an empty stream recovers nothing, and creates the run stream over the log and snapshot subjects', async () => {
    const stream = new FakeStream();
    const log = await open(stream);
    expect(log.recover()).toEqual({ snapshot: undefined, entries: [] });
    expect(stream.consumerStarts).toEqual([]);
    // No republish unless FAULTLINE_DELIVER_FROM_LOG=1 (log-stream-republish.rules).
    expect(stream.streams.get('FAULTLINE_rec')).toEqual({ name: 'FAULTLINE_rec', subjects: ['faultline.rec.log.>', 'faultline.rec.snap.>'], storage: 'file' });
  });

  it('without a snapshot: every entry of this actor from the first, in order, none of another actor', async () => {
    const stream = new FakeStream();
    stream.add(LOG, [1]);
    stream.add('faultline.rec.log.v2', [99]);
    stream.add(LOG, [2]);
    const log = await open(stream);
    expect(log.recover().snapshot).toBeUndefined();
    expect(bytes(log.recover().entries)).toEqual([[1], [2]]);
    expect(stream.consumerStarts).toEqual([1]);
  });

  it('the latest snapshot, then exactly the entries after the sequence it covers', async () => {
    const stream = new FakeStream();
    stream.add(LOG, [1]); // 1
    stream.add(LOG, [2]); // 2
    stream.add(SNAP, [50], 1); // 3: an older snapshot
    stream.add(LOG, [3]); // 4
    stream.add(SNAP, [60], 4); // 5: covers 1, 2 and 4
    stream.add(LOG, [5]); // 6
    stream.add(LOG, [6]); // 7
    const log = await open(stream);
    expect([...(log.recover().snapshot ?? [])]).toEqual([60]);
    expect(bytes(log.recover().entries)).toEqual([[5], [6]]);
    expect(stream.consumerStarts).toEqual([5]);
  });

  it('a snapshot covering the last entry: no read of the log at all', async () => {
    const stream = new FakeStream();
    stream.add(LOG, [1]);
    stream.add(SNAP, [9], 1);
    const log = await open(stream);
    expect([...(log.recover().snapshot ?? [])]).toEqual([9]);
    expect(log.recover().entries).toEqual([]);
    expect(stream.consumerStarts).toEqual([]);
  });

  it('a snapshot without its header covers nothing: every entry is read', async () => {
    const stream = new FakeStream();
    stream.add(LOG, [1]);
    stream.add(SNAP, [9]);
    const log = await open(stream);
    expect(bytes(log.recover().entries)).toEqual([[1]]);
  });

  it('the recovered copy does not share the stream\'s buffers', async () => {
    const stream = new FakeStream();
    stream.add(LOG, [1]);
    stream.add(SNAP, [9], 0);
    const log = await open(stream);
    stream.messages[0]!.data[0] = 7;
    stream.messages[1]!.data[0] = 7;
    expect(bytes(log.recover().entries)).toEqual([[1]]);
    expect([...(log.recover().snapshot ?? [])]).toEqual([9]);
  });

  it('an append or snapshot publishes the bytes given, not the caller\'s buffer: a Node Buffer reused before the publish changes nothing', async () => {
    const stream = new FakeStream();
    const log = await open(stream);
    // protobufjs's writer returns Buffers in Node, whose slice() is a view of the same memory.
    const buffer = Buffer.from([1]);
    log.append(buffer);
    buffer[0] = 2;
    log.snapshot(buffer);
    buffer[0] = 3;
    await tick();
    expect(stream.published.map((m) => [...m.data])).toEqual([[1], [2]]);
  });

  it('a snapshot taken after recovery, before any new append, covers the recovered entries', async () => {
    const stream = new FakeStream();
    stream.add(LOG, [1]);
    stream.add(LOG, [2]);
    const log = await open(stream);
    log.snapshot(new Uint8Array([3]));
    await tick();
    expect(stream.published.map((m) => [m.subject, m.covers])).toEqual([[SNAP, '2']]);
    log.append(new Uint8Array([4])); // seq 4
    log.snapshot(new Uint8Array([5]));
    await tick();
    expect(stream.published.map((m) => m.covers)).toEqual(['2', undefined, '4']);
    expect(() => log.append(new Uint8Array(LOG_ENTRY_BYTES_MAX + 1))).toThrow(/exceeds/);
  });

  it('a failed read is retried, not taken for an empty log', async () => {
    const stream = new FakeStream();
    stream.add(LOG, [1]);
    stream.failures.push(new Error('no responders: stream leader lost'));
    const log = await open(stream);
    expect(bytes(log.recover().entries)).toEqual([[1]]);
    expect(stream.failures).toEqual([]);
  });

  it('a read that keeps failing past the retry window throws; a closed connection throws at once', async () => {
    const closed = new FakeStream();
    closed.failures.push(new Error('connection closed'));
    await expect(open(closed, true)).rejects.toThrow('connection closed');

    vi.useFakeTimers();
    const stream = new FakeStream();
    for (let i = 0; i < 200; i++) stream.failures.push(new Error('timeout'));
    let outcome = 'pending';
    void open(stream).then(
      () => (outcome = 'opened'),
      (error: Error) => (outcome = error.message),
    );
    await vi.advanceTimersByTimeAsync(OPEN_RETRY_MS - 1_000);
    expect(outcome).toBe('pending'); // still retrying, every half second or so
    expect(200 - stream.failures.length).toBeGreaterThan(10);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(outcome).toBe('timeout');
  });
});

describe('the run stream', () => {
  it('is named after the run, with characters a stream name cannot hold replaced', () => {
    expect(logStreamName('run-1_a')).toBe('FAULTLINE_run-1_a');
    expect(logStreamName('a.b c*>')).toBe('FAULTLINE_a_b_c__');
  });

  it('is created with the replicas asked for, and left alone when it exists', async () => {
    const stream = new FakeStream();
    await ensureLogStream(stream.jsm as never, 'r3', { replicas: 3 });
    expect(stream.streams.get('FAULTLINE_r3')?.num_replicas).toBe(3);
    stream.streams.set('FAULTLINE_r3', { subjects: ['kept'], storage: 'memory' });
    await ensureLogStream(stream.jsm as never, 'r3');
    expect(stream.streams.get('FAULTLINE_r3')).toEqual({ subjects: ['kept'], storage: 'memory' });
  });
});
