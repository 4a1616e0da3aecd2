/**
 * A referee that cannot judge says so: its invariants are then not evaluated, never "passed".
 * It keeps books from genesis (a monitor that starts mid-chain has none) and stops where the
 * engine's events do not match the block's transactions (here: a tampered event stream).
 */
import { describe, expect, it } from 'vitest';
import { applyBlock, createVenueState, DEFAULT_POLICY, VenueMonitor, type BlockTx } from '@faultline/venue';
import { encodeTx, signedOracleReport, testVenueConfig } from '@faultline/venue/testing';

const S = 1_000_000;

function venue() {
  const { config, oracleKeys } = testVenueConfig({ markets: 1, policy: DEFAULT_POLICY });
  const state = createVenueState(config);
  let seq = 0;
  const block = (height: number, txs: BlockTx[]) => {
    const timeUs = height * S;
    const reports = [...oracleKeys].map(([oracleId, keys]) => {
      seq++;
      return encodeTx(oracleId, seq, { oracleReport: signedOracleReport(keys, { oracleId, marketId: 1, priceTicks: 10_000, observedAtUs: timeUs, reportSeq: seq }) });
    });
    return { height, timeUs, txs: [...reports, ...txs] };
  };
  return { state, block };
}

describe('the referee says when it could not judge', () => {
  it('judges a run it followed from block 1', () => {
    const { state, block } = venue();
    const monitor = new VenueMonitor();
    for (let h = 1; h <= 3; h++) {
      const b = block(h, [encodeTx('alice', h, { deposit: { accountId: 'alice', amount: 1_000 } })]);
      monitor.check(state, h, applyBlock(state, b, { hash: false }).events, b);
    }
    expect(monitor.refereeUnjudged).toBeUndefined();
  });

  it('a monitor that starts mid-chain has no books: unjudged, with the reason', () => {
    const { state, block } = venue();
    const monitor = new VenueMonitor();
    const b1 = block(1, []);
    applyBlock(state, b1, { hash: false });
    const b2 = block(2, [encodeTx('alice', 1, { deposit: { accountId: 'alice', amount: 1_000 } })]);
    monitor.check(state, 2, applyBlock(state, b2, { hash: false }).events, b2);
    expect(monitor.refereeUnjudged).toMatch(/from genesis/);
  });

  it('events that do not match the transactions lose the referee: unjudged, with where', () => {
    const { state, block } = venue();
    const monitor = new VenueMonitor();
    const b1 = block(1, [encodeTx('alice', 1, { deposit: { accountId: 'alice', amount: 1_000 } })]);
    monitor.check(state, 1, applyBlock(state, b1, { hash: false }).events, b1);
    const b2 = block(2, [encodeTx('alice', 2, { placeOrder: { accountId: 'alice', marketId: 1, clientOrderId: 0, side: 1, type: 1, timeInForce: 1, priceTicks: 9_000, sizeLots: 1, reduceOnly: false } })]);
    const events = applyBlock(state, b2, { hash: false }).events;
    // Tampered: the account updates that close the block moved in front of the transactions' events.
    const tampered = [...events.filter((e) => e.kind === 'accountUpdate'), ...events.filter((e) => e.kind !== 'accountUpdate')];
    expect(tampered.length).toBeGreaterThan(1);
    monitor.check(state, 2, tampered, b2);
    expect(monitor.refereeUnjudged).toMatch(/referee lost/);
  });
});
