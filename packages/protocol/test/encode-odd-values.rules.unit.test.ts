/**
 * The compiled encoder writes protobufjs' bytes whatever a 32-bit field holds (found by mutation
 * testing, session 18: encode.ts' presence test for 64-bit fields — "a Long is present when its
 * low or high word is set" — applied to a 32-bit field skipped an object there). protobufjs writes
 * a 32-bit field that is not 0 as `value >>> 0` (or `| 0`): an array of one number is that number,
 * any other object 0. A caller that builds a message by hand (a test, a script) gets the same frame
 * from either encoder, and the fast path takes it.
 */
import { describe, expect, it } from 'vitest';
import { encodeMessage, pb } from '@faultline/protocol';
import { fastEncode } from '../src/encode.ts';

type Codec = { encode(m: unknown): { finish(): Uint8Array } };
const reference = (name: string, message: object) => Buffer.from((pb as unknown as Record<string, Codec>)[name]!.encode(message).finish()).toString('hex');
const hex = (bytes: Uint8Array | undefined) => (bytes === undefined ? undefined : Buffer.from(bytes).toString('hex'));

describe('a 32-bit field holding something other than a number', () => {
  it('uint32 and int32: an array of one number, an object — protobufjs\' bytes, by the compiled encoder', () => {
    const messages: Array<[string, object]> = [
      ['Vote', { round: [7] }],
      ['Vote', { round: {} }],
      ['Proposal', { polRound: [-3] }],
      ['Proposal', { polRound: {} }],
    ];
    for (const [name, message] of messages) {
      const expected = reference(name, message);
      expect(expected.length, `${name} ${JSON.stringify(message)}: protobufjs writes the field`).toBeGreaterThan(0);
      expect(hex(fastEncode(name, message)), `${name} ${JSON.stringify(message)}`).toBe(expected);
      expect(hex(encodeMessage(name as 'Vote', message as never))).toBe(expected);
    }
  });
});
