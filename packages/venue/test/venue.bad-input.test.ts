/**
 * Bad input: every malformed, out-of-range or unauthorised transaction is rejected with a reason
 * event and leaves the state exactly as it was — the state hash after a block holding only the
 * bad transaction equals the hash after an empty block at the same height and time.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyBlock, blockTxFromBytes, createVenueState, DEFAULT_POLICY, isRejectCode, type BlockTx, type VenueState } from '@faultline/venue';
import { encodeTx, signedOracleReport } from '@faultline/venue/testing';
import { deriveKeyPair } from '@faultline/protocol';
import { BAD_TX_VARIANTS, badTx, buildBlocks, venueConfigFor } from './venue-run.ts';
import { funded, IOC, rejections, S, Scenario } from './venue-scenario.ts';

const hex = (bytes: Uint8Array | undefined): string => Buffer.from(bytes ?? []).toString('hex');

/** A venue a few blocks in, with funded accounts, open positions and resting orders. */
function primedVenue(): { make: () => VenueState; height: number; timeUs: number } {
  const history = {
    policy: DEFAULT_POLICY,
    deposits: [1_000_000, 1_000_000, 1_000_000, 1_000_000, 1_000_000, 20_000],
    blocks: [
      { dtUs: 1_000_000, moveBps: [0, 0], silent: 0, ops: [{ k: 'limit' as const, a: 0, m: 1, side: 1 as const, offBps: -10, lots: 5, tif: 1 as const }] },
      { dtUs: 1_000_000, moveBps: [0, 0], silent: 0, ops: [{ k: 'limit' as const, a: 1, m: 1, side: 2 as const, offBps: 10, lots: 5, tif: 1 as const }] },
      { dtUs: 1_000_000, moveBps: [0, 0], silent: 0, ops: [{ k: 'market' as const, a: 2, m: 1, side: 1 as const, lots: 2, reduceOnly: false }] },
    ],
  };
  const { config, oracleKeys } = venueConfigFor(history.policy);
  const blocks = buildBlocks(history, oracleKeys);
  const make = (): VenueState => {
    const state = createVenueState(config);
    for (const b of blocks) applyBlock(state, b, { hash: false });
    return state;
  };
  const last = blocks.at(-1) as { height: number; timeUs: number };
  return { make, height: last.height + 1, timeUs: last.timeUs + 1_000_000 };
}

function expectRejectedAndUnchanged(tx: BlockTx, reason: RegExp): void {
  const { make, height, timeUs } = primedVenue();
  const empty = applyBlock(make(), { height, timeUs, txs: [] });
  const bad = applyBlock(make(), { height, timeUs, txs: [tx] });
  const rejection = bad.events.find((e) => e.kind === 'txRejected');
  expect(rejection, 'a TxRejected event').toBeDefined();
  if (rejection?.kind === 'txRejected') {
    expect(rejection.txRejected.reason).toMatch(reason);
    expect(isRejectCode(rejection.txRejected.reason), `${rejection.txRejected.reason} is a RejectCode`).toBe(true);
  }
  expect(hex(bad.stateHash)).toBe(hex(empty.stateHash));
}

let nonce = 1000;
const next = (): number => ++nonce;
const order = (fields: Record<string, unknown>): BlockTx =>
  encodeTx('alice', next(), { placeOrder: { accountId: 'alice', marketId: 1, side: 1, type: 1, timeInForce: 1, priceTicks: 10_000, sizeLots: 1, ...fields } });

describe('bad input is rejected with a reason and changes nothing', () => {
  const cases: Array<[string, () => BlockTx, RegExp]> = [
    ['zero size', () => order({ sizeLots: 0 }), /size-not-positive/],
    ['negative size', () => order({ sizeLots: -3 }), /size-not-positive/],
    ['negative price', () => order({ priceTicks: -1 }), /price-not-positive/],
    ['zero limit price', () => order({ priceTicks: 0 }), /price-not-positive/],
    ['price above the market maximum', () => order({ priceTicks: 2_000_000_000 }), /price-above-max/],
    ['size above the order maximum', () => order({ sizeLots: 5_000_000 }), /size-above-max/],
    ['unknown market', () => order({ marketId: 99 }), /unknown-market/],
    ['unknown account', () => order({ accountId: 'nobody' }), /unknown-account/],
    ['unknown side', () => order({ side: 7 }), /bad-side/],
    ['unknown order type', () => order({ type: 9 }), /bad-order-type/],
    ['post-only market order', () => order({ type: 2, timeInForce: 4 }), /post-only-market-order/],
    ['reduce-only GTC that would increase', () => order({ reduceOnly: true }), /reduce-only-would-increase/],
    ['reduce-only that would increase', () => order({ reduceOnly: true, timeInForce: 2 }), /reduce-only-would-increase/],
    ['more than the account can margin', () => order({ accountId: 'frank', sizeLots: 1_000, priceTicks: 10_000 }), /insufficient-margin/],
    ['withdrawal above free collateral', () => encodeTx('alice', next(), { withdraw: { accountId: 'alice', amount: 999_999_999 } }), /insufficient-free-collateral/],
    ['withdrawal of zero', () => encodeTx('alice', next(), { withdraw: { accountId: 'alice', amount: 0 } }), /amount-not-positive/],
    ['withdrawal of a negative amount', () => encodeTx('alice', next(), { withdraw: { accountId: 'alice', amount: -5_000 } }), /amount-not-positive/],
    ['negative deposit', () => encodeTx('alice', next(), { deposit: { accountId: 'alice', amount: -5 } }), /amount-not-positive/],
    ['deposit above the transfer limit', () => encodeTx('alice', next(), { deposit: { accountId: 'alice', amount: 5_000_000_000_000 } }), /amount-above-max/],
    ['cancel of an order that is not there', () => encodeTx('alice', next(), { cancelOrder: { accountId: 'alice', marketId: 1, orderId: 424242 } }), /unknown-order/],
    ['cancel of another account’s order', () => encodeTx('carol', next(), { cancelOrder: { accountId: 'carol', marketId: 1, orderId: 1 } }), /unknown-order/],
    ['undecodable bytes', () => ({ bytes: new Uint8Array([0x0a, 0xff, 0xff]), tx: undefined, decodeError: 'truncated' }), /malformed-tx/],
    ['a transaction with no body', () => encodeTx('alice', next(), {}), /unknown-tx-kind/],
    ['nonce zero', () => encodeTx('alice', 0, { deposit: { accountId: 'alice', amount: 5 } }), /nonce-must-be-positive/],
    ['duplicate (client, nonce)', () => encodeTx('alice', 1, { deposit: { accountId: 'alice', amount: 5 } }), /duplicate-tx/],
    [
      'oracle report from an unknown signer',
      () => {
        const keys = deriveKeyPair(1, 'mallory');
        return encodeTx('mallory', next(), { oracleReport: signedOracleReport(keys, { oracleId: 'mallory', marketId: 1, priceTicks: 10_000, observedAtUs: 4_000_000, reportSeq: 99 }) });
      },
      /unknown-oracle/,
    ],
    [
      'oracle report with a bad signature',
      () => {
        const wrongKeys = deriveKeyPair(1, 'not-oracle-1');
        return encodeTx('oracle-1', next(), { oracleReport: signedOracleReport(wrongKeys, { oracleId: 'oracle-1', marketId: 1, priceTicks: 10_007, observedAtUs: 4_500_000, reportSeq: 500 }) });
      },
      /bad-signature/,
    ],
    [
      'oracle report far from the fresh median (deviation guard)',
      () => {
        const keys = deriveKeyPair(1, 'oracle-1');
        return encodeTx('oracle-1', next(), { oracleReport: signedOracleReport(keys, { oracleId: 'oracle-1', marketId: 1, priceTicks: 20_000, observedAtUs: 4_500_000, reportSeq: 500 }) });
      },
      /deviation-guard/,
    ],
  ];
  for (const [name, tx, reason] of cases) it(name, () => expectRejectedAndUnchanged(tx(), reason));

  it('the random bad variants of the property histories are all rejected without a state change', () => {
    for (let variant = 0; variant < BAD_TX_VARIANTS; variant++) {
      const { make, height, timeUs } = primedVenue();
      const empty = applyBlock(make(), { height, timeUs, txs: [] });
      const bad = applyBlock(make(), { height, timeUs, txs: [badTx(variant, () => 5000 + variant)] });
      expect(hex(bad.stateHash), `variant ${variant}`).toBe(hex(empty.stateHash));
    }
  });

  it('raw random bytes, decoded by the real decoder, never throw; a rejected one changes nothing', () => {
    const { make, height, timeUs } = primedVenue();
    const emptyHash = hex(applyBlock(make(), { height, timeUs, txs: [] }).stateHash);
    // Plain random bytes rarely decode; valid transactions with bytes flipped, cut or appended
    // reach the engine's own checks with every field at odd values.
    const valid = [
      order({ sizeLots: 3 }),
      encodeTx('alice', next(), { withdraw: { accountId: 'alice', amount: 10 } }),
      encodeTx('alice', next(), { cancelAll: { accountId: 'alice', marketId: 1 } }),
      encodeTx('bob', next(), { hedgerQuote: { accountId: 'bob', marketId: 1, quoteId: 1, bidPriceTicks: 9_990, bidSizeLots: 2, askPriceTicks: 10_010, askSizeLots: 2 } }),
      encodeTx('carol', next(), { liquidate: { liquidatorId: 'carol', accountId: 'alice', marketId: 1, observedMarkTicks: 1 } }),
    ].map((t) => t.bytes);
    const mutated = fc
      .tuple(fc.constantFrom(...valid), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 2 }), fc.uint8Array({ maxLength: 8 }), fc.boolean())
      .map(([bytes, flips, tail, cut]) => {
        const out = Uint8Array.from(bytes);
        for (const [at, value] of flips) out[at % out.length] = value;
        const kept = cut ? out.subarray(0, Math.max(1, out.length - tail.length)) : out;
        return new Uint8Array([...kept, ...(cut ? [] : tail)]);
      });
    let decoded = 0;
    fc.assert(
      fc.property(fc.oneof({ weight: 1, arbitrary: fc.uint8Array({ maxLength: 96 }) }, { weight: 4, arbitrary: mutated }), (bytes) => {
        const tx = blockTxFromBytes(bytes);
        if (tx.tx) decoded++;
        const result = applyBlock(make(), { height, timeUs, txs: [tx] });
        const rejection = result.events.find((e) => e.kind === 'txRejected');
        if (rejection?.kind === 'txRejected') {
          expect(isRejectCode(rejection.txRejected.reason)).toBe(true);
          expect(hex(result.stateHash)).toBe(emptyHash);
        }
      }),
      { numRuns: 300, seed: 17 },
    );
    expect(decoded, 'some fuzzed bytes decode and reach the engine').toBeGreaterThan(15);
  });

  it('a block out of order is refused before anything changes (the caller\'s contract: replay reports it as log-contiguous)', () => {
    const { make, height, timeUs } = primedVenue();
    const state = make();
    expect(() => applyBlock(state, { height: height + 1, timeUs, txs: [] })).toThrow(/apply in order/);
    expect(state.height).toBe(height - 1);
  });

  it('a block back in time (or at a time that is no safe integer) is applied at the previous block\'s time: the same events and state hash as that block at that time', () => {
    const { make, height, timeUs } = primedVenue();
    const previousUs = timeUs - 1_000_000;
    const txs = [encodeTx('late', 1, { deposit: { accountId: 'late', amount: 5_000 } })];
    const atPrevious = applyBlock(make(), { height, timeUs: previousUs, txs });
    expect(atPrevious.events.filter((e) => e.kind === 'txRejected')).toEqual([]);
    for (const badUs of [1, 0, -5, previousUs - 1, Number.NaN, 2 ** 53, 1.5]) {
      const state = make();
      const result = applyBlock(state, { height, timeUs: badUs, txs });
      expect(result.events, `time ${badUs}`).toEqual(atPrevious.events);
      expect(hex(result.stateHash), `time ${badUs}`).toBe(hex(atPrevious.stateHash));
      expect(state.blockTimeUs).toBe(previousUs);
      expect(state.height).toBe(height);
      expect(state.accountsById.get('late')?.collateral).toBe(5_000);
    }
  });

  it('the solvency referee follows the same clock: a block 5 s back in time, its reports refused as older than their predecessors, no invariant fires', () => {
    const v = new Scenario();
    funded(v, { alice: 100_000, bob: 100_000 });
    v.block([v.limit('alice', 'buy', 10_000, 2), v.limit('bob', 'sell', 10_000, 2)]);
    const before = v.state.blockTimeUs;
    // Scenario.block checks every invariant of the VenueMonitor (the referee's included) after each block.
    const events = v.block([v.limit('bob', 'sell', 10_000, 1, { tif: IOC })], { dtUs: -5 * S });
    expect(v.state.blockTimeUs).toBe(before);
    expect(rejections(events)).toEqual(Array(3).fill('report-older-than-previous'));
    // The IOC still applies (nothing to fill: the bid was filled in the block before).
    expect(events.filter((e) => e.kind === 'orderUpdate').map((e) => e.kind === 'orderUpdate' && e.orderUpdate.reason)).toEqual(['unfilled']);
    v.block([], { dtUs: 6 * S });
  });
});
