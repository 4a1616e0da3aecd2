/**
 * The compiled encoder's appending path (encodeMessageInto) keeps the rules its allocating path
 * keeps (found by mutation testing, session 18: encode.ts' encoderInto wrapper had no test of
 * its own). Both passes share one table of nested lengths (L, with the cursors ln and li), so:
 * - it is not re-entered: a getter that encodes (either way) during an encodeMessageInto gets
 *   protobufjs, and every frame written is protobufjs' bytes;
 * - it starts its table afresh: an encode that gave up half-way through its size pass (a
 *   non-ASCII string inside a nested message) leaves the cursors apart, and the next append must
 *   not read the lengths that encode left.
 */
import { describe, expect, it } from 'vitest';
import { encodeMessage, encodeMessageInto, pb } from '@faultline/protocol';

type Codec = { encode(m: unknown): { finish(): Uint8Array } };
const reference = (name: string, message: object) => Buffer.from((pb as unknown as Record<string, Codec>)[name]!.encode(message).finish()).toString('hex');
const sink = () => ({ bytes: Buffer.alloc(4), length: 0 });
const written = (s: { bytes: Buffer; length: number }) => s.bytes.subarray(0, s.length).toString('hex');

describe('encodeMessageInto', () => {
  it('is not re-entered: a getter that encodes, allocating or appending, during an append gets protobufjs; every frame is protobufjs\' bytes', () => {
    const block = { header: { height: 3, proposerId: 'v1' }, lastCommit: { height: 2, precommits: [{ height: 2, validatorId: 'v1' }, { height: 2, validatorId: 'v2' }] } };
    const inner: string[] = [];
    const vote = {
      validatorId: 'v2',
      get height() {
        inner.push(Buffer.from(encodeMessage('Block', block)).toString('hex'));
        const into = sink();
        encodeMessageInto('Block', block, into);
        inner.push(written(into));
        return 7;
      },
    };
    const certificate = { height: 7, precommits: [{ height: 7, validatorId: 'v1', blockHash: new Uint8Array([1, 2]) }, vote] };
    const outer = sink();
    encodeMessageInto('CommitCertificate', certificate, outer);
    expect(written(outer)).toBe(reference('CommitCertificate', { ...certificate, precommits: [certificate.precommits[0], { validatorId: 'v2', height: 7 }] }));
    expect(inner.length).toBeGreaterThanOrEqual(4); // the getter ran in the size and the write pass
    for (const bytes of inner) expect(bytes).toBe(reference('Block', block));
  });

  it('starts its lengths afresh after an encode that gave up in its size pass', () => {
    const nonAscii = { height: 9, precommits: [{ height: 9, validatorId: 'vé' }] };
    expect(Buffer.from(encodeMessage('CommitCertificate', nonAscii)).toString('hex')).toBe(reference('CommitCertificate', nonAscii));
    const certificate = { height: 4, precommits: [{ height: 4, validatorId: 'v1' }, { height: 4, validatorId: 'v22', round: 1 }] };
    const into = sink();
    encodeMessageInto('CommitCertificate', certificate, into);
    expect(written(into)).toBe(reference('CommitCertificate', certificate));
  });
});
