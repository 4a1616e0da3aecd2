/** The consensus core's wire-to-domain facts: proto3 defaults for absent fields, read alike from hand-built and decoded messages. */
import { describe, expect, it } from 'vitest';
import { decodeMessage, encodeMessage, pb } from '@faultline/protocol';
import { blockRequestFacts, certificateFacts, committedHeight, headerFacts, lockFacts, proposalFacts, statusHeight, voteFacts } from '../src/convert.ts';

describe('consensus convert', () => {
  it('a vote with absent fields reads as its proto3 defaults', () => {
    expect(voteFacts({})).toEqual({ validatorId: '', height: 0, round: 0, type: 0, blockHashHex: '', timestampUs: 0 });
    expect(voteFacts({ validatorId: 'v', height: 3, round: 1, type: pb.VoteType.VOTE_TYPE_PRECOMMIT, blockHash: new Uint8Array([0xab]), timestampUs: 9 })).toEqual({
      validatorId: 'v',
      height: 3,
      round: 1,
      type: pb.VoteType.VOTE_TYPE_PRECOMMIT,
      blockHashHex: 'ab',
      timestampUs: 9,
    });
  });

  it('a hand-built vote and its decoded copy give the same facts (absent = default, as on the wire)', () => {
    const handBuilt = { validatorId: 'v', height: 2, type: pb.VoteType.VOTE_TYPE_PREVOTE };
    const decoded = decodeMessage('Vote', encodeMessage('Vote', handBuilt));
    expect(decoded.ok).toBe(true);
    if (decoded.ok) expect(voteFacts(decoded.value)).toEqual(voteFacts(handBuilt));
  });

  it('certificates and committed blocks', () => {
    expect(certificateFacts({})).toEqual({ height: 0, round: 0, blockHashHex: '', precommits: [] });
    expect(committedHeight({})).toBe(0);
    expect(committedHeight({ block: { header: { height: 7 } } })).toBe(7);
  });

  it('proposals, headers, locks, status and block requests: absent fields read as their proto3 defaults', () => {
    expect(proposalFacts({})).toEqual({ height: 0, round: 0, polRound: 0, proposerId: '', blockHashHex: '' });
    expect(proposalFacts({ height: 4, round: 2, polRound: -1, proposerId: 'p', blockHash: new Uint8Array([1]) })).toEqual({ height: 4, round: 2, polRound: -1, proposerId: 'p', blockHashHex: '01' });
    expect(headerFacts({})).toEqual({ height: 0, round: 0, timeUs: 0, txCount: 0, proposerId: '' });
    expect(lockFacts({ height: 3, lockedRound: -1, validRound: 0 })).toEqual({ height: 3, lockedRound: -1, validRound: 0 });
    expect(statusHeight({})).toBe(0);
    expect(blockRequestFacts({ requesterId: 'exec-1', fromHeight: 5 })).toEqual({ requesterId: 'exec-1', fromHeight: 5, maxCount: 0 });
    expect(blockRequestFacts({})).toEqual({ requesterId: '', fromHeight: 0, maxCount: 0 });
  });

  it('a hand-built proposal and its decoded copy give the same facts (polRound absent = 0 on the wire, -1 is sent)', () => {
    for (const handBuilt of [{ height: 2, proposerId: 'v' }, { height: 2, round: 1, polRound: -1, proposerId: 'v' }]) {
      const decoded = decodeMessage('Proposal', encodeMessage('Proposal', handBuilt));
      expect(decoded.ok).toBe(true);
      if (decoded.ok) expect(proposalFacts(decoded.value)).toEqual(proposalFacts(handBuilt));
    }
  });
});
