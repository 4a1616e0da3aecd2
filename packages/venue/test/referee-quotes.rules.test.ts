/**
 * More of the referee's walk pinned by a real block with one thing changed (found by mutation
 * testing of referee.ts:1-255): a quote whose sides the referee reads at other prices is judged
 * by admission-margin as a quote; the events ending inside a quote or a cancel are named; a lost
 * referee stays lost without a second problem; the block time in a loss is the previous block's
 * when the block's runs backwards.
 */
import { describe, expect, it } from 'vitest';
import { Referee, type VenueEvent } from '@faultline/venue';
import { encodeTx } from '@faultline/venue/testing';
import { find, Recorder, type Step } from './referee-recorder.ts';

function quoted(): Recorder {
  const v = new Recorder();
  v.block([v.deposit('hedger', 30_000), v.deposit('alice', 100_000)]);
  v.block([
    encodeTx('hedger', v.nonce('hedger'), { hedgerQuote: { accountId: 'hedger', marketId: 1, quoteId: 1, bidPriceTicks: 9_900, bidSizeLots: 2, askPriceTicks: 10_100, askSizeLots: 2 } }),
    v.limit('alice', 'buy', 9_000, 1, { cid: 4 }),
    encodeTx('alice', v.nonce('alice'), { cancelOrder: { accountId: 'alice', marketId: 1, orderId: 0, clientOrderId: 4 } }),
  ]);
  return v;
}

describe('quotes and cancels in the walk', () => {
  it('the untampered quote and cancel are followed', () => {
    expect(quoted().judge()).toEqual({ found: [], problems: [] });
  });

  it('a quote whose bid the referee reads at 12,000 (loss at its limit beyond the equity) fails admission as a quote', () => {
    const found = quoted().judge((_e, txs) => {
      const q = txs.find((t) => t.tx?.hedgerQuote)?.tx?.hedgerQuote as { bidPriceTicks: number };
      q.bidPriceTicks = 25_000;
    }).found;
    expect(found).toEqual([expect.stringMatching(/^admission-margin: accepted quote of hedger leaves equity 30000 < requirement \d+ /)]);
  });

  it('events that end inside a quote or a cancel say so', () => {
    const cut = (v: Recorder, at: (events: VenueEvent[]) => number) => v.judge((events) => events.splice(at(events))).problems.map((p) => p.replace(/^referee lost at block time \d+: /, ''));
    const v = quoted();
    expect(cut(v, (events) => events.findIndex((e) => e.kind === 'orderUpdate' && e.orderUpdate.accountId === 'hedger'))).toEqual(['the events ended inside the quote']);
    expect(cut(v, (events) => events.findIndex((e) => e.kind === 'orderUpdate' && e.orderUpdate.status === 'cancelled'))).toEqual(['the events ended inside the cancel']);
  });
});

describe('a lost referee', () => {
  it('stays lost: a later block that would lose it again adds no second problem', () => {
    const v = quoted();
    const referee = new Referee(v.config);
    referee.observe(v.steps[0]?.block as Step['block'], [], 0);
    expect(referee.observe(v.steps[1]?.block as Step['block'], [], 0)).toEqual([]);
    expect(referee.problems).toEqual(['referee lost at block time 1000000: the events ended inside the start-of-block events']);
  });

  it('names the previous block time when the block runs backwards', () => {
    const v = quoted();
    const { problems } = v.judge((events) => events.splice(0), { timeUs: 5 });
    expect(problems).toEqual(['referee lost at block time 1000000: the events ended inside the start-of-block events']);
  });
});
