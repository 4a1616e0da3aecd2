/**
 * NatsHost writes each small frame's whole `PUB` command in its slab and queues that one view
 * with nats.js' protocol handler (nats-host.ts, PUBLISH_COMMAND_FRAME_MAX): the command is
 * exactly what nats.js' publish would write — `PUB <wire subject> <length>\r\n`, the envelope's
 * encoding, `\r\n` — for lengths of every digit count, is never written over by a later publish,
 * and counts in nats.js' statistics. A larger frame, a subject too long, a closed or draining
 * connection, or a connection without a command queue go through nats.js' publish; a message held
 * by the write-ahead barrier leaves as its command, in order, once the log acknowledges.
 */
import { describe, expect, it } from 'vitest';
import type { NatsConnection } from '@nats-io/transport-node';
import { decodeEnvelope, encodeEnvelope } from '@faultline/protocol';
import { NatsHost, PUBLISH_COMMAND_FRAME_MAX, PUBLISH_SLAB_BYTES, volatileLog, wallClockUs, type NatsHostLog } from '@faultline/runtime/nats';

const RUN = 'cmd';
const SENDER = 'tx-1';

function host(options: { protocol?: boolean; log?: NatsHostLog; without?: 'sendCommand' | 'isClosed' } = {}) {
  const commands: Array<{ bytes: Uint8Array; copy: Uint8Array }> = [];
  const published: Array<{ subject: string; bytes: Uint8Array; view: Uint8Array }> = [];
  const protocol = {
    closed: false,
    noMorePublishing: false,
    outMsgs: 0,
    outBytes: 0,
    isClosed() {
      return this.closed;
    },
    sendCommand(command: Uint8Array) {
      commands.push({ bytes: command, copy: Uint8Array.from(command) });
    },
  };
  if (options.without) delete (protocol as Partial<typeof protocol>)[options.without];
  const nc = {
    ...(options.protocol === false ? {} : { protocol }),
    publish: (subject: string, bytes: Uint8Array) => void published.push({ subject, bytes: Uint8Array.from(bytes), view: bytes }),
    subscribe: () => ({ unsubscribe() {} }),
    flush: () => Promise.resolve(),
  };
  const quiet = { debug() {}, info() {}, warn() {}, error() {} };
  const h = new NatsHost({ nc: nc as unknown as NatsConnection, runId: RUN, actorId: SENDER, seed: 1, epochUs: 0, log: options.log ?? volatileLog(), logger: quiet });
  return { h, commands, published, protocol };
}

/** The body of message i: a deposit whose client id pads the frame to about `size` bytes. */
function body(i: number, size: number) {
  return { tx: { clientId: `${i}:`.padEnd(size, 'x'), nonce: i + 1, deposit: { accountId: 'a', amount: 1 } } };
}

/** encodeEnvelope's frame for the i-th message the host sent (seq and lamport i + 1, at `sentAtUs`). */
function frameOf(i: number, size: number, sentAtUs: number): Buffer {
  return Buffer.from(encodeEnvelope({ runId: RUN, sender: SENDER, seq: i + 1, lamport: i + 1, sentAtUs, ...body(i, size) }));
}

/** Splits a command into its line's subject and length and its frame; checks the trailing \r\n. */
function parseCommand(command: Uint8Array): { subject: string; length: number; frame: Buffer } {
  const bytes = Buffer.from(command);
  const lineEnd = bytes.indexOf('\r\n');
  const [verb, subject, length, ...rest] = bytes.subarray(0, lineEnd).toString('latin1').split(' ');
  expect(verb).toBe('PUB');
  expect(rest).toEqual([]);
  const frame = bytes.subarray(lineEnd + 2, bytes.length - 2);
  expect(bytes.subarray(bytes.length - 2).toString('latin1')).toBe('\r\n');
  return { subject: subject as string, length: Number(length), frame };
}

/** The sentAtUs the host stamped on a frame it wrote (wall time: read back from the frame's own bytes). */
function sentAtOf(frame: Uint8Array, i: number, size: number): number {
  const decoded = decodeEnvelope(frame);
  if (!decoded.ok) throw new Error(`frame ${i} (${size}): ${decoded.error.message}`);
  return Number(decoded.value.sentAtUs);
}

describe('NatsHost publish as one command', () => {
  it('each command is PUB, the wire subject, the frame\'s length in digits, \\r\\n, encodeEnvelope\'s frame and \\r\\n; none is written over later', () => {
    const { h, commands, published, protocol } = host();
    // Frames of 1 to 5 length digits, around the powers of ten, up to the largest sent as a command.
    const sizes = [1, 5, 60, 80, 95, 900, 990, 1_000, 9_990, 10_000, PUBLISH_COMMAND_FRAME_MAX - 100];
    for (let i = 0; i < 600; i++) sizes.push(20 + (i % 13) * 37);
    for (const [i, size] of sizes.entries()) h.publish('demo.out', body(i, size));
    expect(published).toEqual([]);
    expect(commands).toHaveLength(sizes.length);
    let frameBytes = 0;
    for (const [i, c] of commands.entries()) {
      const size = sizes[i] as number;
      expect(Buffer.from(c.bytes).equals(Buffer.from(c.copy))).toBe(true);
      const { subject, length, frame } = parseCommand(c.bytes);
      expect(subject).toBe(`faultline.${RUN}.demo.out`);
      expect(length).toBe(frame.length);
      expect(frame.equals(frameOf(i, size, sentAtOf(frame, i, size)))).toBe(true);
      frameBytes += frame.length;
    }
    // Digit counts 1 to 5 all occurred.
    expect(new Set(commands.map((c) => String(parseCommand(c.bytes).length).length))).toEqual(new Set([2, 3, 4, 5]));
    expect(protocol.outMsgs).toBe(sizes.length);
    expect(protocol.outBytes).toBe(frameBytes);
    // Many commands share a slab; more than one slab was used.
    expect(commands[1]!.bytes.buffer).toBe(commands[0]!.bytes.buffer);
    expect(new Set(commands.map((c) => c.bytes.buffer)).size).toBeGreaterThan(1);
    for (const c of commands) expect(c.bytes.buffer.byteLength).toBe(PUBLISH_SLAB_BYTES);
  });

  it('a frame over PUBLISH_COMMAND_FRAME_MAX goes through nats.js\' publish, and the commands around it are whole', () => {
    const { h, commands, published } = host();
    h.publish('demo.out', body(0, 100));
    h.publish('demo.out', body(1, PUBLISH_COMMAND_FRAME_MAX + 1));
    h.publish('demo.out', body(2, 3 * PUBLISH_SLAB_BYTES));
    h.publish('demo.out', body(3, 100));
    expect(commands).toHaveLength(2);
    expect(published.map((p) => p.subject)).toEqual([`faultline.${RUN}.demo.out`, `faultline.${RUN}.demo.out`]);
    expect(Buffer.from(published[0]!.bytes).equals(frameOf(1, PUBLISH_COMMAND_FRAME_MAX + 1, sentAtOf(published[0]!.bytes, 1, 0)))).toBe(true);
    expect(Buffer.from(published[1]!.bytes).equals(frameOf(2, 3 * PUBLISH_SLAB_BYTES, sentAtOf(published[1]!.bytes, 2, 0)))).toBe(true);
    for (const [k, i] of [0, 3].entries()) {
      const { frame } = parseCommand(commands[k]!.bytes);
      expect(frame.equals(frameOf(i, 100, sentAtOf(frame, i, 100)))).toBe(true);
      expect(Buffer.from(commands[k]!.bytes).equals(Buffer.from(commands[k]!.copy))).toBe(true);
    }
  });

  it('a frame of exactly PUBLISH_COMMAND_FRAME_MAX bytes is still a command; one byte more is not', () => {
    // The client id length whose frame is exactly the bound (sentAtUs, wall µs, has the same varint length all test long).
    let size = PUBLISH_COMMAND_FRAME_MAX - 100;
    while (frameOf(0, size, wallClockUs()).length < PUBLISH_COMMAND_FRAME_MAX) size++;
    expect(frameOf(0, size, wallClockUs()).length).toBe(PUBLISH_COMMAND_FRAME_MAX);
    const exact = host();
    exact.h.publish('demo.out', body(0, size));
    expect(exact.published).toHaveLength(0);
    expect(parseCommand(exact.commands[0]!.bytes).frame.length).toBe(PUBLISH_COMMAND_FRAME_MAX);
    const over = host();
    over.h.publish('demo.out', body(0, size + 1));
    expect(over.commands).toHaveLength(0);
    expect(over.published[0]!.bytes.length).toBe(PUBLISH_COMMAND_FRAME_MAX + 1);
  });

  it('a closed or draining connection, a subject too long for a command line, or no command queue: nats.js\' publish', () => {
    const closed = host();
    closed.protocol.closed = true;
    closed.h.publish('demo.out', body(0, 10));
    expect(closed.commands).toHaveLength(0);
    expect(closed.published).toHaveLength(1);

    const draining = host();
    draining.protocol.noMorePublishing = true;
    draining.h.publish('demo.out', body(0, 10));
    expect(draining.commands).toHaveLength(0);
    expect(draining.published).toHaveLength(1);

    const long = host();
    const subject = `demo.${'s'.repeat(1_100)}`;
    long.h.publish(subject, body(0, 10));
    long.h.publish('demo.out', body(1, 10));
    expect(long.published.map((p) => p.subject)).toEqual([`faultline.${RUN}.${subject}`]);
    expect(long.commands).toHaveLength(1);
    expect(Buffer.from(long.published[0]!.bytes).equals(frameOf(0, 10, sentAtOf(long.published[0]!.bytes, 0, 10)))).toBe(true);

    const bare = host({ protocol: false });
    bare.h.publish('demo.out', body(0, 10));
    expect(bare.published).toHaveLength(1);
    expect(bare.commands).toHaveLength(0);
  });

  it('a subject of exactly the longest length is written as a command', () => {
    const { h, commands, published } = host();
    const wirePrefix = `faultline.${RUN}.`;
    const subject = `d.${'s'.repeat(1_024 - wirePrefix.length - 2)}`;
    expect(`${wirePrefix}${subject}`).toHaveLength(1_024);
    h.publish(subject, body(0, 10));
    h.publish(`${subject}x`, body(1, 10));
    expect(commands).toHaveLength(1);
    expect(parseCommand(commands[0]!.bytes).subject).toBe(`${wirePrefix}${subject}`);
    expect(published.map((p) => p.subject)).toEqual([`${wirePrefix}${subject}x`]);
  });

  it('a message held by the write-ahead barrier leaves as its command, in order, once its append is acknowledged; a closed connection by then gets nats.js\' publish', async () => {
    let acknowledged = 0;
    let issued = 0;
    const waiters: Array<{ mark: number; done: () => void }> = [];
    const log: NatsHostLog = {
      ...volatileLog(),
      append: () => void issued++,
      get issued() {
        return issued;
      },
      get acknowledged() {
        return acknowledged;
      },
      whenAcknowledged: (mark: number) => (acknowledged >= mark ? Promise.resolve() : new Promise<void>((done) => waiters.push({ mark, done }))),
    };
    const { h, commands, published, protocol } = host({ log });
    h.log.append(new Uint8Array([1]));
    h.publish('demo.out', body(0, 10));
    h.publish('demo.out', body(1, 10));
    expect(commands).toHaveLength(0);
    acknowledged = 1;
    for (const w of waiters.splice(0)) w.done();
    await new Promise((done) => setTimeout(done, 0));
    expect(commands).toHaveLength(2);
    expect(published).toHaveLength(0);
    for (const [i, c] of commands.entries()) {
      expect(Buffer.from(c.bytes).equals(Buffer.from(c.copy))).toBe(true);
      const { frame } = parseCommand(c.bytes);
      expect(frame.equals(frameOf(i, 10, sentAtOf(frame, i, 10)))).toBe(true);
    }
    // Held again, and the connection closes before the ack: nats.js' publish (it throws or checks as it does).
    h.log.append(new Uint8Array([2]));
    h.publish('demo.out', body(2, 10));
    protocol.closed = true;
    acknowledged = 2;
    for (const w of waiters.splice(0)) w.done();
    await new Promise((done) => setTimeout(done, 0));
    expect(commands).toHaveLength(2);
    expect(published).toHaveLength(1);
    expect(Buffer.from(published[0]!.bytes).equals(frameOf(2, 10, sentAtOf(published[0]!.bytes, 2, 10)))).toBe(true);
  });

  it('without a command queue no room is left in the slab: frames lie back to back, and a slab is half full exactly before a new one starts', () => {
    const { h, published } = host({ protocol: false });
    // Frames of a fixed size (seq, lamport and nonce stay one-byte varints below 128 messages;
    // sentAtUs, wall µs, keeps its length all test long) that fill the slab to exactly its half.
    const overhead = frameOf(0, 1_000, wallClockUs()).length - 1_000;
    let total = 0;
    let i = 0;
    for (; i < 31; i++, total += 1_000 + overhead) h.publish('demo.out', body(i, 1_000));
    const last = PUBLISH_SLAB_BYTES / 2 - total - overhead;
    expect(last).toBeGreaterThanOrEqual(128);
    h.publish('demo.out', body(i++, last));
    for (let k = 1; k < published.length; k++) {
      const [before, next] = [published[k - 1]!.view, published[k]!.view];
      expect(next.buffer).toBe(before.buffer);
      expect(next.byteOffset).toBe(before.byteOffset + before.length);
    }
    expect(published.at(-1)!.view.byteOffset + published.at(-1)!.view.length).toBe(PUBLISH_SLAB_BYTES / 2);
    // Exactly half full: the next frame still goes into this slab; the one after it starts a new one.
    h.publish('demo.out', body(i++, 10));
    expect(published.at(-1)!.view.buffer).toBe(published[0]!.view.buffer);
    expect(published.at(-1)!.view.byteOffset).toBe(PUBLISH_SLAB_BYTES / 2);
    h.publish('demo.out', body(i++, 10));
    expect(published.at(-1)!.view.buffer).not.toBe(published[0]!.view.buffer);
    expect(published.at(-1)!.view.byteOffset).toBe(0);
  });

  it('a subject\'s command line prefix is made once and kept, for up to WIRE_SUBJECTS_CACHED_MAX subjects; past that, commands are still whole', () => {
    const { h, commands } = host();
    const prefixes = (h as unknown as { commandPrefixes: Map<string, Buffer> }).commandPrefixes;
    h.publish('demo.out', body(0, 10));
    const first = prefixes.get(`faultline.${RUN}.demo.out`);
    expect(first?.toString('latin1')).toBe(`PUB faultline.${RUN}.demo.out `);
    h.publish('demo.out', body(1, 10));
    expect(prefixes.get(`faultline.${RUN}.demo.out`)).toBe(first);
    expect(prefixes.size).toBe(1);
    const subjects = 10_000 + 1;
    for (let n = 0; n < subjects; n++) h.publish(`s.${n}`, { ping: { n } });
    expect(prefixes.size).toBe(10_000);
    expect(parseCommand(commands.at(-1)!.bytes).subject).toBe(`faultline.${RUN}.s.${subjects - 1}`);
    expect(prefixes.has(`faultline.${RUN}.s.${subjects - 1}`)).toBe(false);
  });

  it('a protocol handler without sendCommand or without isClosed is no command queue: nats.js\' publish', () => {
    for (const without of ['sendCommand', 'isClosed'] as const) {
      const { h, commands, published } = host({ without });
      h.publish('demo.out', body(0, 10));
      expect(commands).toHaveLength(0);
      expect(published).toHaveLength(1);
    }
  });

  it('with a command queue each frame leaves room for its line, and a new slab starts once the used length and that room pass half the slab', () => {
    const { h, commands } = host();
    const wire = `faultline.${RUN}.demo.out`;
    const room = `PUB ${wire} `.length + 7 + 2;
    // The documented layout, recomputed: each publish uses room + frame + 2 bytes of its slab.
    let length = 0;
    let slab = 0;
    const expectedSlab: number[] = [];
    // First 40 publishes of 1,024 bytes each (room, frame, \r\n): the 32nd ends exactly at half the
    // slab, so the 33rd starts a new one (the length alone is not past half; with its room it is).
    const overhead = frameOf(0, 500, wallClockUs()).length - 500;
    const exact = 1_024 - room - 2 - overhead;
    const sizes = [...Array.from({ length: 40 }, () => exact), ...Array.from({ length: 80 }, (_, i) => 300 + ((i * 53) % 700))];
    for (const [i, size] of sizes.entries()) {
      const frame = frameOf(i, size, wallClockUs()).length;
      if (length + room > PUBLISH_SLAB_BYTES / 2) {
        slab++;
        length = 0;
      }
      expectedSlab.push(slab);
      length += room + frame + 2;
      h.publish('demo.out', body(i, size));
    }
    const buffers: ArrayBufferLike[] = [];
    const actualSlab = commands.map((c) => {
      if (!buffers.includes(c.bytes.buffer)) buffers.push(c.bytes.buffer);
      return buffers.indexOf(c.bytes.buffer);
    });
    expect(actualSlab).toEqual(expectedSlab);
    expect(actualSlab.slice(31, 33)).toEqual([0, 1]);
    expect(slab).toBeGreaterThanOrEqual(2);
  });
});
