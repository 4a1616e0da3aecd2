/**
 * The simulator's small parts, rule by rule (issue 13 item 8): the scheduler's order (time, then
 * the order of scheduling), the seeded PRNG's contract, subjects and their wildcards, the
 * envelope stamp (per-sender seq, Lamport clock), the trace hash recomputed independently, the
 * byte copy, the unit conversions and the unknown-field helper.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { assertSubject, createRng, deriveSeed, didYouMean, editDistance, fieldPath, micros, millis, nearestField, relativeSubject, seconds, subjectMatches, unknownField, unknownFieldMessage, wireSubject } from '@faultline/runtime';
import { Scheduler, TraceHash } from '@faultline/runtime/sim';
import { EnvelopeStamp } from '../src/envelope-stamp.ts';
import { copyBytes } from '../src/copy-bytes.ts';
import { reference } from './trace-hash-reference.ts';

describe('scheduler', () => {
  it('pops by time, then in the order events were scheduled; stamps seq 1, 2, 3…; peeks and counts', () => {
    const s = new Scheduler<{ timeUs: number; seq: number; name: string }>();
    expect([s.size, s.peekTimeUs(), s.pop()]).toEqual([0, undefined, undefined]);
    const stamped = [s.push({ timeUs: 20, name: 'a' }), s.push({ timeUs: 10, name: 'b' }), s.push({ timeUs: 20, name: 'c' }), s.push({ timeUs: 10, name: 'd' }), s.push({ timeUs: 5, name: 'e', seq: 99 })];
    expect(stamped.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect([s.size, s.peekTimeUs()]).toEqual([5, 5]);
    const order: string[] = [];
    for (let e = s.pop(); e; e = s.pop()) order.push(e.name);
    expect(order).toEqual(['e', 'b', 'd', 'a', 'c']);
    expect(s.size).toBe(0);
  });
});

describe('seeded PRNG', () => {
  it('is a pure function of its seed; derive gives an independent stream named by its label', () => {
    const a = createRng(7);
    const b = createRng(7);
    const draws = (r: ReturnType<typeof createRng>) => [r.int(0, 1_000_000), r.float(), r.pick(['x', 'y', 'z']), r.chance(500_000)];
    expect(draws(a)).toEqual(draws(b));
    expect(a.seed).toBe(7);
    expect(a.derive('net').seed).toBe(deriveSeed(7, 'net'));
    expect(a.derive('net').seed).not.toBe(a.derive('clock').seed);
    expect(deriveSeed(7, 'net')).toBe(createHash('sha256').update('7\u0000net').digest().readUInt32LE(0));
  });

  it('int stays in [min, max] and reaches both ends; a bad range is refused', () => {
    const r = createRng(3);
    const seen = new Set(Array.from({ length: 200 }, () => r.int(-2, 2)));
    expect([...seen].sort()).toEqual([-1, -2, 0, 1, 2]);
    expect(r.int(4, 4)).toBe(4);
    expect(() => r.int(5, 4)).toThrow('rng.int: bad range [5, 4]');
    expect(() => r.int(0.5, 4)).toThrow(RangeError);
    expect(() => r.int(0, Number.MAX_SAFE_INTEGER + 2)).toThrow(RangeError);
  });

  it('chance: never at 0 (or below), always at 1,000,000 (or above), about ppm / 1e6 between', () => {
    const r = createRng(4);
    const n = 2_000;
    const count = (ppm: number) => Array.from({ length: n }, () => r.chance(ppm)).filter(Boolean).length;
    expect([count(0), count(-5), count(1_000_000), count(2_000_000)]).toEqual([0, 0, n, n]);
    expect(count(250_000)).toBeGreaterThan(400);
    expect(count(250_000)).toBeLessThan(600);
    expect(count(1)).toBeLessThan(3);
    expect(count(999_999)).toBeGreaterThan(n - 3);
  });

  it('chance at 0 or 1,000,000 draws nothing; between, it is true exactly when the draw in [0, 1,000,000) is below ppm', () => {
    const fresh = createRng(11).int(0, 1_000);
    const r = createRng(11);
    expect([r.chance(0), r.chance(-3), r.chance(1_000_000), r.chance(1_500_000)]).toEqual([false, false, true, true]);
    expect(r.int(0, 1_000)).toBe(fresh);
    for (const seed of [1, 2, 3, 4, 5]) {
      const v = createRng(seed).int(0, 999_999);
      expect([createRng(seed).chance(v), createRng(seed).chance(v + 1)]).toEqual([false, true]);
    }
  });

  it('float is in [0, 1) and spread; pick draws every element and refuses an empty list; seeds must be integers', () => {
    const r = createRng(5);
    const floats = Array.from({ length: 500 }, () => r.float());
    expect(Math.min(...floats)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...floats)).toBeLessThan(1);
    expect(Math.max(...floats)).toBeGreaterThan(0.9);
    expect(Math.min(...floats)).toBeLessThan(0.1);
    expect(new Set(Array.from({ length: 100 }, () => r.pick(['a', 'b', 'c']))).size).toBe(3);
    expect(() => r.pick([])).toThrow('rng.pick: empty array');
    expect(() => createRng(1.5)).toThrow('createRng: seed 1.5 is not an integer');
    // A seed outside 32 bits is hashed into them (never truncated to a neighbour's seed).
    expect(createRng(2 ** 32 + 7).seed).toBe(deriveSeed(2 ** 32 + 7, 'normalize'));
    expect(createRng(-1).seed).toBe(deriveSeed(-1, 'normalize'));
    expect(createRng(2 ** 32 - 1).seed).toBe(2 ** 32 - 1);
  });
});

describe('subjects', () => {
  it('wire and relative subjects are inverse under one run, and foreign runs read as undefined', () => {
    expect(wireSubject('r1', 'tx.trader-1')).toBe('faultline.r1.tx.trader-1');
    expect(relativeSubject('r1', 'faultline.r1.tx.trader-1')).toBe('tx.trader-1');
    expect(relativeSubject('r1', 'faultline.r2.tx.trader-1')).toBeUndefined();
    expect(relativeSubject('r1', 'faultline.r1x.tx')).toBeUndefined();
  });

  it('wildcards: * one token, > the rest (at least one token), only as patterns', () => {
    expect(subjectMatches('a.b', 'a.b')).toBe(true);
    expect(subjectMatches('a.*', 'a.b')).toBe(true);
    expect(subjectMatches('a.*', 'a.b.c')).toBe(false);
    expect(subjectMatches('a.*', 'a')).toBe(false);
    expect(subjectMatches('a.>', 'a.b.c')).toBe(true);
    expect(subjectMatches('a.>', 'a')).toBe(false);
    expect(subjectMatches('a.b', 'a.c')).toBe(false);
    expect(subjectMatches('a.b.c', 'a.b')).toBe(false);
    expect(subjectMatches('*.b', 'x.b')).toBe(true);
    expect(() => assertSubject('a.*', { pattern: true })).not.toThrow();
    expect(() => assertSubject('a.>', { pattern: true })).not.toThrow();
    expect(() => assertSubject('a.>.b', { pattern: true })).toThrow('subject "a.>.b": token ">" is not [A-Za-z0-9_-]+');
    expect(() => assertSubject('a.*', { pattern: false })).toThrow('token "*"');
    expect(() => assertSubject('a.>', { pattern: false })).toThrow('token ">"');
    expect(() => assertSubject('a..b', { pattern: false })).toThrow('token ""');
    expect(() => assertSubject('a.b c', { pattern: false })).toThrow('token "b c"');
    expect(() => assertSubject('tx.Trader_1-x', { pattern: false })).not.toThrow();
    // A pattern's other tokens are checked like a subject's.
    expect(() => assertSubject('a.b c.*', { pattern: true })).toThrow('token "b c"');
    expect(() => assertSubject('a..>', { pattern: true })).toThrow('token ""');
    expect(() => assertSubject('a.b c', { pattern: true })).toThrow('token "b c"');
  });
});

describe('envelope stamp', () => {
  it('seq and Lamport time advance by one per send; a received clock moves ours past it', () => {
    const stamp = new EnvelopeStamp('r1', 'v1');
    const body = { ping: { n: 1 } } as never;
    expect(stamp.stamp(body, 5)).toMatchObject({ runId: 'r1', sender: 'v1', seq: 1, lamport: 1, sentAtUs: 5, ping: { n: 1 } });
    stamp.observe(10);
    expect(stamp.stamp(body, 6)).toMatchObject({ seq: 2, lamport: 12 });
    stamp.observe(3);
    expect(stamp.stamp(body, 7)).toMatchObject({ seq: 3, lamport: 14 });
  });

  it('the wire subject is checked (a bad one throws, every time) and prefixed', () => {
    const stamp = new EnvelopeStamp('r1', 'v1');
    expect(stamp.wire('consensus.v1')).toBe('faultline.r1.consensus.v1');
    expect(stamp.wire('consensus.v1')).toBe('faultline.r1.consensus.v1');
    expect(() => stamp.wire('consensus.*')).toThrow('token "*"');
    expect(() => stamp.wire('consensus.*')).toThrow('token "*"');
  });
});

describe('trace hash', () => {
  it('equals its definition for small frames, a frame past the scratch buffer, times past 2^32, and keeps going after hex()', () => {
    const big = new Uint8Array(70_000).map((_, i) => i % 251);
    const deliveries: Array<[number, string, string, Uint8Array]> = [
      [1, 'a', 'b', Uint8Array.of(1, 2, 3)],
      [2 ** 40 + 5, 'b', 'a', Uint8Array.of()],
      [7, 'a', 'b', big],
      [8, 'a', 'c', new Uint8Array(65_536 - 12 - 6)],
      [9, 'a', 'c', new Uint8Array(65_536 - 12 - 5)],
    ];
    const trace = new TraceHash();
    for (const [i, d] of deliveries.entries()) {
      trace.record(...d);
      expect(trace.hex()).toBe(reference(deliveries.slice(0, i + 1)));
    }
  });
});

describe('small helpers', () => {
  it('copyBytes copies (a change to the source does not reach the copy)', () => {
    const source = Buffer.from([1, 2, 3]);
    const copy = copyBytes(source);
    source[0] = 9;
    expect([...copy]).toEqual([1, 2, 3]);
    expect(copy).toBeInstanceOf(Uint8Array);
  });

  it('units: milliseconds and seconds to integer microseconds (rounded), and back', () => {
    expect([micros(1.5), micros(0.0004), micros(0.0006), seconds(2), seconds(0.0000014), millis(2_500)]).toEqual([1_500, 0, 1, 2_000_000, 1, 2.5]);
  });

  it('unknown fields: the first unknown key, its path, the nearest known field within a few edits', () => {
    expect(unknownField({ a: 1, b: 2, c: 3 }, ['a'])).toBe('b');
    expect(unknownField({ a: 1 }, ['a', 'b'])).toBeUndefined();
    expect(fieldPath('$.x', 'dropPpm')).toBe('$.x.dropPpm');
    expect(fieldPath('$.x', 'drop ppm')).toBe('$.x["drop ppm"]');
    expect(fieldPath('$', '1a')).toBe('$["1a"]');
    expect(fieldPath('$', '_a$1')).toBe('$._a$1');
    expect(nearestField('DROPPPM', ['delayUs', 'dropPpm'])).toBe('dropPpm');
    expect(nearestField('dropPm', ['delayUs', 'dropPpm'])).toBe('dropPpm');
    // Two edits are always near; past that, one per four characters.
    expect(nearestField('ab', ['xy'])).toBe('xy');
    expect(nearestField('abc', ['xyz'])).toBeUndefined();
    expect(nearestField('abcdefghijkl', ['abcdefghixyz'])).toBe('abcdefghixyz');
    expect(nearestField('abcdefghijkl', ['abcdefghwxyz'])).toBeUndefined();
    expect(nearestField('a', [])).toBeUndefined();
    expect(nearestField('aXc', ['abd', 'abc'])).toBe('abc');
    // A tie goes to the first known field.
    expect(nearestField('abc', ['abx', 'aby'])).toBe('abx');
    expect(nearestField('ABX', ['aby', 'abx'])).toBe('abx');
    expect(didYouMean('atUS', ['atUs'])).toBe(' (did you mean "atUs"?)');
    expect(didYouMean('zzzzzz', ['atUs'])).toBe('');
    expect(unknownFieldMessage('atUS', ['kind', 'atUs'], 'a heal fault')).toBe('is not a known field (did you mean "atUs"?); a heal fault has: kind, atUs');
    expect([editDistance('', 'abc'), editDistance('kitten', 'sitting'), editDistance('abc', 'abc'), editDistance('abc', '')]).toEqual([3, 3, 0, 3]);
  });
});
