/**
 * The replay's one wire-to-facts module (wire.ts): absent proto3 fields read as their defaults
 * and 64-bit values as numbers; a fault command without a time keeps that absence (its record's
 * time stands for it). And the block-tx lines of a post-mortem read each transaction through the
 * venue's txFromWire, as the engine does.
 */
import { describe, expect, it } from 'vitest';
import { encodeMessage } from '@faultline/protocol';
import { describeTxs } from '../src/tx-summary.ts';
import { faultFacts, hedgerSnapshotFacts, lifecycleFacts, logHeaderFacts, recordFacts, stateHashFacts, validatorProgressFacts } from '../src/wire.ts';

describe('wire.ts: log records as facts', () => {
  it('fills every absent field with its default', () => {
    expect(logHeaderFacts({})).toEqual({ runId: '', scenario: '', seed: 0, policy: '', createdBy: '' });
    expect(recordFacts({})).toEqual({ seq: 0, timeUs: 0 });
    expect(stateHashFacts({})).toEqual({ height: 0, hashHex: '', replicaId: '' });
    expect(lifecycleFacts({})).toEqual({ actorId: '', change: '' });
    expect(validatorProgressFacts({})).toEqual({ validatorId: '', height: 0 });
    expect(hedgerSnapshotFacts({ deltaLots: -3 })).toEqual({ deltaLots: -3, venuePositionLots: 0, externalPositionLots: 0, venuePnl: 0, externalPnl: 0, basisPnl: 0, pnlUnknown: false });
  });

  it('a fault command: groups as actor lists, no time as undefined', () => {
    expect(faultFacts({ kind: 1, groups: [{ actors: ['a'] }, {}] })).toEqual({ kind: 1, atUs: undefined, durationUs: 0, actors: [], groups: [['a'], []], from: [], to: [] });
    expect(faultFacts({ kind: 5, atUs: 2_000_000, durationUs: 1_000_000, actors: ['x'] }).atUs).toBe(2_000_000);
  });
});

describe('describeTxs', () => {
  const tx = (body: object) => encodeMessage('Transaction', { clientId: 'c', nonce: 7, ...body });
  it('one line per transaction kind, from the domain transaction', () => {
    const lines = describeTxs([
      tx({ placeOrder: { accountId: 'a', marketId: 1, side: 2, sizeLots: 3, priceTicks: 100, reduceOnly: true } }),
      tx({ cancelOrder: { accountId: 'a', marketId: 1, orderId: 9 } }),
      tx({ deposit: { accountId: 'a', amount: 500 } }),
      tx({ hedgerQuote: { accountId: 'h', marketId: 1, bidSizeLots: 1, bidPriceTicks: 99, askSizeLots: 2, askPriceTicks: 101 } }),
      tx({ evidence: { voteA: { validatorId: 'validator-4' } } }),
      tx({}),
      new Uint8Array([0xff, 0xff]),
    ]);
    expect(lines.map((line) => [line.kind, line.detail])).toEqual([
      ['placeOrder', 'a sell 3 lots @ 100 market 1 reduce-only'],
      ['cancelOrder', 'a order 9 market 1'],
      ['deposit', 'a 500'],
      ['hedgerQuote', 'h market 1 1@99 / 2@101'],
      ['evidence', 'equivocation by validator-4'],
      ['empty', 'a transaction without a body'],
      ['undecodable', expect.any(String)],
    ]);
    expect(lines[0]).toMatchObject({ index: 0, clientId: 'c', nonce: 7 });
  });
});
