/** txFromWire: the engine's one wire-to-domain conversion — defaults for absent fields, one body or a named problem. */
import { describe, expect, it } from 'vitest';
import { txFromWire } from '../src/wire.ts';

describe('txFromWire', () => {
  it('fills proto3 defaults for absent fields and turns 64-bit values into numbers', () => {
    const tx = txFromWire({ clientId: 'a', nonce: 7, placeOrder: { marketId: 1, sizeLots: 3 } });
    expect(tx).toEqual({
      clientId: 'a',
      nonce: 7,
      evidence: false,
      reportsPrice: false,
      body: { kind: 'placeOrder', input: { accountId: '', marketId: 1, clientOrderId: 0, side: 0, type: 0, timeInForce: 0, priceTicks: 0, sizeLots: 3, reduceOnly: false } },
    });
    expect(txFromWire({}).clientId).toBe('');
    expect(txFromWire({}).nonce).toBe(0);
    expect(txFromWire({ deposit: { accountId: 'x', amount: 5 } }).body).toEqual({ kind: 'deposit', accountId: 'x', amount: 5 });
    expect(txFromWire({ oracleReport: {} }).body).toEqual({ kind: 'oracleReport', input: { oracleId: '', marketId: 0, priceTicks: 0, observedAtUs: 0, reportSeq: 0, signature: new Uint8Array(0) } });
  });

  it('names a transaction with no body or several (only a hand-built object carries several)', () => {
    expect(txFromWire({ clientId: 'a', nonce: 1 }).body).toEqual({ kind: 'unknown', detail: 'no body' });
    expect(txFromWire({ deposit: { amount: 1 }, withdraw: { amount: 1 } }).body).toEqual({ kind: 'unknown', detail: 'both deposit and withdraw' });
  });

  it('flags evidence and oracle reports (applied before the block\'s other transactions)', () => {
    expect(txFromWire({ evidence: {} }).evidence).toBe(true);
    expect(txFromWire({ oracleReport: {}, deposit: {} }).reportsPrice).toBe(true);
    expect(txFromWire({ deposit: {} }).reportsPrice).toBe(false);
  });
});
