/** wire.ts: bodyName names the envelope body of decoded instances and plain objects alike (the network's per-kind delays read it). */
import { describe, expect, it } from 'vitest';
import { bodyName, decodeEnvelope, encodeEnvelope } from '@faultline/protocol';

describe('bodyName', () => {
  it('of a decoded envelope: its oneof getter', () => {
    const decoded = decodeEnvelope(encodeEnvelope({ sender: 'a', seq: 1, pong: { n: 2 } }));
    expect(decoded.ok && bodyName(decoded.value)).toBe('pong');
  });

  it('of a plain object: the one body field set, skipping unset and null ones; none when none is', () => {
    expect(bodyName({ sender: 'a', ping: { n: 1 } })).toBe('ping');
    expect(bodyName({ sender: 'a', tx: null, vote: undefined, pong: { n: 3 } })).toBe('pong');
    expect(bodyName({ sender: 'a', tx: null })).toBeUndefined();
    expect(bodyName({ sender: 'a' })).toBeUndefined();
  });
});
